"""A ranking or a stock index named with its number ("a Fortune 500 insurer", "a FTSE 250 retailer", "an Inc. 5000
company", "DAX 40") is no money; a sum said in the same message still is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "I'm SVP of Revenue Marketing at a Fortune 500 insurer (~38k employees). Budget exists but I can't share it at this stage.",
    "we're a FTSE 250 retailer looking for an SEO agency",
    "Inc. 5000 company two years running, need help with paid ads",
    "wir sind ein DAX 40 Konzern und suchen eine Agentur",
    "we sell to S&P 500 companies mostly",
])
def test_a_ranking_is_no_budget_or_revenue(text):
    attributes = extract(text, now=NOW)
    assert attributes.budget is None or attributes.budget.min is None
    assert attributes.revenue is None


def test_a_sum_beside_a_ranking_is_still_the_budget():
    budget = extract("Fortune 500 insurer, budget is $200k for the year", now=NOW).budget
    assert (budget.min, budget.max) == (200000, 200000)
