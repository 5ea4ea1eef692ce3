"""South Africans write the rand as "R" before the figure ("R3000 a month", "R14bn turnover", "R 50 000"): that is
ZAR; "R$" stays the Brazilian real, and an "R" before a small figure or in a name ("R2D2", "Windows Server R2", "R&D")
is no money."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, field, low, high, period", [
    ("hey! i own a barber shop in cape town, can spend R3000 a month, start jan", None, 3000, 3000, "month"),
    ("we could do R50k for the whole project", None, 50000, 50000, "one_time"),
    ("R 50 000", "budget", 50000, 50000, None),
    ("about R2.5m a year on marketing", None, 2500000, 2500000, "year"),
    ("between R20k and R30k per month", "budget", 20000, 30000, "month"),
    ("r8000 pm max", "budget", None, 8000, "month"),
])
def test_a_budget_in_rand(text, field, low, high, period):
    budget = extract(text, field=field, lang="en", now=NOW).budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (low, high, "ZAR", period)


def test_a_turnover_in_rand():
    text = "We're a JSE-listed retailer with 1,100 stores and R14bn turnover, looking at email & SMS personalisation"
    result = extract(text, lang="en", now=NOW)
    assert (result.revenue.min, result.revenue.currency) == (14_000_000_000, "ZAR")
    assert result.company_size is None  # 1,100 stores count shops, not people


def test_r_dollar_stays_the_real():
    budget = extract("uns R$3000 por mês", field="budget", lang="pt", now=NOW).budget
    assert (budget.min, budget.currency) == (3000, "BRL")


@pytest.mark.parametrize("text", [
    "we run Windows Server 2019 R2 and want a new website",
    "our R2D2 themed cafe needs more bookings",
    "we code in R and Python, R3 of the data pipeline ships soon",
    "R&D team of 12, want better SEO",
])
def test_an_r_before_a_small_figure_or_in_a_name_is_no_money(text):
    result = extract(text, lang="en", now=NOW)
    assert result.budget is None and result.revenue is None
