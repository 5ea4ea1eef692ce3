"""A business named with a typo ("constrcution firm", "resturant", "acountancy") or in one German or Dutch compound
("Sanitätshaus", "Zahnarztpraxis", "Steuerkanzlei", "Autohaus", "tandartspraktijk") gets its industry from the word's
parts, as a visitor means it (issue 14); a capitalised "Labs" ending a firm's name is no laboratory."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "label"), [
    ("were a constrcution firm in phoenix arizona aprox 200 employes", "construction"),
    ("were a constrution company", "construction"),
    ("we're a resturant in Lyon", "hospitality"),
    ("family owned restaraunt, 30 covers", "hospitality"),
    ("small acountancy firm, 6 people", "professional_services"),
    ("we're an acounting firm in Leeds", "professional_services"),
    ("our plumbng business", "construction"),
    ("we're a small logistcs company", "logistics"),
])
def test_a_business_named_with_a_typo_gets_its_industry(text: str, label: str) -> None:
    assert extract(text, now=NOW).industry == label


@pytest.mark.parametrize("text", [
    "we are a small family business",
    "we're a small company in Leeds",
    "were a global company",
])
def test_a_description_naming_no_trade_gets_no_industry(text: str) -> None:
    assert extract(text, now=NOW).industry is None


@pytest.mark.parametrize(("text", "label"), [
    ("Sanitätshaus", "healthcare"), ("Zahnarztpraxis", "healthcare"), ("Tierarztpraxis", "healthcare"),
    ("Physiotherapiezentrum", "healthcare"), ("Optikergeschäft", "healthcare"), ("tandartspraktijk", "healthcare"),
    ("Steuerkanzlei", "professional_services"), ("Anwaltskanzlei", "professional_services"),
    ("Autohaus", "retail_ecommerce"), ("Möbelhaus", "retail_ecommerce"), ("autobedrijf", "retail_ecommerce"),
    ("Baufirma", "construction"), ("Malerbetrieb", "construction"), ("Reisebüro", "hospitality"),
])
def test_a_compound_answer_to_the_industry_question_is_read_by_its_parts(text: str, label: str) -> None:
    assert extract(text, "industry", now=NOW).industry == label


@pytest.mark.parametrize(("text", "label"), [
    ("wir sind ein Sanitätshaus in Köln", "healthcare"),
    ("ich arbeite in einem Sanitätshaus", "healthcare"),
    ("Autohaus mit 40 Mitarbeitern", "retail_ecommerce"),
    ("Fahrradladen in Freiburg", "retail_ecommerce"),
    ("Zahnarztpraxis Dr. Weber, 12 Mitarbeiter", "healthcare"),
    ("wir sind ein kleines Umzugsunternehmen", "logistics"),
    ("wij zijn een fysiotherapiepraktijk in Utrecht", "healthcare"),
])
def test_a_compound_in_free_text_is_read_by_its_parts(text: str, label: str) -> None:
    assert extract(text, now=NOW).industry == label


@pytest.mark.parametrize("text", ["Rathaus", "Hochhaus"])
def test_a_compound_of_no_trade_is_no_named_industry(text: str) -> None:
    assert extract(text, "industry", now=NOW).industry == "other"


@pytest.mark.parametrize("text", [
    "Hi, Priya Raman - marketing director at Lumen Labs, we need SEO",
    "we're Harbor Labs and we need a new website",
])
def test_labs_ending_a_firms_name_is_no_laboratory(text: str) -> None:
    assert extract(text, now=NOW).industry != "healthcare"


def test_a_lab_described_in_lower_case_is_still_healthcare() -> None:
    assert extract("we run a dental lab in Leeds", now=NOW).industry == "healthcare"
