"""A hedged higher figure said after a sum ("X, maybe Y", "X, vielleicht auch Y", "X, peut-être même Y") is the
range X to Y, the bare Y at X's scale, lakh included: "around 2 lakh per month, maybe 2.5" was 2 lakh alone (a bare
figure took only the thousand's or the million's scale), and German "vielleicht auch", Italian "forse anche", Dutch
"misschien ook" were not read as "maybe". Near misses: "maybe less" names no top; a lower figure after "maybe" is no
stretch."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang, low, high", [
    ("around 2 lakh per month, maybe 2.5", "en", 200000, 250000),
    ("3 lakh a month, maybe 3.5", "en", 300000, 350000),
    ("5k a month, maybe 6", "en", 5000, 6000),
    ("5.000 im Monat, vielleicht auch 6", "de", 5000, 6000),
    ("5 000 par mois, peut-être même 6", "fr", 5000, 6000),
    ("5 000 par mois, peut-être 6", "fr", 5000, 6000),
    ("5.000 al mes, quizás 6", "es", 5000, 6000),
    ("5.000 al mese, forse anche 6", "it", 5000, 6000),
    ("5 mil por mês, talvez 6", "pt", 5000, 6000),
    ("5.000 per maand, misschien ook 6", "nl", 5000, 6000),
])
def test_the_hedged_higher_figure_is_the_top(text: str, lang: str, low: int, high: int) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (low, high, "month")


@pytest.mark.parametrize("text, lang", [
    ("2 lakh a month, maybe less", "en"),
    ("5.000 im Monat, vielleicht auch weniger", "de"),
    ("5.000 al mese, forse anche meno", "it"),
])
def test_maybe_less_names_no_top(text: str, lang: str) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.min == budget.max
