"""A firm named "... Partners" introducing itself is no title, and "mgmt" is management (issue 14, batch 44)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "Redwood Capital Partners here - 18 person PE firm in Boston",
    "Acme Partners here, we are a 12 person law firm",
    "Blue Oak Legal Partners here, 30 lawyers in Denver",
])
def test_a_firm_named_partners_saying_here_is_no_title(text: str) -> None:
    assert extract(text, now=NOW).authority is None


@pytest.mark.parametrize("text", ["partner here at a 12 person law firm", "I'm one of the partners at Acme"])
def test_a_partner_of_the_firm_is_still_a_title(text: str) -> None:
    authority = extract(text, now=NOW).authority
    assert authority is not None and authority.seniority == "c_level"


@pytest.mark.parametrize("text", [
    "head of marketing at Pinecrest Partners (wealth mgmt, 60 staff)",
    "we're an asset mgmt boutique in Geneva",
    "small investment mgmt firm, 12 people",
])
def test_management_abbreviated_in_finance_is_financial_services(text: str) -> None:
    assert extract(text, now=NOW).industry == "financial_services"
