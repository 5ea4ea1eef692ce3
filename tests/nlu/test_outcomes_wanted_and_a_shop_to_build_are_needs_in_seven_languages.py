"""Needs said as the outcomes wanted, in seven languages (blind batch_65/67 category "need not recognised"): a target
of sales outcomes per period ("goal is 50 demos a month", "unser Ziel sind 30 Leads pro Monat"), outcomes wished for
("want to get corporate team building bookings", "need more rentals"), outcomes raised ("aumentar las inscripciones",
"aumentar as inscrições", "augmenter nos réservations") and contacts of firms wanted ("ci servono contatti di aziende")
are lead generation; an online shop to build or launch ("want an online shop that actually works", "lancer une boutique
en ligne") is a website. Near misses: outcomes the visitor already has or had, prices raised, and a business that is
an online shop."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    "text",
    [
        "We raised €3M last month. Goal is 50 demos a month by Q2",
        "unser Ziel sind 30 Leads pro Monat",
        "notre objectif : 40 demandes par mois",
        "nuestro objetivo son 20 citas al mes",
        "o objetivo é 30 reuniões por mês",
        "obiettivo 25 appuntamenti al mese",
        "ons doel is 15 afspraken per maand",
        "we run 3 escape rooms, want to get corporate team building bookings",
        "self storage facility in Tampa. Need more rentals, occupancy is 71%",
        "Queremos aumentar las inscripciones para el próximo curso",
        "queremos aumentar as inscrições",
        "nous voulons augmenter nos réservations",
        "wir wollen die Anmeldungen steigern",
        "vogliamo aumentare le iscrizioni",
        "Sono il titolare di un'impresa di pulizie. Ci servono contatti di aziende, non privati.",
    ],
)
def test_outcomes_wanted_are_lead_generation(text: str) -> None:
    need = extract(text, now=NOW).need
    assert need is not None and "lead_generation" in need.categories


@pytest.mark.parametrize(
    "text",
    [
        "want an online shop that actually works",
        "Nous voulons lancer une boutique en ligne",
        "Wir wollen einen Onlineshop aufbauen",
        "queremos montar una tienda online",
        "queremos criar uma loja online",
        "vogliamo aprire un negozio online",
        "we willen een webshop laten bouwen",
        "On est une petite brasserie près de Nantes. On voudrait lancer une boutique en ligne",
        "Queremos lanzar una tienda online",
        "Vogliamo lanciare un negozio online",
        "We willen een webshop lanceren",
    ],
)
def test_an_online_shop_to_build_is_a_website(text: str) -> None:
    need = extract(text, now=NOW).need
    assert need is not None and "website" in need.categories


@pytest.mark.parametrize(
    "text, category",
    [
        ("we get 200 bookings a month already", "lead_generation"),
        ("wir haben 30 Anfragen pro Monat", "lead_generation"),
        ("we had 50 demos a month last year", "lead_generation"),
        ("we want to increase our prices", "lead_generation"),
        ("we are an online shop selling candles, we need better SEO", "website"),
    ],
)
def test_outcomes_had_or_a_shop_that_is_the_business_are_no_such_need(text: str, category: str) -> None:
    need = extract(text, now=NOW).need
    assert need is None or category not in need.categories
