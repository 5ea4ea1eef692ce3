"""The contract value of a tender the visitor puts out ("we're putting out a tender for a website rebuild, contract
value up to £80,000") is the budget, up to it as a ceiling, in seven languages; a contract value of their own sales,
with no tender, stays a deal size and no budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, currency", [
    ("This is for Westshire County Council, we're putting out a tender for a website rebuild, "
     "contract value up to £80,000, tender closes 16 January", "en", "GBP"),
    ("RFP for a new CRM rollout, contract value up to $80k", "en", "USD"),
    ("Ausschreibung für einen Website-Relaunch, Auftragswert bis 80.000 €", "de", "EUR"),
    ("licitación para rehacer la web, valor del contrato hasta 80.000 €", "es", "EUR"),
    ("licitação para refazer o site, valor do contrato até 80.000 €", "pt", "EUR"),
    ("gara d'appalto per il rifacimento del sito, valore del contratto fino a 80.000 €", "it", "EUR"),
    ("aanbesteding voor een nieuwe website, contractwaarde tot €80.000", "nl", "EUR"),
])
def test_a_tenders_contract_value_is_the_budget_ceiling(text, lang, currency):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.currency) == (None, 80000, currency)


@pytest.mark.parametrize("text", [
    "we sell maintenance deals, average contract value is about $80k",
    "our typical contract value is £80,000, we need more leads",
])
def test_a_contract_value_of_their_own_sales_is_no_budget(text):
    assert extract(text, now=NOW).budget is None
