""""Half a mil", "half a mill" are half a million, as "half a million" always was: the article between "half" and the
scale's shorthand left the figure unread ("half a mil over 2 years for the full rebrand & site" gave no budget).
Near miss: "half a team" counts no money."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, field", [
    ("half a mil over 2 years for the full rebrand & site", None),
    ("half a mill for the rebrand", None),
    ("half a mil", "budget"),
    ("half a million over 2 years for the full rebrand & site", None),
])
def test_half_a_mil_is_half_a_million(text: str, field: str | None) -> None:
    budget = extract(text, field=field, now=NOW).budget
    assert budget is not None and budget.max == 500000


def test_half_of_something_else_is_no_money() -> None:
    assert extract("we have half a team", field=None, now=NOW).budget is None
