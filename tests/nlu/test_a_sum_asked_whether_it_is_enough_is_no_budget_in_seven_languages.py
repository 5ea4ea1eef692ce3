"""A sum the visitor asks about ("is 3000 euros per month enough?", "reichen 3000 €?", "¿con 3000 € alcanza?") is no
budget they set. Said as theirs first ("we have 3000 a month, is that enough?") or called all they have after, it is."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang", [
    ("hi, what does a linkedin campaign usually cost? like is 3000 euros per month enough for B2B? we sell industrial valves", "en"),
    ("reichen 3000 € im Monat für LinkedIn?", "de"),
    ("Sind 3.000 Euro im Monat genug für B2B?", "de"),
    ("est-ce que 3000 € par mois suffisent pour du B2B ?", "fr"),
    ("3000 € par mois, c'est assez ?", "fr"),
    ("¿con 3000 € al mes alcanza para B2B?", "es"),
    ("¿3.000 € al mes es suficiente?", "es"),
    ("3.000 € por mês é suficiente para B2B?", "pt"),
    ("dá para fazer algo com 3 mil reais por mês?", "pt"),
    ("bastano 3.000 € al mese per LinkedIn?", "it"),
    ("3.000 € al mese sono sufficienti?", "it"),
    ("volstaat 3000 euro per maand?", "nl"),
])
def test_a_sum_asked_whether_it_is_enough_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, lang", [
    ("is 3k a month enough? that's all we have", "en"),
    ("is our budget of 3k a month enough?", "en"),
    ("3k a month is enough for us", "en"),
    ("wir haben 3.000 € im Monat, reicht das?", "de"),
    ("tenemos 3.000 € al mes, ¿es suficiente?", "es"),
    ("temos 3 mil reais por mês, é suficiente?", "pt"),
    ("abbiamo 3.000 € al mese, bastano?", "it"),
    ("we hebben 3.000 euro per maand, is dat genoeg?", "nl"),
])
def test_a_sum_said_as_the_visitors_own_stays_the_budget(text, lang):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.period) == (3000, "month")
