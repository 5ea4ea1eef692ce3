"""Where a visitor is, when a city's name is shared or is also a person's (played in the product): an address's street
and postcode decide the country of a city several share ("Rue de Siam, 29200 Brest" is France, not Belarus); a country
or state in brackets after a city decides it without any "in" ("Hamilton (NZ)", "London (Ontario)", "Cambridge (MA)");
a surname or given name that is a city is no place ("Ana Lima" is no Peru). Near misses keep their readings."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "country", "city"), [
    ("Rue de Siam, 29200 Brest", "fr", "FR", "Brest"),
    ("Rue de Siam, 29200 Brest", None, "FR", "Brest"),
    ("Our office: Rue de Siam, 29200 Brest", "en", "FR", "Brest"),
    ("Calle Colón 3, 46004 Valencia", "es", "ES", "Valencia"),
    ("Calle Mayor 5, 28013 Madrid", "es", "ES", "Madrid"),
    ("Via Roma 1, 20121 Milano", "it", "IT", "Milan"),
    ("Rua Augusta 10, 1200-195 Lisboa", "pt", "PT", "Lisbon"),
    ("Hauptstraße 5, 10115 Berlin", "de", "DE", "Berlin"),
    ("Damrak 1, 1012 AB Amsterdam", "nl", "NL", "Amsterdam"),
    ("Hauptstraße 1, 5020 Salzburg", "de", "AT", "Salzburg"),
])
def test_an_addresss_street_and_postcode_decide_the_citys_country(text: str, lang: str | None, country: str, city: str) -> None:
    location = extract(text, None, now=NOW, lang=lang).location
    assert location is not None and (location.country, location.city) == (country, city)
    location = extract(text, "location", now=NOW, lang=lang).location
    assert location is not None and location.country == country


@pytest.mark.parametrize(("text", "country"), [("Brest, Belarus", "BY"), ("Valencia, Venezuela", "VE")])
def test_a_country_said_after_the_city_still_decides(text: str, country: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.country == country


@pytest.mark.parametrize(("text", "lang", "country", "city"), [
    ("Hamilton (NZ)", "en", "NZ", "Hamilton"),
    ("Hamilton (NZ) based agency, 12 staff", "en", "NZ", "Hamilton"),
    ("London (Ontario), 12 staff", "en", "CA", "London"),
    ("Cambridge (MA)", "en", "US", "Cambridge"),
    ("Perth (Scotland), 12 staff", "en", "GB", "Perth"),
    ("Hamilton (Neuseeland), 12 Leute", "de", "NZ", "Hamilton"),
    ("Hamilton (Nouvelle-Zélande), 12 personnes", "fr", "NZ", "Hamilton"),
    ("Hamilton (Nueva Zelanda), 12 personas", "es", "NZ", "Hamilton"),
    ("Perth (Australia), 12 persone", "it", "AU", "Perth"),
    ("Hamilton (Nova Zelândia), 12 pessoas", "pt", "NZ", "Hamilton"),
    ("Hamilton (Nieuw-Zeeland), 12 mensen", "nl", "NZ", "Hamilton"),
])
def test_a_country_or_state_in_brackets_after_a_city_decides_it(text: str, lang: str, country: str, city: str) -> None:
    location = extract(text, None, now=NOW, lang=lang).location
    assert location is not None and (location.country, location.city) == (country, city)


def test_a_city_that_needs_a_cue_still_needs_one_alone() -> None:
    assert extract("Hamilton", None, now=NOW, lang="en").location is None


@pytest.mark.parametrize("text", [
    "Ana Lima",
    "I'm Ana Lima",
    "Hi, I'm Paulo Santos from Acme",
    "My name is Maria Florence",
    "John Lincoln here",
    "Sofia Paris, marketing manager",
])
def test_a_persons_name_that_is_a_city_is_no_place(text: str) -> None:
    assert extract(text, None, now=NOW).location is None


@pytest.mark.parametrize(("text", "country"), [
    ("we're in Lima", "PE"),
    ("Ana from Lima", "PE"),
    ("I'm Ana Lima, we're based in Lima", "PE"),
    ("Sofia Paris, marketing manager, we're in Paris", "FR"),
    ("Florence, Italy", "IT"),
    ("Austin Texas", "US"),
])
def test_a_city_said_as_a_place_beside_a_name_stays_a_place(text: str, country: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.country == country


@pytest.mark.parametrize(("text", "city"), [
    ("une érablière à Saint-Hilaire au Québec", "Saint-Hilaire"),  # from play: the province, and the town said with "à"
    ("on est au Québec", None),
    ("we're in Quebec province", None),
    ("we're in the state of New York", None),
])
def test_a_city_name_said_as_its_province_or_state_is_no_city(text: str, city: str | None) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.city == city


@pytest.mark.parametrize(("text", "city"), [("nous sommes à Québec", "Québec"), ("Marketing agency in New York", "New York")])
def test_the_city_said_as_one_stays_the_city(text: str, city: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.city == city


def test_a_maple_sugar_bush_is_agriculture() -> None:
    assert extract("une érablière à Saint-Hilaire au Québec", None, now=NOW, lang="fr").industry == "agriculture"
