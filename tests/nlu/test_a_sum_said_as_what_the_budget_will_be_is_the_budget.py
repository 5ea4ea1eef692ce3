"""Budget: a sum in the clause after the word budget, said as what it is or will be ("Et pour le budget, ce sera
plutôt nonante mille par an finalement", read as nothing), is the budget, in the seven languages ("c'est", "será",
"sarà", "es wird", "vai ser", "het wordt", "it'll be"); after a word of revenue it is the revenue; a count of people
after it is no sum."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Et pour le budget, ce sera plutôt nonante mille par an finalement", "fr"),
    ("pour le budget, c'est 90 000 par an", "fr"),
    ("y el presupuesto, será unos 90.000 al año", "es"),
    ("per il budget, sarà circa 90.000 all'anno", "it"),
    ("und das Budget, es wird etwa 90.000 im Jahr", "de"),
    ("e o orçamento, vai ser uns 90 mil por ano", "pt"),
    ("en het budget, het wordt zo'n 90.000 per jaar", "nl"),
    ("and the budget, it'll be about 90k a year", "en"),
])
def test_a_sum_said_as_what_the_budget_will_be_is_the_budget(text: str, lang: str) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (90000, 90000, "year")


def test_a_sum_said_as_what_the_revenue_is_is_the_revenue() -> None:
    found = extract("le chiffre d'affaires, c'est 2 millions", None, now=NOW, lang="fr")
    assert found.budget is None and found.revenue is not None and found.revenue.min == 2_000_000


def test_a_count_of_people_after_the_budget_is_no_sum() -> None:
    found = extract("and the budget, it's 90 people who decide", None, now=NOW)
    assert found.budget is None
