"""A year end said of a tax, financial or fiscal year is not the 31st of December (``nlu.timing``).

Found playing ``make run``: "ideally before the tax year end in april" was stored as a start by 2026-12-31, 27
days out, which scored the timing 20 of 20 and made the lead sales-qualified. Such a year ends when the visitor's
firm or country says: in the month they name, else at no date we know.
"""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"


def horizon(text: str) -> int | None:
    timing = extract(text, field=None, now=NOW).timing
    return None if timing is None else timing.horizon_days


@pytest.mark.parametrize(("text", "low", "high"), [
    ("ideally before the tax year end in april", 118, 147),
    ("we want it live before our financial year end in March", 87, 117),
    ("needs doing by the end of our financial year in June", 179, 208),
    ("before the end of the tax year (april)", 118, 147),
])
def test_a_tax_or_fiscal_year_end_with_its_month_is_that_month(text: str, low: int, high: int) -> None:
    days = horizon(text)
    assert days is not None and low <= days <= high, days


@pytest.mark.parametrize("text", [
    "before the tax year end",
    "we need to spend it before financial year end",
    "by fiscal year end ideally",
    "sometime before the end of the financial year",
])
def test_a_tax_or_fiscal_year_end_without_a_month_is_no_date(text: str) -> None:
    assert horizon(text) is None


@pytest.mark.parametrize("text", ["by year end", "before the end of the year", "ideally by EOY"])
def test_the_year_end_alone_is_still_the_end_of_december(text: str) -> None:
    assert horizon(text) == 27
