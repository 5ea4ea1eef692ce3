"""Timing: a vague period refined by a month said after "so", "donc", "also", "dus", "quindi", "então", "entonces",
"i.e.", "d.h." ("Idéalement avant la première neige l'an prochain, donc genre octobre", read in play as the middle of
next year) is that month, in the seven languages; a period refined by no month stays the period."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Idéalement avant la première neige l'an prochain, donc genre octobre", "fr"),
    ("ideally before the first snow next year, so like October", "en"),
    ("next year, i.e. October", "en"),
    ("nächstes Jahr, d.h. Oktober", "de"),
    ("nächstes Jahr, also Oktober", "de"),
    ("el año que viene, o sea octubre", "es"),
    ("el próximo año, entonces octubre", "es"),
    ("l'anno prossimo, quindi ottobre", "it"),
    ("ano que vem, então outubro", "pt"),
    ("volgend jaar, dus oktober", "nl"),
])
@pytest.mark.parametrize("field", [None, "timing"])
def test_a_period_then_so_a_month_is_that_month(text: str, lang: str, field: str | None) -> None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith("2027-10")


@pytest.mark.parametrize(("text", "lang"), [
    ("next year, i.e. once we've hired", "en"),
    ("l'an prochain, donc après notre déménagement", "fr"),
])
def test_a_period_refined_by_no_month_stays_the_period(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith("2027-")
    assert not timing.target_date.startswith("2027-10")
