"""A well-known city whose name is also another country's name in some language ("Granada" is Grenada in Spanish)
is the city, given to the location question or said in free text (issue 14); the country's own name still is the
country, and a country far better known than a city of that name keeps it."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "field", "country", "city"), [
    ("Granada", "location", "ES", "Granada"),
    ("Granada, Spain", "location", "ES", "Granada"),
    ("we're based in Granada", None, "ES", "Granada"),
    ("somos una academia en Granada", None, "ES", "Granada"),
    ("Norfolk", "location", "US", "Norfolk"),
])
def test_a_city_bigger_than_the_country_of_its_name_is_the_city(text: str, field: str | None, country: str, city: str) -> None:
    location = extract(text, field, now=NOW).location
    assert location is not None and (location.country, location.city) == (country, city)


@pytest.mark.parametrize(("text", "country"), [
    ("Grenada", "GD"),
    ("we're in St. George's, Grenada", "GD"),
    ("França", "FR"),
    ("Salvador", "SV"),
    ("Guadalupe", "GP"),
])
def test_a_country_better_known_than_a_city_of_its_name_stays_the_country(text: str, country: str) -> None:
    location = extract(text, "location", now=NOW).location
    assert location is not None and location.country == country


def test_the_country_named_after_the_city_chooses_among_namesakes() -> None:
    location = extract("Granada, Nicaragua", "location", now=NOW).location
    assert location is not None and location.country == "NI"
