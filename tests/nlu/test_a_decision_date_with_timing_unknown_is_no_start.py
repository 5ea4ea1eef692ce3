"""A date that dates a decision ("the board meets in january to decide") is when the visitor decides, not when work
starts: said with the timing unknown ("honestly no idea on budget or timing yet"), the timing is unknown, not a date
in January (invented: batch_47), in the seven languages. A start said beside the decision, or a decision date with no
word that the timing is unknown, is still read."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "honestly no idea on budget or timing yet, the board meets in january to decide",
    "timeline is tbd, our directors vote on it in february",
    "Zeitplan noch unklar, der Vorstand entscheidet im Januar.",
    "Calendrier encore flou, le conseil décide en janvier.",
    "Plazos aún sin definir, la junta decide en enero.",
    "Prazo ainda indefinido, a diretoria decide em janeiro.",
    "Tempistiche ancora da definire, il consiglio decide a gennaio.",
    "Planning nog onduidelijk, het bestuur beslist in januari.",
])
def test_a_decision_date_with_the_timing_unknown_is_unknown(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.timing is not None
    assert found.timing.status == "unknown"
    assert found.timing.horizon_days is None


def test_at_the_timing_question_a_decision_date_said_with_not_sure_is_unknown() -> None:
    found = extract("not sure yet, the board meets in march to decide", "timing", now=NOW)
    assert found.timing is not None and found.timing.status == "unknown"


@pytest.mark.parametrize("text", [
    "no idea on budget, but we want to start in january",
    "timing is unclear, we want to start in march",
    "not sure on timing, the board approves it in January and we'd kick off right after, in February",
])
def test_a_start_said_beside_it_is_still_read(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.timing is not None and found.timing.status == "stated"
