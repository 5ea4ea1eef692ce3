"""Timing: a fall said after the time that opens the sentence ("This year sales have dropped", read as a deadline this
December at the timing question) is what went wrong then, not when to start, in the seven languages; an aim said
after the fall still dates the start, and a wish in the same words ("this year we want to ...") is an aim."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("This year sales have dropped", "en"),
    ("this year our leads have really dried up", "en"),
    ("This year sales to the big farms dropped a lot", "en"),
    ("cette année les ventes ont chuté", "fr"),
    ("este año las ventas han caído", "es"),
    ("quest'anno le vendite sono calate", "it"),
    ("este ano as vendas caíram", "pt"),
    ("dit jaar zijn de leads gedaald", "nl"),
    ("dieses Jahr sind die Umsätze gesunken", "de"),
])
def test_a_fall_said_after_the_time_is_no_timing(text: str, lang: str) -> None:
    assert extract(text, "timing", now=NOW, lang=lang).timing is None


@pytest.mark.parametrize(("text", "field", "day"), [
    ("This year sales have dropped, we want to relaunch in March", None, "2027-03-"),
    ("this year leads dried up, we need help by March", "timing", "2027-03-"),
    ("this year we want to fix what dropped", "timing", "2026-12-"),
])
def test_an_aim_beside_the_fall_still_dates_the_start(text: str, field: str | None, day: str) -> None:
    timing = extract(text, field, now=NOW).timing
    assert timing is not None and (timing.target_date or "").startswith(day)
