"""Timing: a month said as the latest the visitor accepts ("no later than April", "im Frühling, spätestens April",
"au plus tard avril", "a más tardar abril", "al più tardi aprile", "o mais tardar abril", "uiterlijk april") is a
deadline read as "by April" is, with or without a preposition before the month, in free text as at the timing
question; a goal, a time gone or a sum's limit said with "at the latest" or "max" is no deadline."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _by_april(field: str | None) -> str:
    timing = extract("by April", field, now=NOW, lang="en").timing
    assert timing is not None and timing.target_date is not None
    return timing.target_date


@pytest.mark.parametrize(("text", "lang"), [
    ("no later than April", "en"),
    ("the new site must be up no later than April", "en"),
    ("in spring, April at the latest", "en"),
    ("im Frühling, spätestens April", "de"),
    ("allerspätestens im April", "de"),
    ("au plus tard avril", "fr"),
    ("en avril au plus tard", "fr"),
    ("a más tardar abril", "es"),
    ("en abril como muy tarde", "es"),
    ("al più tardi aprile", "it"),
    ("entro e non oltre aprile", "it"),
    ("o mais tardar abril", "pt"),
    ("no máximo em abril", "pt"),
    ("uiterlijk april", "nl"),
    ("april op zijn laatst", "nl"),
])
@pytest.mark.parametrize("field", [None, "timing"])
def test_a_month_said_as_the_latest_is_read_as_by_that_month(text: str, lang: str, field: str | None) -> None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "stated" and timing.target_date == _by_april(field)


@pytest.mark.parametrize(("text", "lang"), [
    ("revenue should hit 2M by 2028 at the latest", "en"),
    ("we launched in March at the latest, I can't remember exactly", "en"),
    ("we lost our biggest client in March at the latest", "en"),
    ("our budget is 5k max in April", "en"),
])
def test_a_goal_a_time_gone_or_a_sums_limit_said_as_the_latest_is_no_deadline(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).timing is None
