"""The form reads "I don't know" at a confirmation with ``nlu.replies.knows_not``, the one reader of it (issue 14).

The form kept a copy of the reader beside nlu's, and the two had drifted: the form's missed "I have no idea", "we
honestly don't know" and "yo no sé" that nlu read, nlu missed "ich bin mir nicht sicher" that the form read, and
neither read "weet ik het niet". One reader now reads them all, at the confirmation as everywhere; said to "I noted ..., is that right?",
each keeps the heard values unconfirmed and asks the first one's question plainly. Near misses: "ich bin nicht" (a no
said to a question about oneself), "I'm not sure it's 20, more like 30" (a value) are no "I don't know".
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.form import WHICH_QUESTION
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from nlu.replies import knows_not, yes_or_no
from tests.bot.test_form import tracker, validate

HEARD = {"attributes": {"budget": {"min": 5000, "max": 5000, "currency": "EUR", "period": "month"},
                        "company_size": {"min": 20, "max": 20}},
         "texts": {"budget": "5k a month", "company_size": "20 people"}}
# Each missed by one of the two copies, or both, before they were one.
KNOWS_NOT = [("en", "I have no idea"), ("en", "we honestly don't know"), ("en", "I really don't know yet"),
             ("es", "yo no sé"), ("nl", "weet ik het niet"), ("de", "ich bin mir nicht sicher"),
             ("de", "bin mir noch nicht ganz sicher"), ("fr", "euh je sais pas"), ("it", "boh, non saprei"),
             ("pt", "olha, não sei ainda")]
NEAR_MISSES = [("de", "ich bin nicht"), ("en", "I'm not sure it's 20, more like 30"), ("nl", "ik weet het wel"),
               ("fr", "je sais"), ("es", "no, sé que son 30")]


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize(("lang", "text"), KNOWS_NOT)
def test_i_dont_know_at_a_confirmation_is_read_by_the_one_reader_and_asks_plainly(lang: str, text: str) -> None:
    assert knows_not(text) and yes_or_no(text, lang=lang) == "unsure"
    with speaking(lang):
        slots, said, buttons = validate(tracker(text, intent="deny", requested="budget", heard=HEARD,
                                                confirming=["budget", "company_size"]))
    assert translate(WHICH_QUESTION, lang) not in " ".join(said), said
    assert slots["requested_slot"] == "budget" and buttons == [], (said, buttons)
    assert not slots.get("attributes") and slots["confirming"] is None, slots


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_a_no_or_a_value_is_no_i_dont_know(lang: str, text: str) -> None:
    assert not knows_not(text)
    assert yes_or_no(text, lang=lang) != "unsure"
