"""Budget in free text: a sum, then a bare ceiling said right after it ("maybe 20k, tops 30 (AUD)", which read 20k to
20k where the budget question reads 20k to 30k; "around 5k a month, max 6") is a range up to the ceiling at the sum's
scale, in the seven languages as the rewrite leaves them; a ceiling of something else (months, people, a share) or
far off the sum's order leaves the sum alone."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("maybe 20k, tops 30 (AUD)", "en", 20000, 30000),
    ("maybe 20k, tops 30", "en", 20000, 30000),
    ("around 5k a month, max 6", "en", 5000, 6000),
    ("around 5k/month, 6 tops", "en", 5000, 6000),
    ("budget 20k, 30 at most", "en", 20000, 30000),
    ("peut-être 20k, max 30", "fr", 20000, 30000),
    ("unos 20 mil, como mucho 30", "es", 20000, 30000),
    ("cerca de 20 mil, no máximo 30", "pt", 20000, 30000),
    ("forse 20k, al massimo 30", "it", 20000, 30000),
    ("misschien 20k, hooguit 30", "nl", 20000, 30000),
])
def test_a_sum_then_a_bare_ceiling_is_a_range(text: str, lang: str, low: int, high: int) -> None:
    budget = extract(text, None, now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max) == (low, high)


@pytest.mark.parametrize("text", [
    "around 5k a month, max 6 months",
    "budget 20k, max 3 months",
    "budget 20k, max 25%",
    "budget 20k, tops 300k",
])
def test_a_ceiling_of_something_else_leaves_the_sum(text: str) -> None:
    budget = extract(text, None, now=NOW).budget
    assert budget is not None and budget.max == budget.min
