"""A budget said as a figure and then its ceiling ("maybe 3k, 5k tops", "CHF 60k, tops 75") is a range from the figure
to the ceiling, the ceiling taking the figure's scale when it is said bare, in seven languages; a ceiling of something
else (people, a price of another's, far off the figure's scale) leaves the figure alone."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, field, lang, low, high", [
    ("maybe 3k, 5k tops for the whole site", None, "en", 3000, 5000),
    ("maybe CHF 60k, tops 75", "budget", "en", 60000, 75000),
    ("we can spend 3k, 5k max on the new site", None, "en", 3000, 5000),
    ("around $8k, 10 tops", "budget", "en", 8000, 10000),
    ("budget is 20k, 25k at most 🙂", None, "en", 20000, 25000),
    ("budget like 2k per month, 2.5k max per month", None, "en", 2000, 2500),
    ("vielleicht 3.000 €, höchstens 5.000", "budget", "de", 3000, 5000),
    ("peut-être 3000 €, 5000 maximum", "budget", "fr", 3000, 5000),
    ("quizá 3.000 €, como máximo 5.000", "budget", "es", 3000, 5000),
    ("talvez 3.000 €, no máximo 5.000", "budget", "pt", 3000, 5000),
    ("forse 3.000 €, al massimo 5.000", "budget", "it", 3000, 5000),
    ("misschien 3000 euro, maximaal 5000", "budget", "nl", 3000, 5000),
])
def test_the_ceiling_after_the_figure_is_the_top(text, field, lang, low, high):
    budget = extract(text, field=field, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (low, high)


@pytest.mark.parametrize("text, field, low, high", [
    ("maybe 3k, 40 people tops on the team", None, 3000, 3000),
    ("about 3k a month, 400 tops", "budget", 3000, 3000),  # a bare 400 of 3k's scale would be 400k: too far to be its top
    ("around 5k, tops 20 leads a month", "budget", 5000, 5000),
])
def test_a_ceiling_of_something_else_leaves_the_figure(text, field, low, high):
    budget = extract(text, field=field, lang="en", now=NOW).budget
    assert (budget.min, budget.max) == (low, high)


def test_a_ceiling_alone_is_still_only_a_top():
    budget = extract("5k tops for the whole site", lang="en", now=NOW).budget
    assert (budget.min, budget.max) == (None, 5000)
