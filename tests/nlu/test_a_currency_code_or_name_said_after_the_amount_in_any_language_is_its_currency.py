"""A currency said after the amount and its period, closing the clause, is the amount's currency in every language:
"3k por mes en CAD" (read as Portuguese, whose rewrite leaves the Spanish "en") kept USD; "our budget is 3k, in CAD"
(no period between) too; and the Canadian or Australian dollar said in the visitor's language was "dollars"."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, currency", [
    ("3k por mes en CAD", "es", "CAD"),
    ("3k per month in CAD", "en", "CAD"),
    ("3k pro Monat in CAD", "de", "CAD"),
    ("3k par mois en CAD", "fr", "CAD"),
    ("3k por mês em CAD", "pt", "CAD"),
    ("3k al mese in CAD", "it", "CAD"),
    ("3k per maand in CAD", "nl", "CAD"),
    ("5k al mes en AUD", "es", "AUD"),
    ("our budget is 3k, in CAD", "en", "CAD"),
    ("nuestro presupuesto es 3k, en CAD", "es", "CAD"),
    ("3k por mes en dólares canadienses", "es", "CAD"),
    ("3k pro Monat in kanadischen Dollar", "de", "CAD"),
    ("3k par mois en dollars canadiens", "fr", "CAD"),
    ("3k por mês em dólares canadenses", "pt", "CAD"),
    ("3k al mese in dollari canadesi", "it", "CAD"),
    ("3k per maand in Canadese dollars", "nl", "CAD"),
    ("4k al mes en dólares australianos", "es", "AUD"),
])
def test_the_currency_after_the_amount_is_kept(text: str, lang: str, currency: str) -> None:
    for hint in (lang, None):  # the bot's hint, and none (the language detected: "3k por mes en CAD" reads as Portuguese)
        budget = extract(text, field="budget", now=NOW, lang=hint).budget
        assert budget is not None and (budget.min, budget.currency) == (3000 if "3k" in text else 5000 if "5k" in text else 4000, currency), hint


@pytest.mark.parametrize("text", [
    "3k a month, in Ron's team",      # a name, not the Romanian leu
    "3k por mes en anuncios",         # "in ads": no currency
    "3k per month in cash",
    "3k, in dollars maybe",           # a currency that does not close the clause is not read so
])
def test_words_after_the_amount_that_name_no_currency_leave_the_default(text: str) -> None:
    budget = extract(text, field="budget", now=NOW).budget
    assert budget is not None and budget.currency == "USD"


@pytest.mark.parametrize("text, currency", [
    ("3k/mes CAD", "CAD"),      # too short to tell its language: read as English, with the Spanish period left as written
    ("3k/Monat CHF", "CHF"),
    ("3k/mois CAD", "CAD"),
    ("3k por mês, em reais", "BRL"),
])
def test_a_currency_after_a_period_in_another_languages_words_is_kept(text: str, currency: str) -> None:
    budget = extract(text, field="budget", now=NOW).budget
    assert budget is not None and (budget.min, budget.currency) == (3000, currency)
