"""Staff said per outlet ("25 outlets, each with about 8 staff") are no company size of 8: the outlets times the
staff of each, in the languages whose rewrite keeps "each"."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, heads", [
    ("our franchise has 25 outlets, each with about 8 staff", 200),
    ("we run 4 clinics with 6 staff each", 24),
    ("3 shops, each employing 5 people", 15),
])
def test_staff_per_outlet_times_the_outlets(text, heads):
    size = extract(text, now=NOW).company_size
    assert (size.min, size.max) == (heads, heads)


def test_staff_per_outlet_with_no_count_of_outlets_is_unread():
    assert extract("each of our stores has about 8 staff", now=NOW).company_size is None


@pytest.mark.parametrize("text, heads", [
    ("we have 12 people each working remotely", 12),
    ("we have 20 staff, each with their own clients", 20),
])
def test_each_said_of_the_staff_themselves_leaves_the_count(text, heads):
    assert extract(text, now=NOW).company_size.min == heads
