"""Dutch says "about six weeks" as "een week of zes", and "about two months" as "een maand(je) of twee": "over een week
of zes" was a start in one week (the lead's checks of the seven languages, issue 14). Near misses: a week, or two said
apart ("over een week, of twee") keeps the first span; a head count said so ("een man of twintig") stays 20."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "days"), [
    ("over een week of zes", 42),
    ("een maand of drie", 91),
    ("over een maandje of twee", 61),
    ("een weekje of drie", 21),
])
def test_the_span_is_about_that_many(text: str, days: int) -> None:
    timing = extract(text, now=NOW, field="timing", lang="nl").timing
    assert timing is not None and timing.horizon_days == days, timing


def test_a_week_then_two_said_apart_keeps_the_week() -> None:
    timing = extract("over een week, of twee", now=NOW, field="timing", lang="nl").timing
    assert timing is not None and timing.horizon_days == 7, timing


def test_a_head_count_said_so_stays_the_count() -> None:
    size = extract("we zijn met een man of twintig", now=NOW, field="company_size", lang="nl").company_size
    assert size is not None and (size.min, size.max) == (20, 20), size
