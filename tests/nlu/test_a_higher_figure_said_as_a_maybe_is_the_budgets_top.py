"""A higher figure offered as a maybe right after the budget ("about 5k a month, maybe 6k", "Direi sui cinquemila euro
al mese, forse seimila") is its top, in seven languages; a maybe that is no money, far off, lower, or of another
period leaves the budget as said."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("about 5k a month, maybe 6k", "en"),
    ("$5000 a month, or perhaps $6000", "en"),
    ("5k/month or perhaps 6k", "en"),
    ("Budget? Direi sui cinquemila euro al mese, forse seimila", "it"),
    ("vielleicht 5.000 € im Monat, vielleicht 6.000", "de"),
    ("environ 5000 € par mois, peut-être 6000", "fr"),
    ("unos 5.000 € al mes, quizás 6.000", "es"),
    ("uns 5.000 € por mês, talvez 6.000", "pt"),
    ("zo'n 5000 euro per maand, misschien 6000", "nl"),
])
def test_the_maybe_is_the_top_of_the_budget(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (5000, 6000, "month")


@pytest.mark.parametrize("text", [
    "5k a month, maybe 6 people",
    "5k a month, maybe 20k",
    "5k a month, maybe 4k",
    "5k a month, maybe 60k a year",
    "5k a month, maybe 6 months",
    "5k a month, maybe 6 leads a week",
])
def test_a_maybe_that_is_no_higher_budget_leaves_it_as_said(text):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (5000, 5000)
