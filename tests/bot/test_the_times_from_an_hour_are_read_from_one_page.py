""""Can we move it to 3pm?": the times from that hour on the next day that has any, read from one page of the
service's slots where it holds them (before: a first page of three, then a second request from 15:00 whenever the
next 3pm fell on a day without times, a Friday evening's Saturday).

The service here is ``scheduling.free_slots`` itself, the rule the real one follows, with an owner's week in
Berlin and some of it booked; every answer is compared with the old way of asking (three from the next 3pm, then
again from 15:00 on the first day found) at moments across a fortnight and at hours across the day.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.actions import booking
from scheduling import Availability, free_slots

BERLIN = ZoneInfo("Europe/Berlin")
WEEK = {"mon": ("09:00-12:00", "13:00-17:00"), "tue": ("09:00-12:00", "13:00-17:00"), "wed": ("10:00-16:00",),
        "thu": ("09:00-12:00", "13:00-17:00"), "fri": ("09:00-12:00",)}
START = datetime(2026, 11, 23, 6, tzinfo=timezone.utc)  # a Monday morning
BOOKED = [(START + timedelta(days=d, hours=h), START + timedelta(days=d, hours=h, minutes=30))
          for d, h in ((0, 8), (0, 9), (2, 13), (7, 13), (7, 14), (8, 12))]


class Service:
    """The lead service's slot lookups, counted, answered by the scheduling rule."""

    def __init__(self, now: datetime) -> None:
        self.now, self.calls = now, 0
        self.availability = Availability(time_zone="Europe/Berlin", working_hours=WEEK, meeting_minutes=30,
                                         buffer_minutes=15, days_ahead=14, min_notice_minutes=60)

    def slots(self, lead_id: str, time_zone: str | None = None, *, after: str | None = None,
              before: str | None = None, part_of_day: str | None = None, limit: int = 3) -> dict[str, Any]:
        self.calls += 1
        since = datetime.fromisoformat(after.replace("Z", "+00:00")) if after else None
        found = free_slots(self.availability, BOOKED, self.now, after=since, limit=limit)
        return {"time_zone": time_zone, "slots": [{"starts_at": booking._iso(s.starts_at), "ends_at": booking._iso(
            s.ends_at), "label": ""} for s in found]}


def the_old_way(service: Service, hour: tuple[int, int]) -> list[str]:
    """Three from the next hour; when the first falls earlier in its day, three again from the hour that day."""
    page = service.slots("ld_1", "Europe/Berlin", after=booking._iso(booking.next_clock(hour, BERLIN, service.now)))
    if not page["slots"]:
        return []
    first = datetime.fromisoformat(page["slots"][0]["starts_at"].replace("Z", "+00:00")).astimezone(BERLIN)
    if (first.hour, first.minute) < hour:
        page = service.slots("ld_1", "Europe/Berlin", after=booking._iso(booking.from_clock(first.date(), hour, BERLIN)))
    return [s["starts_at"] for s in page["slots"]]


def the_new_way(service: Service, hour: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(booking.runtime, "lead_service", lambda: service)
    after = booking._iso(booking.next_clock(hour, BERLIN, service.now))
    page = asyncio.run(booking._read_slots("ld_1", "Europe/Berlin", after=after, limit=booking.WIDE))
    return [s["starts_at"] for s in asyncio.run(booking.from_the_hour(page, hour, "ld_1", "Europe/Berlin"))["slots"]]


MOMENTS = [START + timedelta(hours=7 * i) for i in range(48)]  # every 7 hours for a fortnight: each hour of a day


@pytest.mark.parametrize("hour", [(8, 0), (9, 0), (10, 30), (11, 45), (15, 0), (16, 30), (19, 0)])
def test_the_times_from_an_hour_are_the_same_as_asking_again_from_it(hour: tuple[int, int],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    for now in MOMENTS:
        old, new = Service(now), Service(now)
        assert the_new_way(new, hour, monkeypatch) == the_old_way(old, hour), (now, hour)
        # One more at most: where the page ends before the hour of the day its first time from then falls in, that
        # day is asked from the hour (test_an_hour_whose_afternoon_is_taken_is_the_next_days_from_that_hour).
        assert new.calls <= old.calls + 1, (now, hour)


def test_3pm_is_asked_for_once_where_the_old_way_asked_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    old_calls = new_calls = 0
    for now in MOMENTS:
        old, new = Service(now), Service(now)
        the_old_way(old, (15, 0)), the_new_way(new, (15, 0), monkeypatch)
        old_calls, new_calls = old_calls + old.calls, new_calls + new.calls
    assert new_calls == len(MOMENTS) < old_calls, (new_calls, old_calls)


def test_3pm_asked_on_a_friday_evening_is_mondays_from_15_00_from_one_request(monkeypatch: pytest.MonkeyPatch) -> None:
    service = Service(datetime(2026, 11, 27, 19, tzinfo=timezone.utc))  # Friday 20:00 in Berlin
    starts = [datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(BERLIN)
              for s in the_new_way(service, (15, 0), monkeypatch)]
    # Monday's afternoon runs 13:00, 13:45, 14:30, 15:15, 16:00 (30 minutes and 15 between): from 15:00, two of
    # them, then Tuesday's first.
    assert [(s.strftime("%a"), s.strftime("%H:%M")) for s in starts] == [("Mon", "15:15"), ("Mon", "16:00"),
                                                                        ("Tue", "09:00")]
    assert service.calls == 1, "one request: the old way made two"


def test_an_hour_after_the_days_last_time_is_the_next_days_first_ones() -> None:
    now = datetime(2026, 11, 23, 15, tzinfo=timezone.utc)  # Monday 16:00 in Berlin: 3pm has passed
    assert booking.next_clock((15, 0), BERLIN, now) == datetime(2026, 11, 24, 14, 59, tzinfo=BERLIN)
    assert booking.next_clock((17, 0), BERLIN, now) == datetime(2026, 11, 23, 16, 59, tzinfo=BERLIN)
    assert booking.from_clock(now.date(), (9, 30), BERLIN) == datetime(2026, 11, 23, 9, 29, tzinfo=BERLIN)


def test_an_hour_whose_afternoon_is_taken_is_the_next_days_from_that_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    # Found by CI: "ab 14 Uhr?" with Monday's afternoon booked by other visitors got Tuesday's 09:00 first.
    monday_afternoon = [(datetime(2026, 11, 30, 12, tzinfo=timezone.utc) + timedelta(minutes=45 * n),
                         datetime(2026, 11, 30, 12, 30, tzinfo=timezone.utc) + timedelta(minutes=45 * n))
                        for n in range(6)]
    monkeypatch.setattr(sys.modules[__name__], "BOOKED", [*BOOKED, *monday_afternoon])
    service = Service(datetime(2026, 11, 27, 19, tzinfo=timezone.utc))  # Friday 20:00 in Berlin
    starts = [datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(BERLIN)
              for s in the_new_way(service, (14, 0), monkeypatch)]
    assert starts and (starts[0].strftime("%a"), starts[0].hour >= 14) == ("Tue", True), starts
