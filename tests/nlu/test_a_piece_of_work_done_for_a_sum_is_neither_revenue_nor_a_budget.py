"""A piece of work the visitor had done for a sum ("we did a new website for €5,000") is what it cost, in the past:
neither what the business makes nor what they will spend. English read it as revenue ("we did" being how revenue is
said: "we did 1.2m in bookings"), the other six as a budget ("hicimos una web nueva por 5.000 €", "wir haben eine neue
Website für 5.000 € gemacht", "on a fait un nouveau site pour 5 000 €", "fizemos um site novo por 5.000 €", "abbiamo
fatto un sito nuovo per 5.000 €", "we hebben een nieuwe website gemaakt voor 5.000 euro"), found while fixing issue
14's counts.

Near misses: revenue said with "did" ("we did 1.2m in bookings last year", "we did a million in sales for the year"),
a budget for something ("we have a budget for 5k", "wir haben ein Budget für 5.000 €"), and a budget said after past
work ("hicimos una campaña por 5.000 € y ahora queremos invertir 10.000 €") are read."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text", [
    "we did a new website for €5,000",
    "I made a logo for $300",
    "we did a rebrand for 20k and it flopped",
    "hicimos una web nueva por 5.000 €",
    "wir haben eine neue Website für 5.000 € gemacht",
    "on a fait un nouveau site pour 5 000 €",
    "fizemos um site novo por 5.000 €",
    "abbiamo fatto un sito nuovo per 5.000 €",
    "we hebben een nieuwe website gemaakt voor 5.000 euro",
])
def test_what_past_work_cost_is_no_revenue_and_no_budget(text: str) -> None:
    said = extract(text, field=None, now=NOW)
    assert said.revenue is None and said.budget is None


@pytest.mark.parametrize("text, revenue", [
    ("we did 1.2m in bookings last year", 1200000),
    ("we did a million in sales for the year", 1000000),
])
def test_revenue_said_with_did_is_revenue(text: str, revenue: int) -> None:
    said = extract(text, field=None, now=NOW).revenue
    assert said is not None and said.min == revenue


@pytest.mark.parametrize("text, budget", [
    ("we have a budget for 5k", 5000),
    ("wir haben ein Budget für 5.000 €", 5000),
    ("hicimos una campaña por 5.000 € y ahora queremos invertir 10.000 €", 10000),
])
def test_a_budget_is_still_a_budget(text: str, budget: int) -> None:
    said = extract(text, field=None, now=NOW).budget
    assert said is not None and said.min == budget
