"""What something cost or was paid before, in the past tenses of the other six languages ("hat 2.500 € im Monat
gekostet", "nos custou", "we betaalden", "pagavamo"), is no budget; a sum said as theirs now still is."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang", [
    ("Unsere alte Agentur hat 2.500 € im Monat gekostet", "de"),
    ("Wir haben 2.500 € im Monat für Google Ads bezahlt", "de"),
    ("on a payé 2 500 € par mois pour google ads", "fr"),
    ("la agencia anterior nos ha costado 2.500 € al mes", "es"),
    ("pagábamos 2.500 € al mes por google ads", "es"),
    ("la vecchia agenzia ci è costata 2.500 € al mese", "it"),
    ("pagavamo 2.500 € al mese per google ads", "it"),
    ("a agência antiga nos custou 2.500 € por mês", "pt"),
    ("pagávamos 2.500 € por mês pelo google ads", "pt"),
    ("ons oude bureau heeft ons 2.500 euro per maand gekost", "nl"),
    ("we betaalden 2.500 euro per maand voor google ads", "nl"),
])
def test_a_past_cost_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, lang", [
    ("Wir haben ein Budget von 2.500 € im Monat", "de"),
    ("on a un budget de 2 500 € par mois", "fr"),
    ("tenemos 2.500 € al mes para marketing", "es"),
    ("abbiamo un budget di 2.500 € al mese", "it"),
    ("temos 2.500 € por mês de verba", "pt"),
    ("we hebben 2.500 euro per maand budget", "nl"),
])
def test_a_budget_said_now_is_still_read(text, lang):
    assert extract(text, lang=lang, now=NOW).budget.min == 2500
