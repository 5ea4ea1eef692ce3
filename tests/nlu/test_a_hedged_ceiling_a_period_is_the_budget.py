"""A hedged ceiling said with a period ("ok maybe up to 2500 a month") is the budget, in free text or at another
question, in the seven languages; a ceiling on what is counted each period is not (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang", "field", "amount"), [
    ("ok maybe up to 2500 a month", "en", None, 2500),
    ("ok maybe up to 2500 a month", "en", "timing", 2500),
    ("maybe up to 2500 a month", "en", "company_size", 2500),
    ("perhaps up to 3k per month", "en", None, 3000),
    ("hmm probably up to 1800 per month", "en", None, 1800),
    ("fine, say up to 4k a month at most", "en", "need", 4000),
    ("ok, vielleicht bis zu 2500 im Monat", "de", None, 2500),
    ("naja, höchstens vielleicht 1.800 € pro Monat", "de", None, 1800),
    ("ok peut-être jusqu'à 2500 par mois", "fr", None, 2500),
    ("ok peut-être jusqu'à 2500 par mois", "fr", "timing", 2500),
    ("bon, peut-être jusqu'à 1800 € mensuels", "fr", None, 1800),
    ("vale, quizás hasta 2500 al mes", "es", None, 2500),
    ("pues quizá hasta 1.800 € mensuales", "es", None, 1800),
    ("ok, talvez até 2500 por mês", "pt", None, 2500),
    ("hum, talvez até uns 1800 euros por mês", "pt", None, 1800),
    ("ok, forse fino a 2500 al mese", "it", None, 2500),
    ("mah, magari fino a 1800 euro al mese", "it", None, 1800),
    ("ok, misschien tot 2500 per maand", "nl", None, 2500),
    ("ok, misschien tot 2500 per maand", "nl", "timing", 2500),
    ("tja, misschien tot zo'n 1800 euro per maand", "nl", None, 1800),
])
def test_a_hedged_ceiling_with_a_period_is_the_most_they_would_pay(text: str, lang: str, field: str | None, amount: int) -> None:
    budget = extract(text, field=field, now=NOW, lang=lang).budget
    assert budget is not None and (budget.max, budget.period) == (amount, "month")


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("2500 a month max", "en", "timing"), ("max 2500/month", "en", "need"), ("2500 a month tops", "en", None),
    ("no more than 2500 monthly", "en", None), ("maximal 2500 im Monat", "de", None), ("höchstens 2500 pro Monat", "de", "timing"),
    ("2500 par mois maximum", "fr", None), ("pas plus de 2500 par mois", "fr", None), ("máximo 2500 al mes", "es", None),
    ("como mucho 2500 al mes", "es", None), ("no máximo 2500 por mês", "pt", None), ("al massimo 2500 al mese", "it", None),
    ("non più di 2500 al mese", "it", None), ("maximaal 2500 per maand", "nl", None), ("hooguit 2500 per maand", "nl", None),
])
def test_a_ceiling_said_after_or_without_a_hedge_is_the_budget_too(text: str, lang: str, field: str | None) -> None:
    budget = extract(text, field=field, now=NOW, lang=lang).budget
    assert budget is not None and (budget.max, budget.period) == (2500, "month")


@pytest.mark.parametrize(("text", "lang", "amount", "period"), [
    ("ok maybe up to 30k a year", "en", 30000, "year"), ("perhaps up to 8k per quarter", "en", 8000, "quarter"),
    ("vielleicht bis zu 30.000 im Jahr", "de", 30000, "year"), ("quizás hasta 8.000 al trimestre", "es", 8000, "quarter"),
])
def test_a_hedged_ceiling_a_year_or_a_quarter_keeps_its_period(text: str, lang: str, amount: int, period: str) -> None:
    budget = extract(text, field="timing", now=NOW, lang=lang).budget
    assert budget is not None and (budget.max, budget.period) == (amount, period)


@pytest.mark.parametrize("text", [
    "up to 2500 visitors a month", "we get up to 2500 leads per month", "maybe up to 300 orders a month",
    "we handle up to 2500 calls a month",
])
def test_a_ceiling_on_what_is_counted_each_month_is_no_budget(text: str) -> None:
    assert extract(text, now=NOW).budget is None


def test_a_bare_figure_a_month_with_no_ceiling_word_at_another_question_stays_unread() -> None:
    assert extract("2500 a month", field="timing", now=NOW).budget is None


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("maybe up to two thousand a month", "en", None), ("maybe up to 2000 per month", "en", "timing"),
    ("vielleicht bis zu zweitausend im Monat", "de", None), ("peut-être jusqu'à deux mille par mois", "fr", None),
    ("quizás hasta dos mil al mes", "es", None), ("talvez até dois mil por mês", "pt", None), ("forse fino a duemila al mese", "it", None),
    ("misschien tot tweeduizend per maand", "nl", None),
])
def test_a_ceiling_in_words_or_near_a_years_number_is_the_budget(text: str, lang: str, field: str | None) -> None:
    budget = extract(text, field=field, now=NOW, lang=lang).budget
    assert budget is not None and (budget.max, budget.period) == (2000, "month")


@pytest.mark.parametrize("text", ["founded in 2009", "since 2000 per our records"])
def test_a_year_is_still_no_budget(text: str) -> None:
    assert extract(text, field="budget", now=NOW).budget is None
