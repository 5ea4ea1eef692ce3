"""A budget, then a cut said as a sum taken off it ("we had 30k approved, then CFO cut 10k off it", "dann hat der CFO
10.000 € abgezogen"), is the budget less the cut, worked out and marked inferred, in seven languages; the cut is never
the budget itself. A result the visitor says ("..., so we have 30k") or a sum it was cut to ("cut to 20k") is read as
said."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, amount", [
    ("we had 30k approved, then CFO cut 10k off it", "en", 20000),
    ("we had 30k approved, then the CFO cut 10k", "en", 20000),
    ("budget is 20k, the board raised it by 5k last week", "en", 25000),
    ("Wir hatten 30.000 € genehmigt, dann hat der CFO 10.000 € abgezogen.", "de", 20000),
    ("On avait 30 000 € validés, puis le DAF a retiré 10 000 €.", "fr", 20000),
    ("Teníamos 30.000 € aprobados y luego el CFO recortó 10.000 €.", "es", 20000),
    ("Tínhamos 30.000 € aprovados, depois o CFO cortou 10.000 €.", "pt", 20000),
    ("Avevamo 30.000 € approvati, poi il CFO ha tagliato 10.000 €.", "it", 20000),
    ("We hadden 30.000 euro goedgekeurd, toen heeft de CFO er 10.000 euro afgehaald.", "nl", 20000),
])
def test_the_budget_less_the_cut_is_inferred(text, lang, amount):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (amount, amount) and budget.extra.get("inferred") is True


@pytest.mark.parametrize("text, amount", [
    ("Finance originally gave us 40k, then clawed back 10k, so we have 30k", 30000),
    ("budget was 30k, cut to 20k", 20000),
    ("5k/mo... actually make that 6", 6000),
])
def test_a_sum_said_as_the_result_is_read_as_said(text, amount):
    budget = extract(text, now=NOW).budget
    assert budget.min == amount and not budget.extra.get("inferred")
