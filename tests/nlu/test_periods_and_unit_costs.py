"""A budget's period said apart from the amount, and unit costs that are no budget."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, period", [
    ("we have 30k for the next twelve months", "year"),
    ("approved: 48,000 EUR spread over 12 months", "year"),
    ("8k over 3 months", "quarter"),
    ("between five and eight k, one-off", "one_time"),
    ("budget 5k, monthly", "month"),
])
def test_a_period_said_after_the_amount_or_as_a_span_of_months_is_the_budgets(text, period):
    assert extract(text, now=NOW).budget.period == period


@pytest.mark.parametrize("text", [
    "we want our cost per lead under $90, it's at 150 now",
    "our CAC is around 900 euros, we'd like it below 500",
    "cpa went from $40 to $65 this quarter",
])
def test_an_amount_said_of_a_unit_cost_is_no_budget(text):
    assert extract(text, now=NOW).budget is None


def test_a_budget_beside_a_unit_cost_is_still_the_budget():
    assert extract("our CPL is $180, budget 10k/month", now=NOW).budget.min == 10000


@pytest.mark.parametrize("text", [
    "we spent 12k a month on LinkedIn last year and cut it to 5k when sales dried up",
    "ad spend was 20k in 2024, we reduced it to 12k before the merger",
])
def test_a_past_spend_changed_in_the_past_is_no_budget(text):
    assert extract(text, now=NOW).budget is None


@pytest.mark.parametrize("text, field, budget", [
    ("our budget was 20k but finance trimmed it to 12k", None, 12000),
    ("initially 30k, the CFO bumped it to 35k", "budget", 35000),
    ("last year we paid our agency 8k a month; we've cut that to 5k for this year", None, 5000),
])
def test_a_budget_changed_or_a_spend_changed_for_now_is_the_budget(text, field, budget):
    assert extract(text, field=field, now=NOW).budget.min == budget
