"""Free slots of one owner: working hours in their time zone, meeting length, buffers, bookings.

The grid is fixed per day: slots start at each working-hours interval's
start and every ``meeting_minutes + buffer_minutes`` after, so two slots of
the grid never overlap and a booking is identified by its owner and start
(the database's unique constraint then makes double-booking impossible).
Existing bookings block every slot that overlaps them or their buffers,
including bookings made under an older grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable, Iterable, Iterator, Mapping
from zoneinfo import ZoneInfo

from .zones import zone

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def parse_hours(text: str) -> tuple[time, time | None]:
    """``"09:00-17:30"`` as (start, end); end None stands for midnight ("24:00"). Raises ValueError."""
    match = _HOURS.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"'{text}' is not a span of hours such as 09:00-17:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h2 == 24 and m2:
        raise ValueError(f"'{text}' ends after midnight")
    start, end = time(h1, m1), (None if h2 == 24 else time(h2, m2))
    if end is not None and end <= start:
        raise ValueError(f"'{text}' ends before it starts")
    return start, end


@dataclass(frozen=True)
class Slot:
    """One bookable meeting, in UTC."""

    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class Availability:
    """When an owner takes calls: ``working_hours`` maps mon..sun to spans like ``"09:00-12:00"``."""

    time_zone: str
    working_hours: Mapping[str, tuple[str, ...]]
    meeting_minutes: int = 30
    buffer_minutes: int = 0
    days_ahead: int = 14
    min_notice_minutes: int = 60
    tz: ZoneInfo = field(init=False, repr=False, compare=False)
    spans: tuple[tuple[tuple[time, time | None], ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.meeting_minutes <= 0 or self.buffer_minutes < 0 or self.days_ahead <= 0 or self.min_notice_minutes < 0:
            raise ValueError("meeting length and days ahead must be positive; buffer and notice not negative")
        object.__setattr__(self, "tz", zone(self.time_zone))
        object.__setattr__(self, "spans", tuple(
            tuple(sorted(parse_hours(h) for h in self.working_hours.get(day, ()))) for day in WEEKDAYS
        ))

    @property
    def meeting(self) -> timedelta:
        return timedelta(minutes=self.meeting_minutes)

    @property
    def step(self) -> timedelta:
        return timedelta(minutes=self.meeting_minutes + self.buffer_minutes)

    def grid(self, first_day: date, days: int) -> Iterator[Slot]:
        """Every slot of the grid on ``days`` local days from ``first_day``, in time order."""
        for offset in range(days):
            day = first_day + timedelta(days=offset)
            for start, end in self.spans[day.weekday()]:
                cursor = datetime.combine(day, start)
                stop = datetime.combine(day, end) if end is not None else datetime.combine(day + timedelta(days=1), time())
                while cursor + self.meeting <= stop:
                    utc = _to_utc(cursor, self.tz)
                    if utc is not None:
                        yield Slot(utc, utc + self.meeting)
                    cursor += self.step


def _to_utc(local: datetime, tz: ZoneInfo) -> datetime | None:
    """The UTC instant of a local wall time; None when the clock skips it (a DST gap)."""
    aware = local.replace(tzinfo=tz)
    utc = aware.astimezone(timezone.utc)
    if utc.astimezone(tz).replace(tzinfo=None) != local:
        return None
    return utc


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("times must carry a time zone")
    return moment.astimezone(timezone.utc)


def _clashes(slot: Slot, busy: list[tuple[datetime, datetime]], buffer: timedelta) -> bool:
    return any(slot.starts_at < end + buffer and start < slot.ends_at + buffer for start, end in busy)


def free_slots(
    availability: Availability,
    busy: Iterable[tuple[datetime, datetime]],
    now: datetime,
    *,
    after: datetime | None = None,
    before: datetime | None = None,
    limit: int = 3,
    accept: Callable[[Slot], bool] | None = None,
) -> list[Slot]:
    """The first ``limit`` free slots starting at or after ``after`` (and before ``before``).

    Only slots at least ``min_notice_minutes`` from ``now`` and within
    ``days_ahead`` local days are offered; ``accept`` filters further (a
    visitor's "afternoon").
    """
    now = _utc(now)
    earliest = now + timedelta(minutes=availability.min_notice_minutes)
    if after is not None:
        earliest = max(earliest, _utc(after))
    latest = _utc(before) if before is not None else None
    taken = sorted((_utc(s), _utc(e)) for s, e in busy)
    buffer = timedelta(minutes=availability.buffer_minutes)
    today = now.astimezone(availability.tz).date()
    found: list[Slot] = []
    for slot in availability.grid(today, availability.days_ahead + 1):
        if slot.starts_at < earliest:
            continue
        if latest is not None and slot.starts_at >= latest:
            break
        if _clashes(slot, taken, buffer) or (accept is not None and not accept(slot)):
            continue
        found.append(slot)
        if len(found) >= limit:
            break
    return found


def is_free_slot(availability: Availability, busy: Iterable[tuple[datetime, datetime]], now: datetime, start: datetime) -> bool:
    """Whether ``start`` is a slot of the grid that is free and could be offered now."""
    start = _utc(start)
    found = free_slots(availability, busy, now, after=start, before=start + timedelta(seconds=1), limit=1)
    return bool(found) and found[0].starts_at == start

