"""The visitor's company: capitalised words opening a sentence or a bracket, then the firm's head count ("Kettleworks, 12
of us, B2B SaaS.", "CMO here (Ridgeline Plastics, ~300 employees, Ohio)", batch_47: lost), in the seven languages. A
place, a person or a greeting before a head count is no company."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Call me or email sarah@kettleworks.io. Kettleworks, 12 of us, B2B SaaS.", "en", "Kettleworks"),
    ("CMO here (Ridgeline Plastics, ~300 employees, Ohio). We want an ABM program.", "en", "Ridgeline Plastics"),
    ("Holzbau Kern, 25 Mitarbeiter, wir brauchen eine neue Website.", "de", "Holzbau Kern"),
    ("Atelier Brun, 8 salariés, nous cherchons plus de clients.", "fr", "Atelier Brun"),
    ("Talleres Ruiz, 40 empleados, necesitamos más clientes.", "es", "Talleres Ruiz"),
    ("Officine Galli, 60 dipendenti, cerchiamo nuovi clienti.", "it", "Officine Galli"),
    ("Bakkerij Visser, 15 medewerkers, we zoeken meer klanten.", "nl", "Bakkerij Visser"),
    ("Metalúrgica Lopes, 90 funcionários, precisamos de mais clientes.", "pt", "Metalúrgica Lopes"),
])
def test_a_firm_named_then_its_head_count_is_the_company(text: str, lang: str, company: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company == company


@pytest.mark.parametrize("text", [
    "Newcastle, 20 staff, need a website",
    "Ohio, 300 employees, need leads",
    "Hi, 12 of us here, need a website",
    "Sarah Jones, 12 of us, need a website",
    "Thanks, 40 employees is right",
])
def test_a_place_person_or_greeting_before_a_head_count_is_no_company(text: str) -> None:
    assert extract(text, None, now=NOW).company is None
