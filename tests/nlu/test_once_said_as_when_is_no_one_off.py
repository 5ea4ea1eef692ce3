""""Once" said as when ("3-4k once the board signs off", "sobald") sets no one-off period; "once" as one payment
("5k once", "a one-off 5k") still does."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "budget: tbc, probably 3-4k once the board signs off",
    "we can do 3k a month once the new year starts",
    "maybe 4k once we've seen a proposal",
])
def test_once_as_when_leaves_the_period_as_said(text):
    budget = extract(text, now=NOW).budget
    assert budget is not None and budget.period != "one_time"


def test_once_as_when_keeps_a_month_said():
    assert extract("we can do 3k a month once the new year starts", now=NOW).budget.period == "month"


@pytest.mark.parametrize("text", ["5k once, not monthly", "we'd pay 5k once", "8k one time"])
def test_once_as_one_payment_is_a_one_off(text):
    assert extract(text, now=NOW).budget.period == "one_time"
