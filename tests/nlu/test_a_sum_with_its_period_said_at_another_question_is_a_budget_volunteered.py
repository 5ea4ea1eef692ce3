"""A sum of money with its period, in a clause of its own with only hedges before it, said at a question about
something else ("30k a month" at the company question, "Acme Ltd, around 30k a month") is a budget the visitor
volunteers: it was read as the question's own field and dropped. Near misses: a revenue, a past spend, a price
asked, a count, what the business sells, and a bare figure with no sign of money keep no budget."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang, field, low, high, currency, period", [
    ("30k a month", "en", "company", 30000, 30000, "USD", "month"),
    ("Acme Ltd, around 30k a month", "en", "company", 30000, 30000, "USD", "month"),
    ("Acme Ltd, $5k - $8k a month", "en", "company", 5000, 8000, "USD", "month"),
    ("R15k - R20k pm", "en", "company", 15000, 20000, "ZAR", "month"),
    ("Tom, 5k a month", "en", "name", 5000, 5000, "USD", "month"),
    ("SEO, around 3k a month", "en", "need", 3000, 3000, "USD", "month"),
    ("asap, 5k a month", "en", "timing", 5000, 5000, "USD", "month"),
    ("40 people, 5k a month", "en", "company_size", 5000, 5000, "USD", "month"),
    ("Acme GmbH, etwa 30.000 € im Monat", "de", "company", 30000, 30000, "EUR", "month"),
    ("Acme SARL, environ 30 000 € par mois", "fr", "company", 30000, 30000, "EUR", "month"),
    ("Acme SL, unos 30.000 € al mes", "es", "company", 30000, 30000, "EUR", "month"),
    ("Acme Srl, circa 30.000 € al mese", "it", "company", 30000, 30000, "EUR", "month"),
    ("Acme Lda, cerca de 30 mil euros por mês", "pt", "company", 30000, 30000, "EUR", "month"),
    ("Acme BV, ongeveer 30.000 euro per maand", "nl", "company", 30000, 30000, "EUR", "month"),
    ("Acme GmbH, etwa 50.000 € im Jahr", "de", "company", 50000, 50000, "EUR", "year"),
])
def test_a_sum_with_its_period_at_another_question_is_the_budget(
        text: str, lang: str, field: str, low: int, high: int, currency: str, period: str) -> None:
    budget = extract(text, field=field, now=NOW, lang=lang).budget
    assert budget is not None
    assert (budget.min, budget.max, budget.currency, budget.period) == (low, high, currency, period)


@pytest.mark.parametrize("text, lang, field", [
    ("Acme Ltd, revenue around 30k a month", "en", "company"),          # a revenue
    ("Acme Ltd, about 30k a month in revenue", "en", "company"),
    ("Acme Ltd, we did 30k a month in sales", "en", "company"),
    ("Acme Ltd, we spent 30k a month last year", "en", "company"),      # a past spend
    ("Acme Ltd, around 30k a month last year", "en", "company"),
    ("Acme, is it 30k a month?", "en", "company"),                      # a price asked
    ("Acme, 30k a month?", "en", "company"),
    ("we want more leads, about 2k a month", "en", "need"),             # a count
    ("more leads, about 200 a month", "en", "need"),                    # a bare figure
    ("we sell shoes, about 50k a month", "en", "industry"),             # what the business sells
    ("call me at 5 pm", "en", "company"),                               # a time
    ("Acme GmbH, Umsatz etwa 30.000 € im Monat", "de", "company"),
    ("Acme SARL, chiffre d'affaires environ 30 000 € par mois", "fr", "company"),
    ("Acme SL, facturamos unos 30.000 € al mes", "es", "company"),
    ("Acme Srl, fatturato circa 30.000 € al mese", "it", "company"),
    ("Acme Lda, faturamos cerca de 30 mil euros por mês", "pt", "company"),
    ("Acme BV, omzet ongeveer 30.000 euro per maand", "nl", "company"),
])
def test_a_revenue_a_past_spend_a_price_or_a_count_at_another_question_is_no_budget(text: str, lang: str, field: str) -> None:
    assert extract(text, field=field, now=NOW, lang=lang).budget is None
