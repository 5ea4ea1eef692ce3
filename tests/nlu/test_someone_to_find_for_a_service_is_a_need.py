"""The need: a visitor sent to find someone for a service ("My MD asked me to find someone for a new website",
batch_47: lost) needs that service, in the seven languages. A service named with no one to find, said of the past,
stays no need."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("My MD, Helen Shaw, asked me to find someone for a new website.", "en"),
    ("my boss asked me to find an agency for our new website", "en"),
    ("I've been asked to find a developer for a new website", "en"),
    ("Mein Chef hat mich gebeten, jemanden für eine neue Website zu finden.", "de"),
    ("Mon patron m'a demandé de trouver quelqu'un pour un nouveau site web.", "fr"),
    ("Mi jefe me pidió encontrar a alguien para un nuevo sitio web.", "es"),
    ("Il mio capo mi ha chiesto di trovare qualcuno per un nuovo sito web.", "it"),
    ("Mijn baas vroeg me iemand te vinden voor een nieuwe website.", "nl"),
    ("O meu chefe pediu-me para encontrar alguém para um novo site.", "pt"),
])
def test_someone_to_find_for_a_website_is_a_website_need(text: str, lang: str) -> None:
    need = extract(text, None, now=NOW, lang=lang).need
    assert need is not None and "website" in need.categories


@pytest.mark.parametrize("text", [
    "we found someone for our website last year",
    "our website was built by someone in 2019",
])
def test_someone_found_before_is_no_website_need(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is None or "website" not in need.categories
