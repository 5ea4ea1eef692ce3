"""A bare figure the visitor wants to pay, said after another's sum ("our old agency charged 7k/mo, we'd want to pay
less, maybe 5"), is their budget at that sum's scale, period and currency; a bare figure not said as a wish to pay
reads nothing."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, amount, period", [
    ("our old agency charged 7k/mo, we'd want to pay less, maybe 5", 5000, "month"),
    ("the last freelancer cost us 4k a month, we'd like to spend about 3", 3000, "month"),
    ("they quoted us 20k, we would pay 15 tops", 15000, None),
])
def test_the_bare_figure_is_the_budget_at_the_sums_scale(text, amount, period):
    budget = extract(text, now=NOW).budget
    assert budget.max == amount and budget.period == period


@pytest.mark.parametrize("text", [
    "our old agency charged 7k/mo, we had 5 people on it",
    "the last freelancer cost us 4k a month, took 3 weeks to reply",
])
def test_a_bare_figure_that_is_no_wish_to_pay_reads_no_budget(text):
    assert extract(text, now=NOW).budget is None
