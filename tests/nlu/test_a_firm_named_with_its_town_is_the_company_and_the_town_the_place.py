"""A firm introduced with its town, "we're Acme Analytics in Leeds", gives its name as the company and the town as the
location (issue 14, found by playing the bot as visitors would): "wir sind Berger Logistik in Hamburg" gave no company
at all (German writes every noun with a capital, so a bare "wir sind" was read only before an article), and at the
company question "we're Acme Analytics in Leeds" was stored as the company "Acme Analytics in Leeds" and no place.

In German, two capitalised words after "wir sind" are a firm's name when they read as one ("Berger Logistik": a firm's
word after a word that is no trade) or when its town follows ("Müller Bau aus München"); nouns that describe the
visitor ("wir sind Spediteure in Hamburg", "wir sind IT Dienstleister in Berlin", "wir sind Software Entwickler") name
no firm. At the company question, a town said after the name with a word of where is the place, not part of the name
("Bank of America", "Clínica Sorriso Atlântico" keep theirs).
"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("field", [None, "company", "location", "need"])
@pytest.mark.parametrize(("text", "lang", "company", "country", "city"), [
    ("we're Acme Analytics in Leeds", "en", "Acme Analytics", "GB", "Leeds"),
    ("wir sind Berger Logistik in Hamburg", "de", "Berger Logistik", "DE", "Hamburg"),
    ("Wir sind Müller Bau aus München", "de", "Müller Bau", "DE", "Munich"),
    ("nous sommes Dupont Conseil à Lyon", "fr", "Dupont Conseil", "FR", "Lyon"),
    ("somos Ferreira Transportes em Braga", "pt-PT", "Ferreira Transportes", "PT", "Braga"),
    ("somos Oliveira Logística em Curitiba", "pt-BR", "Oliveira Logística", "BR", "Curitiba"),
    ("somos García Asesores en Sevilla", "es", "García Asesores", "ES", "Sevilla"),
    ("siamo Rossi Trasporti a Torino", "it", "Rossi Trasporti", "IT", "Turin"),
    ("wij zijn Jansen Logistiek in Utrecht", "nl", "Jansen Logistiek", "NL", "Utrecht"),
])
def test_the_firm_is_the_company_and_its_town_the_location(
        field: str | None, text: str, lang: str, company: str, country: str, city: str) -> None:
    found = extract(text, field, now=NOW, lang=lang)
    assert found.company == company
    assert found.location is not None and (found.location.country, found.location.city) == (country, city)


@pytest.mark.parametrize(("text", "lang"), [
    ("wir sind Spediteure in Hamburg", "de"),
    ("wir sind IT Dienstleister in Berlin", "de"),
    ("wir sind Online Händler aus Köln", "de"),
    ("wir sind Software Entwickler in München", "de"),
    ("wir sind Hersteller von Maschinen in Ulm", "de"),
    ("wir sind Marktführer in Deutschland", "de"),
    ("wir sind Experten für Logistik in Hamburg", "de"),
    ("we're a small agency in Leeds", "en"),
    ("nous sommes une petite agence à Lyon", "fr"),
])
def test_words_that_describe_the_visitor_name_no_firm(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company is None


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Bank of America", "en", "Bank of America"),
    ("Clínica Sorriso Atlântico", "pt-BR", "Clínica Sorriso Atlântico"),
    ("Made in Berlin GmbH", "de", "Made in Berlin GmbH"),
    ("Leeds Digital Partners", "en", "Leeds Digital Partners"),
])
def test_a_place_inside_the_name_at_the_company_question_stays_in_the_name(text: str, lang: str, company: str) -> None:
    assert extract(text, "company", now=NOW, lang=lang).company == company


@pytest.mark.parametrize(("text", "lang"), [
    ("wir sind Familie Schmidt aus Köln", "de"),
    ("wir sind Team Marketing in Berlin", "de"),
    ("wir sind Mittelstand Maschinenbau in Ulm", "de"),
    ("wir sind Teil der Müller Gruppe", "de"),
])
def test_a_german_description_opened_by_a_noun_of_who_names_no_firm(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company is None


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("we're in Leeds", "en", "Leeds"),
    ("wir sind in Hamburg", "de", "Hamburg"),
    ("estamos em Braga", "pt-PT", "Braga"),
])
def test_a_place_alone_at_the_company_question_is_no_company(text: str, lang: str, city: str) -> None:
    found = extract(text, "company", now=NOW, lang=lang)
    assert found.company is None
    assert found.location is not None and found.location.city == city
