"""A business invoicing a sum ("la empresa factura 5 millones de euros al año", "estamos facturando 2,5 millones",
"il gruppo fattura circa 3 miliardi") states its revenue, not a budget; "3.000 millones" is three thousand millions.
An invoice, the noun ("la factura del mes pasado"), is no revenue."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, amount", [
    ("La empresa factura 5 millones de euros al año", "es", 5_000_000),
    ("Estamos facturando 2,5 millones", "es", 2_500_000),
    ("Factura unos 3.000 millones al año.", "es", 3_000_000_000),
    ("A empresa fatura cerca de 12 milhões por ano", "pt", 12_000_000),
    ("L'azienda fattura circa 40 milioni l'anno", "it", 40_000_000),
])
def test_the_sum_invoiced_is_the_revenue(text, lang, amount):
    attributes = extract(text, lang=lang, now=NOW)
    assert attributes.revenue.min == amount and attributes.budget is None


@pytest.mark.parametrize("text, lang", [
    ("La factura del mes pasado fue de 3.000 €", "es"),
    ("A fatura do mês passado foi de 3.000 €", "pt"),
    ("La fattura del mese scorso era di 3.000 €", "it"),
])
def test_an_invoice_is_no_revenue(text, lang):
    assert extract(text, lang=lang, now=NOW).revenue is None
