"""Authority: a visitor who says they started, founded or opened the business is its owner, a C-level who decides, in
the seven languages, with or without the "I" ("started the gym in 2019 after leaving the army", batch_57, gave no
authority). Someone else who started it ("my dad started the business"), a project started, or a membership started
names no owner."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "started the gym in 2019 after leaving the army, now 3 locations around Sheffield",
    "I started the company in 2019",
    "we opened the salon in 2015 and now have 6 chairs",
    "founded the agency in 2012, 14 people now",
    "hab das Studio 2019 gegründet",
    "ich habe die Agentur 2015 gegründet",
    "j'ai ouvert mon restaurant en 2015",
    "j'ai fondé l'agence il y a dix ans",
    "fundé la agencia en 2018",
    "abrí la clínica hace cinco años",
    "abri a loja em 2018",
    "fundei a empresa em 2016",
    "ho aperto la palestra nel 2019",
    "ho fondato l'agenzia nel 2010",
    "ik heb de zaak in 2019 opgericht",
    "ik heb mijn bureau in 2014 opgericht",
])
def test_the_visitor_who_started_the_business_is_its_owner(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and (authority.seniority, authority.role) == ("c_level", "decision_maker")
    assert authority.title is None


@pytest.mark.parametrize("text", [
    "my dad started the business in 1990",
    "started the gym membership last week",
    "we started the project in May",
    "mein Vater hat das Studio gegründet",
    "mon père a ouvert le restaurant",
    "mi padre abrió la tienda",
    "o meu pai abriu a loja",
    "il mio socio ha aperto la palestra",
    "mijn vader heeft de zaak opgericht",
])
def test_someone_else_who_started_it_or_a_project_started_names_no_owner(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is None or authority.seniority != "c_level"
