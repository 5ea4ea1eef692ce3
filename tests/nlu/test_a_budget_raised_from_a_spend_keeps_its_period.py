"""A budget said as a raise from what was paid a month ("we were paying our old agency 3k a month, happy to go to 4k if
the results are there") is a month's budget too (its period was lost: batch_47). Read in English, French, Spanish,
Italian and Dutch; the German present "wir zahlen" is read as the current budget and the Portuguese "subir para"
keeps no period (left: see the report). A raise towards a one-off thing names no month."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang"), [
    ("we were paying our old agency 3k a month, happy to go to 4k if the results are there", "en"),
    ("we paid our last agency 3k a month, we could go up to 4k", "en"),
    ("Nous payions 3 000 € par mois à notre agence, on peut monter à 4 000 €.", "fr"),
    ("Pagábamos 3.000 € al mes a la agencia, podemos subir a 4.000 €.", "es"),
    ("Pagavamo 3.000 € al mese all'agenzia, possiamo salire a 4.000 €.", "it"),
    ("We betaalden 3.000 euro per maand aan ons bureau, we kunnen verhogen naar 4.000 euro.", "nl"),
])
def test_a_raise_from_a_monthly_spend_is_monthly(text: str, lang: str) -> None:
    budget = extract(text, lang=lang, now=NOW).budget
    assert budget is not None and budget.max == 4000 and budget.period == "month"


def test_a_raise_towards_a_new_website_names_no_month() -> None:
    budget = extract("we were paying 3k a month, happy to go to 10k for a new website", now=NOW).budget
    assert budget is not None and budget.period != "month"
