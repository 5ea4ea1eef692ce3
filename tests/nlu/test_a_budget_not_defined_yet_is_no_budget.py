"""Budget: a budget said not to be defined or set yet ("Il budget marketing però non l'abbiamo ancora definito",
batch_50 read nothing) is no budget yet (status none, no amounts), whichever comes first, the budget or the words
that it is not set, in the seven languages; something else not defined beside a budget, or a budget that does not set
something, says nothing of it."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Fatturato 2025: circa 4 milioni di euro. Il budget marketing però non l'abbiamo ancora definito", "it"),
    ("il budget non è ancora definito", "it"),
    ("non abbiamo ancora definito il budget", "it"),
    ("Das Budget haben wir noch nicht festgelegt", "de"),
    ("wir haben das Budget noch nicht festgelegt", "de"),
    ("le budget, on ne l'a pas encore défini", "fr"),
    ("el presupuesto aún no lo hemos definido", "es"),
    ("todavía no hemos definido el presupuesto", "es"),
    ("o orçamento ainda não definimos", "pt"),
    ("ainda não definimos o orçamento", "pt"),
    ("het budget hebben we nog niet bepaald", "nl"),
    ("we hebben het budget nog niet vastgesteld", "nl"),
    ("the budget we haven't set yet", "en"),
    ("marketing budget: not defined yet", "en"),
    ("Revenue about 4M. The marketing budget though, we haven't worked it out yet", "en"),
    ("budget? haven't really nailed it down", "en"),
])
def test_a_budget_not_defined_yet_is_no_budget(text: str, lang: str) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and budget.status in ("none", "unknown") and budget.min is None and budget.max is None


@pytest.mark.parametrize(("text", "lang"), [
    ("budget is fine, the timeline isn't defined yet", "en"),
    ("the budget doesn't set the scope", "en"),
    ("our budget isn't set in stone", "en"),
    ("il budget c'è, ma la data non è ancora definita", "it"),
    ("Budget ist da, aber der Termin steht noch nicht fest", "de"),
    ("el presupuesto está aprobado pero la fecha aún no la hemos definido", "es"),
    ("budget is rond, de startdatum nog niet bepaald", "nl"),
])
def test_something_else_not_defined_beside_a_budget_says_nothing_of_it(text: str, lang: str) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is None or budget.status not in ("none", "unknown")


def test_a_budget_stated_beside_an_undefined_scope_is_the_budget() -> None:
    budget = extract("the scope isn't defined yet, budget is 10k", None, now=NOW).budget
    assert budget is not None and (budget.min, budget.status) == (10000, "stated")
