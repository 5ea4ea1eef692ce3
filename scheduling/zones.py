"""Time zones by IANA name, and a slot as a visitor reads it in theirs."""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.core import get_global


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


def _city_key(name: str) -> str:
    return " ".join(name.lower().replace("_", " ").replace("-", " ").split())


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[tuple[str, str], str]:
    """(country, city) -> zone, for every zone named after its city (CLDR's data, through babel)."""
    found: dict[tuple[str, str], str] = {}
    for name, country in get_global("zone_territories").items():
        if "/" in name and not name.startswith("Etc/"):
            found.setdefault((country, _city_key(name.rsplit("/", 1)[1])), name)
    return found


def zone_for_place(country: str | None, city: str | None = None, *, at: datetime | None = None) -> str | None:
    """The time zone of a stated place: the zone named after the city, else the country's when it has one offset.

    "Chicago, US" is America/Chicago and "Manchester, GB" Europe/London; the
    United States alone has several offsets, so it gives None (ask, or use
    the next source) rather than a guess.
    """
    if not country:
        return None
    country = country.upper()
    if city:
        named = _zones_by_city().get((country, _city_key(city)))
        if named:
            return named
    zones = [z for z in get_global("territory_zones").get(country, ()) if _known(z)]
    if not zones:
        return None
    moment = at or datetime.now(timezone.utc)
    offsets = {moment.astimezone(ZoneInfo(z)).utcoffset() for z in zones}
    return zones[0] if len(offsets) == 1 else None


def _known(name: str) -> bool:
    try:
        zone(name)
    except TimeZoneError:
        return False
    return True
