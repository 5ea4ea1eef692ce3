"""A street address is a place, never a company (issue 14): "We're at Rue de Siam, Brest" gave the company "Rue". The
street's word opens its name in French, Spanish, Italian and Portuguese ("Rue de Siam", "Calle Mayor", "Via Roma", "Rua
Augusta") and ends it in German and Dutch ("Hauptstraße", "Keizersgracht"); a city inside the street's name ("Via
Roma, Milano") is not where the visitor is, the city after it is, in the street's country when the street's language
is not spoken in a country of that city's name ("Rue de Siam, Brest" is Brest in France, not Belarus). A firm named
with a street's word ("Avenue Partners", "Via Logistics") stays a firm."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "country", "city"), [
    ("We're at Rue de Siam, Brest", "en", "FR", "Brest"),
    ("On est rue de Siam à Brest", "fr", "FR", "Brest"),
    ("Nous sommes Rue de Siam, Brest", "fr", "FR", "Brest"),
    ("Estamos en la Calle Mayor, Madrid", "es", "ES", "Madrid"),
    ("Siamo in Via Roma, Milano", "it", "IT", "Milan"),
    ("Siamo Via Roma 5, Milano", "it", "IT", "Milan"),
    ("Estamos na Rua Augusta, Lisboa", "pt-PT", "PT", "Lisbon"),
    ("Estamos na Rua Augusta, São Paulo", "pt-BR", "BR", "São Paulo"),
    ("Wir sind Hauptstraße 5, Berlin", "de", "DE", "Berlin"),
    ("We zijn Keizersgracht 12, Amsterdam", "nl", "NL", "Amsterdam"),
])
def test_a_street_is_where_the_visitor_is_and_no_company(text: str, lang: str, country: str, city: str) -> None:
    found = extract(text, None, now=NOW, lang=lang)
    assert found.company is None
    assert found.location is not None and (found.location.country, found.location.city) == (country, city)


@pytest.mark.parametrize(("text", "company"), [
    ("We're at Avenue Partners", "Avenue Partners"),
    ("I work at Via Logistics", "Via Logistics"),
    ("We're at Calle Ocho Cafe", "Calle Ocho Cafe"),
])
def test_a_firm_named_with_a_streets_word_is_still_a_firm(text: str, company: str) -> None:
    assert extract(text, None, now=NOW, lang="en").company == company


def test_a_city_said_alone_keeps_its_reading() -> None:
    location = extract("I'm from Rome", None, now=NOW, lang="en").location
    assert location is not None and (location.country, location.city) == ("IT", "Rome")
