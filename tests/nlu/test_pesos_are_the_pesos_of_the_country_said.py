"""Pesos are the country's: "300 millones de pesos colombianos", "50 million Colombian pesos" are COP, "pesos
chilenos" CLP, "pesos argentinos" ARS; a bare "pesos" from a visitor who names Colombia, Chile or Argentina is that
country's peso, and stays the Mexican peso otherwise; "mexican pesos" stay MXN wherever the visitor is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, currency", [
    ("Soy el CMO de una cadena de retail en Bogotá, presupuesto de unos 300 millones de pesos colombianos", "es", "COP"),
    ("presupuesto de 300 millones de pesos colombianos", "es", "COP"),
    ("budget of about 50 million Colombian pesos", "en", "COP"),
    ("tenemos 20 millones de pesos chilenos para marketing", "es", "CLP"),
    ("around 40 million Chilean pesos a year", "en", "CLP"),
    ("unos 5 millones de pesos argentinos por mes", "es", "ARS"),
    ("orçamento de 300 milhões de pesos colombianos", "pt", "COP"),
    ("budget 80 mil pesos mexicanos al mes", "es", "MXN"),
    ("we are in Medellín, Colombia, budget around 200 million pesos", "en", "COP"),
    ("estamos en Santiago de Chile, presupuesto de 15 millones de pesos", "es", "CLP"),
    ("estamos en Monterrey, presupuesto de 200 mil pesos al mes", "es", "MXN"),
    ("presupuesto de 200 mil pesos al mes", "es", "MXN"),
    ("we're in Bogotá but the budget is 50k mexican pesos", "en", "MXN"),
])
def test_the_peso_is_the_countrys(text, lang, currency):
    assert extract(text, lang=lang, now=NOW).budget.currency == currency


def test_the_amount_is_kept():
    budget = extract("presupuesto de unos 300 millones de pesos colombianos", lang="es", now=NOW).budget
    assert (budget.min, budget.max) == (300_000_000, 300_000_000)
