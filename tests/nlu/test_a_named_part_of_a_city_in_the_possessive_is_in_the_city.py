"""A named part of a city said in the possessive is in the city (blind batch_63: "Boutique hotel, 28 rooms, in Lisbon's
Alfama" gave no place), as "Melbourne's east" already was. Near misses: a possessive before something else ("London's
tech scene", "Paris's best bakery", "Paris's Louvre is our client")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "country", "city"), [
    ("Boutique hotel, 28 rooms, in Lisbon's Alfama. Staff of 19.", "PT", "Lisbon"), ("a cafe in Berlin's Kreuzberg", "DE", "Berlin"),
    ("we're in Sydney's Bondi, surf school", "AU", "Sydney"),
])
def test_a_named_part_of_a_city_is_in_the_city(text: str, country: str, city: str) -> None:
    location = extract(text, None, now=NOW, lang="en").location
    assert location is not None and (location.country, location.city) == (country, city), location


@pytest.mark.parametrize("text", ["London's tech scene is amazing", "Paris's best bakery is our client", "Paris's Louvre is our client"])
def test_a_possessive_before_something_else_is_no_place(text: str) -> None:
    assert extract(text, None, now=NOW, lang="en").location is None
