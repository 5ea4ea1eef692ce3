"""A visitor far from the consultant is offered times in their own day, through the real bot and service (issue 14).

Found playing ``make run``: a visitor in Manila with a consultant in Chicago was shown the middle of their night as
the "next free times", and one in Pune 20:30 unremarked. The visitor here is routed to a consultant in Europe
(09:00-17:00 there) and names their zone after "Other time zone":
- in Auckland, where those hours are 21:00/22:00 to 05:00/06:00, no time falls between 08:00 and 20:00: the nearest
  are shown, said to be late in their day, with the consultant's hours on their clock;
- in Kolkata (near miss), where those hours are the afternoon, the times are in their working hours, with no word
  of early or late.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.actions.booking import OUTSIDE_DAY
from bot.actions.phrasebook import zone_name
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import offered, slot_times, start_of
from tests.bot.test_booking_in_the_visitors_own_day import sentence
from tests.bot.test_the_visitors_words_around_the_call_times_are_read_for_what_they_are import click

pytestmark = pytest.mark.slow

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def times(v: Visitor, tz: str) -> list[datetime]:
    return [start_of(p).astimezone(ZoneInfo(tz)) for p in slot_times(v)]


@pytest.mark.parametrize("lang", LANGS)
def test_a_visitor_in_auckland_hears_the_nearest_times_are_late_and_one_in_kolkata_gets_their_afternoon(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = offered(stack, playbook, lang)
    click(v, "Other time zone", lang)
    reply = v.say("Pacific/Auckland")
    assert f"({zone_name('Pacific/Auckland', lang)}" in reply, v.history()
    assert sentence(OUTSIDE_DAY, lang).search(reply), f"not said to be late for them:\n{v.history()}"
    found = times(v, "Pacific/Auckland")
    assert found and all(s.hour >= 20 for s in found), f"not the nearest, late in their day:\n{v.history()}"

    click(v, "Other time zone", lang)
    reply = v.say("Asia/Kolkata")
    assert f"({zone_name('Asia/Kolkata', lang)}" in reply, v.history()
    assert not sentence(OUTSIDE_DAY, lang).search(reply), v.history()
    found = times(v, "Asia/Kolkata")
    assert found and all(9 <= s.hour < 17 for s in found), f"not in their working hours:\n{v.history()}"
