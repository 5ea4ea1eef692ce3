"""A whole budget or spend said, then the share of it for the work asked of us ("~$180k across everything, we'd carve
out maybe 60-70k of that for an agency", "davon könnten 60.000 € an eine Agentur gehen", "dont 60 000 € pour une
agence"), is the share, in the whole's period. A share that goes elsewhere ("of which 60k goes to events") leaves the
whole."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang, low, high", [
    ("Annual marketing spend ~ $180k across everything, we'd carve out maybe 60-70k of that for an agency", "en", 60000, 70000),
    ("our annual marketing budget is 180k, of which 60k could go to an agency", "en", 60000, 60000),
    ("Unser Marketingbudget liegt bei 180.000 € im Jahr, davon könnten 60.000 € an eine Agentur gehen", "de", 60000, 60000),
    ("Notre budget marketing annuel est de 180 000 €, dont 60 000 € pour une agence", "fr", 60000, 60000),
    ("Nuestro presupuesto anual de marketing es de 180.000 €, de eso unos 60.000 € para una agencia", "es", 60000, 60000),
    ("O nosso orçamento anual de marketing é de 180 mil euros, dos quais 60 mil para uma agência", "pt", 60000, 60000),
    ("Il nostro budget marketing annuale è di 180.000 €, di cui 60.000 € per un'agenzia", "it", 60000, 60000),
    ("Ons jaarlijkse marketingbudget is 180.000 euro, waarvan 60.000 euro voor een bureau", "nl", 60000, 60000),
])
def test_the_share_for_an_agency_is_the_budget_in_the_wholes_period(text, lang, low, high):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (low, high, "year")


@pytest.mark.parametrize("text, lang", [
    ("our annual marketing budget is 180k, of which 60k goes to events", "en"),
    ("Unser Marketingbudget liegt bei 180.000 € im Jahr, davon gehen 60.000 € in Messen", "de"),
])
def test_a_share_that_goes_elsewhere_leaves_the_whole(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (180000, 180000, "year")
