"""Timing: a month or a quarter said as a deadline ("by April", "bis April", "d'ici avril", "para abril", "entro aprile",
"até abril", "tegen april", "April at the latest") is met when it comes: the horizon reaches its first day, never its
middle (played in the product: "by April" was read as mid-April). One already begun is met by its end. The month said
alone or with "in", a wait until it, "before" it and "by the end of" it keep their readings."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("we need the new site by April", "en"),
    ("Die neue Website brauchen wir bis April.", "de"),
    ("Il nous faut le nouveau site d'ici avril.", "fr"),
    ("Necesitamos la web nueva para abril.", "es"),
    ("Ci serve il nuovo sito entro aprile.", "it"),
    ("Precisamos do site novo até abril.", "pt"),
    ("We hebben de nieuwe site tegen april nodig.", "nl"),
    ("April at the latest", "en"),
    ("april op zijn laatst", "nl"),
])
@pytest.mark.parametrize("field", [None, "timing"])
def test_a_month_said_as_a_deadline_is_met_on_its_first_day(text: str, lang: str, field: str | None) -> None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    assert timing is not None and (timing.target_date, timing.status) == ("2027-04-01", "stated")


@pytest.mark.parametrize(("text", "lang"), [
    ("we want leads flowing by Q2", "en"),
    ("bis Q2 soll es laufen", "de"),
    ("d'ici le T2", "fr"),
    ("entro il secondo trimestre", "it"),
    ("até o segundo trimestre", "pt"),
])
def test_a_quarter_said_as_a_deadline_is_met_by_its_start(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and "2027-03-31" <= timing.target_date <= "2027-04-01"


def test_a_month_already_begun_is_met_by_its_end() -> None:
    timing = extract("we need it by December", None, now=NOW, lang="en").timing
    assert timing is not None and timing.target_date == "2026-12-31"


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("we want to start in April", "en", "2027-04-15"),  # a month said as when: its middle
    ("April", "en", "2027-04-15"),
    ("before April", "en", "2027-03-31"),
    ("vor April", "de", "2027-03-31"),
    ("by the end of April", "en", "2027-04-30"),
    ("until January we are fully booked", "en", "2027-01-16"),  # a wait until January, not a deadline
    ("Hasta enero estamos a tope, luego queremos rehacer la web.", "es", "2027-01-16"),
])
def test_a_month_said_otherwise_keeps_its_reading(text: str, lang: str, day: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == day


def test_a_goal_by_a_month_is_still_no_timing() -> None:
    assert extract("our goal is 300 MQLs a month by June", None, now=NOW, lang="en").timing is None


@pytest.mark.parametrize(("text", "day"), [
    ("end of next month at the latest", "2027-01-31"),  # the part of the month said stays ("at the latest" adds no "by")
    ("looking to kick things off mid jan, latest start of feb", "2027-01-16"),
])
def test_a_part_of_a_month_said_with_at_the_latest_keeps_its_part(text: str, day: str) -> None:
    timing = extract(text, None, now=NOW, lang="en").timing
    assert timing is not None and timing.target_date == day
