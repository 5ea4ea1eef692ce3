"""Money the visitor says is outside what they ask us for ("the $2.5M is our annual media spend, which is NOT in
scope") is no budget; the sum they give for the scope is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, low, high", [
    ("Procurement here. To clarify the figures in our RFQ: the $2.5M is our annual media spend, which is NOT in scope. "
     "The scope is the CRM implementation only; we've approved up to $320,000 for that.", None, 320000),
    ("our media spend of 2M is out of scope, for the website we have 80k", 80000, 80000),
    ("the 500k ad budget isn't part of the scope. for the rebrand we have about 60k", 60000, 60000),
])
def test_the_sum_for_the_scope_is_the_budget(text, low, high):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (low, high)


@pytest.mark.parametrize("text", [
    "our media spend of 2M is out of scope",
    "the $2.5M is our annual media spend, which is not in scope",
])
def test_a_sum_out_of_scope_alone_is_no_budget(text):
    assert extract(text, now=NOW).budget is None


@pytest.mark.parametrize("text, lang", [
    ("Die 2 Mio. € Mediabudget sind nicht Teil des Auftrags. Für die Website haben wir 80.000 €.", "de"),
    ("Les 2 M€ de budget média ne font pas partie du périmètre. Pour le site nous avons 80 000 €.", "fr"),
    ("Los 2 millones de presupuesto de medios están fuera del alcance. Para la web tenemos 80.000 €.", "es"),
    ("Os 2 milhões de verba de mídia estão fora do escopo. Para o site temos 80.000 €.", "pt"),
    ("I 2 milioni di budget media sono fuori dal perimetro. Per il sito abbiamo 80.000 €.", "it"),
    ("De 2 miljoen mediabudget valt buiten de opdracht. Voor de website hebben we 80.000 euro.", "nl"),
])
def test_the_sum_for_the_scope_is_the_budget_in_every_language(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (80000, 80000)
