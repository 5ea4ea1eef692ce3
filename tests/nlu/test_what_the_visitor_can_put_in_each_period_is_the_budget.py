"""What the visitor says they can put in each period ("cette année on peut mettre 500 par mois") is the budget, in
seven languages, and a sum spent before in the same message is not."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang", [
    ("on a dépensé 3000 € l'an dernier en google ads sans résultat, cette année on peut mettre 500 par mois", "fr"),
    ("cette année on peut mettre 500 € par mois", "fr"),
    ("this year we can put 500 a month into it", "en"),
    ("dieses Jahr können wir 500 € im Monat reinstecken", "de"),
    ("este año podemos poner 500 € al mes", "es"),
    ("quest'anno possiamo mettere 500 € al mese", "it"),
    ("dit jaar kunnen we 500 euro per maand besteden", "nl"),
    ("este ano podemos colocar 500 € por mês", "pt"),
])
def test_what_can_be_put_in_a_month_is_the_monthly_budget(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (500, 500, "month")


@pytest.mark.parametrize("text, lang", [
    ("on a mis 3000 € l'an dernier en google ads sans résultat", "fr"),
    ("we put 3000 into google ads last year and got nothing", "en"),
    ("on peut mettre 3 personnes sur le projet", "fr"),
])
def test_what_was_put_in_before_or_what_is_no_money_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None
