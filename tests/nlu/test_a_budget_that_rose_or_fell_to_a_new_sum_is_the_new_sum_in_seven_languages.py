"""A budget said as what it was, then said to have risen or fallen to another sum ("We had a budget of $10k but it's
gone up to 15 since the merger", blind batch_61 read the old $10k), is the new sum, in the seven languages: the verb
before the sum ("gone up to", "il est passé à", "het is gestegen naar") or, in German and Dutch, after it ("aber es
ist auf 15.000 gestiegen", "maar het is naar 15.000 gestegen"); a bare figure takes the old sum's scale. Near misses:
something else that rose (visitors, revenue, prices said apart), a stretch ("could go up to"), a year."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang", "currency"),
    [
        ("We had a budget of $10k but it's gone up to 15 since the merger", "en", "USD"),
        ("The budget was 10k euros but it went up to 15k", "en", "EUR"),
        ("our budget was €10k, it has grown to 15k this year", "en", "EUR"),
        ("Wir hatten ein Budget von 10.000 €, aber es ist auf 15.000 gestiegen", "de", "EUR"),
        ("Das Budget war 10.000 €, inzwischen ist es auf 15.000 € gestiegen", "de", "EUR"),
        ("On avait un budget de 10 000 €, mais il est passé à 15 000", "fr", "EUR"),
        ("Teníamos un presupuesto de 10.000 €, pero ha subido a 15.000", "es", "EUR"),
        ("Avevamo un budget di 10.000 €, ma è salito a 15.000", "it", "EUR"),
        ("Tínhamos um orçamento de 10.000 €, mas subiu para 15.000", "pt", "EUR"),
        ("We hadden een budget van 10.000 euro, maar het is gestegen naar 15.000", "nl", "EUR"),
        ("Het budget was 10.000 euro, maar het is naar 15.000 gestegen", "nl", "EUR"),
    ],
)
def test_a_budget_that_rose_to_a_sum_is_that_sum(text: str, lang: str, currency: str) -> None:
    for hint in (lang, None):
        budget = extract(text, None, now=NOW, lang=hint).budget
        assert budget is not None and (budget.min, budget.max, budget.currency) == (15000, 15000, currency), hint


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The budget was 10k but it has fallen to 6k", "en"),
        ("Das Budget war 10.000 €, aber es ist auf 6.000 gesunken", "de"),
        ("Het budget was 10.000 euro, maar het is gedaald naar 6.000", "nl"),
    ],
)
def test_a_budget_that_fell_to_a_sum_is_that_sum(text: str, lang: str) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max) == (6000, 6000)


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("we had a budget of 10k but traffic has gone up to 15000 visits", "en", 10000, 10000),
        ("budget 10k, visitors grew to 15000", "en", 10000, 10000),
        ("Wir hatten ein Budget von 10.000 €, aber die Besucher sind auf 15.000 gestiegen", "de", 10000, 10000),
        ("we hadden een budget van 10.000 euro, maar onze omzet is naar 150.000 gestegen", "nl", 10000, 10000),
        ("the budget is 10k, it could go up to 15k", "en", 10000, 15000),
    ],
)
def test_something_else_that_rose_or_a_stretch_leaves_the_budget_as_said(text: str, lang: str, low: int, high: int) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max) == (low, high)
