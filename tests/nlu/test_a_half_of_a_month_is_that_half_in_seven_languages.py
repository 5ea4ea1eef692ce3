"""Timing: a half of a month ("in the second half of January", "a partir de la segunda quincena de enero", persona set
13's lucía; "la deuxième quinzaine de janvier", "nella seconda metà di gennaio", "a partir da segunda quinzena de
janeiro", "de tweede helft van januari", "ab der zweiten Januarhälfte") is that half, not the month's middle nor its 15th, at the timing question
and in free text; a half of a month said of the past is no start, and a date on the 15th stays the 15th."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("in the second half of January", "en", "2027-01-16", "2027-01-31"),
    ("first half of February", "en", "2027-02-01", "2027-02-14"),
    ("a partir de la segunda quincena de enero", "es", "2027-01-16", "2027-01-31"),
    ("la primera quincena de febrero", "es", "2027-02-01", "2027-02-14"),
    ("à partir de la deuxième quinzaine de janvier", "fr", "2027-01-16", "2027-01-31"),
    ("nella seconda metà di gennaio", "it", "2027-01-16", "2027-01-31"),
    ("a partir da segunda quinzena de janeiro", "pt", "2027-01-16", "2027-01-31"),
    ("in de tweede helft van januari", "nl", "2027-01-16", "2027-01-31"),
    # German says the half and its month in one word
    ("ab der zweiten Januarhälfte", "de", "2027-01-16", "2027-01-31"),
    ("in der ersten Februarhälfte", "de", "2027-02-01", "2027-02-14"),
])
@pytest.mark.parametrize("field", ["timing", None])
def test_a_half_of_a_month_is_a_day_in_that_half(text: str, lang: str, low: str, high: str, field: str | None) -> None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and low <= timing.target_date <= high


@pytest.mark.parametrize("text", [
    "revenue was flat in the second half of 2026",
    "we lost 3 clients in the first half of November",
])
def test_a_half_said_of_the_past_is_no_start(text: str) -> None:
    assert extract(text, None, now=NOW, lang="en").timing is None


def test_a_date_on_the_fifteenth_stays_the_fifteenth() -> None:
    timing = extract("we want to start on 15 January", None, now=NOW, lang="en").timing
    assert timing is not None and timing.target_date == "2027-01-15"
