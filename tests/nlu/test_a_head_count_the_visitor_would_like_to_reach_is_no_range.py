"""A head count the visitor would like to grow to ("we'd like to grow from 50 to 80 staff next year") is no part of
the company's size: the size is the count now, in each wording of the wish."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "we'd like to grow from 50 to 80 staff next year",
    "we would love to go from 50 to 80 people",
    "we intend to grow from 50 to 80 employees by 2028",
    "we're hoping to scale from 50 to 80 staff",
    "want to double the team from 50 to 100",
])
def test_the_count_now_is_the_size(text):
    size = extract(text, now=NOW).company_size
    assert (size.min, size.max) == (50, 50)


def test_a_change_already_made_is_the_new_count():
    size = extract("we grew from 50 to 80 staff this year", now=NOW).company_size
    assert (size.min, size.max) == (80, 80)
