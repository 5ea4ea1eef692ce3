"""A time that dates the event the visitor aims at is the timing: in brackets after it ("before our busy season
(march)") or in the next clause ("when our new CMO starts, she joins 1 Feb"); said of the past it is none (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "low", "high"), [
    ("we want to move off pipedrive to hubspot before our busy season (march)", 60, 118),
    ("we want it live before our trade show (14 May)", 150, 165),
    ("has to be done ahead of our launch (june)", 180, 210),
    ("we need it ready for the conference (early march)", 85, 100),
])
def test_the_date_in_brackets_of_an_event_aimed_at_is_the_timing(text: str, low: int, high: int) -> None:
    timing = extract(text, now=NOW).timing
    assert timing is not None and low <= timing.horizon_days <= high


@pytest.mark.parametrize(("text", "low", "high"), [
    ("we'd want to kick off when our new CMO starts, she joins 1 Feb", 58, 62),
    ("we will start when the budget is approved, our FY starts in april", 119, 148),
    ("we can begin once the merger closes, it's due in march", 88, 118),
])
def test_a_start_that_waits_on_an_event_is_the_events_date(text: str, low: int, high: int) -> None:
    timing = extract(text, now=NOW).timing
    assert timing is not None and low <= timing.horizon_days <= high


@pytest.mark.parametrize("text", [
    "we hired a new CMO, she joined 1 Feb", "our busy season (march) was terrible", "our new CMO starts on 1 Feb",
])
def test_a_date_of_an_event_no_aim_waits_on_is_no_timing(text: str) -> None:
    assert extract(text, now=NOW).timing is None
