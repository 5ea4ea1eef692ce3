"""A CRM named with the work to do on it after the name ("a HubSpot cleanup", "a Salesforce rebuild") is a CRM need
(lost twice: batch_47), in the seven languages. A CRM named as what the visitor runs on is none."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "We need a HubSpot cleanup + better lead scoring.",
    "we're an agency ourselves, our client Northgate Pharma needs a Salesforce rebuild and we want to subcontract it",
    "looking for help with a Pipedrive overhaul",
    "Wir brauchen eine HubSpot-Bereinigung.",
    "Nous avons besoin d'un nettoyage de HubSpot.",
    "Necesitamos una limpieza de HubSpot.",
    "Precisamos de uma limpeza do HubSpot.",
    "Abbiamo bisogno di una pulizia di HubSpot.",
    "We moeten HubSpot opschonen.",
])
def test_a_crm_with_work_to_do_on_it_is_a_crm_need(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is not None and "crm" in found.need.categories


@pytest.mark.parametrize("text", [
    "we use HubSpot, we need more leads",
    "we run everything through Salesforce, need SEO help",
])
def test_a_crm_run_on_is_no_crm_need(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is not None and "crm" not in found.need.categories
