"""nlu.language: a short figure said in Spanish with a currency code ("3k por mes en CAD") is Spanish.

Spanish and Portuguese phrases read such a message alike ("por mes" is typed in both), and lingua, short of words,
leaned Portuguese. Unless lingua is clear, the closed-class words break the tie ("en" is Spanish, "em" Portuguese),
then the spelling only one of them has ("año", "al" against "ano", "ão"). Portuguese said with its own words or
letters stays Portuguese; "2k por mes", which either could write, is left to lingua.
"""

import pytest

from nlu.language import language


@pytest.mark.parametrize("text", [
    "3k por mes en CAD", "2k por mes en USD", "4k al mes", "5k al mes en USD", "unos 3k por mes en EUR",
    "10k por año en MXN", "4k al año",
])
def test_a_short_spanish_figure_is_spanish(text):
    assert language(text).code == "es"


@pytest.mark.parametrize("text", [
    # near misses in Portuguese: its own words ("em", "uns", "umas", "reais") or letters ("mês")
    "3k por mês em CAD", "5 mil por mes em BRL", "uns 3 mil por mes em reais", "uns 4k por mes", "umas 4 mil por mes",
    "3k por mês", "10k por ano em BRL", "10.000 € por ano",
])
def test_a_short_portuguese_figure_stays_portuguese(text):
    assert language(text).code == "pt"


@pytest.mark.parametrize("text, code", [
    # the other languages' short figures with a code keep their language
    ("3k per mese in CHF", "it"), ("3k pro Monat in CHF", "de"), ("3k par mois en CAD", "fr"), ("3k per maand in EUR", "nl"),
    ("3k a month in CAD", "en"),
])
def test_a_short_figure_of_another_language_keeps_it(text, code):
    assert language(text).code == code


@pytest.mark.parametrize("text, code", [
    # lingua clear between the tied languages keeps its word: "dos" is Portuguese's "of the" too
    ("en dos semanas", "es"), ("em duas semanas", "pt"),
])
def test_a_tie_lingua_decides_clearly_stays_lingua_s(text, code):
    assert language(text).code == code
