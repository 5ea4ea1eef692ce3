"""A place's code or short name typed in lower case is the place, as a chat types it (issue 14, found by playing the
bot as visitors would): "dallas tx" and "austin tx" gave no location, nor "nyc", "we're in sf", "based in atl".

Two kinds: a city followed by its own state's code ("dallas tx", "sydney nsw": the code of the state the city is in,
nothing else, so "portland or seattle" stays two cities and "tx volume" no Texas), and a city's short name that is no
word ("nyc", "sf", "dc", "atl") after a word of where in any of the seven languages, or alone. "la" is an article of
French, Spanish and Italian: it is Los Angeles only after an English word of where ("we're in la", "offices in LA and
nyc"), never alone nor after "en", "à", "de".
"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "country", "city"), [
    ("dallas tx", None, "US", "Dallas"),
    ("austin tx", None, "US", "Austin"),
    ("we're a small agency, dallas tx", "en", "US", "Dallas"),
    ("sydney nsw", None, "AU", "Sydney"),
    ("wir sitzen in dallas tx", "de", "US", "Dallas"),
    ("nous sommes à austin tx", "fr", "US", "Austin"),
])
def test_a_city_followed_by_its_own_state_code_in_lower_case_is_the_city(text: str, lang: str | None, country: str, city: str) -> None:
    location = extract(text, None, now=NOW, lang=lang).location
    assert location is not None and (location.country, location.city) == (country, city)


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("nyc", None, "New York"),
    ("we're in nyc", "en", "New York"),
    ("we're in sf", "en", "San Francisco"),
    ("based in atl, 12 people", "en", "Atlanta"),
    ("we're in dc", "en", "Washington"),
    ("we're in la", "en", "Los Angeles"),
    ("offices in LA and nyc", "en", "Los Angeles"),
    ("wir sind in nyc", "de", "New York"),
    ("on est à nyc", "fr", "New York"),
    ("estamos en nyc", "es", "New York"),
    ("estamos em nyc", "pt-BR", "New York"),
    ("estamos em sf", "pt-PT", "San Francisco"),
    ("siamo a nyc", "it", "New York"),
    ("we zitten in nyc", "nl", "New York"),
    ("we're an sf-based startup", "en", "San Francisco"),
    ("nyc-based agency, 12 people", "en", "New York"),
    ("la-based studio", "en", "Los Angeles"),
])
def test_a_short_city_name_in_lower_case_after_a_word_of_where_is_the_city(text: str, lang: str | None, city: str) -> None:
    location = extract(text, None, now=NOW, lang=lang).location
    assert location is not None and (location.country, location.city) == ("US", city)


@pytest.mark.parametrize(("text", "lang"), [
    ("la", None),
    ("la empresa es pequeña", "es"),
    ("estamos en la oficina", "es"),
    ("on est à la maison", "fr"),
    ("siamo a la fine", "it"),
    ("c'est de la pub", "fr"),
    ("the tx volume doubled", "en"),
    ("we process 500 tx a day", "en"),
    ("tx", None),
])
def test_an_article_or_a_code_with_no_city_before_it_is_no_place(text: str, lang: str | None) -> None:
    assert extract(text, None, now=NOW, lang=lang).location is None


def test_a_code_that_is_no_city_s_own_state_leaves_the_city_said_elsewhere() -> None:
    location = extract("we handle tx for banks in nyc", None, now=NOW, lang="en").location
    assert location is not None and (location.country, location.city) == ("US", "New York")


def test_portland_or_seattle_reads_or_as_a_word_not_oregons_code() -> None:
    location = extract("portland or seattle, not sure yet", None, now=NOW, lang="en").location
    assert location is not None and location.city == "Seattle"
