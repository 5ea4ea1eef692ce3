"""When to start: a budget said to be spent from a time ("Head of Growth at a fintech in Manchester ... Budget's
£8-10k/month from Jan", batch_50 read no timing) starts then, in the seven languages; a spend since a time, one that
was running then, a revenue from a time, or a budget for a year is no start."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"  # January is 2027-01, 28 to 58 days away


@pytest.mark.parametrize(("text", "lang", "month"), [
    ("Head of Growth at a fintech in Manchester, ~70 people. Budget's £8-10k/month from Jan", "en", "2027-01"),
    ("Budget 5k a month from March", "en", "2027-03"),
    ("budget is €3k/month starting February", "en", "2027-02"),
    ("we'll have a budget of 4k per month as of January", "en", "2027-01"),
    ("Budget 5.000 € pro Monat ab Januar", "de", "2027-01"),
    ("budget de 5 000 € par mois à partir de janvier", "fr", "2027-01"),
    ("presupuesto de 5.000 € al mes a partir de enero", "es", "2027-01"),
    ("orçamento de 5.000 € por mês a partir de janeiro", "pt", "2027-01"),
    ("budget di 5.000 € al mese da gennaio", "it", "2027-01"),
    ("budget van 5.000 euro per maand vanaf januari", "nl", "2027-01"),
])
def test_a_budget_spent_from_a_time_starts_then(text: str, lang: str, month: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(month)


@pytest.mark.parametrize("text", [
    "we spend 5k a month since January",
    "our budget for 2027 is 50k",
    "revenue 2M from January to now",
    "we get 300 leads a month from January on, typically",
    "budget 5k a month, the agency was hired in January",
])
def test_a_spend_since_a_time_or_a_revenue_from_it_is_no_start(text: str) -> None:
    timing = extract(text, None, now=NOW).timing
    assert timing is None or timing.target_date is None
