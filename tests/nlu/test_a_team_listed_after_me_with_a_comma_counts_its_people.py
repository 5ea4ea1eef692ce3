"""A team listed after "me" with a comma counts its people, and a pet listed with them is none (blind batch_63: "we're
tiny - me, my wife and a dog" gave no head count; "me and my wife" already gave 2). The comma form counts only after a word
that says the team is being listed ("we're", "it's", "just", "team"). Near misses: "email me, my assistant replies" lists
no team; "me, my wife and two cats" with nothing saying a team is listed stays unread."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "heads"), [
    ("we're tiny - me, my wife and a dog 🐕 - selling handmade candles on etsy", 2), ("it's me, my wife and my brother", 3),
    ("just me, my wife and our dog", 2),
])
def test_a_team_listed_after_me_counts_its_people(text: str, heads: int) -> None:
    size = extract(text, None, now=NOW, lang="en").company_size
    assert size is not None and (size.min, size.max) == (heads, heads), size


@pytest.mark.parametrize("text", ["email me, my assistant replies to bookings", "me, my wife and two cats"])
def test_no_team_listed_counts_no_one(text: str) -> None:
    assert extract(text, None, now=NOW, lang="en").company_size is None
