"""A bare figure said of what the business counts is no budget: a noun counted right before it ("new-patient bookings,
currently ~600/month", "Besucher: etwa 40.000 pro Monat"), or a count said before it in the sentence that its clause
carries on ("~22k visits/month in 2023, now it's like 6k"). A sum said with a word of money stays the budget."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang", [
    ("Need more new-patient bookings, currently ~600/month", "en"),
    ("the old site got ~22k visits/month in 2023, now it's like 6k", "en"),
    ("traffic is around 15k a month", "en"),
    ("Wir brauchen mehr Buchungen, aktuell ca. 600 im Monat", "de"),
    ("On veut plus de réservations, actuellement environ 600 par mois", "fr"),
    ("Necesitamos más reservas, ahora mismo unas 600 al mes", "es"),
    ("Precisamos de mais marcações, atualmente cerca de 600 por mês", "pt"),
    ("o tráfego é de uns 15 mil por mês", "pt"),
    ("Vogliamo più prenotazioni, attualmente circa 600 al mese", "it"),
    ("We willen meer boekingen, nu zo'n 600 per maand", "nl"),
])
def test_a_bare_figure_that_counts_what_is_named_before_it_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, lang, low, period", [
    # near misses: the figure is said as money, or said after something else than the count
    ("we get 600 bookings a month and could spend 2k a month", "en", 2000, "month"),
    ("we get 22k visits a month, budget maybe 6k", "en", 6000, None),
    ("bookings are slow, so maybe 2k a month", "en", 2000, "month"),
    ("we have about 200 customers, 5k a month", "en", 5000, "month"),
    ("Wir brauchen mehr Buchungen, unser Budget ist 600 € im Monat", "de", 600, "month"),
    ("On veut plus de réservations, on peut mettre 600 € par mois", "fr", 600, "month"),
])
def test_a_figure_said_as_money_beside_a_count_stays_the_budget(text, lang, low, period):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.period) == (low, period)
