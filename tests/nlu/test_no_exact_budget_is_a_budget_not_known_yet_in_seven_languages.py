"""Having no precise budget is a budget not known yet (status unknown, no amount), the status "don't know" and "it
depends" already give, in the seven languages (issue 14, played: "non ho un budget preciso" at the budget question gave
nothing; "pas de budget précis" and "no precise budget" were no budget at all; "wir haben kein festes Budget" was
read as a yes, a budget stated with no amount). A budget said to be no fixed one is none in every language, as "no
fixed budget" is in English. Near misses: a sum said with it is the sum; an exact date or revenue figure not known says
nothing of the budget."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("non ho un budget preciso", "it"),
        ("non abbiamo un budget preciso", "it"),
        ("un budget preciso non ce l'ho", "it"),
        ("ich habe kein genaues Budget", "de"),
        ("ein genaues Budget haben wir nicht", "de"),
        ("wir haben noch kein konkretes Budget", "de"),
        ("je n'ai pas de budget précis", "fr"),
        ("pas de budget précis", "fr"),
        ("no tengo un presupuesto preciso", "es"),
        ("no tenemos un presupuesto exacto", "es"),
        ("não tenho um orçamento exato", "pt"),
        ("não temos um orçamento preciso", "pt"),
        ("ik heb geen exact budget", "nl"),
        ("we hebben geen precies budget", "nl"),
        ("I don't have an exact budget", "en"),
        ("no precise budget", "en"),
    ],
)
def test_no_precise_budget_is_a_budget_not_known_yet(text: str, lang: str) -> None:
    for field in ("budget", None):
        budget = extract(text, field, now=NOW, lang=lang).budget
        assert budget is not None and budget.status == "unknown", field
        assert budget.min is None and budget.max is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we don't have an exact figure", "en"),
        ("non ho una cifra precisa", "it"),
        ("keine genaue Summe", "de"),
        ("pas de montant précis", "fr"),
        ("no tengo una cifra exacta", "es"),
        ("não temos um valor exato", "pt"),
        ("geen exact bedrag", "nl"),
    ],
)
def test_no_exact_figure_at_the_budget_question_is_a_budget_not_known_yet(text: str, lang: str) -> None:
    budget = extract(text, "budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.status == "unknown" and budget.min is None and budget.max is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("boh, dipende", "it"),
        ("hängt davon ab", "de"),
        ("ça dépend", "fr"),
        ("depende", "es"),
        ("depende", "pt"),
        ("geen idee", "nl"),
        ("it depends", "en"),
    ],
)
def test_it_depends_and_no_idea_stay_a_budget_not_known_yet(text: str, lang: str) -> None:
    budget = extract(text, "budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.status == "unknown" and budget.min is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("wir haben kein festes Budget", "de"),
        ("geen vast budget", "nl"),
        ("non ho un budget fisso", "it"),
        ("on n'a pas de budget fixe", "fr"),
        ("no tenemos presupuesto fijo", "es"),
        ("não temos orçamento fixo", "pt"),
        ("no fixed budget", "en"),
    ],
)
def test_no_fixed_budget_is_no_budget_in_every_language(text: str, lang: str) -> None:
    for field in ("budget", None):
        budget = extract(text, field, now=NOW, lang=lang).budget
        assert budget is not None and budget.status == "none" and budget.min is None, field


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        ("we have a precise budget: 5k a month", "en", 5000),
        ("non ho un budget preciso, diciamo 2000 al mese", "it", 2000),
        ("kein genaues Budget, aber so 3000 im Monat", "de", 3000),
        ("no tengo un presupuesto preciso, pero unos 3000 al mes", "es", 3000),
    ],
)
def test_a_sum_said_with_it_at_the_budget_question_is_the_sum(text: str, lang: str, amount: int) -> None:
    budget = extract(text, "budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.status == "stated" and budget.min == amount


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I don't know the exact date yet", "en"),
        ("we don't have an exact revenue figure", "en"),
        ("no tenemos una fecha exacta", "es"),
        ("non abbiamo una data precisa", "it"),
        ("wir haben kein genaues Datum", "de"),
    ],
)
def test_an_exact_date_or_revenue_not_known_says_nothing_of_the_budget(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).budget is None
