"""An opening that gives a given name and the business it speaks for with the word for "from" or "of" of the seven
languages ("Marco da Trattoria Lucca", "soy Lucía de Café Sol", "Julie de la Boulangerie Martin") names the visitor
and the company: "soy Lucía de Café Sol" had given the name "Lucía de Café Sol". A place after the word is where the
visitor is from, and a surname with a particle stays a surname."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "name", "company"), [
    ("Hola, soy Lucía de Café Sol, queremos más reservas", "Lucía", "Café Sol"),
    ("Marco da Trattoria Lucca a Boston, vogliamo fare email ai clienti", "Marco", "Trattoria Lucca"),
    ("Bonjour, Julie de la Boulangerie Martin, on cherche un nouveau site", "Julie", "Boulangerie Martin"),
    ("Olá, João da Padaria Verde, precisamos de um site", "João", "Padaria Verde"),
    ("Hoi, Pieter van Bakkerij Jansen, we willen meer klanten", "Pieter", "Bakkerij Jansen"),
    ("Hallo, ich bin Anna von der Bäckerei Schmidt", "Anna", None),
    ("Hallo, hier ist Katrin Vogel von Vogel Immobilien in Leipzig.", "Katrin Vogel", "Vogel Immobilien"),
])
def test_the_name_and_the_business_are_both_read(text: str, name: str, company: str | None) -> None:
    found = extract(text, None, now=NOW)
    assert found.name == name
    if company is not None:
        assert found.company == company


@pytest.mark.parametrize(("text", "name"), [
    ("soy Lucía de Madrid", "Lucía"),
    ("Sono Marco di Torino", "Marco"),
    ("I'm Anna von Weber, marketing lead", "Anna von Weber"),
])
def test_a_place_or_a_surname_after_the_word_is_no_business(text: str, name: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.name == name
    assert found.company is None


@pytest.mark.parametrize(("text", "name"), [
    ("Hey mate, Jarrah here, we do kitchen renos on the Gold Coast", "Jarrah"),
    ("Olá! Sou a Beatriz, tenho uma clínica de estética em Braga", "Beatriz"),
    ("Olá, eu sou o Tiago, temos uma padaria", "Tiago"),
])
def test_an_introduction_after_mate_or_with_an_article_names_the_visitor(text: str, name: str) -> None:
    assert extract(text, None, now=NOW).name == name


def test_a_title_after_i_am_and_before_the_firm_is_no_name() -> None:
    found = extract("Ich bin Geschäftsführer bei Müller GmbH", None, now=NOW)
    assert found.name is None
