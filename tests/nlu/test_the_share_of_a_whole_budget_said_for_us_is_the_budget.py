"""The share of a whole budget said for us ("2027 budget is $600k total for all agencies. Your piece ... call it
$200k for the year", "the overall marketing budget is 300k, for this project about 45k") is the budget, with its own
period."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, amount, period", [
    ("Our board approved the marketing plan: 2027 budget is $600k total for all agencies. Your piece — ABM + content — "
     "would be about a third of that, call it $200k for the year.", 200_000, "year"),
    ("total marketing budget is 1M this year; your part of it would be around 150k", 150_000, None),
    ("the overall marketing budget is 300k, for this project about 45k", 45_000, None),
])
def test_the_share_for_us_is_the_budget(text, amount, period):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (amount, amount)
    if period:
        assert budget.period == period
