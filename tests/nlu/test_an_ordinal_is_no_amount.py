"""An ordinal is no amount (``nlu.numbers``): "Prima una domanda: …" at the budget question is no budget of 1.

Persona set 8's francesca opened her answer to the budget question with "Prima una domanda:" ("first, a
question"), and the bot noted "un budget di circa 1 €": text2num writes "prima" as "1ª", which was read as 1.
"""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Prima una domanda: un audit SEO da voi costa più di 2.000 euro?", "it"),
    ("Prima domanda: quanto costate?", "it"),
    ("il secondo piano è il nostro ufficio", "it"),
    ("la primera pregunta: ¿cuánto cuesta?", "es"),
    ("primero una pregunta, ¿trabajan con pymes?", "es"),
    ("a primeira pergunta: quanto custa?", "pt"),
    ("primeiro, uma dúvida", "pt"),
])
def test_an_ordinal_said_at_the_budget_question_is_no_budget(text: str, lang: str) -> None:
    assert extract(text, field="budget", now=NOW, lang=lang).budget is None


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("a partir do 2º trimestre", "pt", 118, 208),
    ("dal 1º aprile", "it", 118, 118),
    ("el 1º de abril", "es", 118, 118),
])
def test_an_ordinal_in_a_date_still_dates_it(text: str, lang: str, low: int, high: int) -> None:
    timing = extract(text, field="timing", now=NOW, lang=lang).timing
    assert timing is not None and low <= (timing.horizon_days or -1) <= high, timing


@pytest.mark.parametrize(("text", "lang", "amount"), [
    ("circa 2.000 euro al mese", "it", 2000), ("uns 20 mil reais", "pt", 20000), ("unos 1.500 €", "es", 1500),
])
def test_an_amount_is_still_read(text: str, lang: str, amount: int) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.min == amount
