"""A UTC offset is a zone, never a time to book; and a time named outside the consultant's hours is told the hours
of that day, not the next call's (issue 14; found playing ``make run`` in Italian).

"GMT+5:30", typed after "Altro fuso orario", got "lun 7 dic, 05:30 è fuori dall'orario di Sophie Martin": the
offset's 5:30 was read as a time picked, before the zone it names. "alle 7 di sera di giovedì?" got "fa chiamate
dalle 09:00 alle 16:00", Friday's hours (the next call's day), on a Thursday that ends at 17:00. In the seven
languages an offset with its minutes (GMT+5:30, UTC -3:30, UTC+05:30, GMT-03:00, UTC−03:00, GMT+5:45) names no time; near misses: a time said
beside an offset ("GMT+8, and 5:30 works") and a time alone are still read.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.actions.call_times import named_clock, read_pick
from tests.bot.test_booking_in_the_visitors_own_day_on_a_fixed_clock import NOW, Playbooks, Service, named

LENA = "U0EMEA001"
SHOWN = [datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)]


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.actions import booking

    monkeypatch.setattr(booking, "_now", lambda: NOW)
    monkeypatch.setattr(booking.runtime, "playbooks", lambda: Playbooks())


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "UTC -3:30"),
        ("de", "UTC+05:30"),
        ("fr", "GMT-03:00"),
        ("es", "UTC−03:00"),
        ("it", "GMT+5:30"),
        ("pt", "UTC-03:00"),
        ("nl", "GMT+5:45"),
        ("en", "gmt+5.30 please"),
    ],
)
def test_an_offset_names_no_time(lang: str, said: str) -> None:
    pick = read_pick(said, SHOWN, lang)
    assert not pick.slots and not pick.unshown, pick
    assert named_clock(said, lang) is None


@pytest.mark.parametrize(
    ("lang", "said", "hour"),
    [
        ("en", "GMT+8, and 5:30 works", 5),
        ("en", "5:30 works", 5),
        ("de", "UTC+1, 14 Uhr", 14),
        ("fr", "GMT-5 à 10h", 10),
    ],
)
def test_a_time_beside_an_offset_is_still_read(lang: str, said: str, hour: int) -> None:
    clock = named_clock(said, lang)
    assert clock is not None and clock.hour == hour


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # Thursday ends at 17:00; Friday, the next call's day, at 16:00.
        ("what about 7pm on thursday?", "from 09:00 to 17:00"),
        # Friday's own hours for Friday.
        ("what about 6pm on friday?", "from 09:00 to 16:00"),
    ],
)
def test_a_time_outside_hours_is_told_the_hours_of_its_own_day(
    monkeypatch: pytest.MonkeyPatch, text: str, hours: str
) -> None:
    _, said = named(monkeypatch, Service(LENA), text, tz="Europe/Berlin")
    assert "is outside Lena Fischer's hours" in said and hours in said, said
