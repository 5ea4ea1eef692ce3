"""An agency buying for its client (white-label, "for one of our clients") gives the client's budget as the deal's:
"Their budget: R1.2m once-off", "Client's budget is $75-90k" are the budget of the lead. A competitor's budget stays
someone else's."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, low, high, currency, period", [
    ("We're an agency in Durban (22 staff) and we white-label. Client is a national retailer with 140 stores, currently "
     "on Magento. They want a Shopify rebuild and Klaviyo email flows. Their budget: R1.2m once-off.", 1_200_000, 1_200_000, "ZAR", "one_time"),
    ("we're sourcing a partner for one of our clients, a 600-person SaaS company. Client's budget is $75-90k, they want "
     "kickoff in Q1.", 75_000, 90_000, "USD", None),
    ("white-label job for a client of ours: their marketing budget is about 8k a month", 8000, 8000, "USD", "month"),
])
def test_the_clients_budget_is_the_budget(text, low, high, currency, period):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (low, high, currency, period)


@pytest.mark.parametrize("text", [
    "our competitor is huge, their budget is like 2M a year",
    "they (the big agencies) have budgets of 500k, we don't",
])
def test_a_competitors_budget_is_still_no_budget(text):
    budget = extract(text, now=NOW).budget
    assert budget is None or budget.min is None


@pytest.mark.parametrize("text, lang", [
    ("Wir sind eine Agentur und arbeiten white label für einen Kunden. Ihr Budget: 50.000 € einmalig.", "de"),
    ("Nous sommes une agence en marque blanche pour un client. Leur budget : 50 000 € en une fois.", "fr"),
    ("Somos una agencia y trabajamos en marca blanca para un cliente. Su presupuesto: 50.000 € de una vez.", "es"),
    ("Somos uma agência e trabalhamos em marca branca para um cliente. O orçamento deles: 50.000 € de uma vez.", "pt"),
    ("Siamo un'agenzia e lavoriamo in white label per un cliente. Il loro budget: 50.000 € una tantum.", "it"),
    ("Wij zijn een bureau en werken white label voor een klant. Hun budget: 50.000 euro eenmalig.", "nl"),
])
def test_the_clients_budget_is_the_budget_in_every_language(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (50_000, 50_000, "one_time")


@pytest.mark.parametrize("text, lang", [
    ("Unsere Konkurrenz ist riesig, ihr Budget liegt bei 2 Mio. € im Jahr.", "de"),
    ("Nos concurrents sont énormes, leur budget est de 2 M€ par an.", "fr"),
])
def test_a_competitors_budget_is_still_no_budget_in_every_language(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert budget is None or budget.min is None
