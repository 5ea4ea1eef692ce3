"""Budget: the word budget typed in a hurry ("we dont rly have a budgt yet", batch_57 read nothing), in the seven
languages ("Buget", "presupusto", "orcamento" without its cedilla), says what the word spelt says: no budget yet;
a budget stated with a hurried "rly" beside it is still the sum."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("we dont rly have a budgt yet, still figuring out if this is worth it", "en"),
    ("no buget yet", "en"),
    ("we havent got a budjet", "en"),
    ("we don't realy have a bugdet", "en"),
    ("wir haben noch kein Buget", "de"),
    ("on n'a pas encore de buget", "fr"),
    ("no tenemos presupusto todavía", "es"),
    ("ainda não temos orcamento", "pt"),
    ("non abbiamo ancora un buget", "it"),
    ("we hebben nog geen budjet", "nl"),
])
def test_no_budget_typed_in_a_hurry_is_no_budget(text: str, lang: str) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and budget.status in ("none", "unknown") and budget.min is None


@pytest.mark.parametrize(("text", "lang", "amount"), [
    ("the budgt is rly tight, 2k", "en", 2000),
    ("buget is 5k a month", "en", 5000),
    ("das Buget liegt bei 5.000 €", "de", 5000),
    ("el presupusto es de 5.000 €", "es", 5000),
    ("o orcamento é de 5.000 €", "pt", 5000),
])
def test_a_sum_beside_a_hurried_budget_is_the_budget(text: str, lang: str, amount: int) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.status) == (amount, "stated")


def test_a_budge_of_a_deadline_is_no_budget() -> None:
    assert extract("the deadline hasn't budged yet", None, now=NOW).budget is None
