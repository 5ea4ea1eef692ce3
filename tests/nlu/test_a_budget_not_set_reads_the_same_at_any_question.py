"""Budget: the same words give the same status at any question and in every language (found playing: "we haven't set
a budget, depends on your price" was none in free text and unknown at the budget question; "budget not set yet" was
unknown, "Budget noch nicht festgelegt" none). By the contract, "no budget yet" is none and "don't know" unknown: a
budget there is none of yet, or one not set or defined yet ("we haven't set a budget", tests/nlu/corpus.jsonl's label),
is none; one said with words of not knowing ("depends on your price", "ça dépend", "depende", "dipende", "hängt von
eurem Preis ab", "hangt af van") is unknown; read in free text and at the budget question alike."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "status"), [
    ("we haven't set a budget, depends on your price", "en", "unknown"),
    ("no budget yet", "en", "none"),
    ("wir haben noch kein Budget festgelegt, hängt von eurem Preis ab", "de", "unknown"),
    ("Budget noch nicht festgelegt", "de", "none"),
    # "not set" is among the words of not knowing (_UNKNOWN_BUDGET, as test_several_figures_in_one_message holds it).
    ("budget not set yet", "en", "unknown"),
    ("we haven't set a budget", "en", "none"),
    ("we don't have a budget", "en", "none"),
    # French "pas encore défini" is read as "not sure" (nlu/english.py, for budgets and dates alike): unknown.
    ("le budget n'est pas encore défini", "fr", "unknown"),
    ("il budget non è ancora definito", "it", "none"),
    ("het budget is nog niet vastgesteld", "nl", "none"),
    ("noch kein Budget", "de", "none"),
    ("on n'a pas fixé de budget, ça dépend de votre prix", "fr", "unknown"),
    ("pas encore de budget", "fr", "none"),
    ("no hemos fijado un presupuesto, depende de vuestro precio", "es", "unknown"),
    ("todavía no tenemos presupuesto", "es", "none"),
    ("ainda não definimos um orçamento, depende do vosso preço", "pt", "unknown"),
    ("ainda não temos orçamento", "pt", "none"),
    ("non abbiamo fissato un budget, dipende dal vostro prezzo", "it", "unknown"),
    ("non abbiamo ancora un budget", "it", "none"),
    ("we hebben geen budget vastgesteld, hangt af van jullie prijs", "nl", "unknown"),
    ("nog geen budget", "nl", "none"),
])
@pytest.mark.parametrize("field", [None, "budget"])
def test_a_budget_not_set_reads_the_same_at_any_question(text: str, lang: str, status: str, field: str | None) -> None:
    budget = extract(text, field, now=NOW, lang=lang).budget
    assert budget is not None and budget.status == status and budget.min is None and budget.max is None


@pytest.mark.parametrize(("text", "lang"), [
    ("don't know", "en"), ("weiß ich nicht", "de"), ("je ne sais pas", "fr"), ("no sé", "es"), ("não sei", "pt"),
    ("non lo so", "it"), ("weet ik niet", "nl"),
])
def test_not_knowing_at_the_budget_question_is_unknown(text: str, lang: str) -> None:
    budget = extract(text, "budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.status == "unknown"


def test_a_price_that_depends_on_something_beside_a_budget_keeps_the_budget() -> None:
    budget = extract("budget is 5k a month, the timing depends on your availability", None, now=NOW).budget
    assert budget is not None and (budget.min, budget.status) == (5000, "stated")
