"""A month described as a slow or busy time of the visitor's business, said beside "as soon as possible", is the
reason for the haste, not the start (issue 14): "as soon as possible, January is always dead for us" gave January.
Compare a busy rush season, which is no haste (test_a_busy_rush_season_is_no_haste). A month said as the start, or as
the ideal, still is."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("as soon as possible, January is always dead for us", "en"),
    ("so schnell wie möglich, der Januar ist bei uns immer tot", "de"),
    ("dès que possible, janvier est toujours mort chez nous", "fr"),
    ("lo antes posible, enero siempre está muerto para nosotros", "es"),
    ("il prima possibile, gennaio è sempre morto per noi", "it"),
    ("o quanto antes, janeiro é sempre parado para nós", "pt-BR"),
    ("o mais rápido possível, janeiro é sempre parado para nós", "pt-PT"),
    ("zo snel mogelijk, januari is bij ons altijd dood", "nl"),
])
@pytest.mark.parametrize("field", [None, "timing"])
def test_the_haste_stands_beside_a_slow_month(text: str, lang: str, field: str | None) -> None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    assert timing is not None and timing.horizon_days is not None and timing.horizon_days <= 7


@pytest.mark.parametrize(("text", "day"), [
    ("asap, ideally January", "2027-01-16"),
    ("start in January, December is always dead", "2027-01-16"),
    ("we're slammed in December, start in January", "2027-01-16"),
    ("January", "2027-01-16"),
])
def test_a_month_said_as_the_start_is_still_the_start(text: str, day: str) -> None:
    timing = extract(text, "timing", now=NOW, lang="en").timing
    assert timing is not None and timing.target_date == day
