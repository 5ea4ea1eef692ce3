"""The company's count said after the visitor's department's ("there are 3 of us in marketing, company's 65") is
the company's size; the department's alone gives none outside the size question."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, heads", [
    ("ok so here's where we're at. there are 3 of us in marketing, company's 65. We did $12M last year.", 65),
    ("there are 4 of us in sales, the business is about 120", 120),
    ("our marketing team is 5 people, the firm's 80", 80),
    ("the company's 3 years old, 12 of us", 12),  # "company's" said of its age: the heads are the 12
])
def test_the_companys_count_is_the_size(text, heads):
    size = extract(text, now=NOW).company_size
    assert (size.min, size.max) == (heads, heads)


def test_the_department_alone_gives_no_size():
    assert extract("our marketing team (3 of us) is swamped", now=NOW).company_size is None
