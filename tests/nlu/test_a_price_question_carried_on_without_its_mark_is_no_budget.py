"""A price question to us carried on in a next sentence that lost its question mark ("how much do you charge for a
hubspot setup? is it like 5k or more like 20k") still asks our price: no budget, in seven languages; a figure the
visitor states as theirs after the question is still the budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("how much do you charge for a hubspot setup? is it like 5k or more like 20k", "en"),
    ("what do you charge for a new site? 5k or 15k", "en"),
    ("hw much is seo per month? would it be 500 or more like 2000 dollars", "en"),
    ("wie viel kostet bei euch ein HubSpot-Setup? sind das eher 5k oder 20k", "de"),
    ("combien vous facturez pour un setup hubspot ? c'est plutôt 5k ou 20k", "fr"),
    ("cuánto cobráis por configurar hubspot? es como 5k o más bien 20k", "es"),
    ("quanto vocês cobram por um setup de hubspot? é tipo 5k ou 20k", "pt"),
    ("quanto chiedete per un setup hubspot? è tipo 5k o 20k", "it"),
    ("wat kost bij jullie een hubspot setup? is het zo 5k of eerder 20k", "nl"),
])
def test_a_price_question_carried_on_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, lang, amount", [
    ("how much do you charge for a hubspot setup? we have 5k", "en", 5000),
    ("what does it cost? our budget is 8k", "en", 8000),
    ("was kostet das? Wir haben 20.000 € im Jahr", "de", 20000),
    ("any questions? budget is 12k a month", "en", 12000),
])
def test_the_visitors_own_figure_after_the_question_is_the_budget(text, lang, amount):
    assert extract(text, lang=lang, now=NOW).budget.min == amount
