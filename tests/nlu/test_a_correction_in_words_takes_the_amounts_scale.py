"""A bare number that corrects an amount takes the amount's scale, written in digits or in words ("it was 50k but got
cut to thirty" is 30k); a number in words that corrects nothing stays unread."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, field, amount", [
    ("it was 50k but got cut to thirty", "budget", 30000),
    ("it was 50k but got cut to 30", "budget", 30000),
    ("we had 40k, now more like twenty-five", "budget", 25000),
    ("budget was 2 million, they trimmed it to one and a half", "budget", 1500000),
    ("the budget was 50k but got cut to thirty", None, 30000),
])
def test_the_correction_in_words_is_the_budget(text, field, amount):
    budget = extract(text, field=field, now=NOW).budget
    assert (budget.min, budget.max) == (amount, amount)


@pytest.mark.parametrize("text", [
    "budget is 50k, we're thirty people",
    "budget is 50k for the next three months",
])
def test_a_number_in_words_that_corrects_nothing_leaves_the_budget(text):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (50000, 50000)
