"""What an invoice of last month came to ("La factura del mes pasado fue de 3.000 €", "Die Rechnung letzten Monat lag bei
3.000 €") is a past payment, no budget, in seven languages; a budget said for next month still is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("last month's invoice from our agency was $3,000", "en"),
    ("Die Rechnung letzten Monat lag bei 3.000 €", "de"),
    ("La facture du mois dernier était de 3 000 €", "fr"),
    ("La factura del mes pasado fue de 3.000 €", "es"),
    ("A fatura do mês passado foi de 3.000 €", "pt"),
    ("La fattura del mese scorso era di 3.000 €", "it"),
    ("De factuur van vorige maand was 3.000 euro", "nl"),
])
def test_last_months_invoice_is_no_budget(text, lang):
    attributes = extract(text, lang=lang, now=NOW)
    assert attributes.budget is None and attributes.revenue is None


@pytest.mark.parametrize("text, lang", [
    ("Für nächsten Monat haben wir ein Budget von 3.000 €", "de"),
    ("Para el mes que viene tenemos un presupuesto de 3.000 €", "es"),
])
def test_a_budget_for_next_month_is_still_the_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget.min == 3000
