"""A budget said with how far it could stretch ("maybe €3k a month, could stretch to €5k if it works") is a range up
to the stretch, in seven languages; a figure after it that is no money, or far off, is no stretch."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang, low, high", [
    ("maybe €3k a month, could stretch to €5k if it works", "en", 3000, 5000),
    ("we'd say 2k a month, could go up to 3k for the right team", "en", 2000, 3000),
    ("Budget: ~£5k p/m (might stretch to 6)", "en", 5000, 6000),
    ("forse 4.000 € al mese, potremmo arrivare a 6.000", "it", 4000, 6000),
    ("vielleicht 3.000 € im Monat, notfalls bis 5.000", "de", 3000, 5000),
    ("peut-être 3000 € par mois, on pourrait aller jusqu'à 5000", "fr", 3000, 5000),
    ("quizá 3.000 € al mes, podríamos llegar a 5.000", "es", 3000, 5000),
    ("talvez 3.000 € por mês, poderíamos chegar a 5.000", "pt", 3000, 5000),
    ("misschien 3000 euro per maand, we kunnen tot 5000 gaan", "nl", 3000, 5000),
])
def test_the_stretch_is_the_top_of_the_budget(text, lang, low, high):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (low, high)


@pytest.mark.parametrize("text, lang", [
    ("about 3k a month, could go to 10 leads a week with that", "en"),
    ("3k a month, we could get to 20 staff next year", "en"),
    ("about 3k a month, could grow to 300k in sales", "en"),
])
def test_what_is_no_money_or_no_budget_after_the_budget_is_no_stretch(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (3000, 3000)


@pytest.mark.parametrize("text, lang", [
    ("about 3k a month, can't stretch to 5k", "en"),
    ("about 3k a month, no way we could go to 5k", "en"),
    ("about 3k a month, we couldn't go up to 5k", "en"),
    ("etwa 3.000 € im Monat, nicht bis 5.000", "de"),
])
def test_a_stretch_denied_is_no_top(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (3000, 3000)
