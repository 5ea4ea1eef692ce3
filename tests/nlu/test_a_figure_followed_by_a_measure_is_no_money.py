"""A figure followed by a unit of measure ("we put a 500 litre tank on the roof", "a 300 kg press", "2,000 sq ft",
"500L") measures a thing, it is no sum of money, even beside a verb that puts money somewhere ("we put ..."). In the
other languages the units are the same words or close ("500 Liter", "500 litros", "500 litri"). Near misses: a sum put
into something ("we can put 500 a month into it") is still the budget, and an Indian visitor's "2.5L pm" is lakh."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("we put a 500 litre tank on the roof", "en"),
    ("we put a 500L tank on the roof", "en"),
    ("we put in a 300 kg press last year", "en"),
    ("we put 2,000 sq ft of office space into use", "en"),
    ("we put 40 kW of solar panels on the roof", "en"),
    ("Wir haben einen 500 Liter Tank aufs Dach gestellt", "de"),
    ("On a mis une cuve de 500 litres sur le toit", "fr"),
    ("Pusimos un tanque de 500 litros en el techo", "es"),
    ("Colocamos um tanque de 500 litros no telhado", "pt"),
    ("Abbiamo messo un serbatoio da 500 litri sul tetto", "it"),
    ("We hebben een tank van 500 liter op het dak gezet", "nl"),
])
def test_a_measure_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, amount", [
    ("we can put 500 a month into it", 500),
    ("we can put 5k into ads", 5000),
    ("budget is 3k per month", 3000),
])
def test_a_sum_put_into_something_is_still_the_budget(text, amount):
    assert extract(text, now=NOW).budget.min == amount


def test_an_indian_visitors_l_is_still_lakh():
    budget = extract("2.5L pm, can stretch to 3L", "budget", now=NOW, default_currency="INR").budget
    assert (budget.min, budget.max) == (250_000, 300_000)
