"""Lakh and crore are Indian numbering: an amount said in them is in rupees when no other currency is said."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, amount", [
    ("budget is around 5 lakh per month", 500_000),
    ("we can spend 2.5 lakhs a month on ads", 250_000),
    ("budget 1 crore for the year", 10_000_000),
    ("around 3 lac per month for marketing", 300_000),
])
def test_a_budget_in_lakh_or_crore_is_in_rupees(text, amount):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.currency) == (amount, "INR")


def test_a_turnover_in_crore_is_in_rupees():
    revenue = extract("our turnover is 40 crore", now=NOW).revenue
    assert (revenue.min, revenue.currency) == (400_000_000, "INR")


@pytest.mark.parametrize("text, currency", [
    ("budget is $50k a month", "USD"),
    ("budget is 5 lakh dollars", "USD"),
    ("budget around 20 lakh rupees", "INR"),
])
def test_a_currency_said_stays_the_currency(text, currency):
    assert extract(text, now=NOW).budget.currency == currency
