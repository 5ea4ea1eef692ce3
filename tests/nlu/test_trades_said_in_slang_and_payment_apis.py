"""A trade said in the slang of the UK, Ireland and Australia ("we're sparkies", "chippies", "brickies", "tradies") is
construction, and a payments API or gateway is fintech (batch_46: both lost). The same slang said of someone the
visitor hires, or a payments API the visitor uses, is not their trade."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "industry"), [
    ("we're sparkies in Limerick, 6 of us", "construction"),
    ("two plasterers and a van, based in Cork", "construction"),
    ("small team of brickies in Perth", "construction"),
    ("I'm a sparky, want more local jobs", "construction"),
    ("tradie business in Brisbane, 4 of us", "construction"),
    ("pls share ur pricing, we r a small CA firm in Pune", "professional_services"),
    ("we are into garment exports from Tirupur", "manufacturing"),
    ("Jarrah here, we do kitchen renos on the Gold Coast", "construction"),
    ("CMO at Finlytics (payments API)", "fintech"),
    ("we build a payments gateway for marketplaces", "fintech"),
    ("payment infrastructure startup in Berlin", "fintech"),
])
def test_the_trade_is_read(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW).industry == industry


@pytest.mark.parametrize("text", [
    "we use the Stripe payments API in our shop",
    "we integrate with a payments API",
])
def test_a_payments_api_used_is_not_the_trade(text: str) -> None:
    assert extract(text, None, now=NOW).industry != "fintech"
