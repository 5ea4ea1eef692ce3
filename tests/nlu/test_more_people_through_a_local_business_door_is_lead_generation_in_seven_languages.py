"""Need, from play (02:55): more people through a local business's door ("we just need more people in the taproom on
weeknights", "more covers") is lead generation, as "más clientes" already was, in the seven languages; "we need more
people" alone, or more people on the team or in the office, is hiring. The Italian preposition "ad" ("ad aprile") is no
ad campaign."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-11-23"


@pytest.mark.parametrize(("text", "lang"), [
    ("we just need more people in the taproom on weeknights", "en"),
    ("more covers on weeknights", "en"),
    ("mehr Leute im Lokal unter der Woche", "de"),
    ("plus de monde au resto le midi", "fr"),
    ("más gente en el bar entre semana", "es"),
    ("più gente nel locale", "it"),
    ("mais gente na loja", "pt"),
    ("meer mensen in de zaak door de week", "nl"),
])
def test_more_people_in_the_venue_is_lead_generation(text: str, lang: str) -> None:
    need = extract(text, "need", now=NOW, lang=lang).need
    assert need is not None and "lead_generation" in need.categories


@pytest.mark.parametrize("text", ["we need more people", "we need more people on the team", "we need more people in the office"])
def test_more_people_for_the_team_is_no_lead_generation(text: str) -> None:
    need = extract(text, "need", now=NOW, lang="en").need
    assert need is None or "lead_generation" not in need.categories


def test_the_italian_ad_before_a_month_is_no_ad_campaign() -> None:
    need = extract("prima che inizi il nuovo anno fiscale ad aprile", "need", now=NOW, lang="it").need
    assert need is None or "paid_ads" not in need.categories


@pytest.mark.parametrize("text", ["we want to run ads", "we need an ad campaign"])
def test_ads_are_still_paid_ads(text: str) -> None:
    need = extract(text, "need", now=NOW, lang="en").need
    assert need is not None and "paid_ads" in need.categories


@pytest.mark.parametrize(("text", "lang"), [
    ("Want more quote requests", "en"),
    ("we need to get more quote requests from homeowners", "en"),
    ("mehr Anfragen", "de"),
    ("plus de demandes de devis", "fr"),
    ("más solicitudes de presupuesto", "es"),
    ("più richieste di preventivo", "it"),
    ("mais pedidos de orçamento", "pt"),
    ("meer offerteaanvragen", "nl"),
])
def test_more_quote_requests_are_lead_generation(text: str, lang: str) -> None:
    # from play: a removals firm's "Want more quote requests" had no category
    need = extract(text, "need", now=NOW, lang=lang).need
    assert need is not None and "lead_generation" in need.categories
