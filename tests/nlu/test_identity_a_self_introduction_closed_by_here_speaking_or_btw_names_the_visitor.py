"""A self-introduction closed by the words a person ends one with names the visitor, in the seven languages: "here",
"speaking", "btw" and a wave ("this is Siobhan btw" gave no name, and "Siobhan btw" at the name question), "am Apparat",
"à l'appareil", "al habla", "falando", "aan de lijn", "übrigens", "au fait", "por cierto", "comunque", "trouwens", and
the telephone's "here is" before it ("ici Siobhan", "aquí Siobhan", "qui Siobhan", "aqui é a Siobhan", "met Siobhan").
Near misses: a place with "here" is where the visitor writes from ("London here" gave the name "London"), unless it is
a common given name ("Sienna here", "Florence here"); a firm closed the same way is no person."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"

INTRODUCTIONS = [
    ("this is Siobhan btw", "en"), ("this is Siobhan here", "en"), ("Siobhan speaking", "en"),
    ("this is Siobhan speaking", "en"), ("this is Siobhan 👋", "en"), ("it's Siobhan fyi", "en"),
    ("hier ist Siobhan übrigens", "de"), ("Siobhan am Apparat", "de"), ("Siobhan hier 👋", "de"),
    ("ich bin Siobhan übrigens", "de"),
    ("c'est Siobhan au fait", "fr"), ("ici Siobhan", "fr"), ("Siobhan à l'appareil", "fr"),
    ("je suis Siobhan d'ailleurs", "fr"),
    ("aquí Siobhan", "es"), ("habla Siobhan", "es"), ("Siobhan al habla", "es"), ("soy Siobhan por cierto", "es"),
    ("aqui é a Siobhan", "pt"), ("Siobhan falando", "pt"), ("sou a Siobhan, aliás", "pt"),
    ("qui Siobhan", "it"), ("Siobhan qui 👋", "it"), ("sono Siobhan comunque", "it"),
    ("met Siobhan", "nl"), ("Siobhan hier", "nl"), ("ik ben Siobhan trouwens", "nl"), ("Siobhan aan de lijn", "nl"),
]


@pytest.mark.parametrize("field", [None, "name"])
@pytest.mark.parametrize(("text", "lang"), INTRODUCTIONS)
def test_a_self_introduction_closed_by_here_speaking_or_btw_names_the_visitor(text: str, lang: str, field: str | None) -> None:
    assert extract(text, field, now=NOW, lang=lang).name == "Siobhan"


@pytest.mark.parametrize("field", [None, "name"])
@pytest.mark.parametrize(("text", "lang", "city"), [
    ("London here", "en", "London"), ("Berlin hier", "de", "Berlin"), ("ici Lyon", "fr", "Lyon"),
    ("Lyon ici", "fr", "Lyon"), ("Madrid aquí", "es", "Madrid"), ("Lisboa aqui", "pt", "Lisbon"),
    ("Milano qui", "it", "Milan"), ("Amsterdam hier", "nl", "Amsterdam"),
])
def test_a_place_with_here_is_where_the_visitor_writes_from_not_a_name(text: str, lang: str, city: str, field: str | None) -> None:
    read = extract(text, field, now=NOW, lang=lang)
    assert read.name is None
    assert read.location is not None and read.location.city == city


@pytest.mark.parametrize("field", [None, "name"])
@pytest.mark.parametrize(("text", "name"), [
    ("Sienna here", "Sienna"), ("Florence here", "Florence"), ("Kerry here", "Kerry"), ("Victoria hier", "Victoria"),
])
def test_a_given_name_that_is_also_a_place_with_here_is_the_name(text: str, name: str, field: str | None) -> None:
    assert extract(text, field, now=NOW).name == name


@pytest.mark.parametrize("text", [
    "this is Acme Logistics btw", "it's Harbourside Physio", "hey 👋 this is Harbourside Physio",
    "Hier ist Ihre Antwort", "qui Milano",
])
def test_a_firm_a_place_or_a_phrase_closed_the_same_way_is_no_person(text: str) -> None:
    assert extract(text, now=NOW).name is None
