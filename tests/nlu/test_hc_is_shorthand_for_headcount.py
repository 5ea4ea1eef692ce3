""""hc ~120, ARR ~8M" (batch_55): "hc" and "h/c" are the shorthand of "headcount", read as it is."""

from __future__ import annotations

import pytest

from nlu.extract import extract


@pytest.mark.parametrize(("text", "heads"), [("hc ~120, ARR ~8M", 120), ("hc: 45", 45), ("HC is 300", 300), ("h/c 45", 45)])
def test_hc_and_a_figure_is_the_head_count(text: str, heads: int) -> None:
    size = extract(text, now="2026-12-04").company_size
    assert size is not None and size.min == size.max == heads


def test_hc_does_not_make_arr_a_budget() -> None:
    assert extract("hc ~120, ARR ~8M", now="2026-12-04").budget is None
