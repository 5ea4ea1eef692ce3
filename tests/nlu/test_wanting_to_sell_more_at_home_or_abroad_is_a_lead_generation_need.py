"""Wanting to sell more, at home or abroad, is a lead-generation need: "vorremmo vendere di più all'estero" and "we want
to sell more abroad" had no category (the lead's visitor plays, issue 14), in the seven languages. Selling more online
stays the website's need. Near misses: more sold as a fact ("we sell more in summer than in winter")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("we want to sell more abroad", "en"),
    ("honestly we just need to sell more", "en"),
    ("we'd like to grow exports", "en"),
    ("wir wollen mehr ins Ausland verkaufen", "de"),
    ("on veut vendre plus à l'étranger", "fr"),
    ("queremos vender más en el extranjero", "es"),
    ("queremos vender mais no exterior", "pt"),
    ("vorremmo vendere di più all'estero", "it"),
    ("we willen meer verkopen in het buitenland", "nl"),
])
def test_selling_more_is_lead_generation(text: str, lang: str) -> None:
    need = extract(text, now=NOW, field="need", lang=lang).need
    assert need is not None and "lead_generation" in need.categories, need


@pytest.mark.parametrize(("text", "lang"), [("we want to sell more online", "en"), ("vorremmo vendere di più online", "it")])
def test_selling_more_online_is_the_websites(text: str, lang: str) -> None:
    need = extract(text, now=NOW, field="need", lang=lang).need
    assert need is not None and "website" in need.categories, need


@pytest.mark.parametrize(("text", "lang"), [
    ("we sell more in summer than in winter", "en"),
    ("wir verkaufen mehr im Sommer als im Winter", "de"),
])
def test_more_sold_as_a_fact_is_no_need(text: str, lang: str) -> None:
    need = extract(text, now=NOW, field="need", lang=lang).need
    assert need is None or "lead_generation" not in need.categories, need
