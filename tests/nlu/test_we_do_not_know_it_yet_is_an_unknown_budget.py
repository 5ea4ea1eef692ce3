"""Last year's spend then "this year we don't know it yet" is an unknown budget, not last year's sum: the German
"wissen wir es noch nicht" (lost: batch_47) and the Dutch "weten we het nog niet" now read as "not sure", as the other
five languages already did. A budget said for this year is still read."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "Last year we spent 30k, this year we don't know yet.",
    "Letztes Jahr haben wir 30.000 € ausgegeben, dieses Jahr wissen wir es noch nicht.",
    "Das wissen wir noch nicht.",
    "L'an dernier nous avons dépensé 30 000 €, cette année nous ne savons pas encore.",
    "El año pasado gastamos 30.000 €, este año aún no lo sabemos.",
    "No ano passado gastamos 30.000 €, este ano ainda não sabemos.",
    "L'anno scorso abbiamo speso 30.000 €, quest'anno non lo sappiamo ancora.",
    "Vorig jaar gaven we 30.000 euro uit, dit jaar weten we het nog niet.",
])
def test_not_knowing_this_years_budget_is_unknown(text: str) -> None:
    found = extract(text, "budget", now=NOW)
    assert found.budget is not None and found.budget.status == "unknown"
    assert found.budget.max is None


@pytest.mark.parametrize("text", [
    "Letztes Jahr 30.000 €, dieses Jahr 40.000 €.",
    "Vorig jaar 30.000 euro, dit jaar 40.000 euro.",
])
def test_a_budget_said_for_this_year_is_read(text: str) -> None:
    found = extract(text, "budget", now=NOW)
    assert found.budget is not None and found.budget.max == 40000
