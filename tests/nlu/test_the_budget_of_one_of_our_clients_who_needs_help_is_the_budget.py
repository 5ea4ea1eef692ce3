"""An agency asking for one of its clients ("one of our clients (a furniture retailer in Leeds) needs help with google
ads. Their budget is around £3k/month") gives the deal's budget, as "for one of our clients" does, in the seven
languages; a client named for something else ("one of our clients left us, their budget was huge") does not."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, currency", [
    ("Hi, we're a small design agency, 6 of us, and one of our clients (a furniture retailer in Leeds) needs help with "
     "google ads. Their budget is around £3k/month, they want to start in January", "en", "GBP"),
    ("Wir sind eine kleine Agentur, und einer unserer Kunden braucht Hilfe mit Google Ads. Ihr Budget liegt bei etwa "
     "3.000 € im Monat.", "de", "EUR"),
    ("Nous sommes une petite agence, un de nos clients a besoin d'aide avec Google Ads. Leur budget est d'environ "
     "3 000 € par mois.", "fr", "EUR"),
    ("Somos una agencia pequeña y uno de nuestros clientes necesita ayuda con Google Ads. Su presupuesto es de unos "
     "3.000 € al mes.", "es", "EUR"),
    ("Somos uma agência pequena e um dos nossos clientes precisa de ajuda com Google Ads. O orçamento deles é de cerca "
     "de 3.000 € por mês.", "pt", "EUR"),
    ("Siamo una piccola agenzia e uno dei nostri clienti ha bisogno di aiuto con Google Ads. Il loro budget è di circa "
     "3.000 € al mese.", "it", "EUR"),
    ("Wij zijn een klein bureau en een van onze klanten heeft hulp nodig met Google Ads. Hun budget is ongeveer "
     "3.000 euro per maand.", "nl", "EUR"),
])
def test_the_clients_monthly_budget_is_the_budget(text: str, lang: str, currency: str) -> None:
    budget = extract(text, now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max, budget.currency, budget.period) == (3000, 3000, currency, "month")


@pytest.mark.parametrize("text", [
    "one of our clients left us last year, their budget was huge, 2M a year",
    "our competitor is huge, their budget is like 2M a year",
])
def test_a_client_or_competitor_named_for_something_else_gives_no_budget(text: str) -> None:
    budget = extract(text, now=NOW).budget
    assert budget is None or budget.min is None
