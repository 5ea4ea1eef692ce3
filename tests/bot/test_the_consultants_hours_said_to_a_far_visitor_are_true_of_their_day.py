"""The consultant's hours said to a far visitor with none of their calls in the visitor's day are true of it (issue
14; found playing ``make run`` from Adelaide).

A visitor in Adelaide with Dana Reyes in New York (09:00-17:00 there, 00:30-08:30 in Adelaide in December) was told
"Dana Reyes takes calls from 00:30 to 08:30 your time, none of it between 08:00 and 20:00 for you": her hours reach
08:30, but her last call ends at 08:00 (16:30 in New York). When the consultant's hours end inside the visitor's
day, the end said is their last call's, in the seven languages. Near misses keep the hours as they are: Manila with
Chicago (23:00-07:00, ending before the visitor's day) and Pune with Chicago (20:30-04:30, starting after it).
"""

from __future__ import annotations

import pytest

from tests.bot.test_times_offered_fall_in_the_visitors_waking_day import DANA, MARCUS, Service, offered

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl"]


@pytest.mark.parametrize("lang", LANGS)
def test_hours_ending_inside_the_visitors_day_are_said_to_end_with_the_last_call(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    found, said = offered(monkeypatch, Service(DANA), "Australia/Adelaide", lang=lang)
    assert "00:30" in said and "08:00" in said and "08:30" not in said, said
    assert found and all(s.hour < 8 for s in found), found


@pytest.mark.parametrize(("tz", "hours"), [("Asia/Manila", ("23:00", "07:00")), ("Asia/Kolkata", ("20:30", "04:30"))])
def test_hours_that_end_before_or_start_after_the_visitors_day_are_said_as_they_are(
    monkeypatch: pytest.MonkeyPatch, tz: str, hours: tuple[str, str]
) -> None:
    _, said = offered(monkeypatch, Service(MARCUS), tz)
    assert f"from {hours[0]} to {hours[1]} your time" in said, said
