"""Timing: "the second week of January" (batch_57: "after the holidays, say second week of January" read the holidays'
end, 7 January) is the middle of that week, the 11th, in the seven languages ("zweite Januarwoche", "deuxième semaine
de janvier", "segunda semana de enero", "segunda semana de janeiro", "seconda settimana di gennaio", "tweede week van
januari"); after a landmark it is the more exact time; a month with no week said stays its middle."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("after the holidays, say second week of January", "en", "2027-01-11"),
    ("second week of January", "en", "2027-01-11"),
    ("the third week of February", "en", "2027-02-18"),
    ("in der zweiten Januarwoche", "de", "2027-01-11"),
    ("nach den Feiertagen, so in der zweiten Januarwoche", "de", "2027-01-11"),
    ("in der zweiten Woche im Januar", "de", "2027-01-11"),
    ("la deuxième semaine de janvier", "fr", "2027-01-11"),
    ("la segunda semana de enero", "es", "2027-01-11"),
    ("na segunda semana de janeiro", "pt", "2027-01-11"),
    ("la seconda settimana di gennaio", "it", "2027-01-11"),
    ("in de tweede week van januari", "nl", "2027-01-11"),
])
def test_the_nth_week_of_a_month_is_the_middle_of_that_week(text: str, lang: str, day: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == day


def test_a_month_with_no_week_said_is_its_middle() -> None:
    timing = extract("January", "timing", now=NOW).timing
    assert timing is not None and timing.target_date == "2027-01-16"
