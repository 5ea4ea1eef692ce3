"""Budgets said as a ceiling, a figure and its ceiling, or for the year in other languages (issue 14, batch 44)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "field"), [
    ("this time I'd cap it at 25k", None),
    ("we'd cap the spend at 25k", None),
    ("we want to limit it to 25k", None),
    ("depends what we get but 25k is the ceiling", "budget"),
    ("25k is our hard limit", "budget"),
    ("25k is our max", "budget"),
])
def test_a_figure_the_visitor_sets_as_the_ceiling_is_the_max_only(text: str, field: str | None) -> None:
    budget = extract(text, field, now=NOW).budget
    assert budget is not None and (budget.min, budget.max) == (None, 25000)


def test_a_ceiling_said_after_a_period_keeps_the_period() -> None:
    budget = extract("7.5k a month is the ceiling", "budget", now=NOW).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (None, 7500, "month")


@pytest.mark.parametrize(("text", "lang"), [
    ("so um die 5.000 € im Monat, maximal 6.000", "de"),
    ("unos 5.000 € al mes, como máximo 6.000", "es"),
    ("circa 5.000 euro al mese, massimo 6.000", "it"),
    ("around 5k a month, 6k max", "en"),
    ("around 5k a month, max 6k", "en"),
])
def test_a_figure_then_its_ceiling_is_a_range_up_to_the_ceiling(text: str, lang: str) -> None:
    budget = extract(text, "budget", now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (5000, 6000, "month")


@pytest.mark.parametrize("text", ["around 5k a month, max 4k on ads", "5k a month, max 60k a year"])
def test_a_ceiling_below_the_figure_or_for_another_period_does_not_widen_it(text: str) -> None:
    budget = extract(text, "budget", now=NOW).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (5000, 5000, "month")


@pytest.mark.parametrize(("text", "lang"), [
    ("entre 15 et 20 k€ pour l'année", "fr"),
    ("15 à 20 k€ sur l'année", "fr"),
    ("entre 15 y 20 mil euros para el año", "es"),
    ("15-20 Tausend Euro fürs Jahr", "de"),
    ("entre 15 e 20 mil euros para o ano", "pt"),
    ("15 tot 20 duizend euro voor het jaar", "nl"),
])
def test_a_budget_for_the_year_in_another_language_is_yearly(text: str, lang: str) -> None:
    budget = extract(text, "budget", now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (15000, 20000, "year")
