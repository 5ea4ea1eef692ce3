"""A shrug alone at the timing question ("🤷‍♀️", "🤷") says the timing is not known; a shrug beside a time said
leaves the time, and a shrug at another question says nothing of timing."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", ["🤷\u200d♀️", "🤷", "🤷\u200d♂️🤷\u200d♂️", " 🤷🏻 "])
def test_a_shrug_alone_is_timing_unknown(text):
    timing = extract(text, field="timing", now=NOW).timing
    assert (timing.horizon_days, timing.status) == (None, "unknown")


def test_a_shrug_beside_a_month_leaves_the_month():
    timing = extract("october 🤷", field="timing", now=NOW).timing
    assert 301 <= timing.horizon_days <= 331


def test_a_shrug_at_another_question_says_nothing_of_timing():
    assert extract("🤷\u200d♀️", field="budget", now=NOW).timing is None
