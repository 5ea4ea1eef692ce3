"""A spend said now and a share of it offered ("we spend about 1.5k a month on facebook ads now, happy to double
that") makes the share the budget, never the spend; a share of something else, or of the spend in the past, does not."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang, field, amount", [
    ("we spend about 1.5k a month on facebook ads now, happy to double that", "en", None, 3000),
    ("we spend about 1.5k a month on facebook ads now, happy to double that", "en", "budget", 3000),
    ("currently spending 2k a month on google, we could double it", "en", None, 4000),
    ("we spend 4k a month on an agency, would happily do half that with you", "en", None, 2000),
    ("wir geben 1.500 € im Monat für Facebook aus, das können wir gerne verdoppeln", "de", None, 3000),
    ("on dépense 1500 € par mois en pub facebook, on peut doubler", "fr", None, 3000),
    ("investiamo 1.500 € al mese in facebook, possiamo raddoppiare", "it", None, 3000),
])
def test_the_share_offered_is_the_budget(text, lang, field, amount):
    budget = extract(text, lang=lang, field=field, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (amount, amount, "month")


@pytest.mark.parametrize("text, amount", [
    ("we spend about 1.5k a month on ads, happy to double our leads", 1500),
    ("we spend 1.5k a month, half of that on google", 1500),
    ("we spend 1.5k a month on ads and we doubled our bookings", 1500),
])
def test_a_share_of_something_else_leaves_the_spend(text, amount):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (amount, amount)


@pytest.mark.parametrize("text", [
    "we spend 2k a month on ads, can't double that though",
    "we spend 2k a month on ads, we couldn't double it",
    "we spend 2k a month on ads, no way we can double that",
])
def test_a_share_refused_leaves_the_spend(text):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (2000, 2000)
