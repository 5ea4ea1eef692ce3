"""Money raised in a funding round is no budget, and the month it closed is no deadline (issue 14, batch 44)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "we just closed our series A ($8M), 35 of us now",
    "just closed a €12m Series B, 80 people",
    "we raised a seed round of $2M",
    "after our 3M seed round we're hiring",
])
def test_money_raised_in_a_round_is_no_budget(text: str) -> None:
    assert extract(text, now=NOW).budget is None


def test_a_budget_said_by_a_funded_company_is_still_read() -> None:
    budget = extract("we're a series A startup, budget is 20k a month", now=NOW).budget
    assert budget is not None and (budget.max, budget.period) == (20000, "month")


@pytest.mark.parametrize("text", [
    "we just closed our series A ($8M) in october, 35 of us now",
    "we launched our app (the iOS one) in october, need more installs",
    "we lost our biggest client (about 30% of revenue) in september",
])
def test_a_time_after_a_bracket_in_a_sentence_about_the_past_is_no_deadline(text: str) -> None:
    assert extract(text, now=NOW).timing is None


def test_a_time_after_a_bracket_in_an_aim_is_still_a_deadline() -> None:
    timing = extract("we need the site (the new one) live in march", now=NOW).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith("2027-03")
