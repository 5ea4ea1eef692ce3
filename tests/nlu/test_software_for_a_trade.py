"""What a company sells, not whom it sells to, in each of the seven languages: software for builders is software."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang"), [
    ("we sell payroll software for construction firms", "en"),
    ("wir entwickeln Lohnsoftware für Baufirmen", "de"),
    ("salarissoftware voor bouwbedrijven", "nl"),
    ("wij maken apps voor de bouw", "nl"),
    ("sviluppiamo un'app per ristoranti", "it"),
    ("desarrollamos una app para gimnasios", "es"),
    ("desenvolvemos aplicativos para clínicas", "pt"),
    ("on développe une appli pour les restaurants", "fr"),
    ("nous éditons un logiciel pour les cabinets médicaux", "fr"),
])
def test_software_made_for_a_trade_is_software(text: str, lang: str) -> None:
    for field in ("industry", None):
        assert extract(text, field=field, now=NOW, lang=lang).industry == "software"


@pytest.mark.parametrize(("text", "lang", "label"), [
    ("wir nutzen eine Lohnsoftware für unsere Baufirma", "de", "construction"),
    ("usamos un software de nóminas, somos constructora", "es", "construction"),
])
def test_software_the_business_uses_leaves_its_own_trade(text: str, lang: str, label: str) -> None:
    assert extract(text, field="industry", now=NOW, lang=lang).industry == label


def test_selling_paint_applications_is_no_software() -> None:
    assert extract("vendemos aplicaciones de pintura", field="industry", now=NOW, lang="es").industry != "software"
