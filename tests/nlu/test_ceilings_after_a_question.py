"""A price asked about, then said to be the most the visitor can spend, is their budget (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang"), [
    ("can you do 3k/month? that's the max", "en"),
    ("would 3k/month work? can't go higher", "en"),
    ("¿pueden hacerlo por 3 mil al mes? es nuestro máximo", "es"),
    ("geht das für 3k im Monat? mehr ist nicht drin", "de"),
    ("lo fate per 3k al mese? non possiamo andare oltre", "it"),
])
def test_a_price_asked_then_called_the_ceiling_is_the_budget(text: str, lang: str) -> None:
    budget = extract(text, now=NOW, lang=lang).budget
    assert budget is not None and (budget.max, budget.period) == (3000, "month")


def test_a_price_only_asked_about_in_english_is_no_budget() -> None:
    assert extract("would 3k/month work?", now=NOW).budget is None


@pytest.mark.parametrize(("text", "lang"), [
    ("my boss says we can go up to 18k", "en"), ("my CEO says we can go up to 18k", "en"),
    ("mi jefe dice que podemos llegar hasta 18.000 €", "es"), ("mein Chef sagt, wir können bis 18.000 € gehen", "de"),
])
def test_a_ceiling_someone_names_is_the_budget_whoever_names_it(text: str, lang: str) -> None:
    budget = extract(text, now=NOW, lang=lang).budget
    assert budget is not None and budget.max == 18000


def test_a_line_for_approval_the_ceo_names_is_still_no_budget() -> None:
    assert extract("the CEO says anything over 10k needs her sign-off", now=NOW).budget is None


@pytest.mark.parametrize(("text", "lang", "amount"), [
    ("can you do it for 3,000 a month? that's our max", "en", 3000),
    ("could you do 2500/month? that's all we have", "en", 2500),
    ("¿pueden hacerlo por 3.000 al mes? es nuestro máximo", "es", 3000),
])
def test_a_plain_figure_a_month_called_the_ceiling_is_the_budget(text: str, lang: str, amount: int) -> None:
    budget = extract(text, now=NOW, lang=lang).budget
    assert budget is not None and (budget.max, budget.period) == (amount, "month")


def test_a_plain_figure_a_month_only_asked_about_is_no_budget() -> None:
    assert extract("can you do it for 3,000 a month?", now=NOW).budget is None
