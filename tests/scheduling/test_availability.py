"""Free slots: working hours in the owner's zone, notice, buffers, bookings, DST, the grid."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from scheduling import Availability, Slot, free_slots, is_free_slot, label, parse_hours, zone
from scheduling.zones import TimeZoneError

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
WEEKDAYS_9_TO_5 = {day: ("09:00-17:00",) for day in ("mon", "tue", "wed", "thu", "fri")}


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def owner(**overrides: object) -> Availability:
    values: dict[str, object] = dict(time_zone="Europe/Berlin", working_hours=WEEKDAYS_9_TO_5, meeting_minutes=30,
                                     buffer_minutes=15, days_ahead=14, min_notice_minutes=120)
    values.update(overrides)
    return Availability(**values)  # type: ignore[arg-type]


def test_slots_follow_working_hours_in_the_owners_zone_with_buffers_between_them() -> None:
    # Monday 23 Nov 2026, 06:00 in Berlin: the first slot is 09:00 local (08:00 UTC).
    slots = free_slots(owner(), [], berlin(2026, 11, 23, 6, 0), limit=4)
    assert [s.starts_at for s in slots] == [datetime(2026, 11, 23, h, m, tzinfo=UTC) for h, m in
                                            ((8, 0), (8, 45), (9, 30), (10, 15))]
    assert all(s.ends_at - s.starts_at == timedelta(minutes=30) for s in slots)


def test_minimum_notice_and_the_end_of_the_day() -> None:
    slots = free_slots(owner(), [], berlin(2026, 11, 23, 15, 50), limit=2)
    # 17:50 is the earliest with two hours' notice: today's last slot (16:30) is gone.
    assert slots[0].starts_at == berlin(2026, 11, 24, 9, 0)


def test_weekends_are_free_of_slots() -> None:
    slots = free_slots(owner(), [], berlin(2026, 11, 27, 18, 0), limit=1)  # a Friday evening
    assert slots[0].starts_at == berlin(2026, 11, 30, 9, 0)  # Monday


def test_existing_bookings_and_their_buffers_block_overlapping_slots() -> None:
    busy = [(berlin(2026, 11, 24, 9, 0), berlin(2026, 11, 24, 9, 30)),
            # a booking off the grid (an older playbook): blocks 10:30 (buffer) and 11:15
            (berlin(2026, 11, 24, 11, 0), berlin(2026, 11, 24, 11, 30))]
    slots = free_slots(owner(), busy, berlin(2026, 11, 23, 18, 0), limit=4)
    starts = [s.starts_at.astimezone(BERLIN).strftime("%H:%M") for s in slots]
    assert starts == ["09:45", "12:00", "12:45", "13:30"]


def test_after_before_and_a_filter_narrow_the_search() -> None:
    now = berlin(2026, 11, 23, 6, 0)
    later = free_slots(owner(), [], now, after=berlin(2026, 11, 25, 12, 0), limit=1)
    assert later[0].starts_at == berlin(2026, 11, 25, 12, 0)
    none = free_slots(owner(), [], now, after=berlin(2026, 11, 28, 0, 0), before=berlin(2026, 11, 30, 0, 0))
    assert none == []
    afternoon = free_slots(owner(), [], now, limit=1, accept=lambda s: s.starts_at.astimezone(BERLIN).hour >= 14)
    assert afternoon[0].starts_at == berlin(2026, 11, 23, 14, 15)


def test_days_ahead_bounds_the_search() -> None:
    slots = free_slots(owner(days_ahead=2), [], berlin(2026, 11, 23, 6, 0), limit=100)
    assert max(s.starts_at for s in slots).astimezone(BERLIN).date() == berlin(2026, 11, 25, 0, 0).date()


def test_a_dst_gap_skips_the_wall_times_that_do_not_exist() -> None:
    night = owner(working_hours={"sun": ("01:00-04:00",)}, buffer_minutes=0, min_notice_minutes=0)
    slots = free_slots(night, [], berlin(2027, 3, 28, 0, 0), limit=10, before=berlin(2027, 3, 29, 0, 0))
    local = [s.starts_at.astimezone(BERLIN).strftime("%H:%M") for s in slots]
    assert local == ["01:00", "01:30", "03:00", "03:30"]  # 02:00-03:00 does not exist that night


def test_is_free_slot_accepts_only_free_grid_slots() -> None:
    now = berlin(2026, 11, 23, 6, 0)
    assert is_free_slot(owner(), [], now, berlin(2026, 11, 24, 9, 45))
    assert not is_free_slot(owner(), [], now, berlin(2026, 11, 24, 9, 50)), "off the grid"
    assert not is_free_slot(owner(), [], now, berlin(2026, 11, 23, 7, 0)), "before working hours"
    assert not is_free_slot(owner(), [], now, berlin(2026, 11, 20, 9, 0)), "in the past"
    taken = [(berlin(2026, 11, 24, 9, 45), berlin(2026, 11, 24, 10, 15))]
    assert not is_free_slot(owner(), taken, now, berlin(2026, 11, 24, 9, 45)), "booked"


def test_hours_and_zones_are_validated() -> None:
    assert parse_hours("09:00-24:00")[1] is None
    for bad in ("9-17", "17:00-09:00", "09:00-09:00", "25:00-26:00", "09:00-24:30"):
        with pytest.raises(ValueError):
            parse_hours(bad)
    for bad in ("Mars/Olympus", "../../etc/passwd", "", "Europe/Berlin\n"):
        with pytest.raises(TimeZoneError):
            zone(bad)
    with pytest.raises(ValueError):
        free_slots(owner(), [], datetime(2026, 11, 23, 6, 0))  # naive "now"


def test_label_is_in_the_readers_zone() -> None:
    slot = Slot(datetime(2026, 11, 24, 8, 0, tzinfo=UTC), datetime(2026, 11, 24, 8, 30, tzinfo=UTC))
    assert label(slot.starts_at, slot.ends_at, ZoneInfo("America/New_York")) == "Tue 24 Nov, 03:00–03:30"
    assert label(slot.starts_at, slot.ends_at, BERLIN) == "Tue 24 Nov, 09:00–09:30"
