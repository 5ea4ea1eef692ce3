"""A currency written with its narrow or local symbol is that currency: CLDR's symbols as babel ships them ("KSh",
"R$", "zł", "kr", "₱", "₦"), the narrow ones babel does not ship ("₵", "E£", "₨") and the ones visitors write where
CLDR has a bare "$" ("S$", "NZ$", "J$", "SFr."); and the euro's or the franc's name written before the figure, as
Italian, German and Swiss invoices do ("euro 5.000", "CHF 5'000" read in French, whose rewrite says "francs")."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, value, currency", [
    ("KSh 150k", 150000, "KES"),
    ("R 20 000", 20000, "ZAR"),
    ("₱50k", 50000, "PHP"),
    ("S$8k", 8000, "SGD"),
    ("NZ$5k", 5000, "NZD"),
    ("A$10k", 10000, "AUD"),
    ("C$7k", 7000, "CAD"),
    ("HK$80k", 80000, "HKD"),
    ("₹2 lakh", 200000, "INR"),
    ("₦500k", 500000, "NGN"),
    ("5000 zł", 5000, "PLN"),
    ("CHF 5'000", 5000, "CHF"),
    ("Fr. 5000", 5000, "CHF"),
    ("20k ₵", 20000, "GHS"),
    ("GH¢20k", 20000, "GHS"),
    ("5000 E£", 5000, "EGP"),
    ("₨ 50,000", 50000, "PKR"),
    ("SFr. 5000", 5000, "CHF"),
    ("J$ 500k", 500000, "JMD"),
    ("TT$ 20k", 20000, "TTD"),
])
def test_the_symbol_said_with_the_figure_is_its_currency(text: str, value: int, currency: str) -> None:
    budget = extract(text, field="budget", now=NOW).budget
    assert budget is not None and (budget.min, budget.currency) == (value, currency)


@pytest.mark.parametrize("text, lang, currency", [
    ("euro 5.000 al mese", "it", "EUR"),
    ("Euro 5.000 im Monat", "de", "EUR"),
    ("euros 5.000 al mes", "es", "EUR"),
    ("euros 5.000 por mês", "pt", "EUR"),
    ("euro 5.000 per maand", "nl", "EUR"),
    ("euros 5 000 par mois", "fr", "EUR"),
    ("SFr. 5000 im Monat", "de", "CHF"),
    ("CHF 5'000 par mois", "fr", "CHF"),
    ("CHF 5'000 al mese", "it", "CHF"),
])
def test_a_currency_named_before_the_figure_in_the_visitors_language_is_its_currency(text: str, lang: str, currency: str) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.currency, budget.period) == (5000, currency, "month")


def test_a_shared_rupee_sign_is_the_visitors_own_rupee() -> None:
    budget = extract("₨ 50,000", field="budget", now=NOW, default_currency="LKR").budget
    assert budget is not None and budget.currency == "LKR"


@pytest.mark.parametrize("text", [
    "budget: euro 2024 campaign, no idea",   # the football's year, not a sum in euros
    "99¢ each",                               # a price in cents: the cent sign is no cedi
])
def test_a_currency_word_before_a_year_or_a_cent_sign_is_no_sum_in_that_currency(text: str) -> None:
    budget = extract(text, field="budget", now=NOW).budget
    assert budget is None or budget.currency in (None, "USD")


def test_a_figure_after_another_figures_currency_name_keeps_the_default() -> None:
    # "3 euros 5000 times": the name belongs to the 3 before it, not to the 5000 after
    budget = extract("3 euros 5000 times", field="budget", now=NOW).budget
    assert budget is not None and budget.min == 3 and budget.currency == "EUR"
