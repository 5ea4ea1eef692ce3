"""A short English message about a figure ("3k per month in CAD", "10k per year in GBP", "2.5 L per month") is English:
its "per" and "in" are Italian, Dutch and German words too, and read alone they made it Italian, which lost the
period. The same message in the other languages keeps its own language ("3k al mese in CAD", "3k per maand in CAD")."""

import pytest

from nlu import extract
from nlu.language import language

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "3k per month in CAD",
    "3k per month in USD",
    "5k per month in EUR",
    "3k a month in CAD",
    "10k per year in GBP",
    "around 4k per month in AUD",
    "2.5 L per month",
    "20k per quarter in CHF",
])
def test_a_short_english_figure_message_is_english(text):
    assert language(text).code == "en"


@pytest.mark.parametrize("text, period", [
    ("3k per month in CAD", "month"),
    ("10k per year in GBP", "year"),
    ("20k per quarter in CHF", "quarter"),
])
def test_its_period_and_currency_are_read(text, period):
    budget = extract(text, "budget", now=NOW).budget
    assert (budget.period, budget.currency) == (period, text[-3:])


@pytest.mark.parametrize("text, lang", [
    ("3k al mese in CAD", "it"),
    ("3k per mese in CAD", "it"),
    ("3k per maand in CAD", "nl"),
    ("3k par mois en CAD", "fr"),
    ("3k pro Monat in CAD", "de"),
    ("3k al mes en CAD", "es"),
    ("3k por mês em CAD", "pt"),
])
def test_the_same_message_in_another_language_keeps_it(text, lang):
    assert language(text).code == lang


@pytest.mark.parametrize("text, lang", [
    ("3k per mese in CAD", "it"),
    ("3k per maand in CAD", "nl"),
    ("3k pro Monat in CAD", "de"),
])
def test_the_period_is_read_in_the_other_languages_too(text, lang):
    budget = extract(text, "budget", now=NOW).budget
    assert (budget.min, budget.period, budget.currency) == (3000, "month", "CAD")


@pytest.mark.parametrize("text, lang", [
    ("sei un bot?", "it"),
    ("ben je een bot?", "nl"),
    ("sind Sie ein Mensch?", "de"),
])
def test_short_questions_are_still_told_by_their_closed_class_words(text, lang):
    assert language(text).code == lang
