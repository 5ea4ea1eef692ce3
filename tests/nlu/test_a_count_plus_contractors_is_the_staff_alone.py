"""A head count plus contractors or freelancers ("15 + 5 contractors") is the staff alone; plus part-timers or more
staff it adds up; "15+" alone is at least 15."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, low, high", [
    ("15 + 5 contractors", 15, 15),
    ("15 plus 5 freelancers", 15, 15),
    ("15 + 5 part-timers", 20, 20),
    ("15 + 5 staff", 20, 20),
    ("15+", 15, None),
])
def test_the_count_at_the_size_question(text, low, high):
    size = extract(text, field="company_size", now=NOW).company_size
    assert (size.min, size.max) == (low, high)


def test_in_free_text_contractors_are_no_staff_either():
    size = extract("we're 15 people + 5 contractors", now=NOW).company_size
    assert (size.min, size.max) == (15, 15)
