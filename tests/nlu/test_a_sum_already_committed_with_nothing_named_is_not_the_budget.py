"""A sum said after the budget to be already committed ("50k for the year but 20k of that is already committed"), with
nothing named that it is committed to, is spoken for like one committed to events: it is never the budget, and the
budget stays the whole sum said (as with "10k is already committed to events"; the contract does not make the rest the
budget). In seven languages ("davon sind schon verplant", "sont déjà engagés", "ya están comprometidos", "já estão
comprometidos", "sono già impegnati", "daarvan is al vastgelegd")."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, amount", [
    ("50k for the year but 20k of that is already committed", 50_000),
    ("we have 30k for the year but 10k is already committed.", 30_000),
    ("budget 40k, 15k of it already allocated", 40_000),
    ("80k this year, though 25k of that is already spoken for", 80_000),
])
def test_the_committed_sum_is_not_the_budget(text, amount):
    for field in ("budget", None):
        budget = extract(text, field, now=NOW).budget
        assert (budget.min, budget.max) == (amount, amount)


@pytest.mark.parametrize("text, lang", [
    ("50.000 € für das Jahr, aber 20.000 € davon sind schon verplant", "de"),
    ("50 000 € pour l'année, mais 20 000 € sont déjà engagés", "fr"),
    ("50.000 € para el año, pero 20.000 € ya están comprometidos", "es"),
    ("50.000 € para o ano, mas 20.000 € já estão comprometidos", "pt"),
    ("50.000 € per l'anno, ma 20.000 € sono già impegnati", "it"),
    ("50.000 euro voor het jaar, maar 20.000 euro daarvan is al vastgelegd", "nl"),
])
def test_the_committed_sum_is_not_the_budget_in_every_language(text, lang):
    budget = extract(text, "budget", lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (50_000, 50_000, "EUR", "year")


@pytest.mark.parametrize("text, amount", [
    ("we have 50k, 20k of it earmarked for this project", 20_000),
    ("we have 30k for the year but 10k is already committed to events", 30_000),
    ("50k for the year, already approved", 50_000),
    ("we've got 50k and it's already committed", 50_000),
])
def test_near_misses_keep_their_reading(text, amount):
    assert extract(text, now=NOW).budget.min == amount
