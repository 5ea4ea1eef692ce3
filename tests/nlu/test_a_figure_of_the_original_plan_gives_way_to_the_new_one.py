"""A figure said of a plan that was ("we had budgeted 15k/mo in the original plan") gives way to the one said now
("CFO ... said we can do 20k/mo ... so 20k"); a later figure said as a stretch of the present one does not replace it."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, amount", [
    ("so we had budgeted 15k/mo for this in the original plan but CFO just came back and said we can do 20k/mo if we "
     "include the email nurture stuff. so 20k. we're a series B fintech btw, ~130 ppl", 20000),
    ("the original plan had 40k for this, finance says we can go with 30k", 30000),
    ("we had set aside 10k initially, the board now approved 14k", 14000),
])
def test_the_figure_said_now_is_the_budget(text, amount):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (amount, amount)


def test_a_stretch_of_the_present_budget_keeps_it_as_the_floor():
    budget = extract("budget is 15k/mo, we could stretch to 20k/mo if it works", now=NOW).budget
    assert (budget.min, budget.max) == (15000, 20000)


@pytest.mark.parametrize("text, lang", [
    ("Ursprünglich hatten wir 15.000 € im Monat eingeplant, jetzt sagt der CFO, wir können 20.000 € machen. Also 20.000 €.", "de"),
    ("Dans le plan initial on avait prévu 15 000 € par mois, mais le DAF dit qu'on peut faire 20 000 €. Donc 20 000 €.", "fr"),
    ("En el plan original teníamos 15.000 € al mes, pero el CFO dice que podemos hacer 20.000 €. Así que 20.000 €.", "es"),
    ("No plano original tínhamos 15.000 € por mês, mas o CFO disse que podemos fazer 20.000 €. Então 20.000 €.", "pt"),
    ("Nel piano originale avevamo 15.000 € al mese, ma il CFO dice che possiamo fare 20.000 €. Quindi 20.000 €.", "it"),
    ("In het oorspronkelijke plan hadden we 15.000 euro per maand, maar de CFO zegt dat we 20.000 euro kunnen doen. Dus 20.000 euro.", "nl"),
])
def test_the_figure_said_now_is_the_budget_in_every_language(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (20000, 20000)
