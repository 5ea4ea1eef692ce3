"""Heads counted in the firm's own trade: "a 40-lawyer firm", "con 15 agenti" (issue 14, batch 44)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "heads"), [
    ("I'm a partner at Whitlock Partners, 40-lawyer firm in Chicago", 40),
    ("we're a 12-agent brokerage in Denver", 12),
    ("a 25 consultant firm in london", 25),
    ("we're a 9-dentist practice", 9),
])
def test_a_trade_said_before_the_firm_counts_its_heads(text: str, heads: int) -> None:
    size = extract(text, now=NOW).company_size
    assert size is not None and (size.min, size.max) == (heads, heads)


def test_one_of_a_trade_at_a_firm_is_no_head_count() -> None:
    assert extract("I'm a lawyer at a firm in Chicago", now=NOW).company_size is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Siamo un'agenzia immobiliare di Milano con 15 agenti, cerchiamo più contatti qualificati", "it"),
    ("somos una inmobiliaria de Madrid con 15 agentes", "es"),
    ("somos uma imobiliária de Lisboa com 15 agentes", "pt"),
    ("une agence immobilière à Lyon avec 15 agents", "fr"),
    ("wir sind ein Maklerbüro in Berlin mit 15 Maklern", "de"),
])
def test_an_agency_with_its_agents_in_another_language_counts_them(text: str, lang: str) -> None:
    size = extract(text, now=NOW, lang=lang).company_size
    assert size is not None and size.min == 15
