"""A bare sum ("marketing budget is 150k") is in the one currency the visitor said with another sum in the same
message ("a £12m turnover manufacturer"), not the default (its currency was lost: batch_47), in the seven languages.
Two currencies said leave a bare sum to the default."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "currency"), [
    ("we're a £12m turnover manufacturer of packaging, marketing budget is 150k for next year", "GBP"),
    ("turnover about £3m, we could do 2k a month", "GBP"),
    ("Umsatz rund 20 Mio. CHF, Marketingbudget etwa 100.000 im Jahr.", "CHF"),
    ("Nous faisons 5 M CHF de chiffre d'affaires, budget de 50 000 par an.", "CHF"),
    ("Facturamos 2 millones de dólares y el presupuesto es de 30.000 al año.", "USD"),
    ("Faturamos R$ 5 milhões por ano e o orçamento é de 20.000 por mês.", "BRL"),
    ("Fatturato 10 milioni di franchi, budget 80.000 all'anno.", "CHF"),
    ("Omzet £4m, budget 50.000 per jaar.", "GBP"),
])
def test_the_bare_budget_takes_the_currency_of_the_revenue(text: str, currency: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.budget is not None and found.budget.currency == currency


def test_two_currencies_said_leave_a_bare_sum_to_the_default() -> None:
    found = extract("Revenue is £3m. We also bill €2m a year. Budget is 40k.", None, now=NOW)
    assert found.budget is not None and found.budget.currency == "USD"
