"""A part of the day the consultant has no time in offers the nearest times in the visitor's waking day, never their
night, when the consultant has any there (issue 14; found playing ``make run`` from Pune).

"something came up, can we move it to Thursday morning?" from Pune, with Dana Reyes in New York (09:00-17:00 there,
19:30-03:30 in Pune), got "none of their times falls in your morning. The nearest free times:" Thursday 01:00, 01:45
and 02:30: nearest to the morning on the clock, in the middle of the visitor's night, while 19:30 that evening was
free. Far visitors (Pune, Kathmandu, Adelaide, São Paulo, Lisbon, Lima) asking for a part of the day with none of the
consultant's hours in it get the nearest times within their waking day (08:00-20:00, and up to 45 minutes past it).
Near misses keep the nearest on the clock: a visitor whose waking day holds none of the consultant's hours (Honolulu
with Berlin, Manila with Chicago) is shown those nearest, said as before.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.actions import booking
from tests.bot.test_booking_in_the_visitors_own_day_on_a_fixed_clock import NOW, Playbooks, Service, serve, starts

DANA, MARCUS, LENA = "U0SALES01", "U0SALES02", "U0EMEA001"
# 45 minutes either side of the waking day the offer allows.
EARLIEST, LATEST = time(7, 15), time(20, 45)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(booking, "_now", lambda: NOW)
    monkeypatch.setattr(booking.runtime, "playbooks", lambda: Playbooks())


def in_part(service: Service, part: str, tz: str) -> tuple[list[datetime], str]:
    first = service.slots("ld_1", tz, part_of_day=part)
    page, said = asyncio.run(booking.in_their_part(first, part, "ld_1", tz, {"part_of_day": part}))
    return starts(page, ZoneInfo(tz)), said


@pytest.mark.parametrize(
    ("tz", "owner"),
    [
        ("Asia/Kolkata", DANA),  # Pune: Dana's 19:30-03:30 there
        ("Asia/Kathmandu", DANA),  # +5:45: 19:45-03:45
        ("Australia/Adelaide", LENA),  # +10:30 in December: Lena's 18:30-02:30
        ("Asia/Kolkata", MARCUS),  # Marcus's 20:30-04:30: 20:30 is the edge of the waking day, 02:00 the night
    ],
)
def test_a_morning_with_none_of_the_consultants_hours_offers_the_nearest_in_the_waking_day_not_the_night(
    monkeypatch: pytest.MonkeyPatch, tz: str, owner: str
) -> None:
    found, said = in_part(serve(monkeypatch, Service(owner)), "morning", tz)
    assert "none of their times falls in your morning" in said, said
    assert found and all(EARLIEST <= s.time() <= LATEST for s in found), [s.strftime("%a %H:%M") for s in found]


@pytest.mark.parametrize(
    ("tz", "owner", "part", "shown"),
    [
        # Some of the part's times, or the nearest already in the waking day: as before.
        ("Europe/Lisbon", LENA, "morning", ["Mon 08:00", "Mon 08:45", "Mon 09:30"]),
        ("America/Lima", DANA, "afternoon", ["Mon 13:00", "Mon 13:45", "Mon 14:30"]),
        ("America/Sao_Paulo", LENA, "evening", ["Mon 10:30", "Mon 11:15", "Mon 12:00"]),
        ("Australia/Adelaide", LENA, "afternoon", ["Mon 18:30", "Mon 19:15", "Mon 20:00"]),
        ("Asia/Manila", LENA, "morning", ["Mon 16:00", "Mon 16:45", "Mon 17:30"]),
        # None of the consultant's hours near the waking day (Honolulu with Berlin: 22:00-06:00): the nearest on the
        # clock, as before, said so.
        ("Pacific/Honolulu", LENA, "morning", ["Mon 03:30", "Mon 04:15", "Mon 05:00"]),
    ],
)
def test_times_in_the_part_or_already_in_the_waking_day_or_with_none_near_it_are_as_before(
    monkeypatch: pytest.MonkeyPatch, tz: str, owner: str, part: str, shown: list[str]
) -> None:
    found, _ = in_part(serve(monkeypatch, Service(owner)), part, tz)
    assert [s.strftime("%a %H:%M") for s in found] == shown
