"""An average per deal the visitor's business earns ("19 clients, avg retainer $1,800", "average project is 12k") is a
metric, not a budget; their own budget beside it still is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "I run a small marketing agency (4 ppl) in Denver and I'm after a white-label SEO partner. We "
    "have 19 clients, avg retainer $1,800. What's your wholesale rate?",
    "our average project is around 12k and we want more of them",
    "typical engagement for us is $25k",
])
def test_an_average_per_deal_is_no_budget(text):
    assert extract(text, now=NOW).budget is None


def test_a_budget_beside_an_average_deal_is_the_budget():
    budget = extract("avg retainer of our clients is $1,800. our own budget for seo is 3k a month", now=NOW).budget
    assert (budget.min, budget.period) == (3000, "month")


@pytest.mark.parametrize("text, lang", [
    ("Wir haben 19 Kunden, durchschnittlicher Auftrag 1.800 € im Monat. Was ist euer Großhandelspreis?", "de"),
    ("Nous avons 19 clients, panier moyen de 1 800 € par mois. Quel est votre tarif revendeur ?", "fr"),
    ("Tenemos 19 clientes, con un ticket medio de 1.800 € al mes. ¿Cuál es su tarifa mayorista?", "es"),
    ("Temos 19 clientes, ticket médio de 1.800 € por mês. Qual é o preço de revenda?", "pt"),
    ("Abbiamo 19 clienti, con un contratto medio di 1.800 € al mese. Qual è il vostro prezzo all'ingrosso?", "it"),
    ("We hebben 19 klanten, gemiddelde opdracht 1.800 euro per maand. Wat is jullie wederverkoopprijs?", "nl"),
])
def test_an_average_per_deal_is_no_budget_in_every_language(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, lang", [
    ("Unser Budget liegt bei 1.800 € im Monat.", "de"),
    ("Notre budget est de 1 800 € par mois.", "fr"),
])
def test_a_budget_of_the_same_sum_is_still_the_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget.min == 1800
