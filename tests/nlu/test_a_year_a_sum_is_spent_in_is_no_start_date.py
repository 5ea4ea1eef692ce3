"""The year (quarter, month) a sum is to be spent in ("this year we want to spend 20k", "dieses Jahr wollen wir
20.000 € investieren") is the budget's period, not a start date, in seven languages; a start said with a budget
("we want to launch this year, budget 20k") still is."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang", [
    ("this year we want to spend 20k", "en"),
    ("last year we spent 30k on google ads, this year we want to invest 20k", "en"),
    ("next year we'd like to put 50k into marketing", "en"),
    ("Letztes Jahr haben wir 30.000 € für Google Ads ausgegeben, dieses Jahr wollen wir 20.000 € investieren", "de"),
    ("cette année on veut investir 20 000 €", "fr"),
    ("este año queremos invertir 20.000 €", "es"),
    ("quest'anno vogliamo investire 20.000 €", "it"),
    ("dit jaar willen we 20.000 euro investeren", "nl"),
    ("este ano queremos investir 20 mil euros", "pt"),
])
def test_the_year_of_a_spend_is_no_timing(text, lang):
    found = extract(text, lang=lang, now=NOW)
    assert found.budget is not None and found.timing is None


@pytest.mark.parametrize("text", [
    "we want to launch this year, budget 20k",
    "next year we want to start with SEO, budget 2k a month",
    "we'd like to kick off next month with about 3k",
])
def test_a_start_said_with_a_budget_is_still_the_timing(text):
    assert extract(text, now=NOW).timing is not None
