"""The parts of a visitor's own day, and an owner's hours read on the visitor's clock.

Pure. "Anything in my morning?" from Manila, with an owner in Berlin, was read as 00:00-12:00 on the visitor's
clock and offered nothing (or 00:15, 02:00, 02:45 with an owner in New York): a morning is the part of the day a
person is up in. ``PARTS`` are those hours; ``owner_starts`` are the times an owner's calendar could offer (bookings
aside, which only the service knows), so the caller can tell "none of the owner's hours falls in your morning"
(said plainly, with the nearest times) from "the owner's morning times are taken".
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from .availability import Availability, free_slots

# The visitor's own day: when a person means "my morning", "afternoons", "evenings".
PARTS: dict[str, tuple[time, time]] = {"morning": (time(6), time(12)), "afternoon": (time(12), time(17)),
                                       "evening": (time(17), time(22))}
_DAY = 24 * 60
# Every time a calendar of 14 days could hold (a slot of 5 minutes, around the clock): more is never asked for.
_MOST = _DAY // 5 * 15


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def in_part(moment: datetime, part: str, tz: tzinfo) -> bool:
    """Whether ``moment`` falls in ``part`` of the day on the clock of ``tz``."""
    start, end = PARTS[part]
    return start <= moment.astimezone(tz).time() < end


def distance(moment: datetime, part: str, tz: tzinfo) -> int:
    """Minutes on the clock of ``tz`` from ``moment`` to ``part`` of the day, either way round the clock (0 inside):
    05:00 is 60 from the morning, 22:00 is 300 from the afternoon."""
    return distance_to(moment, PARTS[part], tz)


def distance_to(moment: datetime, hours: tuple[time, time], tz: tzinfo) -> int:
    """Minutes on the clock of ``tz`` from ``moment`` to the span ``hours``, either way round the clock (0 inside)."""
    start, end = (_minutes(t) for t in hours)
    at = _minutes(moment.astimezone(tz).time())
    if start <= at < end:
        return 0
    return min((start - at) % _DAY, (at - end) % _DAY + 1)


# The hours of a visitor's own day a call is offered in, first their working hours; only when the owner has none of
# either in the days ahead (Manila with a Chicago owner: 23:00-07:00) the nearest, said to be early or late for them.
WAKING = (time(8), time(20))
WORKING = (time(9), time(17))


def within(moment: datetime, hours: tuple[time, time], tz: tzinfo) -> bool:
    """Whether ``moment`` falls in ``hours`` on the clock of ``tz``."""
    return hours[0] <= moment.astimezone(tz).time() < hours[1]


def side(moment: datetime, hours: tuple[time, time], tz: tzinfo) -> str:
    """"early" when ``moment`` is nearer the start of ``hours`` ahead of it than their end behind it (05:00 for a day
    from 08:00 to 20:00), else "late" (22:00); "inside" within them."""
    start, end = (_minutes(t) for t in hours)
    at = _minutes(moment.astimezone(tz).time())
    if start <= at < end:
        return "inside"
    return "early" if (start - at) % _DAY <= (at - end) % _DAY + 1 else "late"


def owner_starts(availability: Availability, now: datetime, *, after: datetime | None = None,
                 before: datetime | None = None) -> list[datetime]:
    """Every start the owner's calendar could offer from ``now`` (their hours, notice and days ahead), bookings
    aside, in time order."""
    return [slot.starts_at for slot in free_slots(availability, (), now, after=after, before=before, limit=_MOST)]


def by_day(starts: list[datetime], tz: tzinfo) -> list[tuple[datetime, datetime]]:
    """``starts`` grouped by the day they fall on, on the clock of ``tz``: (first, last) per day, in order."""
    days: dict[date, tuple[datetime, datetime]] = {}
    for start in sorted(starts):
        day = start.astimezone(tz).date()
        first, _ = days.get(day, (start, start))
        days[day] = (first, start)
    return list(days.values())


def hours_on_clock(availability: Availability, on: datetime, tz: tzinfo) -> tuple[datetime, datetime] | None:
    """The owner's working day that ``on`` falls in (their own date), from its first hour to its last, on the clock
    of ``tz``; None on a day they do not work."""
    local = on.astimezone(availability.tz)
    spans = availability.spans[local.weekday()]
    if not spans:
        return None
    day = local.date()
    start = datetime.combine(day, spans[0][0], tzinfo=availability.tz)
    last = spans[-1][1]
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=availability.tz) if last is None \
        else datetime.combine(day, last, tzinfo=availability.tz)
    return start.astimezone(tz), end.astimezone(tz)


def within_hours(availability: Availability, moment: datetime) -> bool:
    """Whether ``moment`` falls inside the owner's working hours (their clock, their weekday)."""
    local = moment.astimezone(availability.tz)
    at = local.time()
    return any(start <= at and (end is None or at < end) for start, end in availability.spans[local.weekday()])
