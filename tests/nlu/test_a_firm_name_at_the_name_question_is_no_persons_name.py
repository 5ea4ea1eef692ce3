"""A firm's name typed at the name question ("SwiftCargo Logistics", "Paws & Claws Vet Clinic", "Bäckerei Schmidt
GmbH") is no person's name but the company's: the lead's visitor plays stored "SwiftCargo Logistics" as the visitor's name. A person's
name that happens to hold a firm word after a given name stays a name only when it is plainly a person's."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "SwiftCargo Logistics",
    "Paws & Claws Vet Clinic",
    "Harbour Physio Ltd",
    "Bäckerei Schmidt GmbH",
    "Atelier Lumière SARL",
    "Transportes Ruiz SL",
    "Padaria Verde Lda",
    "Trattoria Lucca Srl",
    "Bakkerij Jansen BV",
    "Northwind Consulting",
])
def test_a_firm_name_is_no_persons_name(text: str) -> None:
    found = extract(text, "name", now=NOW)
    assert found.name is None
    assert found.company == text  # it is the company's


@pytest.mark.parametrize(("text", "name"), [
    ("Rahul Deshmukh", "Rahul Deshmukh"),
    ("Claire Dubois", "Claire Dubois"),
    ("Pieter de Vries", "Pieter de Vries"),
    ("Priya", "Priya"),
])
def test_a_persons_name_is_still_read(text: str, name: str) -> None:
    found = extract(text, "name", now=NOW)
    assert found.name == name
    assert found.company is None
