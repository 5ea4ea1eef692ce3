"""Authority and location (persona set 12: "soy el hijo del dueño, manejo marketing y ventas, pero la plata la decide mi
viejo" read no role, and 'ventas' as Ventas, Spain). A function the visitor says they handle, with the verb, makes a
manager in the seven languages ("manejo marketing y ventas", "je gère le marketing", "gestisco le vendite", "ich
verantworte den Vertrieb", "ik doe de marketing"); the money said to be decided by someone else, the money first ("la
plata la decide mi viejo", "o dinheiro quem decide é o meu pai"), makes the visitor an influencer, and "la plata la
decido yo" a decision maker. A word in lower case before a comma that opens another clause ("ventas, pero") and "la
plata" in lower case with no word of place are no places; "bath, somerset" and "somos de la plata, argentina" are."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "manejo marketing y ventas", "je gère le marketing", "gestisco le vendite", "ich verantworte den Vertrieb",
    "ik doe de marketing", "cuido do comercial",
])
def test_a_function_handled_makes_a_manager(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and authority.seniority == "manager" and authority.title is None


def test_driving_a_lorry_is_no_function() -> None:
    assert extract("manejo un camión", None, now=NOW).authority is None


@pytest.mark.parametrize(("text", "role"), [
    ("soy el hijo del dueño, manejo marketing y ventas, pero la plata la decide mi viejo", "influencer"),
    ("o dinheiro quem decide é o meu pai", "influencer"),
    ("i soldi li decide mio padre", "influencer"),
    ("la plata la decido yo", "decision_maker"),
])
def test_the_money_decided_by_someone_else_is_an_influencer(text: str, role: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and authority.role == role


@pytest.mark.parametrize("text", [
    "soy el hijo del dueño, manejo marketing y ventas, pero la plata la decide mi viejo",
    "la plata la decide mi viejo",
])
def test_lower_case_words_of_a_sentence_are_no_place(text: str) -> None:
    assert extract(text, None, now=NOW).location is None


@pytest.mark.parametrize(("text", "city"), [
    ("bath, somerset", "Bath"), ("reading, uk", "Reading"), ("somos de la plata, argentina", "La Plata"),
    ("we're in bath, and we sell soap", "Bath"), ("we're in los angeles", "Los Angeles"),
])
def test_a_place_with_its_cue_or_its_region_stays_a_place(text: str, city: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.city == city
