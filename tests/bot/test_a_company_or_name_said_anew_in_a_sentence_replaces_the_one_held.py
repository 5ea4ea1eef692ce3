"""A company or a name said anew inside a sentence, the one held taken back, replaces it (issue 14, addendum 4).

Found playing (sender p6): the company had been stored as "30k"; at the budget question the visitor wrote "I said
30k already lol. and the company is Peoplewise not 30k", and the bot said "Noted." and kept "30k". Now the company
(or name) said with the value it replaces taken back ("the company is X not Y", "it's X, you wrote Y", "my name is X,
not Y", "die Firma heißt X, nicht Y", "l'entreprise c'est X, pas Y", ...) replaces the one held and is said back
("Got it, your company, Peoplewise."); the rest of the message is read as ever ("I said 30k already" at the budget
question is its answer), and nothing left asks the question on screen again. In process (no Rasa), 7 languages.

Near misses: words taken back that are not what is held ("our company is small, not big") change nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from tests.bot.test_form import tracker, validate

KNOWN = {"need": {"summary": "Website", "categories": ["website"]}, "company": "30k",
         "authority": {"title": "CEO", "seniority": "c_level", "role": "decision_maker"}, "industry": "software",
         "name": "Jon"}
ANSWERS = [{"question": "company", "text": "30k", "source": "given"}]
SAID = {"en": "the company is Peoplewise, not 30k", "de": "die Firma heißt Peoplewise, nicht 30k",
        "fr": "l'entreprise c'est Peoplewise, pas 30k", "es": "la empresa es Peoplewise, no 30k",
        "pt": "a empresa é a Peoplewise, não 30k", "it": "l'azienda è Peoplewise, non 30k",
        "nl": "het bedrijf heet Peoplewise, niet 30k"}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


def reply(lang: str, text: str, requested: str = "budget") -> tuple[dict[str, Any], list[str]]:
    with speaking(lang):
        slots, said, _ = validate(tracker(text, requested=requested, attributes=KNOWN, answers=ANSWERS))
    return slots, said


@pytest.mark.parametrize("lang", list(SAID))
def test_the_company_said_anew_replaces_the_one_held_and_is_said_back(lang: str) -> None:
    slots, said = reply(lang, SAID[lang], requested="company_size")
    assert slots["attributes"]["company"] == "Peoplewise", slots
    back = translate("Got it, {what}.", lang, what="\x00").split("\x00")[0]
    assert said[0].startswith(back) and "Peoplewise" in said[0], said
    # Nothing else in the message: no size or budget read from the "30k" taken back, and the question asked again.
    assert not slots["attributes"].get("budget") and not slots["attributes"].get("company_size"), slots
    assert slots["requested_slot"] == "company_size", slots


def test_the_rest_of_the_message_is_read_as_ever() -> None:
    slots, said = reply("en", "I said 30k already lol. and the company is Peoplewise not 30k")
    assert slots["attributes"]["company"] == "Peoplewise" and slots["attributes"]["budget"]["min"] == 30000, said


@pytest.mark.parametrize(("text", "field", "value"), [("it's Peoplewise, you wrote 30k", "company", "Peoplewise"),
                                                      ("my name is Jonathan, not Jon", "name", "Jonathan")])
def test_a_value_said_anew_another_way_replaces_the_one_held(text: str, field: str, value: str) -> None:
    slots, said = reply("en", text)
    assert slots["attributes"][field] == value and any(value in s for s in said), (slots, said)


@pytest.mark.parametrize("text", ["our company is small, not big", "the company is growing fast",
                                  "it's fine, not a problem"])
def test_words_taken_back_that_are_not_what_is_held_change_nothing(text: str) -> None:
    slots, _ = reply("en", text, requested="company_size")
    assert (slots.get("attributes") or KNOWN)["company"] == "30k", slots
