"""A time with its minutes, in a language that writes the day on a 24-hour clock, is the hour written: "um 6:30" is
06:30, never 18:30. The working-day guess ("at 2" is 14:00) stays for a bare hour, and for English "6:30" with no am/pm."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.actions.call_times import earliest, named_clock, read_pick

# The same clock time shown on a Thursday morning and evening: which one the words name is the whole question.
MORNING_AND_EVENING = [datetime(2026, 12, 10, 6, 30), datetime(2026, 12, 10, 18, 30)]

WITH_MINUTES = [
    ("Donnerstag um 6:30 bitte", "de"), ("um 6 Uhr 30", "de"), ("jeudi à 6h30", "fr"), ("à 6 h 30 si possible", "fr"),
    ("el jueves a las 6:30", "es"), ("às 6h30, pode ser?", "pt"), ("giovedì alle 6:30", "it"), ("om 6.30 uur", "nl"),
    ("donderdag om 6:30", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), WITH_MINUTES)
def test_a_time_with_minutes_in_a_24_hour_language_is_the_morning_hour_written(text: str, lang: str) -> None:
    clock = named_clock(text, lang)
    assert clock is not None and clock.likely() == (6, 30)


@pytest.mark.parametrize(("text", "lang"), WITH_MINUTES)
def test_a_pick_with_minutes_in_a_24_hour_language_takes_only_the_morning_slot(text: str, lang: str) -> None:
    assert read_pick(text, MORNING_AND_EVENING, lang).slots == (0,)


@pytest.mark.parametrize(("text", "lang"), [("ab 6:30", "de"), ("pas avant 6h30", "fr"), ("a partir de las 6:30", "es")])
def test_the_earliest_time_said_with_minutes_in_a_24_hour_language_is_the_hour_written(text: str, lang: str) -> None:
    clock = earliest(text, lang)
    assert clock is not None and clock.likely() == (6, 30)


@pytest.mark.parametrize(("text", "lang"), [("um 2", "de"), ("à 2h", "fr"), ("a las 3", "es"), ("alle 4", "it"), ("om 3 uur", "nl")])
def test_a_bare_hour_in_business_talk_is_still_read_in_the_afternoon(text: str, lang: str) -> None:
    clock = named_clock(text, lang)
    assert clock is not None and clock.likely()[0] >= 13


def test_english_half_past_six_without_am_or_pm_keeps_the_working_day_reading() -> None:
    clock = named_clock("Thursday at 6:30", "en")
    assert clock is not None and clock.likely() == (18, 30)
    assert read_pick("6:30", MORNING_AND_EVENING, "en").slots == (0, 1)


@pytest.mark.parametrize(("text", "lang"), [("a las 6:30 de la tarde", "es"), ("à 6h30 du soir", "fr"), ("um 6:30 abends", "de")])
def test_a_part_of_the_day_said_beside_the_minutes_still_decides_the_half(text: str, lang: str) -> None:
    clock = named_clock(text, lang)
    assert clock is not None and clock.likely() == (18, 30)


def test_a_24_hour_time_in_the_afternoon_is_unchanged() -> None:
    clock = named_clock("um 18:30", "de")
    assert clock is not None and clock.likely() == (18, 30)
