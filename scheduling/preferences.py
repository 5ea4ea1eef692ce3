"""What a visitor means by "later", "next week" or "something on Friday afternoon".

The result is a window in UTC (``after``, ``before``) and a part of the day
read in the visitor's time zone; asking for "later" with nothing else means
after the last slot already shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from .availability import Slot

DAY_NAMES = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
    "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
PARTS = {"morning": (time(0), time(12)), "afternoon": (time(12), time(17)), "evening": (time(17), None)}


@dataclass(frozen=True)
class TimeRequest:
    after: datetime | None = None
    before: datetime | None = None
    part_of_day: str | None = None

    def accepts(self, slot: Slot, tz: ZoneInfo) -> bool:
        """Whether the slot starts in the asked part of the day, on the visitor's clock."""
        if self.part_of_day is None:
            return True
        start, end = PARTS[self.part_of_day]
        local = slot.starts_at.astimezone(tz).time()
        return local >= start and (end is None or local < end)


def _midnight(day: datetime, tz: ZoneInfo) -> datetime:
    return datetime.combine(day.date(), time(), tzinfo=tz).astimezone(timezone.utc)


def parse_time_request(text: str, now: datetime, tz: ZoneInfo, last_offered: datetime | None = None) -> TimeRequest:
    words = re.findall(r"[a-z]+", (text or "").lower()[:500])
    local = now.astimezone(tz)
    # "evenings", "mornings": the part of the day all the same.
    part = next((w.removesuffix("s") for w in words if w.removesuffix("s") in PARTS), None)
    if "tomorrow" in words:
        start = _midnight(local + timedelta(days=1), tz)
        return TimeRequest(start, start + timedelta(days=1), part)
    weekday = next((DAY_NAMES[w] for w in words if w in DAY_NAMES), None)
    if weekday is not None:
        ahead = (weekday - local.weekday()) % 7
        if ahead == 0 and "this" not in words and "today" not in words:
            # Today is called "today": its own weekday name ("Friday afternoon?" asked on a Friday, or "next
            # Friday") is the same day next week, when more than the few times left today are free.
            ahead = 7
        start = _midnight(local + timedelta(days=ahead), tz)
        return TimeRequest(start, start + timedelta(days=1), part)
    if "next" in words and "week" in words:
        monday = local + timedelta(days=7 - local.weekday())
        start = _midnight(monday, tz)
        return TimeRequest(start, start + timedelta(days=7), part)
    after = last_offered + timedelta(minutes=1) if last_offered is not None else None
    return TimeRequest(after, None, part)
