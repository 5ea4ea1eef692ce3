"""A currency said after the sum's period, closing its clause ("between five and seven grand a month, AUD",
"20k/yr (NZD)", "about 4k a month, euros") is the sum's currency, not the default; a currency word that opens another
clause ("5k a month, aud is fine for us") or names two ("dollars or pounds whatever") is not read so."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("field", ["budget", None])
@pytest.mark.parametrize("text, low, high, currency, period", [
    ("somewhere between five and seven grand a month, AUD", 5000, 7000, "AUD", "month"),
    ("20k/yr (NZD)", 20000, 20000, "NZD", "year"),
    ("about 4k a month, euros", 4000, 4000, "EUR", "month"),
    ("budget is roughly 6k per quarter - CAD.", 6000, 6000, "CAD", "quarter"),
])
def test_the_currency_after_the_period_is_the_budgets(text, low, high, currency, period, field):
    budget = extract(text, field=field, now=NOW).budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (low, high, currency, period)


@pytest.mark.parametrize("text", ["5k a month, aud is fine for us", "2k a month, dollars or pounds whatever"])
def test_a_currency_word_that_starts_another_clause_is_not_read_so(text):
    assert extract(text, field="budget", now=NOW).budget.currency == "USD"


@pytest.mark.parametrize("text, currency", [("thanks, budget 5k a month, Ron", "USD"), ("budget 5k a month, RON", "RON")])
def test_a_currency_that_is_also_a_name_counts_only_as_its_code(text, currency):
    assert extract(text, now=NOW).budget.currency == currency
