"""Where the visitor is: a part of a city said in the English possessive ("9 sites across Melbourne's east", batch_57,
gave no place) is in the city. Only a part of the place (a side, a district, its centre or suburbs) makes the possessive
a place: "St. George's, Grenada" is no George, and "London's tech scene" says nothing of where the visitor is. (The other
six languages have no such possessive: "im Berliner Osten" is an adjective, left as it was.)"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "country", "city"), [
    ("gym franchise, 9 sites across Melbourne's east", "AU", "Melbourne"),
    ("two clinics in Sydney's northern beaches", "AU", "Sydney"),
    ("a shop in London's West End", "GB", "London"),
    ("we're on New York's east side", "US", "New York"),
    ("an agency in Manchester's city centre", "GB", "Manchester"),
])
def test_a_part_of_a_city_in_the_possessive_is_the_city(text: str, country: str, city: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and (location.country, location.city) == (country, city)


def test_a_name_holding_a_possessive_is_not_the_shorter_city() -> None:
    location = extract("we're in St. George's, Grenada", None, now=NOW).location
    assert location is not None and location.country == "GD" and location.city != "George"


@pytest.mark.parametrize("text", ["London's tech scene is amazing", "Paris's best bakery is our client"])
def test_a_possessive_of_anything_else_names_no_place(text: str) -> None:
    assert extract(text, None, now=NOW).location is None
