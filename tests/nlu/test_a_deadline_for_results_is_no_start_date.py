"""A deadline for results counted from the start ("results within 3 months of starting") or for a figure to reach
("50 leads a month within 90 days") is no start date, in the languages whose rewrite keeps the words; a start said
beside it still is."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang", [
    ("we need results within 3 months of starting", "en"),
    ("we expect leads within 6 weeks after we start", "en"),
    ("we want 50 leads a month within 90 days", "en"),
    ("we want 20 new clients within 6 months", "en"),
])
def test_a_deadline_for_results_is_no_timing(text, lang):
    assert extract(text, lang=lang, now=NOW).timing is None


@pytest.mark.parametrize("text, days", [
    ("we want to start within 90 days", 90),
    ("we want to start in 2 weeks and see results within 3 months of starting", 14),
])
def test_a_start_said_beside_it_is_the_timing(text, days):
    assert extract(text, now=NOW).timing.horizon_days == days
