"""A budget said against what was paid before, with no period of its own ("our old agency charged 3.5k a month, we
want to spend about 2k now"), is for the same period; a one-off said after a monthly spend is not.

French "on veut dépenser" and Italian "vogliamo spendere" are left out: nlu/stance reads the rewrite of those (no
"we" left in it) as another's spend, which is its owner's to change."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang, amount", [
    ("our old agency charged 3.5k a month, we want to spend about 2k now", "en", 2000),
    ("we were paying £4k a month to our last agency, we'd rather spend around 2.5k instead", "en", 2500),
    ("unsere alte Agentur kostete 3.500 € im Monat, jetzt wollen wir etwa 2.000 € ausgeben", "de", 2000),
    ("nuestra antigua agencia cobraba 3.500 € al mes, ahora queremos gastar unos 2.000 €", "es", 2000),
    ("ons oude bureau kostte 3.500 euro per maand, nu willen we zo'n 2.000 euro uitgeven", "nl", 2000),
    ("nossa antiga agência cobrava 3.500 € por mês, agora queremos gastar uns 2.000 €", "pt", 2000),
])
def test_the_budget_takes_the_period_of_the_spend_it_replaces(text, lang, amount):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (amount, amount, "month")


@pytest.mark.parametrize("text", [
    "our old agency charged 3.5k a month, now we want to spend about 10k on a new website",
    "we paid 3k a month for ads last year. the project budget is 12k now",
])
def test_a_one_off_after_a_monthly_spend_takes_no_month(text):
    budget = extract(text, now=NOW).budget
    assert budget is not None and budget.period != "month"
