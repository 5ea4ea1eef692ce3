"""A range written with its currency at both ends and a spaced dash ("$5k - $8k a month", "£2,000 - £3,000
monthly") is one sum: the period said after its top is the whole range's. The spaced dash ends a clause for the
other readers, and the period said after the top was read in the top's clause only, so the range lost it when the
answer was not to the budget question (where any period in the message is the budget's)."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang, low, high, currency", [
    ("$5k - $8k a month", "en", 5000, 8000, "USD"),
    ("€3k – €5k per month", "en", 3000, 5000, "EUR"),
    ("£2,000 - £3,000 monthly", "en", 2000, 3000, "GBP"),
    ("R15k - R20k pm", "en", 15000, 20000, "ZAR"),
    ("$5k - 8k a month", "en", 5000, 8000, "USD"),
    ("Budget: 3.000 € - 5.000 € im Monat", "de", 3000, 5000, "EUR"),
    ("Budget : 3 000 € - 5 000 € par mois", "fr", 3000, 5000, "EUR"),
    ("Presupuesto: 3.000 € - 5.000 € al mes", "es", 3000, 5000, "EUR"),
    ("Budget: 3.000 € - 5.000 € al mese", "it", 3000, 5000, "EUR"),
    ("Orçamento: R$ 3 mil - R$ 5 mil por mês", "pt", 3000, 5000, "BRL"),
    ("Budget: € 3.000 - € 5.000 per maand", "nl", 3000, 5000, "EUR"),
])
def test_the_period_after_the_top_of_a_spaced_range_is_the_ranges(text: str, lang: str, low: int, high: int, currency: str) -> None:
    for field in (None, "company"):  # said unasked, and at a question about something else
        budget = extract(text, field=field, now=NOW, lang=lang).budget
        assert budget is not None, field
        assert (budget.min, budget.max, budget.currency, budget.period) == (low, high, currency, "month"), field


def test_a_yearly_range_keeps_its_year() -> None:
    budget = extract("our budget is $50k - $80k a year", field=None, now=NOW).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (50000, 80000, "year")


@pytest.mark.parametrize("text, lang", [
    ("$5k - $8k", "en"),                        # no period said: none is made up
    ("3.000 € - 5.000 €", "de"),
    ("$5k - $8k - we decide monthly", "en"),    # a word after the range's clause, not the range's period
])
def test_a_spaced_range_with_no_period_after_it_has_none(text: str, lang: str) -> None:
    budget = extract(text, field=None, now=NOW, lang=lang).budget
    assert budget is not None and budget.period is None


def test_a_period_said_of_another_sum_after_a_spaced_dash_stays_with_that_sum() -> None:
    # "we spent $5k - $8k last year - now it's 2k a month": the month is the 2k's, which is the budget now
    budget = extract("we spent $5k - $8k last year - now it's 2k a month", field=None, now=NOW).budget
    assert budget is not None and (budget.min, budget.period) == (2000, "month")
