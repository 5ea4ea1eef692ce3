"""A bare "$" said by a visitor whose country counts in dollars (AU, CA, NZ, SG, HK) is that country's dollar; a
dollar named as American ("US$", "USD") stays American, and "$" from a country without dollars stays USD."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, currency", [
    ("we're in Perth, budget about $12k a month", "AUD"),
    ("based in Toronto, we could do $8,000 a month", "CAD"),
    ("Auckland agency here, budget $5k per month", "NZD"),
    ("we're a Singapore startup, budget is $20k", "SGD"),
])
def test_a_bare_dollar_from_a_dollar_country_is_its_dollar(text, currency):
    assert extract(text, now=NOW).budget.currency == currency


@pytest.mark.parametrize("text, currency", [
    ("we're in Perth, budget about US$12k a month", "USD"),
    ("based in Toronto, we could do 8,000 USD a month", "USD"),
    ("we're in Manchester, budget $50k", "USD"),
    ("budget about $12k a month", "USD"),
])
def test_a_named_american_dollar_or_a_dollar_from_elsewhere_stays_usd(text, currency):
    assert extract(text, now=NOW).budget.currency == currency


def test_the_default_currency_a_dollar_country_gives_is_taken_for_a_bare_dollar():
    assert extract("$12k a month", field="budget", now=NOW, default_currency="AUD").budget.currency == "AUD"
    assert extract("$12k a month", field="budget", now=NOW, default_currency="GBP").budget.currency == "USD"
