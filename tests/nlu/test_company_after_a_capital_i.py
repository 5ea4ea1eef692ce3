""""I'm with Castellan Group" names the company whether the I is written capital or not (issue 14, batch 44)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "I'm with Castellan Group, we're a property developer in Leeds",
    "i'm with Castellan Group, we're a property developer in Leeds",
    "Im with Castellan Group",
    "I am with Castellan Group",
])
def test_the_company_after_im_with_is_read_in_either_case(text: str) -> None:
    assert extract(text, now=NOW).company == "Castellan Group"


def test_being_with_someone_on_a_point_names_no_company() -> None:
    assert extract("I'm with you on that, budget is 10k", now=NOW).company is None
