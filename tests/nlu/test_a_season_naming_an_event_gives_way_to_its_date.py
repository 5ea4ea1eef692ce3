"""A season that names an event ("our spring open day on 14 March", "the summer fair on 5 July") gives way to the
event's own date."""

import datetime as dt

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, date", [
    ("we want leads for our spring open day on 14 march", "2027-03-14"),
    ("we need the ads running before the summer fair on 5 july", "2027-07-05"),
    ("we need sign-ups for our winter open house on 20 january", "2027-01-20"),
])
def test_the_events_date_is_the_timing(text, date):
    # the event's day, or the day before it when the visitor aims at "before" the event
    before = (dt.date.fromisoformat(date) - dt.timedelta(days=1)).isoformat()
    assert extract(text, now=NOW).timing.target_date in (date, before)
