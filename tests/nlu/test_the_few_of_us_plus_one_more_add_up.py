""""The 2 of us plus a part-timer" is 3: one more person named by a role after "the N of us" counts; a freelancer or
a contractor does not."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, heads", [
    ("just the 2 of us plus a part-timer", 3),
    ("the 3 of us and an assistant", 4),
    ("the 2 of us plus a freelancer now and then", 2),
    ("the 4 of us", 4),
])
def test_one_more_by_role_after_the_few_of_us(text, heads):
    size = extract(text, now=NOW).company_size
    assert (size.min, size.max) == (heads, heads)
