"""A sum for the first year is yearly ("10k for the first year", "im ersten Jahr", "la première année"); a sum for a
pilot of three months is the quarter's, of twelve the year's ("9k for a 3 month pilot", "für ein 3-monatiges
Pilotprojekt", "pour un pilote de 3 mois"). A period said with the sum wins ("10k a month for the first year")."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang, period", [
    ("10k for the first year", "en", "year"),
    ("10.000 € im ersten Jahr", "de", "year"),
    ("10 000 € pour la première année", "fr", "year"),
    ("10.000 € el primer año", "es", "year"),
    ("10 mil euros no primeiro ano", "pt", "year"),
    ("10.000 € per il primo anno", "it", "year"),
    ("10.000 euro voor het eerste jaar", "nl", "year"),
    ("Looking to kick off 2nd week of January, we have 9k for a 3 month pilot", "en", "quarter"),
    ("we have 30k for a 12 month contract", "en", "year"),
    ("wir haben 9.000 € für ein 3-monatiges Pilotprojekt", "de", "quarter"),
    ("on a 9 000 € pour un pilote de 3 mois", "fr", "quarter"),
    ("tenemos 9.000 € para un piloto de 3 meses", "es", "quarter"),
    ("temos 9 mil euros para um piloto de 3 meses", "pt", "quarter"),
    ("abbiamo 9.000 € per un pilota di 3 mesi", "it", "quarter"),
    ("we hebben 9.000 euro voor een pilot van 3 maanden", "nl", "quarter"),
    ("wir haben 2 Mio. € für die Marke im nächsten Geschäftsjahr eingeplant", "de", "year"),
    ("we hebben 2 miljoen euro voor merk in het volgend boekjaar", "nl", "year"),
])
def test_the_span_said_after_the_sum_is_its_period(text, lang, period):
    assert extract(text, lang=lang, now=NOW).budget.period == period


@pytest.mark.parametrize("text, period", [
    ("10k a month for the first year", "month"),
    ("we have 9k, pilot starts in 3 months", None),
])
def test_a_period_said_with_the_sum_or_a_span_of_something_else_is_not_taken(text, period):
    assert extract(text, now=NOW).budget.period == period
