"""A sum the visitor takes back ("scratch the 2k, my wife says we can do 3k a month") gives way to the sum said
after it, in the seven languages' verbs ("vergiss die 2k", "oubliez les 2k", "olvida los 2k", "dimentica i 2k",
"esquece os 2k", "vergeet die 2k"): the 2k stayed the budget. Near misses: "forget" of something else keeps the sum."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang", [
    ("Luke Camilleri. oh and scratch the 2k, my wife says we can do 3k a month", "en"),
    ("forget the 2k, 3k a month", "en"),
    ("vergiss die 2k, wir können 3k im Monat", "de"),
    ("oubliez les 2k, on peut faire 3k par mois", "fr"),
    ("olvida los 2k, podemos 3k al mes", "es"),
    ("dimentica i 2k, possiamo 3k al mese", "it"),
    ("esquece os 2k, podemos 3k por mês", "pt"),
    ("vergeet die 2k, we kunnen 3k per maand", "nl"),
])
def test_the_sum_said_after_the_one_taken_back_is_the_budget(text: str, lang: str) -> None:
    for field in (None, "budget"):
        budget = extract(text, field=field, now=NOW, lang=lang).budget
        assert budget is not None and (budget.min, budget.max, budget.period) == (3000, 3000, "month"), field


def test_a_sum_taken_back_at_the_name_question_gives_way_too() -> None:
    text = "Luke Camilleri. oh and scratch the 2k, my wife says we can do 3k a month"
    budget = extract(text, field="name", now=NOW, default_currency="EUR").budget
    assert budget is not None and (budget.min, budget.currency, budget.period) == (3000, "EUR", "month")


def test_forgetting_something_else_keeps_the_sum() -> None:
    budget = extract("2k a month, forget the agency fees", field="budget", now=NOW).budget
    assert budget is not None and (budget.min, budget.period) == (2000, "month")
