"""Money said as spent ("we did 3 campaigns in 2025 and spent 40k total") is a past spend, never a revenue, even when
a word of revenue ("did") comes earlier in the sentence; a revenue said as done stays a revenue."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "we did 3 campaigns in 2025 and spent 40k total, this year no idea yet",
    "we did a rebrand last year and spent about 25k on it",
    "did two trade shows, spent 60k, got nothing",
])
def test_money_spent_is_neither_revenue_nor_budget(text):
    attributes = extract(text, now=NOW)
    assert attributes.revenue is None
    assert attributes.budget is None or attributes.budget.min is None


@pytest.mark.parametrize("text, amount", [("we did 3M in revenue last year", 3_000_000), ("we did about 800k last year", 800_000)])
def test_a_revenue_done_is_still_the_revenue(text, amount):
    assert extract(text, now=NOW).revenue.min == amount
