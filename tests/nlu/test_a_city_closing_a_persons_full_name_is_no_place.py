"""A city's name closing a person's full name is their surname, no place (found beside issue 14's names): "Sou a Ana
da Silva Santos" was read as Santos, Brazil, "Sou a Maria Oliveira Lima" as Lima, Peru; a given name, a surname or two
(particles between), then the city. A city said as where the visitor is from or works stays a place ("Soy Lucía de
Madrid", "Sou o Paulo, de Santos", "I'm Jane Smith from Boston", "Maria Lopez Paris office")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Sou a Ana da Silva Santos", "pt-BR", "Ana da Silva Santos"),
    ("Sou a Maria Oliveira Lima, da Acme", "pt-PT", "Maria Oliveira Lima"),
    ("Me llamo Carmen Ruiz Valencia", "es", None),
    ("Ich bin Anna Maria Weber Essen", "de", None),
])
def test_a_city_closing_a_full_name_is_no_place(text: str, lang: str, name: str | None) -> None:
    found = extract(text, None, now=NOW, lang=lang)
    assert found.location is None
    if name is not None:
        assert found.name == name


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("Soy Lucía de Madrid", "es", "Madrid"),
    ("Sou o Paulo, de Santos", "pt-BR", "Santos"),
    ("I'm Jane Smith from Boston", "en", "Boston"),
    ("Maria Lopez Paris office", "en", "Paris"),
    ("Sono Marco Rossi di Milano", "it", "Milan"),
])
def test_a_city_said_as_where_they_are_stays_a_place(text: str, lang: str, city: str) -> None:
    location = extract(text, None, now=NOW, lang=lang).location
    assert location is not None and location.city == city
