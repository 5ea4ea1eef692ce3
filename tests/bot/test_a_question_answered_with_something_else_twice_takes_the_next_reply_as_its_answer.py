"""A question is never asked round and round (issue 14, persona set 13's jonas).

"Holzverarbeitung, Schnittholz und Brettschichtholz" to the industry question read as the visitor's name (German
writes nouns with capitals), so the industry question came back in its two wordings, "In welcher Branche sind Sie
tätig?" and "Was macht Ihr Unternehmen?", until the conversation's turn limit. A question asked twice, and answered
with what reads as something else each time, takes the reading for the question of the next reply; when that reading
finds nothing either ("Serração E Madeira Lamelada" read as a place in Portugal), the third such reply leaves the
question, saying so. The conversation goes on. In process (no Rasa), in the seven languages, a reply written in capitals as a name would be.

Near miss: the first such reply is still read as what it looks like, and the question asked again.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from tests.bot.test_form import tracker, validate

KNOWN = {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Kienzle GmbH",
         "authority": {"title": "CEO", "seniority": "c_level", "role": "decision_maker"}}
# A trade written in capitals, as a name is.
TRADES = {"en": "Timber Processing, Sawn Timber And Glulam", "de": "Holzverarbeitung, Schnittholz und Brettschichtholz",
          "fr": "Scierie Et Bois Lamellé", "es": "Aserradero Y Madera Laminada", "pt": "Serração E Madeira Lamelada",
          "it": "Segheria E Legno Lamellare", "nl": "Zagerij En Gelamineerd Hout"}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


def replies(lang: str, times: int) -> list[dict[str, Any]]:
    """The slots after each of ``times`` replies of the trade to the industry question, asked after each, and what
    the bot said to each (under "said")."""
    slots: dict[str, Any] = {"attributes": KNOWN}
    progress: dict[str, Any] = {"asked": {"industry": 1}}
    out = []
    with speaking(lang):
        for _ in range(times):
            kept = {k: v for k, v in slots.items() if k in ("attributes", "answers", "heard", "consent")}
            new, said, _ = validate(tracker(TRADES[lang], requested="industry", progress=progress, **kept))
            slots.update(new)
            progress = slots.get("progress") or progress
            out.append({**slots, "said": said})
            if slots.get("requested_slot") != "industry":
                break
    return out


@pytest.mark.parametrize("lang", list(TRADES))
def test_the_industry_question_is_asked_at_most_twice_more_and_the_conversation_goes_on(lang: str) -> None:
    seen = replies(lang, 5)
    last = seen[-1]
    assert last.get("requested_slot") != "industry" and len(seen) <= 3, f"asked {len(seen) + 1} times: {seen}"
    # Taken as the answer, or left with the visitor told so: never dropped in silence.
    moved_on = translate("No problem, let's move on.", lang)
    assert last["attributes"].get("industry") or moved_on in last["said"], last


def test_a_first_reply_that_reads_as_a_name_is_not_taken_as_the_industry() -> None:
    # Near miss: once, the reading of the reply stands (German capitals read as a name), and the question comes back.
    slots: dict[str, Any] = {"attributes": KNOWN}
    with speaking("de"):
        new, _, _ = validate(tracker(TRADES["de"], requested="industry", progress={"asked": {"industry": 1}},
                                     **slots))
    if new.get("requested_slot") == "industry":
        assert not new["attributes"].get("industry"), new


# The name question, answered each time with the name and a budget said anew (set 13's claire).
NAMES = {"fr": "Claire Le Goff. Ah, et pour le budget, finalement ce sera soixante mille par an",
         "en": "Claire Le Goff. Oh, and the budget will be sixty thousand a year in the end"}


@pytest.mark.parametrize("lang", list(NAMES))
def test_the_name_question_answered_with_more_each_time_is_not_asked_round_and_round(lang: str) -> None:
    said = NAMES[lang]
    slots: dict[str, Any] = {"attributes": KNOWN, "consent": True}
    progress: dict[str, Any] = {"asked": {"name": 1}}
    replies = 0
    with speaking(lang):
        while replies < 4:
            replies += 1
            kept = {k: v for k, v in slots.items() if k in ("attributes", "answers", "heard", "consent")}
            new, _, _ = validate(tracker(said, requested="name", progress=progress, **kept))
            slots.update(new)
            progress = slots.get("progress") or progress
            if slots.get("requested_slot") != "name":
                break
    # Never round the same question (the name itself is checked on the stack: persona set 13's claire).
    assert slots.get("requested_slot") != "name" and replies <= 3, slots
