"""Where the visitor is: a city name two English-speaking markets share with cities of like size ("20 staff,
Newcastle", batch_47: read as Australia's) takes its country from the rest of the message (pounds or UK words: GB;
Australian dollars or words: AU), else the city is kept and the country left out rather than guessed. A city name one
market holds alone keeps its country."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "country"), [
    ("we're a freight firm in Newcastle, budget about £3k a month", "GB"),
    ("small agency based in Newcastle, UK, 10 staff", "GB"),
    ("we're in Newcastle, NSW, budget A$4k a month", "AU"),
    ("plumbing business in Newcastle, Australia", "AU"),
])
def test_a_shared_city_takes_its_country_from_the_message(text: str, country: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.country == country


def test_a_shared_city_alone_keeps_the_city_and_leaves_the_country_out() -> None:
    location = extract("20 staff, based in Newcastle, need a new website", None, now=NOW).location
    assert location is not None and location.country is None and location.city == "Newcastle"


@pytest.mark.parametrize(("text", "country"), [
    ("we're based in Birmingham, need leads", "GB"),
    ("we're a bakery in Brisbane", "AU"),
])
def test_a_city_one_market_holds_keeps_its_country(text: str, country: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.country == country
