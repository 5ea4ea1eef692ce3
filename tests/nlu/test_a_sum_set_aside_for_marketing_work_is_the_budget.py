"""A sum set aside for marketing work ("we have 2M earmarked for brand next FY", "10k allocated to paid social") is the
budget; a sum already committed to something else ("10k is already committed to events", "earmarked for the office
move") is not."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, low, period", [
    ("$$$ isn't the issue, we have 2M earmarked for brand next FY. Issue is nobody here knows what theyre doing", 2000000, "year"),
    ("we have 10k allocated to paid social", 10000, None),
    ("we have 50k set aside for marketing this year", 50000, "year"),
])
def test_a_sum_set_aside_for_marketing_is_the_budget(text, low, period):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.period) == (low, period)


@pytest.mark.parametrize("text", [
    "we have 20k earmarked for the office move",
    "10k is already committed to events",
])
def test_a_sum_spoken_for_by_something_else_is_no_budget(text):
    assert extract(text, now=NOW).budget is None
