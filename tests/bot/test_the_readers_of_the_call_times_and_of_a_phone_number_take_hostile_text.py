"""Whatever a stranger types, the readers this part of issue 14 added (the zone named after "Other time zone", a
real no to the times, a request to move a call, a question, a phone number, a given name, a reply of fillers)
answer plainly, never raise, and take a message at the length cap (``MAX_TEXT``) in well under a second."""

from __future__ import annotations

import time

import pytest

from bot.actions.booking import refuses, zone_in_reply
from bot.actions.call_times import said_zone
from bot.actions.questionnaire import MAX_TEXT
from nlu.faq import reads_as_question
from nlu.identity import is_given_name
from nlu.money import phone_spans
from nlu.replies import only_filling
from nlu.rescheduling import asks_to_move
from tests.nlu.test_hostile import HOSTILE

LONG = ["-" * MAX_TEXT, "+" + "4 " * (MAX_TEXT // 2), "GMT+" * (MAX_TEXT // 4), "0" * MAX_TEXT,
        "Europe/" * (MAX_TEXT // 7), "not now " * (MAX_TEXT // 8), "can we move it " * (MAX_TEXT // 15),
        "Sydney " * (MAX_TEXT // 7), "when " * (MAX_TEXT // 5)]


@pytest.mark.parametrize("text", HOSTILE + LONG)
def test_hostile_text_gets_a_plain_answer_from_each_reader(text: str) -> None:
    text = text[:MAX_TEXT]  # as the bot reads it (bot.actions.state.latest_text)
    started = time.process_time()
    assert said_zone(text) is None or isinstance(said_zone(text), str)
    assert zone_in_reply(text) is None or isinstance(zone_in_reply(text), str)
    assert isinstance(refuses(text), bool) and isinstance(asks_to_move(text), bool)
    assert isinstance(reads_as_question(text), bool) and isinstance(only_filling(text), bool)
    assert isinstance(is_given_name(text), bool)
    spans = phone_spans(text.lower())
    assert all(0 <= start < end <= len(text) for start, end in spans)
    # A guard against the class (backtracking on a long run), not a speed measure: bench/ measures speed.
    assert time.process_time() - started < 5, "backtracking: the cost grows faster than the text"


def test_an_empty_reply_names_no_zone_and_no_phone() -> None:
    assert said_zone("") is None and zone_in_reply("") is None and zone_in_reply("   ") is None
    assert phone_spans("") == [] and not refuses("") and not asks_to_move("")
