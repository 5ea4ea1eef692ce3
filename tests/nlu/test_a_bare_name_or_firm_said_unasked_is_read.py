"""A message that is only a person's full name ("Rahul Deshmukh") or only a firm's name that ends in a firm word or a
legal form ("Paws & Claws Vet Clinic", "SwiftCargo Logistics", "Bäckerei Schmidt GmbH"), typed where no question
names the field (at a confirmation, say), is the visitor's name or the company: the lead's visitor plays lost both.
Two capitalised words that are neither (a place, a tool, a greeting) are nothing."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "name"), [
    ("Rahul Deshmukh", "Rahul Deshmukh"),
    ("Claire Dubois", "Claire Dubois"),
    ("Pieter de Vries.", "Pieter de Vries"),
])
def test_a_bare_full_name_is_the_visitors_name(text: str, name: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.name == name and found.company is None


@pytest.mark.parametrize("text", [
    "Paws & Claws Vet Clinic",
    "SwiftCargo Logistics",
    "Bäckerei Schmidt GmbH",
    "Padaria Verde Lda",
    "Bakkerij Jansen BV",
])
def test_a_bare_firm_name_is_the_company(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.company == text and found.name is None


@pytest.mark.parametrize("text", [
    "New York",
    "Google Ads",
    "Good Morning",
    "Thank You",
    "Grace Foods",
])
def test_two_capitalised_words_that_are_neither_name_nobody(text: str) -> None:
    assert extract(text, None, now=NOW).name is None
