"""A budget that was one sum and is now another ("used to be 5k a month, now it's 3", "it used to be 5 grand a month
but they've cut us back to three") is the new sum at the old one's scale and period; the bare figure is never a head
count."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, amount", [
    ("used to be 5k a month, now it's 3", 3000),
    ("it used to be 5 grand a month but they've cut us back to three", 3000),
    ("it used to be 5 grand a month but they've cut us back to 3k", 3000),
    ("we had 5k a month last year, now only 3", 3000),
    ("was 3k a month, now it's 4", 4000),
    ("budget was 3k a month, now it's 4k", 4000),
])
def test_the_new_sum_is_the_budget_and_no_head_count(text, amount):
    found = extract(text, now=NOW)
    assert (found.budget.min, found.budget.max, found.budget.period) == (amount, amount, "month")
    assert found.company_size is None


@pytest.mark.parametrize("text, heads", [
    ("budget is 10k a month, we're 12 people", 12),
    ("we were 30 last year, now it's 45", 45),
])
def test_a_head_count_said_beside_money_stays_a_head_count(text, heads):
    assert extract(text, now=NOW).company_size.min == heads


def test_a_spend_that_was_and_a_share_of_something_else_is_no_budget():
    assert extract("we spent 5k a month last year, now 3 of our clients left", now=NOW).budget is None
