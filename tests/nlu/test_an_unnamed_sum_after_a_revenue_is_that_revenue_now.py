"""A sum no word names, said right after a revenue in its sentence and of its order ("sales were 2M last year, this
year we're at 2.5M"), is the revenue now, not an invented budget; a sum named the budget beside a revenue stays the
budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, amount", [
    ("sales were 2M last year, this year we're at 2.5M", 2_500_000),
    ("revenue 2M last year, this year about 2.5M", 2_500_000),
    ("we did 800k last year and this year we're tracking 1.1M", 1_100_000),
])
def test_the_revenue_now_is_read_and_no_budget(text, amount):
    attributes = extract(text, now=NOW)
    assert attributes.revenue.min == amount and attributes.budget is None


@pytest.mark.parametrize("text, budget, revenue", [
    ("revenue 5M, budget maybe 50k", 50_000, 5_000_000),
    ("turnover is 3M and we can spend 4k a month", 4_000, 3_000_000),
])
def test_a_budget_named_beside_a_revenue_stays_the_budget(text, budget, revenue):
    attributes = extract(text, now=NOW)
    assert (attributes.budget.min, attributes.revenue.min) == (budget, revenue)
