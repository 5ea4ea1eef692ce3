"""Name: a name written beside the visitor's address with a space alone, or a slash, in either order ("Mike Delgado
mike@sunshineroofingtampa.com", found playing: no name; "mike@... Mike Delgado" at the name question), is read at the
name and email questions and unasked, as with a comma or a dash; the address must spell the name ("Sales Team
sales@acme.com" and "my colleague Sarah Jones ..." name no visitor). A wish to be called alone at the name question
("Call me", "Appelez-moi", "Bel me", in the seven languages) is no name; "call me Mike" is Mike."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("field", [None, "name", "email"])
@pytest.mark.parametrize(("text", "name"), [
    ("Mike Delgado mike@sunshineroofingtampa.com", "Mike Delgado"),
    ("mike@sunshineroofingtampa.com Mike Delgado", "Mike Delgado"),
    ("Ana Souza ana@padaria.com.br", "Ana Souza"),
    ("Claire Morel / claire@atelier.fr", "Claire Morel"),
    ("Jonas Weber jonas.weber@x.de", "Jonas Weber"),
    ("Pieter de Vries pdevries@bouw.nl", "Pieter de Vries"),
    ("Mike Delgado, mike@sunshineroofingtampa.com", "Mike Delgado"),
])
def test_a_name_beside_its_address_is_read(text: str, name: str, field: str | None) -> None:
    assert extract(text, field, now=NOW).name == name


@pytest.mark.parametrize("text", ["Sales Team sales@acme.com", "my colleague Sarah Jones sarah.jones@x.com"])
def test_a_shared_mailbox_or_someone_elses_address_names_no_visitor(text: str) -> None:
    assert extract(text, None, now=NOW).name is None


@pytest.mark.parametrize("text", [
    "Call me", "Call me please", "Appelez-moi", "Ruf mich an", "Llámame", "Liga-me", "Chiamami", "Bel me", "Bel me maar",
])
def test_a_wish_to_be_called_alone_is_no_name(text: str) -> None:
    assert extract(text, "name", now=NOW).name is None


@pytest.mark.parametrize(("text", "name"), [("call me Mike", "Mike"), ("Appelez-moi Claire", "Claire")])
def test_call_me_then_a_name_is_the_name(text: str, name: str) -> None:
    assert extract(text, "name", now=NOW).name == name
