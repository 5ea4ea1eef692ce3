"""A slot as its reader reads it: in their time zone, in their language's own short forms."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from scheduling import label, zone

START = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
END = datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)


def test_an_english_reader_keeps_the_short_form_the_bot_always_showed():
    assert label(START, END, zone("Europe/Berlin")) == "Tue 24 Nov, 10:00–10:30"
    assert label(START, END, zone("America/New_York"), locale="en") == "Tue 24 Nov, 04:00–04:30"


@pytest.mark.parametrize("locale, expected", [
    ("de", "Di., 24. Nov., 10:00–10:30"),
    ("fr", "mar. 24 nov., 10:00–10:30"),
    ("es", "mar, 24 nov, 10:00–10:30"),
    ("pt", "ter., 24 de nov., 10:00–10:30"),
    ("it", "mar 24 nov, 10:00–10:30"),
    ("nl", "di 24 nov, 10:00–10:30"),
])
def test_other_readers_get_their_locales_day_and_time(locale, expected):
    assert label(START, END, zone("Europe/Berlin"), locale=locale) == expected


def test_the_day_is_the_readers_own_across_midnight():
    late = datetime(2026, 11, 24, 23, 30, tzinfo=timezone.utc)
    assert label(late, late.replace(minute=59), zone("Asia/Tokyo"), locale="de").startswith("Mi., 25. Nov.")
