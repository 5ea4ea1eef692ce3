"""Timing: a time that dates a round of planning ("no rush at all, just gathering info for next year's planning",
batch_57 read a start in July) is when the visitor plans, not when they start: with no rush said, no timeline, in
the seven languages; a start said beside the planning, or "we're planning for next year", is still when."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("no rush at all, just gathering info for next year's planning", "en"),
    ("keine Eile, sammle nur Infos für die Planung des nächsten Jahres", "de"),
    ("keine Eile, nur Infos für die Jahresplanung 2027", "de"),
    ("pas pressé, je collecte juste des infos pour la planification de l'année prochaine", "fr"),
    ("sin prisa, solo recopilando info para la planificación del año que viene", "es"),
    ("sem pressa, só a recolher info para o planeamento do próximo ano", "pt"),
    ("nessuna fretta, raccolgo solo info per la pianificazione dell'anno prossimo", "it"),
    ("geen haast, verzamel alleen info voor de planning van volgend jaar", "nl"),
])
def test_a_time_of_planning_with_no_rush_is_no_timeline(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "no_timeline" and timing.horizon_days is None


@pytest.mark.parametrize(("text", "lang"), [
    ("we're planning for next year", "en"),
    ("doing next year's planning now, want to start in Q1", "en"),
])
def test_a_start_said_beside_planning_is_still_when(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "stated" and timing.horizon_days is not None
