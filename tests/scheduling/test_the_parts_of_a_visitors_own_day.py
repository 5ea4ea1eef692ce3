"""A part of the visitor's own day is when they are up, read on their clock (issue 14).

"Anything in my morning?" from Manila was read as 00:00-12:00 there and offered 00:15, 02:00, 02:45: a morning is
06:00-12:00, an afternoon 12:00-17:00, an evening 17:00-22:00, on the visitor's clock; the owner's hours are read
on that clock to tell a part of the day none of them falls in.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from scheduling import Availability, parse_time_request
from scheduling.day_parts import by_day, distance, hours_on_clock, in_part, owner_starts, within_hours

MANILA, BERLIN, CHICAGO = ZoneInfo("Asia/Manila"), ZoneInfo("Europe/Berlin"), ZoneInfo("America/Chicago")
WEEK = {day: ("08:00-12:00", "13:00-17:00") for day in ("mon", "tue", "wed", "thu", "fri")}
CHICAGO_OWNER = Availability(time_zone="America/Chicago", working_hours=WEEK, meeting_minutes=30, buffer_minutes=15)
BERLIN_OWNER = Availability(time_zone="Europe/Berlin", working_hours=WEEK, meeting_minutes=30, buffer_minutes=15)
NOW = datetime(2026, 12, 4, 23, 20, tzinfo=timezone.utc)  # a Friday evening in Chicago, Saturday morning in Manila


@pytest.mark.parametrize(("clock", "part", "inside"), [
    ((6, 0), "morning", True), ((11, 59), "morning", True), ((0, 15), "morning", False), ((5, 59), "morning", False),
    ((12, 0), "morning", False), ((12, 0), "afternoon", True), ((16, 45), "afternoon", True),
    ((17, 0), "afternoon", False), ((17, 0), "evening", True), ((21, 30), "evening", True),
    ((22, 0), "evening", False), ((2, 0), "evening", False),
])
def test_a_time_is_in_a_part_of_the_day_a_person_is_up_in(clock: tuple[int, int], part: str, inside: bool) -> None:
    moment = datetime(2026, 12, 9, *clock, tzinfo=MANILA)
    assert in_part(moment, part, MANILA) is inside
    # The same instant on another clock is another part of the day: Manila's morning is Berlin's night.
    assert in_part(moment.astimezone(BERLIN), part, MANILA) is inside


def test_the_distance_to_a_part_of_the_day_goes_either_way_round_the_clock() -> None:
    assert distance(datetime(2026, 12, 9, 5, tzinfo=MANILA), "morning", MANILA) == 60
    assert distance(datetime(2026, 12, 9, 16, tzinfo=MANILA), "morning", MANILA) == 241
    assert distance(datetime(2026, 12, 9, 23, tzinfo=MANILA), "morning", MANILA) == 420
    assert distance(datetime(2026, 12, 9, 9, tzinfo=MANILA), "morning", MANILA) == 0


def test_a_chicago_owners_last_hour_is_a_manila_visitors_morning() -> None:
    starts = owner_starts(CHICAGO_OWNER, NOW)
    mornings = [s.astimezone(MANILA) for s in starts if in_part(s, "morning", MANILA)]
    # 16:00 in Chicago is 06:00 in Manila: the only start of each working day in the visitor's morning.
    assert mornings and {(m.hour, m.minute) for m in mornings} == {(6, 0)}
    assert all(m.astimezone(CHICAGO).hour == 16 for m in mornings)
    # A Berlin owner's day (08:00-17:00) is 15:00-24:00 in Manila: none of it in the visitor's morning.
    assert not [s for s in owner_starts(BERLIN_OWNER, NOW) if in_part(s, "morning", MANILA)]
    assert [s for s in owner_starts(BERLIN_OWNER, NOW) if in_part(s, "evening", MANILA)]


def test_the_owners_day_is_said_on_the_visitors_clock() -> None:
    start, end = hours_on_clock(BERLIN_OWNER, datetime(2026, 12, 9, 10, tzinfo=BERLIN), MANILA)
    assert (start.strftime("%a %H:%M"), end.strftime("%a %H:%M")) == ("Wed 15:00", "Thu 00:00")
    assert hours_on_clock(BERLIN_OWNER, datetime(2026, 12, 12, 10, tzinfo=BERLIN), MANILA) is None  # a Saturday


def test_a_moment_is_within_the_owners_hours_on_their_own_clock() -> None:
    assert within_hours(CHICAGO_OWNER, datetime(2026, 12, 9, 6, 30, tzinfo=MANILA))  # Tuesday 16:30 in Chicago
    assert not within_hours(CHICAGO_OWNER, datetime(2026, 12, 9, 7, tzinfo=MANILA))  # 17:00 in Chicago
    assert not within_hours(CHICAGO_OWNER, datetime(2026, 12, 9, 2, tzinfo=MANILA))  # 12:00, lunch
    assert not within_hours(CHICAGO_OWNER, datetime(2026, 12, 13, 1, tzinfo=MANILA))  # Saturday 11:00


def test_starts_are_grouped_by_the_visitors_day() -> None:
    starts = [datetime(2026, 12, 8, 22, tzinfo=timezone.utc), datetime(2026, 12, 8, 23, tzinfo=timezone.utc),
              datetime(2026, 12, 9, 22, tzinfo=timezone.utc)]
    # 06:00 and 07:00 on Wednesday in Manila, then 06:00 on Thursday.
    assert by_day(starts, MANILA) == [(starts[0], starts[1]), (starts[2], starts[2])]


@pytest.mark.parametrize(("said", "part"), [("evenings?", "evening"), ("any mornings next week", "morning"),
                                            ("afternoon my time", "afternoon"), ("evenings work better", "evening"),
                                            ("our mornings are busy", "morning"), ("later", None), ("this week", None)])
def test_a_part_of_the_day_is_read_in_the_singular_or_the_plural(said: str, part: str | None) -> None:
    assert parse_time_request(said, NOW, MANILA).part_of_day == part
