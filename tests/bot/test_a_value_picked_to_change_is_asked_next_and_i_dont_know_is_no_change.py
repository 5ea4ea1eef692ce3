"""At a confirmation of several heard values, the value picked to change is asked next, its heard value the first
button; "I don't know" there is no Change (issue 14).

The pick from "Which one should I change?" let the heard value go, and its question was asked as if nothing had been
said; "weiß nicht", "no sé" to "I noted ..., is that right?" were read as Change and met by "Which one should I
change?". A pick now keeps the heard value, offered under its question; "I don't know" in the seven languages keeps
every heard value unconfirmed and asks the first one's question plainly, once (no button, no confirmation). Near
misses: a Change, or a plain "no", still asks which one; "I don't know" with a value in it is read for the value.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.form import FIELD_NAMES, WHICH, WHICH_QUESTION, knows_not
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from tests.bot.test_form import tracker, validate

HEARD = {"attributes": {"budget": {"min": 5000, "max": 5000, "currency": "EUR", "period": "month"},
                        "company_size": {"min": 20, "max": 20}},
         "texts": {"budget": "5k a month", "company_size": "20 people"}}
LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl"]
KNOWS_NOT = {"en": "I don't know", "de": "weiß nicht", "fr": "je ne sais pas", "es": "no sé", "it": "non lo so",
             "pt": "não sei", "nl": "weet ik niet"}
MORE_KNOWS_NOT = ["no idea", "dunno", "keine Ahnung", "ich weiß es noch nicht", "aucune idée", "ni idea",
                  "boh, non saprei", "sei lá", "geen idee", "ik weet het nog niet"]
# No "I don't know": a no, a hesitation, a value.
NEAR_MISSES = ["no", "hmm", "maybe", "I don't know the exact budget, 8k a month maybe", "nein", "no, 30 people"]


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_value_picked_to_change_is_asked_next_with_its_heard_value_as_first_button(lang: str) -> None:
    pick = translate(FIELD_NAMES["budget"], lang)  # what the pick's button sends
    with speaking(lang):
        slots, said, buttons = validate(tracker(pick, requested="budget", heard=HEARD,
                                                confirming=["budget", "company_size"], progress={"misses": {WHICH: 1}}))
    assert slots["requested_slot"] == "budget" and "budget" in slots["progress"]["doubted"], (said, slots)
    assert "budget" in slots["heard"]["attributes"] and "budget" not in slots.get("attributes", {}), slots
    assert buttons and "5" in buttons[0]["title"] and buttons[0]["payload"] == "/affirm", (said, buttons)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("intent", ["deny", "inform"])
def test_i_dont_know_at_a_confirmation_asks_the_first_question_plainly_and_confirms_nothing(lang: str,
                                                                                          intent: str) -> None:
    with speaking(lang):
        slots, said, buttons = validate(tracker(KNOWS_NOT[lang], intent=intent, requested="budget", heard=HEARD,
                                                confirming=["budget", "company_size"]))
    assert translate(WHICH_QUESTION, lang) not in " ".join(said), said
    assert slots["requested_slot"] == "budget" and buttons == [], (said, buttons)
    assert not slots.get("attributes") and "heard" not in slots, slots  # nothing confirmed, nothing let go
    assert slots["confirming"] is None


@pytest.mark.parametrize("text", [*KNOWS_NOT.values(), *MORE_KNOWS_NOT])
def test_i_dont_know_is_read_in_seven_languages(text: str) -> None:
    assert knows_not(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_no_a_hesitation_or_a_value_is_no_i_dont_know(text: str) -> None:
    assert not knows_not(text)


def test_a_change_to_several_values_still_asks_which_one() -> None:
    slots, said, buttons = validate(tracker("/deny", intent="deny", requested="budget", heard=HEARD,
                                            confirming=["budget", "company_size"]))
    assert said == [WHICH_QUESTION] and len(buttons) == 3, (said, buttons)
