"""Budget: a sum said of what running the business costs, payroll, salaries, rent, overheads ("Payroll is our biggest
cost, roughly 90k a month on salaries alone", batch_57 read a 90k budget), is a cost of the visitor's, neither a
budget for us nor a revenue, in the seven languages; a budget said beside such a cost, or after it with a word of
spending, is still the budget."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Payroll is our biggest cost, roughly 90k a month on salaries alone", "en"),
    ("Rent is our biggest cost, about 8k a month", "en"),
    ("we pay 12k a month in salaries", "en"),
    ("we spend 90k a month on wages", "en"),
    ("overheads run to about 20k a month", "en"),
    ("Die Gehälter sind unser größter Kostenpunkt, etwa 90.000 € im Monat", "de"),
    ("Die Miete kostet uns 8.000 € im Monat", "de"),
    ("la masse salariale est notre plus gros poste, environ 90 000 € par mois", "fr"),
    ("le loyer nous coûte 8 000 € par mois", "fr"),
    ("la nómina es nuestro mayor gasto, unos 90.000 € al mes", "es"),
    ("pagamos 12.000 € al mes en sueldos", "es"),
    ("a folha de pagamento é o nosso maior custo, uns 90 mil por mês", "pt"),
    ("pagamos 12 mil por mês em salários", "pt"),
    ("gli stipendi sono il costo più alto, circa 90.000 € al mese", "it"),
    ("l'affitto ci costa 8.000 € al mese", "it"),
    ("de salarissen zijn onze grootste kost, zo'n 90.000 euro per maand", "nl"),
    ("de huur kost ons 8.000 euro per maand", "nl"),
])
def test_a_sum_said_of_running_costs_is_no_budget_and_no_revenue(text: str, lang: str) -> None:
    found = extract(text, None, now=NOW, lang=lang)
    assert found.budget is None and found.revenue is None


@pytest.mark.parametrize(("text", "lang", "amount"), [
    ("our payroll is 90k a month and we can spend 3k a month on ads", "en", 3000),
    ("Payroll is our biggest cost, roughly 90k a month on salaries alone, budget for ads maybe 2k", "en", 2000),
    ("we have 40 staff on payroll, budget is 5k a month", "en", 5000),
    ("we rent out boats, budget around 5k", "en", 5000),
    ("die Miete kostet uns 8.000 € im Monat, fürs Marketing haben wir ein Budget von 2.000 € im Monat", "de", 2000),
    ("le loyer nous coûte 8 000 € par mois, pour le marketing on a un budget de 2 000 € par mois", "fr", 2000),
    ("el alquiler nos cuesta 8.000 € al mes, para marketing tenemos un presupuesto de 2.000 € al mes", "es", 2000),
    ("o aluguel custa 8 mil por mês, para marketing temos um orçamento de 2 mil por mês", "pt", 2000),
    ("l'affitto costa 8.000 € al mese, per il marketing abbiamo un budget di 2.000 € al mese", "it", 2000),
    ("de huur kost ons 8.000 euro per maand, voor marketing hebben we een budget van 2.000 euro per maand", "nl", 2000),
])
def test_a_budget_said_beside_a_running_cost_is_the_budget(text: str, lang: str, amount: int) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max, budget.status) == (amount, amount, "stated")


def test_a_running_cost_typed_at_the_budget_question_is_no_budget() -> None:
    budget = extract("90k a month on salaries, nothing set aside for marketing", "budget", now=NOW).budget
    assert budget is None or budget.min is None
