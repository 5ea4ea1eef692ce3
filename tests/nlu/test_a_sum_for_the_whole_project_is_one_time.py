"""A sum said to be for the whole project ("Al massimo 10.000 euro per tutto il progetto") is a one-time budget (its
period was lost: batch_47), in the seven languages; a sum a month for the project keeps its month."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "Al massimo 10.000 euro per tutto il progetto.",
    "10.000 euro per l'intero progetto",
    "max 10k for the entire project",
    "Maximal 10.000 Euro für das gesamte Projekt.",
    "Höchstens 10.000 Euro für das ganze Projekt.",
    "10 000 € maximum pour tout le projet.",
    "Como máximo 10.000 euros para todo el proyecto.",
    "No máximo 10.000 euros para o projeto todo.",
    "No máximo 10.000 euros para o projeto inteiro.",
    "Maximaal 10.000 euro voor het hele project.",
])
def test_a_sum_for_the_whole_project_is_one_time(text: str) -> None:
    found = extract(text, "budget", now=NOW)
    assert found.budget is not None and found.budget.max == 10000
    assert found.budget.period == "one_time"


@pytest.mark.parametrize("text", [
    "2.000 euro al mese per tutto il progetto",
    "2.000 Euro pro Monat für das gesamte Projekt",
])
def test_a_sum_a_month_keeps_its_month(text: str) -> None:
    found = extract(text, "budget", now=NOW)
    assert found.budget is not None and found.budget.period == "month"
