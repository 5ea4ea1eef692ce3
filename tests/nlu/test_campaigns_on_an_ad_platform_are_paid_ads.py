"""Campaigns on an ad platform ("vorremmo migliorare le campagne su Meta e Google") are a paid-ads need (lost:
batch_47), in the seven languages. Campaigns by email or posts on a social page are not paid ads."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "Abbiamo un e-commerce di abbigliamento, fatturato 2 milioni, e vorremmo migliorare le campagne su Meta e Google.",
    "we'd like to improve our campaigns on Meta and Google",
    "Wir möchten unsere Kampagnen auf Meta und Google verbessern.",
    "Nous voulons améliorer nos campagnes sur Meta et Google.",
    "Queremos mejorar nuestras campañas en Meta y Google.",
    "Queremos melhorar as nossas campanhas no Meta e no Google.",
    "We willen onze campagnes op Meta en Google verbeteren.",
])
def test_campaigns_on_an_ad_platform_are_a_paid_ads_need(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is not None and "paid_ads" in found.need.categories


@pytest.mark.parametrize("text", [
    "we want to improve our email campaigns",
    "vorremmo migliorare le campagne email",
])
def test_email_campaigns_are_not_paid_ads(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is None or "paid_ads" not in found.need.categories
