"""An answer that ends on "now" is now; quotes collected with nothing decided is no timeline (issue 14, batch 44)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "field"), [
    ("honestly we needed this last month, so like now", "timing"),
    ("yesterday really, basically now", "timing"),
    ("we needed this last month, so like now", None),
])
def test_an_answer_that_ends_on_now_as_its_point_is_now(text: str, field: str | None) -> None:
    timing = extract(text, field, now=NOW).timing
    assert timing is not None and timing.horizon_days == 0


@pytest.mark.parametrize("text", ["we're 35 of us now", "we use hubspot now"])
def test_now_said_of_a_fact_is_no_deadline(text: str) -> None:
    assert extract(text, now=NOW).timing is None


@pytest.mark.parametrize("text", ["just collecting quotes for the board, nothing's decided", "comparing a few proposals", "nothing's decided yet"])
def test_collecting_quotes_or_nothing_decided_gives_no_date(text: str) -> None:
    timing = extract(text, "timing", now=NOW).timing
    assert timing is not None and timing.status in ("no_timeline", "unknown") and timing.horizon_days is None


def test_collecting_quotes_with_a_start_date_keeps_the_date() -> None:
    timing = extract("we are collecting quotes, want to start in march", now=NOW).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith("2027-03")
