"""The time zone of a stated place: the city's zone, else the country's when it has a single offset."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from scheduling import zone_for_place

WINTER = datetime(2026, 12, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(("country", "city", "zone"), [
    ("GB", "Manchester", "Europe/London"), ("GB", None, "Europe/London"), ("DE", "Stuttgart", "Europe/Berlin"),
    ("US", "Chicago", "America/Chicago"), ("US", "Los Angeles", "America/Los_Angeles"),
    ("AU", "Sydney", "Australia/Sydney"), ("FR", None, "Europe/Paris"), ("gb", None, "Europe/London"),
])
def test_a_place_has_its_zone(country: str, city: str | None, zone: str) -> None:
    assert zone_for_place(country, city, at=WINTER) == zone


@pytest.mark.parametrize(("country", "city"), [("US", None), ("US", "Springfield"), ("AU", None), ("ZZ", None),
                                               (None, "London"), ("", None), ("GB", "../../etc/passwd")])
def test_a_place_with_several_offsets_or_none_known_gives_no_guess(country: str | None, city: str | None) -> None:
    assert zone_for_place(country, city, at=WINTER) in (None, "Europe/London")
    if country in ("US", "AU", "ZZ", None, ""):
        assert zone_for_place(country, city, at=WINTER) is None
