"""Which replies to another question say when a call suits the visitor, not when the project starts (issue 14).

``bot.actions.form.names_a_call_time`` keeps a start date from being read
out of them ("lieber nächste Woche Dienstag vormittag" at the name question
had replaced a start in April with December). A start said as a start, or a
deadline, must stay readable: none of those is a call time. The conversation
tests are in test_truth_conversation_visitor.py.
"""

from __future__ import annotations

import pytest

from bot.actions.form import names_a_call_time

CALL_TIMES = [
    "lieber nächste Woche Dienstag vormittag",
    "Thursday morning would suit me best",
    "any afternoon next week is good",
    "next week works for me",
    "a call next Tuesday would be great",
    "Tuesday 10am works",
    "14:30 on Friday?",
    "morgen um 10 Uhr passt mir",
    "jeudi après-midi, ça me va",
    "el martes por la tarde me viene bien",
    "volgende week dinsdagochtend komt me goed uit",
    "giovedì mattina sono disponibile",
]
STARTS = [
    "we want to start in March",
    "by the end of Q1",
    "Ende des ersten Quartals",
    "nächsten Monat starten",
    "we need to book more demos by June",
    "we need 2h of content a week from April",
    "in about 3 months",
    "ASAP, our pipeline is empty",
    "we'd rather start in April, not February",
    "we run 24h support and need help by May",
]


@pytest.mark.parametrize("text", CALL_TIMES)
def test_a_time_that_suits_the_visitor_for_a_call_is_a_call_time_in_any_language(text: str) -> None:
    assert names_a_call_time(text)


@pytest.mark.parametrize("text", STARTS)
def test_a_start_or_a_deadline_is_no_call_time(text: str) -> None:
    assert not names_a_call_time(text)
