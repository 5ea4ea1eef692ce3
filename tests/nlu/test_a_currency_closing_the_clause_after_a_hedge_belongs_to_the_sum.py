"""A currency that closes the clause after a hedge ("five grand a month, give or take, CAD") is the sum's currency,
with or without a period between them, in every language ("mehr oder weniger", "plus ou moins", "más o menos", "mais
ou menos", "più o meno", "min of meer"). A currency that opens a sentence or clause of its own after the hedge is no
currency said of the sum."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, period", [
    ("five grand a month, give or take, CAD", "month"),
    ("5k a month or so, CAD", "month"),
    ("about 5k per month, roughly, in CAD.", "month"),
    ("5k/month, more or less, CAD", "month"),
    ("5k, give or take, CAD", None),
    ("five grand give or take CAD", None),
    ("5000 or thereabouts (CAD)", None),
])
def test_the_currency_after_a_hedge_is_the_sums(text, period):
    budget = extract(text, "budget", now=NOW).budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (5000, 5000, "CAD", period)


@pytest.mark.parametrize("text, lang", [
    ("fünftausend im Monat, mehr oder weniger, CAD", "de"),
    ("cinq mille par mois, plus ou moins, CAD", "fr"),
    ("cinco mil al mes, más o menos, CAD", "es"),
    ("cinco mil por mês, mais ou menos, CAD", "pt"),
    ("cinquemila al mese, più o meno, CAD", "it"),
    ("vijfduizend per maand, min of meer, CAD", "nl"),
    ("5000 per maand, ongeveer, CAD", "nl"),
])
def test_the_currency_after_a_hedge_is_the_sums_in_every_language(text, lang):
    budget = extract(text, "budget", lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (5000, 5000, "CAD", "month")


@pytest.mark.parametrize("text", [
    "5k a month, give or take, CAD is what we invoice in",
    "5k, give or take. CAD would be nice",
])
def test_a_currency_that_starts_something_else_after_the_hedge_is_not_the_sums(text):
    budget = extract(text, "budget", now=NOW).budget
    assert (budget.min, budget.currency) == (5000, "USD")


def test_a_hedge_with_no_currency_after_keeps_the_default():
    budget = extract("five grand a month, give or take", "budget", now=NOW, default_currency="EUR").budget
    assert (budget.min, budget.currency, budget.period) == (5000, "EUR", "month")
