"""Where the visitor is, said the way people type it (issue 14, blind batch 55): a US state's two-letter code in
capitals after a word of place ("a 3pl in NJ" gave no location), a big city misspelt by one letter after a word of
place ("in manchster"), in the seven languages, and a place said as what the visitor is not ("Cork in Ireland, not New
York" was New York). Near misses: a code that is also a word or another country's code, an everyday word one letter
from a city, and a place that is said as the contrast's other side."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "country"), [
    ("we're a 3pl in NJ, 25 FTEs", "US"), ("based in TX", "US"), ("we're in CO", "US"), ("based out of GA", "US"),
    ("a roofing company in NC", "US"), ("we're in BC", "CA"), ("agency based in QLD", "AU"),
])
def test_a_state_code_in_capitals_after_a_word_of_place_is_its_country(text: str, country: str) -> None:
    read = extract(text, now=NOW)
    assert read.location is not None and read.location.country == country


@pytest.mark.parametrize("text", [
    "we work in IT", "in OR maybe", "we're in DE", "we're in CA", "ok in a bit", "we're in ga", "I'm in ME mode", "sign in HI res",
])
def test_a_code_that_is_a_word_another_countrys_code_or_in_lower_case_is_no_place(text: str) -> None:
    assert extract(text, now=NOW).location is None


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("we're a small acounting firm in manchster, about 14 emplyees", "en", "Manchester"),
    ("based in birmingam", "en", "Birmingham"), ("a bakery in glasow", "en", "Glasgow"),
    ("located in sheffeild", "en", "Sheffield"), ("wir sind aus Frankfrut", "de", "Frankfurt"),
    ("nous sommes à Marseile", "fr", "Marseille"), ("estamos en barcelna", "es", "Barcelona"),
    ("estamos em Curitba", "pt", "Curitiba"), ("wij zitten in Amsterdm", "nl", "Amsterdam"),
])
def test_a_big_city_misspelt_by_one_letter_after_a_word_of_place_is_that_city(text: str, lang: str, city: str) -> None:
    read = extract(text, now=NOW, lang=lang)
    assert read.location is not None and read.location.city == city


@pytest.mark.parametrize("text", [
    "we're in recipe mode", "in example, we grew", "we're winning in winning", "in charge of leading a team",
    "we're heading in the right direction",
])
def test_an_everyday_word_near_a_city_is_no_place(text: str) -> None:
    assert extract(text, now=NOW).location is None


@pytest.mark.parametrize(("text", "lang", "country", "city"), [
    ("Cork in Ireland, not New York 😄", "en", "IE", "Cork"), ("we're in Leeds, not London", "en", "GB", "Leeds"),
    ("wir sind in Köln, nicht in Berlin", "de", "DE", "Cologne"), ("on est à Lyon, pas à Paris", "fr", "FR", "Lyon"),
    ("estamos en Valencia, no en Madrid", "es", "ES", "Valencia"), ("estamos em Braga, não em Lisboa", "pt", "PT", "Braga"),
    ("siamo a Torino, non a Milano", "it", "IT", "Turin"), ("we zitten in Utrecht, niet in Amsterdam", "nl", "NL", "Utrecht"),
])
def test_a_place_said_as_what_the_visitor_is_not_gives_way_to_the_other(text: str, lang: str, country: str, city: str) -> None:
    read = extract(text, now=NOW, lang=lang)
    assert read.location is not None and (read.location.country, read.location.city) == (country, city)


@pytest.mark.parametrize(("text", "field", "city"), [
    ("non, à Paris", "location", "Paris"), ("not in London, we're in Leeds", None, "Leeds"),
    ("Cork in Ireland", None, "Cork"), ("Reading in England", None, "Reading"),
])
def test_a_place_after_a_pause_or_its_own_country_is_where_the_visitor_is(text: str, field: str | None, city: str) -> None:
    read = extract(text, field, now=NOW)
    assert read.location is not None and read.location.city == city


def test_a_city_word_before_another_countrys_name_is_no_city() -> None:
    read = extract("we sell cork in Portugal", now=NOW)
    assert read.location is None or read.location.city is None
