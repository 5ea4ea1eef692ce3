"""A stop said on its own names no town (issue 14, played, nlu-findings: the Portuguese "pare" and "pare, por favor",
said while a confirmation waited, got "Anotado: uma sede em Pare, Indonésia." and the form went on). The seven
languages' bare imperatives of stopping are stops and never places, though Pare (Indonesia) shares the Portuguese and
Spanish word and Pará (Brazil) the Spanish "para". Near misses: the town or state named as a place is still read."""

from __future__ import annotations

import pytest

from nlu import extract
from nlu.leaving import asks_to_stop

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("pare", "pt"),
        ("pare, por favor", "pt"),
        ("Pare!", "pt"),
        ("pare", "pt-BR"),
        ("para", "es"),
        ("Para, por favor", "es"),
        ("basta", "it"),
        ("Stopp!", "de"),
        ("arrête", "fr"),
        ("hou op", "nl"),
        ("stop", "en"),
    ],
)
def test_a_bare_imperative_of_stopping_is_a_stop_and_no_place(text, lang):
    assert asks_to_stop(text)
    assert extract(text, now=NOW, lang=lang).to_dict().get("location") is None
    assert extract(text, now=NOW, lang=lang, field="location").to_dict().get("location") is None


@pytest.mark.parametrize(
    ("text", "lang", "field", "where"),
    [
        ("somos de Pare, Indonésia", "pt", None, {"country": "ID", "city": "Pare"}),
        ("we are based in Pare, Indonesia", "en", None, {"country": "ID", "city": "Pare"}),
        ("Pará", "pt", "location", {"country": "BR", "city": None}),
        ("estamos no Pará", "pt", None, {"country": "BR", "city": None}),
        ("para Lisboa", "pt", "location", {"country": "PT", "city": "Lisbon"}),
    ],
)
def test_the_town_or_state_named_as_a_place_is_still_read(text, lang, field, where):
    assert extract(text, now=NOW, lang=lang, field=field).to_dict().get("location") == where
