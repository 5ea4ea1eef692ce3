"""The visitor's industry: requests or enquiries wanted FROM a sector ("plus de demandes de devis d'entreprises
industrielles", a held-out persona: read as manufacturing) name the clients' sector, as "clients industriels" does,
not the visitor's, in the seven languages. A visitor who says they are of that sector keeps it."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("nous voulons plus de demandes de devis d'entreprises industrielles", "fr"),
    ("we want more quote requests from industrial companies", "en"),
    ("we need more enquiries from manufacturers", "en"),
    ("wir wollen mehr Anfragen von Industrieunternehmen", "de"),
    ("queremos más solicitudes de presupuesto de empresas industriales", "es"),
    ("vogliamo più richieste di preventivo da aziende industriali", "it"),
    ("we willen meer offerteaanvragen van industriële bedrijven", "nl"),
    ("queremos mais pedidos de orçamento de empresas industriais", "pt"),
])
def test_requests_wanted_from_a_sector_are_no_industry_of_the_visitor(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).industry is None


@pytest.mark.parametrize(("text", "lang"), [
    ("nous sommes une entreprise industrielle et voulons plus de demandes de devis", "fr"),
    ("we are a manufacturer and need more quote requests", "en"),
    ("wir sind ein Industrieunternehmen und wollen mehr Anfragen", "de"),
])
def test_a_visitor_of_the_sector_keeps_it(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).industry == "manufacturing"
