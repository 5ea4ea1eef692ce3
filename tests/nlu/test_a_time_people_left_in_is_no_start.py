"""Timing: the month people left in, said with "until" the way German and Dutch say it ("Wir waren 9 Leute, bis im
Oktober 2 gegangen sind", "We waren met 9 tot er 2 vertrokken in oktober", read as a start next October) is a time
gone, no start; a start wanted by that month in the same words is still one."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Wir waren 9 Leute, bis im Oktober 2 gegangen sind, also 7 jetzt", "de"),
    ("We waren met 9 tot er 2 vertrokken in oktober, dus 7 nu", "nl"),
    ("There were 9 of us until 2 left in October, so 7 now", "en"),
])
def test_the_month_people_left_in_is_no_start(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).timing is None


@pytest.mark.parametrize(("text", "lang"), [
    ("wir wollen bis Oktober starten", "de"),
    ("bis Oktober muss die Seite online gegangen sein", "de"),
    ("we willen tot oktober klaar zijn", "nl"),
])
def test_a_start_wanted_by_the_month_is_still_one(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and (timing.target_date or "").startswith("2027-")
