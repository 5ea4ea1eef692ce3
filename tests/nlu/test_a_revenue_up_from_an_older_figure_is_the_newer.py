"""A revenue said with the older figure it grew from ("Turnover's about £17m now, up from £14m two years ago",
"revenue 8M, down from 10M") is the newer figure, exact."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, amount", [
    ("Turnover's about £17m now, up from £14m two years ago — growing nicely.", 17_000_000),
    ("revenue is 8M this year, down from 10M in 2024", 8_000_000),
    ("ARR 2.4M, up from 1.1M last year", 2_400_000),
])
def test_the_newer_revenue_is_read(text, amount):
    revenue = extract(text, field="revenue", now=NOW).revenue
    assert (revenue.min, revenue.max) == (amount, amount)


def test_a_revenue_range_is_still_a_range():
    revenue = extract("revenue is between 5 and 8 million", field="revenue", now=NOW).revenue
    assert (revenue.min, revenue.max) == (5_000_000, 8_000_000)


@pytest.mark.parametrize("text, lang", [
    ("Der Umsatz liegt jetzt bei 17 Mio. €, gestiegen von 14 Mio. € vor zwei Jahren.", "de"),
    ("Le CA est de 17 M€, contre 14 M€ il y a deux ans.", "fr"),
    ("Facturamos 17 millones, frente a 14 millones hace dos años.", "es"),
    ("O faturamento é de 17 milhões, acima dos 14 milhões de dois anos atrás.", "pt"),
    ("Il fatturato è di 17 milioni, in crescita da 14 milioni di due anni fa.", "it"),
    ("De omzet is 17 miljoen, gestegen van 14 miljoen twee jaar geleden.", "nl"),
])
def test_the_newer_revenue_is_read_in_every_language(text, lang):
    revenue = extract(text, field="revenue", lang=lang, now=NOW).revenue
    assert (revenue.min, revenue.max) == (17_000_000, 17_000_000)


@pytest.mark.parametrize("text, amount", [
    ("we want to hit 5M revenue by 2028, currently around 2M", 2_000_000),
    ("revenue target is 10M, right now about 6M", 6_000_000),
])
def test_the_revenue_now_after_a_goal_is_the_revenue_and_no_budget(text, amount):
    attributes = extract(text, now=NOW)
    assert attributes.revenue.min == amount and attributes.budget is None
