"""A vendor who pitches its service to us with its price in the middle ("we offer white-label SEO at $15/hour to
agencies like yours") is still a vendor, and its service no need of its own (invented: batch_47), in the seven
languages. An agency like ours that says its own price to its clients and asks for help keeps its need."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "Hi there! I'm Marco from PixelForge, we offer white-label SEO at $15/hour to agencies like yours. Would love to set up a quick call next week.",
    "we provide PPC management at £20/hr to agencies like yours",
    "We sell done-for-you SEO audits ($49 each, 48h turnaround) to agencies like you",
    "Wir bieten White-Label-SEO für 15 €/Stunde für Agenturen wie Ihre an.",
    "Nous proposons du SEO en marque blanche à 15 €/heure aux agences comme la vôtre.",
    "Ofrecemos SEO en marca blanca a 15 €/hora a agencias como la vuestra.",
    "Oferecemos SEO white-label a 15 €/hora para agências como a sua.",
    "Offriamo SEO white-label a 15 €/ora ad agenzie come la vostra.",
    "Wij bieden white-label SEO voor €15/uur aan bureaus zoals het uwe.",
])
def test_a_priced_pitch_is_a_vendor_with_no_need(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.persona == "vendor"
    assert found.need is None


@pytest.mark.parametrize(("text", "category"), [
    ("we're a dental clinic, we offer implants at $1,500 each and need more patients", "lead_generation"),
    ("we need SEO for our agency's own site, budget $15/hour is fine", "seo"),
])
def test_a_buyer_who_says_a_price_keeps_the_need(text: str, category: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.persona != "vendor"
    assert found.need is not None and category in found.need.categories
