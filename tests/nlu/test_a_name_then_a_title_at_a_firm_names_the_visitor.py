"""The visitor's name: two capitalised words then a title at a firm ("Hi - Dana Whitfield, VP Marketing at Corvel
Logistics", "Hi, this is Ollie Grant, ops director at Fenwick Freight", batch_47: lost, as neither given name is in
the list of common ones) name a person, in the seven languages. A firm introducing itself, or two words with no title
after them, stay no name."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Hi - Dana Whitfield, VP Marketing at Corvel Logistics (Chicago). We need a HubSpot cleanup.", "en", "Dana Whitfield"),
    ("Hi, this is Ollie Grant, ops director at Fenwick Freight. We need a new website.", "en", "Ollie Grant"),
    ("this is Wren Castellano, head of growth at Lumio", "en", "Wren Castellano"),
    ("Hallo - Dana Whitfield, Marketingleiterin bei Corvel Logistik. Wir brauchen mehr Leads.", "de", "Dana Whitfield"),
    ("Bonjour - Dana Whitfield, directrice marketing chez Corvel. Nous cherchons des leads.", "fr", "Dana Whitfield"),
    ("Hola - Dana Whitfield, directora de marketing en Corvel. Necesitamos más leads.", "es", "Dana Whitfield"),
    ("Ciao - Dana Whitfield, responsabile marketing presso Corvel. Ci servono più contatti.", "it", "Dana Whitfield"),
    ("Hoi - Dana Whitfield, marketingmanager bij Corvel. We zoeken meer leads.", "nl", "Dana Whitfield"),
    ("Olá - Dana Whitfield, diretora de marketing na Corvel. Precisamos de mais leads.", "pt", "Dana Whitfield"),
])
def test_a_name_then_a_title_at_a_firm_names_the_visitor(text: str, lang: str, name: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).name == name


@pytest.mark.parametrize("text", [
    "Hi - Fenwick Freight, a logistics firm in Newcastle. We need a website.",
    "this is Harbourside Physio, we need more bookings",
    "Hi - Corvel Logistics, we need a HubSpot cleanup",
    "this is Northwind Traders, 20 staff",
    "Hi - Marketing Team, Corvel Logistics here",
])
def test_a_firm_or_two_words_without_a_title_are_no_name(text: str) -> None:
    assert extract(text, None, now=NOW).name is None
