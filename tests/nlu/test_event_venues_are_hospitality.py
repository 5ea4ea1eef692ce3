"""An event or wedding venue is hospitality in the seven languages: Italian "location per eventi e matrimoni" was read
as "other" (HP's held-out personas). "Wedding" alone is no place (Berlin's district needs a cue: "we're a wedding
venue near Bath" was located in Germany), nor is any lower-case noun after an article ("somos uma loja" was Loja,
Ecuador)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "siamo una location per eventi e matrimoni vicino a Firenze",
    "we run an events venue in Leeds",
    "Wir sind eine Eventlocation in München",
    "wir betreiben eine Hochzeitslocation am See",
    "nous sommes une salle de réception près de Lyon",
    "somos un salón de eventos en Sevilla",
    "somos um espaço de eventos no Porto",
    "wij zijn een trouwlocatie in Utrecht",
])
def test_an_event_venue_is_hospitality(text: str) -> None:
    assert extract(text, None, now=NOW).industry == "hospitality"


def test_a_wedding_venue_is_not_in_berlin_wedding() -> None:
    location = extract("we're a wedding venue near Bath", None, now=NOW).location
    assert location is not None and location.country == "GB"


def test_wedding_with_a_cue_is_still_the_place() -> None:
    location = extract("unser Büro ist in Wedding, Berlin", None, now=NOW).location
    assert location is not None and location.country == "DE"


@pytest.mark.parametrize("text", [
    "somos uma loja, as vendas caíram",
    "we run a reading club for kids",
    "we have a nice office and need SEO",
])
def test_a_lower_case_noun_after_an_article_is_no_city(text: str) -> None:
    assert extract(text, None, now=NOW).location is None


def test_a_lower_case_city_after_in_is_still_the_place() -> None:
    location = extract("we're a bakery in reading", None, now=NOW).location
    assert location is not None and location.city == "Reading"
