"""Wanting to be found for a search ("we want to be found for 'tax accountant brisbane'", batch_46: lost) is an SEO
need, in the seven languages. Being found somewhere already, or how the visitor found us, is none."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "we want to be found for 'emergency plumber leeds'",
    "need to get found when people search for wedding venues in Cork",
    "we'd like to rank for \"family dentist austin\"",
    "we want to show up when ppl google 'plumber near me'",
    "Vogliamo comparire su Google per 'idraulico Milano'",
    "Wir wollen bei Google erscheinen, wenn jemand 'Friseur Köln' sucht",
    "On veut apparaître sur Google pour « plombier Lyon »",
    "We willen bovenaan in Google staan voor 'loodgieter Utrecht'",
    "wir wollen für 'Zahnarzt Köln' gefunden werden",
    "on veut être trouvés quand on cherche « boulangerie Lyon »",
    "queremos que nos encuentren cuando buscan 'dentista Valencia'",
    "queremos ser encontrados quando procuram 'dentista Porto'",
    "vogliamo essere trovati quando cercano 'dentista Torino'",
    "we willen gevonden worden op 'tandarts Utrecht'",
])
def test_to_be_found_for_a_search_is_an_seo_need(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is not None and "seo" in need.categories


@pytest.mark.parametrize("text", [
    "found you on google, just curious",
    "we were found by a journalist last year, that was nice",
])
def test_being_found_already_is_no_seo_need(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is None or "seo" not in need.categories
