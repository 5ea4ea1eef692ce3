"""A stop said mid-form stops, whatever the classifier made of it (persona set 13's tyler, issue 14).

"actually stop for now, I'm needed on the floor" at the timing question got "Sorry, I didn't catch that": the
classifier did not call it a stop, and the form read it as an answer it could not read. nlu.leaving.asks_to_stop
reads it; the form now stops as action_stop does (nothing more stored, the form closed), in the seven languages.
Near miss: what they no longer want to go on doing ("we want to stop losing leads") is a need, no stop.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from tests.bot.test_form import tracker, validate

STOPS = {"en": "actually stop for now, I'm needed on the floor", "de": "hören wir hier auf",
         "fr": "on arrête là pour l'instant", "es": "paremos aquí por ahora", "pt": "vamos parar por aqui",
         "it": "fermiamoci qui per ora", "nl": "laten we hier stoppen"}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize("lang", list(STOPS))
def test_a_stop_at_a_question_stops_the_conversation(lang: str) -> None:
    with speaking(lang):
        slots, said, _ = validate(tracker(STOPS[lang], requested="timing", attributes={}))
    assert slots.get("stopped") is True and slots["requested_slot"] is None, (said, slots)
    assert said == [translate(form.STOP_LINE, lang)], said


def test_what_they_no_longer_want_to_go_on_doing_is_no_stop() -> None:
    slots, said, _ = validate(tracker("we want to stop losing leads", requested="need", attributes={}))
    assert not slots.get("stopped"), (said, slots)
