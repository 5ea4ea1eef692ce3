"""What the visitor would pay, said against sums they gave, is worked out and marked inferred: a fee as a share of the
spend ("ad spend is 30k/month, we'd pay an agency 10-15% of spend" is 3,000-4,500 a month), and a wish to land
between two quotes listed ("We got 2 quotes: 4,500/mo and 7,000/mo. somewhere in the middle would be ideal"). A share
said of something else, or quotes with no wish, are no budget worked out."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang, currency", [
    ("Our ad spend is 30k/month on Meta, we'd pay an agency 10-15% of spend for management", "en", "USD"),
    ("Unsere Werbeausgaben liegen bei 30.000 € im Monat, einer Agentur würden wir 10-15 % davon zahlen", "de", "EUR"),
    ("Nos dépenses pub sont de 30 000 € par mois, on paierait une agence 10 à 15 % des dépenses", "fr", "EUR"),
    ("Gastamos 30.000 € al mes en anuncios, pagaríamos a una agencia un 10-15 % del gasto", "es", "EUR"),
    ("Gastamos 30 mil euros por mês em anúncios, pagaríamos a uma agência 10 a 15% do investimento", "pt", "EUR"),
    ("Spendiamo 30.000 € al mese in pubblicità, pagheremmo un'agenzia il 10-15% della spesa", "it", "EUR"),
    ("We besteden 30.000 euro per maand aan advertenties, we zouden een bureau 10-15% van de spend betalen", "nl", "EUR"),
])
def test_a_fee_said_as_a_share_of_the_spend_is_worked_out(text, lang, currency):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.currency, budget.period) == (3000, 4500, currency, "month")
    assert budget.extra.get("inferred") is True


@pytest.mark.parametrize("text", [
    "we spend 30k a month, 10% of it on LinkedIn",
    "agencies usually charge 10-15% of spend, we spend 30k a month",
])
def test_a_share_not_offered_as_a_fee_leaves_the_spend(text):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (30000, 30000)


@pytest.mark.parametrize("text, lang", [
    ("We got 2 quotes: 4,500/mo and 7,000/mo. Honestly somewhere in the middle would be ideal", "en"),
    ("Wir haben zwei Angebote bekommen: 4.500 € und 7.000 € im Monat. Irgendwo dazwischen wäre ideal", "de"),
    ("On a reçu deux devis : 4 500 € et 7 000 € par mois. Quelque part entre les deux serait idéal", "fr"),
    ("Recibimos dos presupuestos: 4.500 € y 7.000 € al mes. Algo en el medio sería ideal", "es"),
    ("Recebemos dois orçamentos: 4.500 € e 7.000 € por mês. Algo no meio seria o ideal", "pt"),
    ("Abbiamo ricevuto due preventivi: 4.500 € e 7.000 € al mese. Una via di mezzo sarebbe l'ideale", "it"),
    ("We kregen twee offertes: 4.500 euro en 7.000 euro per maand. Ergens in het midden zou ideaal zijn", "nl"),
])
def test_a_wish_to_land_between_two_quotes_is_the_range_between_them(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (4500, 7000, "month")
    assert budget.extra.get("inferred") is True


@pytest.mark.parametrize("text, lang", [
    ("We got 2 quotes: 4,500/mo and 7,000/mo. Way too much", "en"),
    ("Wir haben zwei Angebote bekommen: 4.500 € und 7.000 € im Monat.", "de"),
])
def test_quotes_listed_with_no_wish_are_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


def test_the_visitors_own_sum_after_quotes_listed_is_the_budget():
    budget = extract("We got 2 quotes: 4,500/mo and 7,000/mo, we can do 5k", now=NOW).budget
    assert (budget.min, budget.max) == (5000, 5000)
