"""Time zones by IANA name, and a slot as a visitor reads it in theirs."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.core import get_global
from babel.dates import format_skeleton

from .regions import region_named

_CITY_ZONES = Path(__file__).resolve().parent / "data" / "city_zones.tsv"


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


def label(start: datetime, end: datetime, tz: ZoneInfo, locale: str = "en") -> str:
    """``Tue 24 Nov, 10:00–10:30``: the slot in the reader's own time zone and language.

    Another locale's reader gets CLDR's own short forms through babel
    (``Di., 24. Nov., 10:00–10:30``, ``mar. 24 nov., 10:00–10:30``).
    """
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    if locale == "en":
        return f"{local_start:%a} {local_start.day} {local_start:%b}, {local_start:%H:%M}–{local_end:%H:%M}"
    day = format_skeleton("MMMEd", local_start, tzinfo=tz, locale=locale)
    hours = [format_skeleton("Hm", moment, tzinfo=tz, locale=locale) for moment in (local_start, local_end)]
    return f"{day}, {hours[0]}–{hours[1]}" if local_end > local_start else f"{day}, {hours[0]}"


def _city_key(name: str) -> str:
    """A city's name compared without case, accents or separators: the extractor may give "Montreal" where the
    gazetteer writes "Montréal" ("Montréal" typed at the zone question was "a place I don't know")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").replace("-", " ").split())


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, city) -> its zones: the zone named after the city (CLDR's data, through babel), then, in a country
    of several zones, the zones geonames gives the big cities of that name (``data/city_zones.tsv``: Austin is no
    zone's name), the most populous first."""
    found: dict[tuple[str, str], list[str]] = {}
    for name, country in get_global("zone_territories").items():
        if "/" in name and not name.startswith("Etc/"):
            found.setdefault((country, _city_key(name.rsplit("/", 1)[1])), []).append(name)
    with open(_CITY_ZONES, encoding="utf-8") as rows:
        for line in rows:
            if not line.startswith("#"):
                country, city, zones = line.rstrip("\n").split("\t")
                known = found.setdefault((country, _city_key(city)), [])
                known += [z for z in zones.split(",") if z not in known and _known(z)]
    return {key: tuple(zones) for key, zones in found.items()}


# Countries of several zones where one of them holds nearly everyone: a visitor who names only the country ("a
# Spanish company", "somos do Brasil") keeps that zone, said, with "Other time zone" to change it. The islands an hour
# off (Canarias, Açores) and Brazil's west are ``regions.REGION_ZONES``'s, when named.
MAIN_ZONES = {"ES": "Europe/Madrid", "PT": "Europe/Lisbon", "BR": "America/Sao_Paulo", "MX": "America/Mexico_City",
              "CL": "America/Santiago", "EC": "America/Guayaquil", "NZ": "Pacific/Auckland"}


def zone_for_place(country: str | None, city: str | None = None, *, at: datetime | None = None,
                   said: str | None = None) -> str | None:
    """The time zone of a stated place: the zone named after the city, else that of the state or province ``said``
    names (the visitor's words: "a credit union in Nova Scotia"), else the country's when it has one offset, or one
    zone that holds nearly all its people (``MAIN_ZONES``).

    "Chicago, US" is America/Chicago and "Manchester, GB" Europe/London; the
    United States alone has several offsets, so it gives None (ask, or use
    the next source) rather than a guess.
    """
    if not country:
        return None
    country = country.upper()
    moment = at or datetime.now(timezone.utc)
    if city and (named := _zones_by_city().get((country, _city_key(city)))):
        # Two cities of one name an hour apart (Springfield, Illinois and Massachusetts): the state said chooses.
        if (one := _one_offset(named, moment)) is not None:
            return one
    if said and (region := region_named(said, country)) is not None and _known(region.zone):
        return region.zone
    if city and (country, _city_key(city)) in _zones_by_city():
        return None
    return _one_offset([z for z in get_global("territory_zones").get(country, ()) if _known(z)], moment) \
        or MAIN_ZONES.get(country)


def _one_offset(zones: Sequence[str], moment: datetime) -> str | None:
    """The first of ``zones`` when they all keep one clock at ``moment``; else (or with none) None."""
    offsets = {moment.astimezone(ZoneInfo(z)).utcoffset() for z in zones}
    return zones[0] if len(offsets) == 1 else None


def _known(name: str) -> bool:
    try:
        zone(name)
    except TimeZoneError:
        return False
    return True
