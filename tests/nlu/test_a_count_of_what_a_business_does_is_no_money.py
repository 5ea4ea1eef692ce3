"""A count of what a business does or sells ("we did 1,400 trips last summer", "2,000 bookings a year") is no
money: it was said back as "annual revenue of about €1.4k". Near misses: a sum in those things ("1.2m in bookings",
"$40k on trips") is still money."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text", [
    "fyi we did 1,400 trips last summer",
    "we did 2,000 bookings last year",
    "we run about 300 tours and 120 charters a season",
    "we did 5,000 jobs last year",
    "we had 40,000 passengers last year",
])
def test_a_count_of_what_the_business_does_is_no_revenue_or_budget(text: str) -> None:
    for field in (None, "revenue"):
        said = extract(text, field=field, now=NOW)
        assert said.revenue is None and said.budget is None, field


@pytest.mark.parametrize("text, value", [
    ("we did 1.2m in bookings last year", 1200000),
    ("we did $40k on trips last year", 40000),
])
def test_a_sum_in_those_things_is_still_money(text: str, value: int) -> None:
    revenue = extract(text, field=None, now=NOW).revenue
    assert revenue is not None and revenue.min == value
