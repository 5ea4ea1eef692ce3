"""A postcode beside a town says the town's country; customers listed before a place say where they are, not the firm
(persona set 13: claire's "29900 Concarneau", giulia's "Reggio Emilia, CAP 42020", bas's "tuincentra en groothandels in
Duitsland" for a grower in Lisse).

The formats of the markets' countries: a country's letter before the code ("D-80331"), Italy's "CAP", Portugal's 4-3,
the Netherlands' four digits and two letters say the country alone; five or four digits alone are read in the visitor's
language, and only where an address puts them (opening the answer or after a comma, the town closing it). Near misses:
"wir haben 25000 Kunden", "we spent 15000 Euro", a year before a firm's name, and five digits in English."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "country", "city"), [
    ("29900 Concarneau", "fr", "FR", "Concarneau"),
    ("Reggio Emilia, CAP 42020", "it", "IT", "Reggio Emilia"),
    ("2161 AB Lisse", "nl", "NL", "Lisse"),
    ("4450-001 Matosinhos", "pt", "PT", "Matosinhos"),
    ("D-88400 Biberach", "de", "DE", "Biberach"),
    ("Calle Mayor 5, 28013 Madrid", "es", "ES", "Madrid"),
    ("Località Borzano, 42020 Albinea", "it", "IT", "Albinea"),
    ("Hauptstraße 1, 88400 Biberach", "de", "DE", "Biberach"),
])
def test_a_postcode_beside_a_town_says_its_country(text: str, lang: str, country: str, city: str) -> None:
    found = extract(text, "location", now=NOW, lang=lang).location
    assert found is not None and (found.country, found.city) == (country, city)


@pytest.mark.parametrize(("text", "lang"), [
    ("wir haben ca. 25000 Kunden", "de"),
    ("we spent 15000 Euro last year", "de"),
    ("nous avons 12000 Abonnés", "fr"),
    ("since 2019 Bosch has been a client", "en"),
    ("29900 Concarneau", "en"),
])
def test_a_number_before_a_noun_is_no_postcode(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).location is None


@pytest.mark.parametrize("text", [
    "meer zakelijke klanten: tuincentra en groothandels in Duitsland en Scandinavië",
    "we sell to wholesalers and garden centres in Germany",
    "clients: hotels and spas in Austria",
    "Kunden: Hotels und Restaurants in Österreich",
    "clientes: hoteles y restaurantes en Portugal",
])
def test_customers_listed_before_a_place_are_a_market(text: str) -> None:
    assert extract(text, None, now=NOW).location is None


@pytest.mark.parametrize(("text", "country"), [
    ("we have 200 clients and we're based in Berlin", "DE"),
    ("our clients love us, we are in Madrid", "ES"),
    ("Goedemiddag, wij zijn een kwekerij in Haarlem. Klanten: tuincentra in Duitsland", "NL"),
])
def test_the_firms_own_place_beside_its_customers_is_kept(text: str, country: str) -> None:
    found = extract(text, None, now=NOW).location
    assert found is not None and found.country == country
