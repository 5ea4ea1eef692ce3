"""When the visitor wants to start, said with a noun of starting ("Start", "démarrage", "inicio", "avvio", "kick-off")."""

import pytest

from nlu import extract

NOW = "2026-12-03"  # a Thursday: "next month" is January 2027


@pytest.mark.parametrize("text, low, high", [
    ("démarrage le mois prochain", 29, 59),
    ("le lancement est prévu pour mars", 88, 118),
    ("Projektstart im Februar", 60, 87),
    ("Beginn im April", 119, 148),
    ("inicio en enero", 29, 59),
    ("el arranque sería en febrero", 60, 87),
    ("início em março", 88, 118),
    ("avvio a settembre", 272, 301),
    ("l'avvio è previsto a gennaio", 29, 59),
    ("aftrap in februari", 60, 87),
    ("kick-off next month", 29, 59),
    ("rollout in Q2", 119, 209),
])
def test_a_start_named_by_a_noun_in_free_text_is_the_timing(text, low, high):
    timing = extract(text, now=NOW).timing
    assert timing is not None and timing.status == "stated", text
    assert low <= timing.horizon_days <= high


@pytest.mark.parametrize("text", ["Anfang März", "début mars", "a inicio de marzo empezamos"])
def test_the_beginning_of_a_month_is_still_early_in_it(text):
    timing = extract(text, now=NOW).timing
    assert timing is not None and 88 <= timing.horizon_days <= 98
