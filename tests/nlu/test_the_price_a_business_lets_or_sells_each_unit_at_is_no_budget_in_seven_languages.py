"""The price the visitor's business lets or sells each unit at is no budget, in the seven languages: "we run a marina on
the gold coast, berths go for $450/month" (blind batch_61) was read as a $450 a month budget. Rooms, berths,
memberships, classes or tickets that go for, cost or are at a sum, a sum each night, person or seat, and "die kosten
450 €" after "wir vermieten Liegeplätze" price what the business sells. Near misses: a budget said for such units
("our budget for the rooms is 20k"), or said beside their price, is the budget."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we run a marina on the gold coast, berths go for $450/month. want the website redone by end of feb", "en"),
        ("rooms go for €120 a night, we want more direct bookings", "en"),
        ("our memberships are $150/month, we need more members", "en"),
        ("wir vermieten Liegeplätze, die kosten 450 € im Monat", "de"),
        ("Zimmer ab 120 € pro Nacht, wir wollen mehr Direktbuchungen", "de"),
        ("nos chambres sont à 120 € la nuit", "fr"),
        ("les abonnements coûtent 150 € par mois", "fr"),
        ("las habitaciones cuestan 120 € la noche", "es"),
        ("las membresías cuestan 150 € al mes", "es"),
        ("i posti barca costano 450 € al mese", "it"),
        ("camere a 120 € a notte", "it"),
        ("os quartos custam 120 € por noite", "pt"),
        ("as mensalidades custam 150 € por mês", "pt"),
        ("een ligplaats kost 450 euro per maand", "nl"),
        ("kamers voor 120 euro per nacht", "nl"),
    ],
)
def test_the_price_of_a_unit_sold_is_no_budget(text: str, lang: str) -> None:
    for hint in (lang, None):
        assert extract(text, None, now=NOW, lang=hint, default_currency="EUR").budget is None, hint


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        ("our budget for the rooms is 20k", "en", 20000),
        ("budget for classes is 2k a month", "en", 2000),
        ("we can spend 2k a month to fill the rooms", "en", 2000),
        ("rooms go for 120 a night, budget is 2k a month", "en", 2000),
        ("Zimmer ab 120 € pro Nacht, unser Budget ist 2.000 € im Monat", "de", 2000),
        ("we run a marina, we can spend $450/month", "en", 450),
    ],
)
def test_a_budget_said_for_or_beside_such_units_is_the_budget(text: str, lang: str, amount: int) -> None:
    budget = extract(text, None, now=NOW, lang=lang, default_currency="EUR").budget
    assert budget is not None and budget.status == "stated" and budget.min == amount
