"""A bare figure before a top written out in thousands is that many thousands, as before a top in "k": "zwischen 8 und
10.000 € monatlich" and "between 8 and 10,000 a month" were 8 to 10,000 (the lead's visitor plays, issue 14), in the
seven languages, with each one's thousands separator. Near misses: a low end that is already of the top's order
("between 500 and 10,000") and a top that is no round thousand ("1 to 1,500") keep the figure as said."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("between 8 and 10,000 a month", "en", 8000, 10000),
    ("15-20,000 a year", "en", 15000, 20000),
    ("zwischen 8 und 10.000 € monatlich", "de", 8000, 10000),
    ("entre 8 et 10 000 € par mois", "fr", 8000, 10000),
    ("de 8 a 10.000 euros al mes", "es", 8000, 10000),
    ("entre 8 e 10.000 euros por mês", "pt", 8000, 10000),
    ("tra 8 e 10.000 euro al mese", "it", 8000, 10000),
    ("tussen 8 en 10.000 euro per maand", "nl", 8000, 10000),
])
def test_the_low_end_is_thousands(text: str, lang: str, low: int, high: int) -> None:
    budget = extract(text, now=NOW, field="budget", lang=lang).budget
    assert budget is not None and (budget.min, budget.max) == (low, high), budget


@pytest.mark.parametrize(("text", "low", "high"), [
    ("between 500 and 10,000 a month", 500, 10000),
    ("1 to 1,500 a month", 1, 1500),
])
def test_a_low_end_of_its_own_order_stays(text: str, low: int, high: int) -> None:
    budget = extract(text, now=NOW, field="budget", lang="en").budget
    assert budget is not None and (budget.min, budget.max) == (low, high), budget
