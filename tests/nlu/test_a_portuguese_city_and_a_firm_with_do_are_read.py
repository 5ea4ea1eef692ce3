"""Persona set 12's joana: "Santa Maria da Feira" (Portugal) was read as Brazil (Santa Maria, or Feira de Santana by
its last word: "feira" is Portuguese for a fair), and "Corticeira Vale do Cáster" gave no company at the company
question (its "do" read as the English verb). A particle between capitalised words is a name's ("Banco do Brasil",
"Casa da Música", "Bakkerij van Dijk"); "we do SEO" and "I do not know" are still no firm."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "field"), [
    ("Santa Maria da Feira", "location"), ("somos de Santa Maria da Feira", None), ("estamos em Santa Maria da Feira", None),
])
def test_santa_maria_da_feira_is_in_portugal(text: str, field: str | None) -> None:
    location = extract(text, field, now=NOW).location
    assert location is not None and (location.country, location.city) == ("PT", "Santa Maria da Feira")


@pytest.mark.parametrize(("text", "country"), [("Feira de Santana", "BR"), ("Santa Maria", "BR")])
def test_the_brazilian_cities_are_still_brazils(text: str, country: str) -> None:
    location = extract(text, "location", now=NOW).location
    assert location is not None and location.country == country


def test_a_fair_is_no_city() -> None:
    location = extract("vamos a uma feira em Lisboa", None, now=NOW).location
    assert location is not None and location.city == "Lisbon"


@pytest.mark.parametrize("text", ["Corticeira Vale do Cáster", "Banco do Brasil", "Casa da Música", "Bakkerij van Dijk", "Sabor Mineiro"])
def test_a_firm_with_a_particle_is_the_company(text: str) -> None:
    assert extract(text, "company", now=NOW).company == text


@pytest.mark.parametrize("text", ["we do SEO", "I do not know"])
def test_a_sentence_is_no_company(text: str) -> None:
    assert extract(text, "company", now=NOW).company is None
