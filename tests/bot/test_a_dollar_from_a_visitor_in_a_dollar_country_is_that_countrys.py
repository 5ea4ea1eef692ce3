"""A "$" amount given before the visitor says they are in a dollar country is read again in that country's dollar."""

from __future__ import annotations

from datetime import date

import pytest

from bot.actions.defaults import rebased
from nlu.extract import extract

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(("said", "place", "currency"), [
    ("$12k a month", "Perth", "AUD"), ("$12k a month", "Vancouver", "CAD"), ("$12k a month", "Wellington", "NZD"),
    ("US$12k a month", "Perth", "USD"), ("$12k a month", "Manchester", "USD"), ("$12k a month", "Chicago", "USD"),
])
def test_a_dollar_amount_is_read_in_the_visitors_dollar(said: str, place: str, currency: str) -> None:
    attrs = extract(said, field="budget", now=TODAY).merge(extract(place, field="location", now=TODAY))
    budget = rebased(attrs, {"budget": said}, "USD", TODAY).budget
    assert budget is not None and budget.currency == currency
    assert (budget.min, budget.max, budget.period) == (12000, 12000, "month")
