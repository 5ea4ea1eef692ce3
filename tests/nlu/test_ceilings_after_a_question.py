"""A price asked about, then said to be the most the visitor can spend, is their budget (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang"), [
    ("can you do 3k/month? that's the max", "en"),
    ("would 3k/month work? can't go higher", "en"),
    ("¿pueden hacerlo por 3 mil al mes? es nuestro máximo", "es"),
    ("geht das für 3k im Monat? mehr ist nicht drin", "de"),
    ("lo fate per 3k al mese? non possiamo andare oltre", "it"),
])
def test_a_price_asked_then_called_the_ceiling_is_the_budget(text: str, lang: str) -> None:
    budget = extract(text, now=NOW, lang=lang).budget
    assert budget is not None and (budget.max, budget.period) == (3000, "month")


def test_a_price_only_asked_about_in_english_is_no_budget() -> None:
    assert extract("would 3k/month work?", now=NOW).budget is None
