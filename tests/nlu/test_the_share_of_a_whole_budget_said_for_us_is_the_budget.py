"""The share of a whole budget said for us ("2027 budget is $600k total for all agencies. Your piece ... call it
$200k for the year", "the overall marketing budget is 300k, for this project about 45k") is the budget, with its own
period."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, amount, period", [
    ("Our board approved the marketing plan: 2027 budget is $600k total for all agencies. Your piece — ABM + content — "
     "would be about a third of that, call it $200k for the year.", 200_000, "year"),
    ("total marketing budget is 1M this year; your part of it would be around 150k", 150_000, None),
    ("the overall marketing budget is 300k, for this project about 45k", 45_000, None),
])
def test_the_share_for_us_is_the_budget(text, amount, period):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (amount, amount)
    if period:
        assert budget.period == period


@pytest.mark.parametrize("text, lang", [
    ("Das Gesamtbudget 2027 liegt bei 600.000 € für alle Agenturen. Euer Anteil wäre etwa ein "
     "Drittel davon, also rund 200.000 € für das Jahr.", "de"),
    ("Le budget 2027 est de 600 000 € pour toutes les agences. Votre part serait d'environ un tiers, disons 200 000 € pour l'année.", "fr"),
    ("El presupuesto 2027 es de 600.000 € para todas las agencias. Vuestra parte sería un tercio, digamos 200.000 € para el año.", "es"),
    ("O orçamento de 2027 é de 600.000 € para todas as agências. A vossa parte seria um terço, digamos 200.000 € para o ano.", "pt"),
    ("Il budget 2027 è di 600.000 € per tutte le agenzie. La vostra parte sarebbe un terzo, diciamo 200.000 € per l'anno.", "it"),
    ("Het budget voor 2027 is 600.000 euro voor alle bureaus. Jullie deel zou ongeveer een derde zijn, zeg 200.000 euro voor het jaar.", "nl"),
])
def test_the_share_for_us_is_the_budget_in_every_language(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (200_000, 200_000, "year")


def test_a_whole_budget_alone_is_the_budget():
    budget = extract("2027 budget is $600k total for all agencies", now=NOW).budget
    assert budget.min == 600_000
