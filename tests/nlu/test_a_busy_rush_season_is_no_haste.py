"""A rush that is a busy season of the visitor's ("after the summer rush, we're a surf school so Oct?", "once the
christmas rush is over") is no haste: the time said with it stands; a rush to start still is haste."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, low, high", [
    ("after the summer rush, we're a surf school so Oct?", 301, 331),
    ("once the christmas rush is over, so january", 28, 58),
    ("after the holiday rush, maybe october", 301, 331),
])
def test_a_rush_season_leaves_the_time_said(text, low, high):
    timing = extract(text, field="timing", now=NOW).timing
    assert low <= timing.horizon_days <= high


@pytest.mark.parametrize("text", [
    "it's a rush job, need it live asap",
    "bit of a rush tbh",
    "we're in a rush",
])
def test_a_rush_to_start_is_still_haste(text):
    assert extract(text, field="timing", now=NOW).timing.horizon_days <= 7


def test_a_rush_season_said_alone_is_no_haste():
    timing = extract("after the summer rush", field="timing", now=NOW).timing
    assert timing is None or timing.horizon_days is None or timing.horizon_days > 7
