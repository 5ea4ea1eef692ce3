"""A known city typed in lower case, as chat types it, is where the visitor is when the sentence says so (issue 14:
"siamo a milano" gave no place), in the seven languages: "we're in lyon", "wir sitzen in münchen", "somos de sevilla",
"siamo a milano", "lavoro a torino", "abbiamo sede a roma" (the Italian "a" after a word of being or working there, where
"a" alone is also the English article). Near misses: city names that are everyday words with no word of place ("a nice
bakery", "split the bill", "we run a reading club"), and a drink named after its place ("a glass of porto", "porto wine",
"un verre de bordeaux")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "country", "city"), [
    ("we're in lyon", "en", "FR", "Lyon"), ("small agency based in manchester", "en", "GB", "Manchester"),
    ("wir sitzen in münchen", "de", "DE", "Munich"), ("wir kommen aus köln", "de", "DE", "Cologne"),
    ("nous sommes à lyon", "fr", "FR", "Lyon"), ("on est basés à bordeaux", "fr", "FR", "Bordeaux"),
    ("somos de sevilla", "es", "ES", "Sevilla"), ("estamos en valencia", "es", "ES", "Valencia"),
    ("somos do porto", "pt", "PT", "Porto"), ("estamos em curitiba", "pt", "BR", "Curitiba"),
    ("siamo a milano", "it", "IT", "Milan"), ("lavoro a torino", "it", "IT", "Turin"), ("abbiamo sede a roma", "it", "IT", "Rome"),
    ("abbiamo un negozio a napoli", "it", "IT", "Naples"), ("siamo a como", "it", "IT", "Como"),
    ("we zitten in utrecht", "nl", "NL", "Utrecht"), ("kantoor in antwerpen", "nl", "BE", "Antwerp"),
])
def test_a_city_in_lower_case_said_as_where_the_visitor_is_is_read(text: str, lang: str, country: str, city: str) -> None:
    location = extract(text, None, now=NOW, lang=lang).location
    assert location is not None and (location.country, location.city) == (country, city), location


@pytest.mark.parametrize(("text", "lang"), [
    ("a nice bakery", "en"), ("split the bill", "en"), ("we run a reading club", "en"), ("siamo a un passo", "it"),
    ("lavoro a tempo pieno", "it"), ("voy a madrid mañana", "es"),
    ("we drink porto", "en"), ("i love porto wine", "en"), ("a glass of porto after dinner", "en"),
    ("un verre de bordeaux", "fr"), ("una copa de rioja", "es"), ("um cálice de porto", "pt"),
    ("un bicchiere di marsala", "it"), ("een glas porto", "nl"),
])
def test_a_city_name_that_is_a_word_or_a_drink_is_no_place(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).location is None
