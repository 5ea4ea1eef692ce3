"""Time zones by IANA name, and a slot as a visitor reads it in theirs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class TimeZoneError(ValueError):
    """A time zone name that is not an IANA zone on this machine ("Mars/Olympus")."""


def zone(name: str) -> ZoneInfo:
    """The zone called ``name``; refuses paths and other strings zoneinfo would try to open."""
    if not isinstance(name, str) or not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name \
            or not all(c.isalnum() or c in "/_+-" for c in name):
        raise TimeZoneError(f"{name!r} is not a time zone name such as Europe/Berlin")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise TimeZoneError(f"{name!r} is not a known time zone (IANA names such as Europe/Berlin)") from None


def label(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    """``Tue 24 Nov, 10:00–10:30``: the slot in the reader's own time zone."""
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    return f"{local_start:%a} {local_start.day} {local_start:%b}, {local_start:%H:%M}–{local_end:%H:%M}"
