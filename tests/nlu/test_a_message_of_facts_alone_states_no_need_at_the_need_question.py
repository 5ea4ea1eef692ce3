"""At the need question, a message that states only who the visitor is (the firm's name, its trade, the visitor's name,
its size) or a tool it uses or what it spends now gives no need summary: "we are Paws & Claws Vet Clinic" was noted as
the need (the lead's visitor plays), and so were "we use zoho crm" (with the category crm) and "we spend about 1.5k a
month on facebook ads now". In the seven languages. A need said in words of no category still gives its summary."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "we are Paws & Claws Vet Clinic",
    "Harbour Physio",
    "I'm Rahul, we're 12 people",
    "we're a dental practice in Leeds",
    "wir sind die Bäckerei Schmidt aus Köln",
    "nous sommes un cabinet d'architectes à Lyon",
    "somos una clínica dental en Sevilla",
    "somos uma padaria no Porto",
    "siamo uno studio legale a Milano",
    "wij zijn een bakkerij in Utrecht",
])
def test_who_the_visitor_is_gives_no_need_summary(text: str) -> None:
    assert extract(text, "need", now=NOW).need is None


@pytest.mark.parametrize("text", [
    "we use zoho crm",
    "we're on HubSpot",
    "we use Pipedrive as our CRM",
    "wir nutzen HubSpot CRM",
    "on utilise Salesforce comme CRM",
    "usamos Zoho CRM",
    "usiamo HubSpot come CRM",
    "we gebruiken Pipedrive als CRM",
    "our CRM is Salesforce",
    "CRM: HubSpot, email: Mailchimp",
    "we run everything through HubSpot CRM",
    "our website is on WordPress",
])
def test_a_tool_in_use_is_no_need(text: str) -> None:
    for field in ("need", None):
        assert extract(text, field, now=NOW).need is None


@pytest.mark.parametrize("text", [
    "we spend about 1.5k a month on facebook ads now",
    "we currently spend 2k a month on google ads",
    "wir geben 2.000 € im Monat für Google Ads aus",
    "on dépense 1500 € par mois en pub facebook",
    "gastamos 800 € al mes en anuncios de Instagram",
    "investimos 1.000 € por mês em anúncios no Google",
    "spendiamo 1.200 € al mese in annunci Google",
    "we besteden 900 euro per maand aan advertenties op Facebook",
])
def test_a_statement_of_current_spend_is_no_need_summary(text: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is None or need.summary != text


@pytest.mark.parametrize(("text", "field", "category"), [
    ("we use zoho crm but it's a total mess", None, "crm"),
    ("our CRM is Salesforce and nobody uses it properly", None, "crm"),
    ("our website is on WordPress and it's painfully slow", None, "website"),
    ("we use HubSpot CRM and need help setting up workflows", None, "marketing_automation"),
    ("we use zoho crm, need someone to clean it up", "need", "crm"),
])
def test_a_problem_with_the_tool_is_still_a_need(text: str, field: str | None, category: str) -> None:
    need = extract(text, field, now=NOW).need
    assert need is not None and category in need.categories


@pytest.mark.parametrize("text", [
    "brand awareness",
    "help me figure out our positioning vs competitors in the Nordics",
    "honestly, people don't know we exist",
    "we're invisible online",
])
def test_a_need_of_no_category_still_gives_its_summary(text: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and need.summary


@pytest.mark.parametrize("text", [
    "we're a small hotel, occupancy is down",
    "we're a hotel and occupancy is down",
    "I'm a physio, my diary has gaps",
    "wir sind ein Hotel, die Zimmer sind oft leer",
    "on est un restaurant, le midi c'est vide",
    "somos una clínica, nos faltan pacientes",
    "somos uma loja, as vendas caíram",
    "siamo un ristorante, il pranzo è vuoto",
    "wij zijn een bakkerij, de omzet daalt",
])
def test_a_problem_said_after_who_the_visitor_is_is_the_need(text: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and need.summary


@pytest.mark.parametrize(("text", "category"), [
    ("on dépense 1500 € par mois en pub facebook mais ça ne marche pas", "paid_ads"),
    ("wir geben 2.000 € im Monat für Google Ads aus, aber es funktioniert nicht", "paid_ads"),
    ("we spend 2k a month on google ads and get zero leads", "paid_ads"),
])
def test_spend_said_with_a_problem_is_still_a_need(text: str, category: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and category in need.categories
