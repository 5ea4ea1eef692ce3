"""Whatever a stranger types, the readers of a whole message added for issue 14 (a stop in words, a refusal to keep
doing something, a call asked for, a formal greeting, a bare yes) answer plainly, never raise, and take a message
at the length cap (the bot reads ``MAX_TEXT`` characters of a message) in well under a second (no backtracking)."""

from __future__ import annotations

import time

import pytest

from bot.actions.greeting import formal_greeting, in_their_register
from bot.actions.questionnaire import MAX_TEXT
from bot.actions.stopping import keeps_on_about, refuses_to_go_on
from nlu.call_request import asks_for_a_call
from nlu.replies import yes_or_no
from tests.nlu.test_hostile import HOSTILE

LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "xx")
LONG = ["-" * MAX_TEXT, "no " * (MAX_TEXT // 3), "ik wil niet " * (MAX_TEXT // 12), "a'" * (MAX_TEXT // 2),
        "can i book a call " * (MAX_TEXT // 18), "Buongiorno! " * (MAX_TEXT // 12)]


@pytest.mark.parametrize("text", HOSTILE + LONG)
def test_hostile_text_gets_a_plain_answer_from_each_reader(text: str) -> None:
    text = text[:MAX_TEXT]  # as the bot reads it (bot.actions.state.latest_text)
    started = time.process_time()
    assert isinstance(refuses_to_go_on(text), bool) and isinstance(keeps_on_about(text), bool)
    assert isinstance(asks_for_a_call(text), bool)
    for lang in LANGS:
        assert formal_greeting(text, lang) is None or isinstance(formal_greeting(text, lang), str)
        assert isinstance(in_their_register("Salve! Sono l'assistente.", text, lang), str)
        assert yes_or_no(text, lang=lang) in (None, "yes", "no", "unsure")
    # A guard against the class (backtracking on a long run), not a speed measure: bench/ measures speed.
    assert time.process_time() - started < 5, "backtracking: the cost grows faster than the text"
