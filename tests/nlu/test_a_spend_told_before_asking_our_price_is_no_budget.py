"""A present spend on something else, told before the visitor asks our price ("we're spending 2k/mo on them rn. what
do u charge", "Wir geben gerade 2.000 € im Monat für Leads aus. Was verlangt ihr?"), names no budget for us, in seven
languages. A spend with no price question, a budget named as such, or a price question in the spend's own sentence
keep their reading."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("realtor team in Austin TX - 6 agents. need more seller leads, zillow leads are trash and "
     "we're spending 2k/mo on them rn. what do u charge", "en"),
    ("we pay about $800 a month for yelp ads. how much would you charge?", "en"),
    ("Wir geben gerade 2.000 € im Monat für Leads von Immoscout aus. Was verlangt ihr?", "de"),
    ("On dépense 2 000 € par mois en leads sur SeLoger en ce moment. Combien vous facturez ?", "fr"),
    ("Gastamos 2.000 € al mes en leads de Idealista. ¿Cuánto cobran?", "es"),
    ("Gastamos 2.000 € por mês em leads do Zap Imóveis. Quanto vocês cobram?", "pt"),
    ("Spendiamo 2.000 € al mese in lead da Immobiliare.it adesso. Quanto chiedete?", "it"),
    ("We geven nu 2.000 euro per maand uit aan leads van Funda. Wat kost het bij jullie?", "nl"),
])
def test_the_spend_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, amount", [
    ("we spend about 5k/month on google ads and it's not working", 5000),
    ("our budget is 2k/mo. what do you charge?", 2000),
    ("we can do 2k a month. what do you charge?", 2000),
    ("we spend 2k a month on ads, how much of that would be your fee?", 2000),
])
def test_a_budget_or_a_spend_with_no_later_price_question_keeps_its_reading(text, amount):
    assert extract(text, now=NOW).budget.min == amount


@pytest.mark.parametrize("text", [
    "we're spending 2k/mo on google ads. what is the next step?",
    "we spend 3k a month on ads. how much traffic could we get?",
])
def test_a_spend_before_a_question_that_asks_no_price_is_still_the_budget(text):
    assert extract(text, now=NOW).budget is not None


def test_how_much_of_something_else_asks_no_price():
    assert extract("we spend 3k a month on ads. how much traffic would we get?", now=NOW).budget is not None
