"""A dollar said plainly ("$", "dollars", "bucks") by a visitor whose country counts in dollars is that country's
dollar, and "$" where it is the peso's sign is the peso; the US dollar named ("USD", "US$", "US dollars", Spanish
"dólares") is the US dollar wherever it is said. Money's slang words are read where each is plain (Québec's
"piasses", French "balles", German "Mäuse", "Kröten", Swiss "Stutz", Spain's "pavos", Portugal's "paus", Brazil's
"pila", Dutch "piek"), before money's period or a bound only: "2000 Mäuse im Labor" are mice."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang, country, currency", [
    ("2000 dollars par mois", "fr", "CAD", "CAD"),
    ("2000 bucks a month", "en", "CAD", "CAD"),
    ("2000 bucks a month", "en", "AUD", "AUD"),
    ("2000 dollars a month", "en", "NZD", "NZD"),
    ("$2000 al mes", "es", "MXN", "MXN"),
    ("$2.000.000 al mes", "es", "COP", "COP"),
    ("$2000 al mes", "es", "CLP", "CLP"),
    ("2000 dollars a month", "en", "USD", "USD"),
    ("2000 dollars a month", "en", "EUR", "USD"),          # no dollar at home: the US dollar
    ("US$2000 a month", "en", "CAD", "USD"),               # the US dollar named
    ("2000 US dollars a month", "en", "CAD", "USD"),
    ("$2000 USD a month", "en", "AUD", "USD"),
    ("$2000 USD al mes", "es", "MXN", "USD"),
    ("2000 dólares al mes", "es", "MXN", "USD"),           # "dólares" in Mexico: the US dollar
    ("2000 dollars américains par mois", "fr", "CAD", "USD"),
    ("C$2000 a month", "en", "AUD", "CAD"),
])
def test_a_plain_dollar_is_the_visitors_own(text: str, lang: str, country: str, currency: str) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang, default_currency=country).budget
    assert budget is not None and budget.currency == currency


@pytest.mark.parametrize("text, lang, country, currency", [
    ("2000 piasses par mois", "fr", "CAD", "CAD"),
    ("2000 balles par mois", "fr", "EUR", "EUR"),
    ("2000 balles par mois", "fr", "CHF", "CHF"),
    ("2000 Mäuse im Monat", "de", "EUR", "EUR"),
    ("so 2000 Kröten im Monat", "de", "CHF", "CHF"),
    ("2000 Stutz im Monat", "de", "CHF", "CHF"),
    ("unos 2000 pavos al mes", "es", "EUR", "EUR"),
    ("2000 paus por mês", "pt", "EUR", "EUR"),
    ("2000 pila por mês", "pt", "BRL", "BRL"),
    ("2000 piek per maand", "nl", "EUR", "EUR"),
])
def test_money_slang_before_its_period_is_that_money(text: str, lang: str, country: str, currency: str) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang, default_currency=country).budget
    assert budget is not None and (budget.min, budget.currency, budget.period) == (2000, currency, "month")


def test_slang_money_at_another_question_is_a_budget_volunteered() -> None:
    # "autour de 2000 piasses par mois" at the industry question became no budget
    budget = extract("autour de 2000 piasses par mois", field="industry", now=NOW, lang="fr", default_currency="CAD").budget
    assert budget is not None and (budget.min, budget.currency, budget.period) == (2000, "CAD", "month")


@pytest.mark.parametrize("text, lang", [
    ("wir haben 2000 Mäuse im Labor", "de"),
    ("on a 200 balles de tennis", "fr"),
    ("we hebben 300 pieken gehaald", "nl"),
])
def test_the_same_words_of_something_else_are_no_money(text: str, lang: str) -> None:
    assert extract(text, field=None, now=NOW, lang=lang).budget is None
