"""The trades a firm works for are its clients, not its industry: "we build websites for hotels", "Reinigungsfirma,
betreuen Hotels und Praxen", "trabajamos para hoteles y restaurantes" are no hotel and no restaurant. Trades named in
the plural (or as a sector) after "for" and its words in the seven languages, or after a verb of looking after them,
are whom the work is for. Near misses keep their label: the firm the visitor works for ("I work for a bank", "marketing
lead for 3 hotels"), a venue for weddings, a hotel for families, and a question of what we do for their trade ("do you
do web design for restaurants? we have 2 locations": the visitor is one)."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    "text, label",
    [
        ("We build websites for hotels and guesthouses", None),
        ("We make uniforms for hotels and restaurants", None),
        ("We do IT support for dental practices and law firms", None),
        ("We're a cleaning company, we work for offices, hotels and hospitals", "professional_services"),
        ("Wir sind eine Reinigungsfirma und betreuen Hotels, Praxen und Büros", "professional_services"),
        ("Wir machen Webseiten für Hotels und Pensionen", None),
        (
            "Nous sommes une entreprise de nettoyage, nous travaillons pour les hôtels et les restaurants",
            "professional_services",
        ),
        ("Somos una empresa de limpieza, trabajamos para hoteles y restaurantes", "professional_services"),
        ("Somos uma empresa de limpeza e trabalhamos para hotéis e restaurantes", "professional_services"),
        ("Siamo un'impresa di pulizie, lavoriamo per alberghi e ristoranti", "professional_services"),
        ("Wij zijn een schoonmaakbedrijf en werken voor hotels en restaurants", "professional_services"),
    ],
)
def test_the_trades_worked_for_are_no_industry(text: str, label: str | None) -> None:
    assert extract(text, now=NOW).industry == label


@pytest.mark.parametrize(
    "text, label",
    [
        ("I work for a bank in London as marketing lead", "financial_services"),
        ("I'm the marketing lead for 3 hotels in Lisbon", "hospitality"),
        ("I run marketing for a chain of hotels", "hospitality"),
        ("Ich arbeite für eine Klinik in Berlin", "healthcare"),
        ("Je travaille pour un hôtel à Nice", "hospitality"),
        ("Trabajo para un hotel en Málaga", "hospitality"),
        ("Lavoro per un albergo a Rimini", "hospitality"),
        ("Ik werk voor een ziekenhuis in Gent", "healthcare"),
        ("Trabalho para uma clínica no Porto", "healthcare"),
        ("We're a venue for weddings and parties", "hospitality"),
        ("We are a hotel for families", "hospitality"),
        # asking what we do for their own trade: the visitor is one of them
        ("do u guys do SEO for lawyers? im in houston", "professional_services"),
        ("hey - quick q, do you do web design for restaurants? we have 2 locations in Brooklyn", "hospitality"),
        ("fazem sites para restaurantes? temos 2 casas em Lisboa", "hospitality"),
        ("Machen Sie auch Webseiten für Restaurants? Wir haben zwei Häuser in Wien", "hospitality"),
    ],
)
def test_the_firm_the_visitor_works_for_keeps_its_label(text: str, label: str) -> None:
    assert extract(text, now=NOW).industry == label
