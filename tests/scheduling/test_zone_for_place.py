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


@pytest.mark.parametrize(("country", "city", "zone"), [
    ("US", "Austin", "America/Chicago"), ("US", "Seattle", "America/Los_Angeles"), ("US", "Boston", "America/New_York"),
    ("US", "San Francisco", "America/Los_Angeles"), ("US", "Miami", "America/New_York"), ("US", "Phoenix", "America/Phoenix"),
    ("CA", "Calgary", "America/Edmonton"), ("AU", "Perth", "Australia/Perth"), ("BR", "São Paulo", "America/Sao_Paulo"),
    ("ES", "Barcelona", "Europe/Madrid"), ("AU", "Gold Coast", "Australia/Brisbane"), ("MX", "Guadalajara", "America/Mexico_City"),
])
def test_a_city_in_a_country_of_several_zones_has_the_zone_geonames_gives_it(country: str, city: str, zone: str) -> None:
    assert zone_for_place(country, city, at=WINTER) == zone


@pytest.mark.parametrize(("country", "city"), [("US", None), ("US", "Springfield"), ("AU", None), ("ZZ", None),
                                               (None, "London"), ("", None), ("GB", "../../etc/passwd")])
def test_a_place_with_several_offsets_or_none_known_gives_no_guess(country: str | None, city: str | None) -> None:
    assert zone_for_place(country, city, at=WINTER) in (None, "Europe/London")
    if country in ("US", "AU", "ZZ", None, ""):
        assert zone_for_place(country, city, at=WINTER) is None


def test_the_shipped_city_table_is_what_its_build_makes_and_stays_small() -> None:
    from scheduling.data import build
    from scheduling.zones import _CITY_ZONES

    shipped = [line for line in _CITY_ZONES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert shipped == build.rows(), "run python scheduling/data/build.py"
    assert _CITY_ZONES.stat().st_size < 200 * 1024


@pytest.mark.parametrize(("country", "city", "zone"), [
    ("CA", "Montreal", "America/Toronto"), ("CA", "Montréal", "America/Toronto"), ("CA", "MONTRÉAL", "America/Toronto"),
    ("CO", "Bogota", "America/Bogota"), ("CO", "Bogotá", "America/Bogota"), ("CH", "Zürich", "Europe/Zurich"),
    ("BR", "Sao Paulo", "America/Sao_Paulo"), ("BR", "São Paulo", "America/Sao_Paulo"),
])
def test_a_city_is_found_with_or_without_its_accents(country: str, city: str, zone: str) -> None:
    # The extractor gave "Montreal" for "Montréal" and the table writes "Montréal": the zone question said it did not
    # know the place.
    assert zone_for_place(country, city) == zone
