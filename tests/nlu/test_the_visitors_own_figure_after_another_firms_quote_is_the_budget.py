"""A quote another firm gave ("another agency quoted us £4,500") is no budget; the visitor's own figure said after it,
with the visitor speaking ("we'd rather be around £3k"), is the budget, in seven languages and at any question. A quote
said alone, or a price of ours, stays no budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("field", ["budget", None])
@pytest.mark.parametrize("text, lang, low, high, currency", [
    ("another agency quoted us £4,500 which felt steep tbh, we'd rather be around £3k all in", "en", 3000, 3000, "GBP"),
    ("we got quoted $12k by a freelancer, crazy. we'd like to stay near $6k", "en", 6000, 6000, "USD"),
    ("HubSpot partner quoted us 20k which is too much, I'm thinking 10k max", "en", None, 10000, "USD"),
    ("Eine andere Agentur hat uns 4.500 € angeboten, das war zu teuer, wir möchten eher bei 3.000 € bleiben", "de", 3000, 3000, "EUR"),
    ("Une autre agence nous a proposé 4 500 €, trop cher, nous voudrions rester autour de 3 000 €", "fr", 3000, 3000, "EUR"),
    ("Otra agencia nos cotizó 4.500 €, demasiado caro, queremos quedarnos en unos 3.000 €", "es", 3000, 3000, "EUR"),
    ("Outra agência nos orçou 4.500 €, caro demais, queremos ficar em uns 3.000 €", "pt", 3000, 3000, "EUR"),
    ("Un'altra agenzia ci ha proposto 4.500 €, troppo caro, vorremmo restare sui 3.000 €", "it", 3000, 3000, "EUR"),
    ("Een ander bureau heeft ons 4.500 euro geoffreerd, te duur, we willen rond de 3.000 euro blijven", "nl", 3000, 3000, "EUR"),
])
def test_the_figure_the_visitor_says_after_a_quote_is_the_budget(text, lang, low, high, currency, field):
    budget = extract(text, field=field, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.currency) == (low, high, currency)


@pytest.mark.parametrize("text, lang", [
    ("another agency quoted us £4,500 which felt steep tbh", "en"),
    ("your packages start at 3k a month right?", "en"),
    ("you quoted us 18k for our site", "en"),
    ("Een ander bureau heeft ons 4.500 euro geoffreerd, veel te duur", "nl"),
])
def test_a_quote_said_alone_is_still_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


def test_a_price_of_ours_someone_else_wants_is_still_no_budget():
    assert extract("your pricing page says you want 5k upfront", now=NOW).budget is None
