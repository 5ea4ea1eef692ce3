"""Leads, enquiries, customers or patients said to be falling ("leads are down by half", "new patient numbers have
been dropping", "word of mouth kept us busy, now it's dried up") is a lead-generation need, though no "need" or
"more" is said (lost three times: batch_47), in the seven languages. Costs, churn or a bounce rate falling is none."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "this year has been rough, leads are down by half. we're a commercial cleaning company in Manchester",
    "hiya, we're a 3-chair dental practice in Bristol, new patient numbers have been dropping since about march",
    "We've been doing this 10 years and never needed marketing, word of mouth kept us busy. now it's dried up. 15 staff, accountants.",
    "enquiries have slowed right down since the summer, we're a joinery firm",
    "our bookings fell 30% this year",
    "Die Anfragen sind dieses Jahr um die Hälfte eingebrochen, wir sind ein Malerbetrieb.",
    "Les demandes de devis ont beaucoup baissé depuis l'été, nous sommes plombiers.",
    "Los pedidos han caído mucho este año, somos una tienda de muebles.",
    "Os pedidos caíram bastante este ano, somos uma loja de móveis.",
    "Le richieste sono calate molto quest'anno, siamo un'impresa edile.",
    "Het aantal aanvragen is flink gedaald dit jaar, wij zijn een schildersbedrijf.",
])
def test_fewer_leads_said_as_a_fact_is_a_lead_generation_need(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is not None and "lead_generation" in found.need.categories


@pytest.mark.parametrize("text", [
    "our costs are down by half this year, we're a cleaning company",
    "churn has been dropping since we changed support tools",
    "Die Kosten sind gesunken, wir sind ein Malerbetrieb.",
    "Nos coûts ont baissé cette année.",
])
def test_other_things_falling_name_no_need(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is None or "lead_generation" not in found.need.categories
