"""Budget and revenue: thousands and millions said in words with a half ("so zweieinhalbtausend im Monat, maximal
drei", read as a ceiling of 3), in the seven languages ("anderthalbtausend", "tweeënhalfduizend", "dois mil e meio",
"dos mil y medio", "duemila e mezzo", "deux mille et demi", "zweieinhalb Millionen"), are the sum, and a bare ceiling
after it takes its scale; Portuguese "uns dois mil" is about two thousand, not "a couple of" a thousand; a half that
is no scale's ("tweeënhalf jaar") stays a span of time."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("so zweieinhalbtausend im Monat, maximal drei", "de", 2500, 3000),
    ("anderthalbtausend im Monat", "de", 1500, 1500),
    ("zo'n tweeënhalfduizend per maand, maximaal drie", "nl", 2500, 3000),
    ("uns dois mil e quinhentos por mês, no máximo três mil", "pt", 2500, 3000),
    ("dois mil e meio por mês", "pt", 2500, 2500),
    ("nuestro presupuesto es de unos dos mil quinientos euros al mes, como máximo tres mil", "es", 2500, 3000),
    ("dos mil y medio al mes", "es", 2500, 2500),
    ("duemila e mezzo al mese, massimo tre", "it", 2500, 3000),
    ("deux mille cinq cents par mois, maximum trois", "fr", 2500, 3000),
    ("deux mille et demi par mois", "fr", 2500, 2500),
    ("two and a half thousand a month", "en", 2500, 2500),
])
def test_a_monthly_budget_in_words_with_a_half_is_the_sum(text: str, lang: str, low: int, high: int) -> None:
    budget = extract(text, "budget", now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (low, high, "month")


@pytest.mark.parametrize(("text", "lang"), [
    ("zweieinhalb Millionen Umsatz", "de"),
    ("anderhalf miljoen omzet", "nl"),
    ("faturamos um milhão e meio por ano", "pt"),
])
def test_a_revenue_in_millions_with_a_half_is_the_sum(text: str, lang: str) -> None:
    revenue = extract(text, None, now=NOW, lang=lang).revenue
    assert revenue is not None and revenue.min in (1_500_000, 2_500_000)


@pytest.mark.parametrize(("text", "lang"), [
    ("we zijn tweeënhalf jaar geleden begonnen", "nl"),
    ("vor zweieinhalb Jahren gegründet", "de"),
    ("uns dois clientes grandes", "pt"),
])
def test_a_half_of_no_scale_is_no_sum(text: str, lang: str) -> None:
    found = extract(text, None, now=NOW, lang=lang)
    assert found.budget is None and found.revenue is None
