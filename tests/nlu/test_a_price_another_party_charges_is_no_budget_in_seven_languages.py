"""What a provider the visitor has charges ("the current guy charges nz$1,100/mo", "notre agence actuelle facture
1500 €", "unser jetziger Anbieter nimmt 900 € im Monat"), or a quote someone sends ("das Angebot über 18.500 €"), is
another party's price, not the visitor's budget. A provider the visitor is looking for ("an agency that charges 2k a
month would be fine"), and the visitor's own figure said after the price, are theirs."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang", [
    ("looking for someone to sort our google ads, current guy charges nz$1,100/mo and we get maybe 4 bookings a week", "en"),
    ("the current guy charges 2k", "en"),
    ("notre agence actuelle facture 1500 € par mois et on n'est pas contents", "fr"),
    ("notre prestataire actuel nous prend 900 € par mois", "fr"),
    ("unser jetziger Anbieter nimmt 900 € im Monat, das ist zu viel", "de"),
    ("unsere aktuelle Agentur berechnet uns 1.500 € im Monat", "de"),
    ("Ich hab gestern schon mit Herrn Becker telefoniert, er wollte uns das Angebot über 18.500 € schicken", "de"),
    ("nuestra agencia actual nos cobra 1.500 € al mes", "es"),
    ("el chico que tenemos ahora cobra 900 € al mes", "es"),
    ("a nossa agência atual cobra 1.500 € por mês", "pt"),
    ("o freelancer atual cobra R$ 2.000 por mês", "pt"),
    ("la nostra agenzia attuale ci fa pagare 1.500 € al mese", "it"),
    ("l'agenzia attuale ci chiede 1.500 € al mese", "it"),
    ("ons huidige bureau rekent 1.500 euro per maand", "nl"),
    ("onze huidige freelancer vraagt 900 euro per maand", "nl"),
    # German and Dutch say the participle after the sum
    ("Eine Agentur hat 12.000 € verlangt", "de"),
    ("Ons huidige bureau heeft 1.500 euro per maand gerekend", "nl"),
    ("Een ander bureau heeft 12.000 euro gevraagd", "nl"),
    ("an agency charged us 12k last year", "en"),
])
def test_what_a_provider_charges_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, lang, low, high", [
    ("we can spend 2k a month, the current guy charges 3k", "en", 2000, 2000),
    ("our agency charges 2k a month, we want to spend about the same", "en", 2000, 2000),
    ("we'd pay an agency 2k a month", "en", 2000, 2000),
    ("unsere Agentur nimmt 2.000 € im Monat, wir wollen 1.500 € ausgeben", "de", 1500, 1500),
    ("notre agence facture 2 000 € par mois, on veut payer 1 500 €", "fr", 1500, 1500),
    ("nuestra agencia nos cobra 2.000 € al mes, queremos gastar 1.500 €", "es", 1500, 1500),
])
def test_the_visitors_own_sum_beside_a_providers_price_is_the_budget(text, lang, low, high):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (low, high)


@pytest.mark.parametrize("text, lang", [
    ("on cherche une agence qui facture 2 000 € par mois", "fr"),
    ("wir suchen eine Agentur, die 2.000 € im Monat nimmt", "de"),
])
def test_the_price_of_a_provider_the_visitor_looks_for_is_what_they_would_pay(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.period) == (2000, 2000, "month")


@pytest.mark.parametrize("text, lang, low, high", [
    ("une autre agence nous a demandé 12 000 €, on préfère 8 000 € au maximum", "fr", None, 8000),
    ("une autre agence nous a demandé 12 000 €, on préfère 8 000 €", "fr", 8000, 8000),
    ("otra agencia nos pidió 12.000 €, preferimos 8.000 € como máximo", "es", None, 8000),
    ("un'altra agenzia ci ha chiesto 12.000 €, preferiamo al massimo 8.000 €", "it", None, 8000),
    ("Eine andere Agentur hat 12.000 € verlangt, wir würden lieber 8.000 € ausgeben", "de", 8000, 8000),
    ("Eine andere Agentur wollte 12.000 €, wir würden eher 8 höchstens ausgeben", "de", None, 8000),
    ("Eine andere Agentur wollte 12.000 €, wir würden eher 8 ausgeben", "de", 8000, 8000),
    ("een ander bureau vroeg 12.000 euro, we willen liever 8.000 euro", "nl", 8000, 8000),
    ("outra agência pediu 12 mil euros, queremos gastar 8 mil", "pt", 8000, 8000),
])
def test_the_visitors_own_sum_after_another_partys_price_is_the_budget_in_every_language(text, lang, low, high):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.currency) == (low, high, "EUR")


@pytest.mark.parametrize("text, lang", [
    ("une autre agence nous a demandé 12 000 €, on peut faire 8 000 € ?", "fr"),
    ("Eine andere Agentur wollte 12.000 €, wir würden eher 8 Leute einstellen", "de"),
])
def test_a_question_or_a_count_after_another_partys_price_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None
