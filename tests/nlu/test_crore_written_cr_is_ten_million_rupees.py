"""Indian figures written with "Cr" ("Turnover approx 40 Cr", "did 3.2 cr revenue", "12cr") are crores: ten million
rupees each; "CRM" and "CR 2" are no crore. And a cue word ending in a bound's letters ("turnover 12 crore") is no
"over": the figure is exact."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, field, amount", [
    ("We are exporter of cotton home textiles from Tirupur, 180 workers. Turnover approx 40 Cr. Please share proposal", None, 400_000_000),
    ("Am founder of a D2C skincare brand (Mumbai), we are 12 people. Did 3.2 cr revenue in FY24-25.", None, 32_000_000),
    ("turnover 12cr last FY", None, 120_000_000),
    ("around 5 Cr.", "revenue", 50_000_000),
    ("turnover 12 crore", None, 120_000_000),
])
def test_a_revenue_in_cr_is_in_crores_of_rupees(text, field, amount):
    revenue = extract(text, field=field, now=NOW).revenue
    assert (revenue.min, revenue.max, revenue.currency) == (amount, amount, "INR")


def test_a_budget_in_cr_is_in_crores_of_rupees():
    budget = extract("budget 1.5 cr for the year", now=NOW).budget
    assert (budget.min, budget.currency, budget.period) == (15_000_000, "INR", "year")


@pytest.mark.parametrize("text", ["CR 2 is the version we use", "our CRM has 40 crm users", "we need a better crm, 40 users"])
def test_cr_that_is_no_crore_is_no_money(text):
    attributes = extract(text, now=NOW)
    assert attributes.budget is None and attributes.revenue is None


def test_a_bound_word_inside_another_word_bounds_nothing():
    assert extract("Turnover 5M, budget max 20k", now=NOW).revenue.max == 5_000_000
