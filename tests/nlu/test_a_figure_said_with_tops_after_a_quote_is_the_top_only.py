"""The visitor's own figure after another's quote, said with its ceiling ("we'd rather spend 8 tops", "max 8"), is the
top of the budget: no floor is invented. Said plainly ("we'd rather spend 8"), it is the budget itself."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text", [
    "we were quoted $12k by another agency for the new site, we'd rather spend 8 tops",
    "we were quoted $12k by another agency, we'd rather spend max 8",
    "we got quoted $12k, we were thinking 8 at most",
])
def test_a_bare_figure_with_its_ceiling_after_a_quote_is_the_top(text):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (None, 8000)


@pytest.mark.parametrize("text, lang", [
    ("max 8k", "en"),
    ("8k au maximum", "fr"),
    ("outra agência pediu 12 mil, preferimos no máximo 8 mil", "pt"),
    ("een ander bureau vroeg 12.000 euro, we willen hooguit 8.000 euro", "nl"),
])
def test_a_ceiling_in_any_language_is_the_top_only(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (None, 8000)


def test_a_plain_figure_after_a_quote_is_the_budget_itself():
    budget = extract("we were quoted $12k by another agency, we'd rather spend 8", now=NOW).budget
    assert (budget.min, budget.max) == (8000, 8000)
