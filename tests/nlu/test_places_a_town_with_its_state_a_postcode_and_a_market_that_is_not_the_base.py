"""Where the visitor is: a town too small for the table, written with its state's code ("up in Byron Bay, NSW", batch_46:
lost), a UK postcode given as the address ("we're at EC1V 9HX": it was taken for the company), and India's cities
(Kochi is Kerala's, not Japan's prefecture). A market the visitor sells to or wants leads from is never the base, in
the seven languages ("a logistics company in Pune ... leads from US market" was located in the US)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "country"), [
    ("g'day, we run a surf shop up in Byron Bay, NSW, 6 staff", "AU"),
    ("we're a bakery based in Noosa Heads, QLD", "AU"),
    ("family winery out of Healdsburg, CA, want more wine club members", "US"),
    ("small clinic in Canmore, AB, need a new site", "CA"),
])
def test_a_town_with_its_state_code_is_in_that_country(text: str, country: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.country == country


@pytest.mark.parametrize("text", [
    "thanks Anna, OK let's talk",
    "Hi Tom, IN the end we need SEO",
    "we need leads, ASAP",
])
def test_capitals_after_a_comma_are_no_state(text: str) -> None:
    assert extract(text, None, now=NOW).location is None


@pytest.mark.parametrize("text", [
    "our phone is 020 7946 0321 and we're at EC1V 9HX. cleaning company, want more leads",
    "we're at M1 4BT, a small gym",
    "office address: 10 Market St, Leeds LS1 6DT",
])
def test_a_uk_postcode_given_as_the_address_is_in_the_uk_and_no_company(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.location is not None and found.location.country == "GB"
    assert found.company is None or not any(ch.isdigit() for ch in found.company)


@pytest.mark.parametrize(("text", "country", "city"), [
    ("we are a logistics company in Pune, approx 120 employees, need leads from US market for our freight services", "IN", "Pune"),
    ("we're based in Kochi and sell mostly into the UK", "IN", "Kochi"),
    ("software firm in Nagpur, we want clients in Germany", "IN", "Nagpur"),
    ("Wir sind eine Spedition aus Hamburg und suchen Kunden in Frankreich.", "DE", "Hamburg"),
    ("Nous sommes une agence de traduction à Lyon, on cherche des clients en Allemagne.", "FR", "Lyon"),
    ("Somos una empresa de Valencia y queremos clientes en Alemania.", "ES", "Valencia"),
    ("Somos uma empresa do Porto e queremos clientes na Alemanha.", "PT", "Porto"),
    ("Siamo un'azienda di Torino, cerchiamo clienti in Germania.", "IT", "Turin"),
    ("Wij zijn een bedrijf uit Utrecht en zoeken klanten in Duitsland.", "NL", "Utrecht"),
    ("we are into garment exports from Tirupur, need buyers in USA and UK", "IN", "Tiruppur"),
    ("our customers are in Germany and Austria, we're based in Zurich", "CH", "Zurich"),
])
def test_a_market_is_not_the_base(text: str, country: str, city: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and (location.country, location.city) == (country, city)


@pytest.mark.parametrize(("text", "country"), [
    ("we want leads from the US market", None),
    ("Wir suchen Kunden in Frankreich.", None),
    ("we want buyers in the USA and the UK", None),
    ("we're an Indore based textile maker", "IN"),
    ("Indian company, Indore", "IN"),
])
def test_a_market_alone_is_no_location(text: str, country: str | None) -> None:
    location = extract(text, None, now=NOW).location
    assert (location.country if location else None) == country
