"""Timing ruled out until a date ("nothing happens before Q3") starts then; a date said "on" a day is one."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, low, high", [
    ("budget freeze, so nothing starts before Q2 next year", 119, 130),
    ("we can't start before March", 88, 95),
    ("nobody will sign before April", 119, 125),
])
def test_nothing_before_a_period_is_its_start_not_the_day_before(text, low, high):
    assert low <= extract(text, now=NOW).timing.horizon_days <= high


@pytest.mark.parametrize("text", ["we need it live before our conference on 14 March", "has to be ready for the launch event on 2 May"])
def test_a_deadline_on_a_day_of_an_ambiguous_month_is_read(text):
    timing = extract(text, now=NOW).timing
    assert timing is not None and timing.status == "stated"


def test_an_aim_then_a_latest_date_keeps_the_aim():
    # early march is about 90 days after 2026-12-03; the latest bound, end of april, would be about 150
    assert extract("hoping to go live early march, end of april at the latest", now="2026-12-03").timing.horizon_days < 110


def test_a_date_said_only_as_the_latest_is_the_date():
    assert extract("we need this running by june latest", now="2026-12-03").timing.horizon_days > 150
