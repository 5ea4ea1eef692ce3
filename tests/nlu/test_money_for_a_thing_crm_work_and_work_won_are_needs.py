"""Three ways a need is said without the words "need" or "help" (issue 14, batch_50), in the seven languages:

- money set aside, earmarked or allocated for a thing ("15 and 25k USD set aside for a new site") names that thing;
- a CRM named with the work to do on it, after it or before it ("Salesforce cleaned up and hooked into Marketo",
  "il faut nettoyer Salesforce") is a CRM need, not only the marketing tool beside it;
- more of the work a trade wins from clients ("plus de mandats via le site", "più incarichi", "meer opdrachten") is
  lead generation.
"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _categories(text: str, field: str | None = None) -> tuple[str, ...]:
    found = extract(text, field, now=NOW).need
    return found.categories if found else ()


@pytest.mark.parametrize("text", [
    "we've got somewhere between 15 and 25k USD set aside for a new site",
    "we have 20k set aside for a new website",
    "there's 8,000 EUR allocated to a new site",
    "about 12k GBP earmarked for the website rebuild",
    "we've ring-fenced 10k for a new site",
    "wir haben 15.000 Euro für eine neue Website zurückgelegt",
    "on a mis de côté 10 000 € pour un nouveau site",
    "tenemos 12.000 euros reservados para una web nueva",
    "temos 10 mil reais reservados para um site novo",
    "abbiamo messo da parte 10.000 euro per un nuovo sito",
    "we hebben 10.000 euro gereserveerd voor een nieuwe website",
])
def test_money_set_aside_for_a_site_is_a_website_need(text: str) -> None:
    assert "website" in _categories(text)


@pytest.mark.parametrize("text", [
    "we've got 20k set aside for the office move",
    "we've got 15k USD set aside, the site was rebuilt last year",
    "we have 2 million set aside for a new factory",
])
def test_money_set_aside_for_something_else_names_no_website(text: str) -> None:
    assert "website" not in _categories(text)


@pytest.mark.parametrize("text", [
    "We need Salesforce cleaned up and hooked into Marketo",
    "we want HubSpot set up properly and connected to our website",
    "need pipedrive tidied up",
    "we need to hook Salesforce up to Marketo",
    "looking to connect HubSpot to our ERP",
    "wir brauchen Salesforce aufgeräumt und mit Marketo verbunden",
    "wir möchten HubSpot bereinigen und mit Shopify verbinden",
    "il faut nettoyer Salesforce et le connecter à Marketo",
    "necesitamos limpiar Salesforce e integrarlo con Marketo",
    "precisamos limpar o Salesforce e integrá-lo ao Marketo",
    "dobbiamo ripulire Salesforce e collegarlo a Marketo",
    "we moeten Salesforce opschonen en koppelen aan Marketo",
])
def test_work_on_a_named_crm_is_a_crm_need(text: str) -> None:
    assert "crm" in _categories(text)


@pytest.mark.parametrize("text", [
    "Salesforce was cleaned up last year, now we need more leads",
    "we need more leads, we're on Salesforce",
    "il faut plus de clients, on est sur Salesforce",
])
def test_a_crm_named_without_work_to_do_on_it_is_no_crm_need(text: str) -> None:
    assert "crm" not in _categories(text)


@pytest.mark.parametrize("text", [
    "On est une agence immobilière à Lyon, 12 personnes, et on voudrait plus de mandats via le site",
    "on voudrait plus de chantiers",
    "we want more mandates from the website",
    "we want more contracts with local councils",
    "wir wollen mehr Mandate über die Website",
    "queremos más encargos de venta",
    "queremos mais angariações",
    "vorremmo più incarichi di vendita",
    "vogliamo più commesse",
    "we willen meer verkoopopdrachten",
    "we willen meer opdrachten via de website",
])
def test_more_of_the_work_a_trade_wins_is_lead_generation(text: str) -> None:
    assert "lead_generation" in _categories(text)


@pytest.mark.parametrize("text", [
    "nous avons plus de mandats que nous ne pouvons en gérer",
    "we have too many contracts to handle already",
    "we need more instructions on how to use it",
    "the mandate ends in March",
])
def test_work_already_had_or_named_alone_is_no_lead_generation(text: str) -> None:
    assert "lead_generation" not in _categories(text)


@pytest.mark.parametrize("text", [
    "we use Salesforce and Marketo",
    "we use Salesforce, HubSpot and Marketo",
    "we're on Salesforce and Pardot",
    "wir nutzen Salesforce und Marketo",
    "on utilise Salesforce et Marketo",
    "usamos Salesforce y Marketo",
    "usamos o Salesforce e o Marketo",
    "usiamo Salesforce e Marketo",
    "we gebruiken Salesforce en Marketo",
])
def test_tools_listed_as_in_use_are_no_need(text: str) -> None:
    assert _categories(text) == ()


@pytest.mark.parametrize(("text", "category"), [
    ("we use Salesforce and need marketing automation", "marketing_automation"),
    ("we use Salesforce and Marketo and need help with lead scoring", "marketing_automation"),
    ("wir nutzen Salesforce und brauchen Hilfe mit Marketing-Automatisierung", "marketing_automation"),
])
def test_a_need_said_after_the_tools_in_use_is_still_read(text: str, category: str) -> None:
    assert category in _categories(text)
