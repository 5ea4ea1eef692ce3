"""A bare figure the visitor sets against a quote or a past fee ("we got quoted $15k by another agency, we were
thinking more like 8-10") is their budget at the quote's scale, currency and period; a bare count is not."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, low, high, currency, period", [
    ("we got quoted $15k by another agency, we were thinking more like 8-10", 8000, 10000, "USD", None),
    ("the last agency charged £4k a month, we'd rather pay about 2.5", 2500, 2500, "GBP", "month"),
    ("another agency quoted 20k, we can do 12", 12000, 12000, "USD", None),
])
def test_the_figure_set_against_the_quote_is_the_budget(text, low, high, currency, period):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (low, high, currency, period)


@pytest.mark.parametrize("text", [
    "we got quoted $15k by another agency, we have 8 staff",
    "another agency quoted 20k, we were thinking about 3 options",
])
def test_a_count_after_a_quote_is_no_budget(text):
    assert extract(text, now=NOW).budget is None
