"""An amount said without a currency is in the money of the visitor's stated country."""

from __future__ import annotations

from datetime import date

import pytest

from bot.actions.defaults import currency_for, rebased
from nlu.attributes import Attributes, Location
from nlu.extract import extract

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(("country", "currency"), [("GB", "GBP"), ("DE", "EUR"), ("CH", "CHF"), ("JP", "JPY"),
                                                   ("US", "USD"), (None, "USD"), ("ZZ", "USD")])
def test_the_country_gives_the_currency_else_the_playbooks(country: str | None, currency: str) -> None:
    attrs = Attributes(location=Location(country=country)) if country else Attributes()
    assert currency_for(attrs, "USD") == currency


@pytest.mark.parametrize(("said", "place", "currency"), [
    ("2k a month", "Manchester", "GBP"), ("30-40k", "Stuttgart", "EUR"), ("$50k", "Manchester", "USD"),
    ("50000 euros", "Manchester", "EUR"), ("about 60k", "Chicago", "USD"),
])
def test_an_amount_given_before_the_place_is_read_again_in_its_currency(said: str, place: str, currency: str) -> None:
    attrs = extract(said, field="budget", now=TODAY).merge(extract(place, field="location", now=TODAY))
    budget = rebased(attrs, {"budget": said}, "USD", TODAY).budget
    assert budget is not None and budget.currency == currency
    assert (budget.min, budget.max) == (attrs.budget.min, attrs.budget.max)
