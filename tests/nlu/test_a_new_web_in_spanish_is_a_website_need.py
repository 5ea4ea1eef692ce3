"""The need: Spanish visitors call a website "una web" ("necesitamos una nueva web", "queremos una web nueva": lost,
only "nuestra web" was read); "the web" at large ("vendemos en la web") is no website need."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "necesitamos una nueva web",
    "queremos una web nueva para la clínica",
    "Mi jefe me pidió encontrar a alguien para una nueva web.",
])
def test_a_new_web_in_spanish_is_a_website_need(text: str) -> None:
    need = extract(text, None, now=NOW, lang="es").need
    assert need is not None and "website" in need.categories


@pytest.mark.parametrize("text", [
    "vendemos sobre todo en la web y en tiendas",
    "buscamos más clientes, la web no nos importa",
])
def test_the_web_at_large_is_no_website_need(text: str) -> None:
    need = extract(text, None, now=NOW, lang="es").need
    assert need is None or "website" not in need.categories
