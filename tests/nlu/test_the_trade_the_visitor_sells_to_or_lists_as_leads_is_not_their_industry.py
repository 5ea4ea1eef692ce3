"""Whom the visitor sells to, or lists as the leads they want, is not their industry; garment-making is manufacturing.

Persona set 9 (issue 14): travis's "more commercial leads - property managers, restaurants" became real_estate,
geneviève's "on vend notre sirop aux épiceries fines pis aux restaurants" and nicola's "le vendite alla ristorazione"
became hospitality, and paula's "confección textil, uniformes corporativos" was 'other'.
"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _industry(text: str, field: str | None = None) -> str | None:
    return extract(text, field, now=NOW).industry


@pytest.mark.parametrize("text", [
    "more commercial leads - property managers, restaurants, that kind of thing",
    "leads: restaurants, hotels",
    "générer des leads B2B : épiceries fines, restos, boutiques cadeaux",
    "Kunden: Hotels und Restaurants",
    "clientes: restaurantes y hoteles",
    "clientes: restaurantes e hotéis",
    "clienti: ristoranti e hotel",
    "klanten - restaurants en hotels",
])
def test_clients_listed_after_a_colon_or_a_dash_are_no_industry(text: str) -> None:
    assert _industry(text) is None


@pytest.mark.parametrize("text", [
    "On est une érablière, on vend notre sirop aux épiceries fines pis aux restaurants",
    "siamo un frantoio, e quest'anno le vendite alla ristorazione sono calate",
    "Wir verkaufen unseren Sirup an Restaurants",
    "Vendemos nuestro aceite a restaurantes",
    "Vendemos nosso azeite para restaurantes",
    "Wij verkopen onze siroop aan restaurants",
])
def test_a_trade_sold_to_with_the_goods_named_between_is_no_industry(text: str) -> None:
    assert _industry(text) != "hospitality"


@pytest.mark.parametrize("text", [
    "we're a hotel: more bookings please",
    "restaurant - need more bookings",
    "we need leads: we're a restaurant group",
    "we run a restaurant in Leeds",
    "Nous sommes un restaurant à Lyon",
    "Somos un restaurante en Madrid",
])
def test_the_visitors_own_trade_before_or_after_a_list_stays_theirs(text: str) -> None:
    assert _industry(text) == "hospitality"


@pytest.mark.parametrize("text", [
    "confección textil, uniformes corporativos",
    "confecção de uniformes",
    "confezioni tessili",
    "Textilindustrie",
    "confectiebedrijf",
    "confection de vêtements",
])
def test_garment_and_textile_making_is_manufacturing(text: str) -> None:
    assert _industry(text, "industry") == "manufacturing"


def test_confectionery_is_no_garment_making() -> None:
    assert _industry("sweets and confectionery", "industry") != "manufacturing"


@pytest.mark.parametrize("text", [
    "production de sirop d'érable",
    "produzione di olio extravergine d'oliva",
    "producción de mermeladas",
    "produção de queijos",
    "Produktion von Ahornsirup",
    "productie van kaas",
])
def test_goods_produced_named_after_the_word_for_production_are_manufacturing(text: str) -> None:
    assert _industry(text, "industry") == "manufacturing"


@pytest.mark.parametrize("text", [
    "production de vidéos",
    "producción de eventos",
    "produção de conteúdo",
    "Produktion von Werbefilmen",
])
def test_a_video_event_or_content_produced_is_no_manufacturing(text: str) -> None:
    assert _industry(text, "industry") != "manufacturing"
