"""Company size: people counted as those who decide ("I co-own it with my sister, the two of us decide", persona set
13's siobhán was read as a company of 2) are the deciders, not the staff, in the seven languages; "just the two of
us", a pair who run the business and a count beside the deciders stay head counts."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("I co-own it with my sister, the two of us decide", "en", "authority"),
    ("I co-own it with my sister, the two of us decide", "en", None),
    ("the two of us make the call on spend", "en", None),
    ("the 3 of us sign off together", "en", None),
    ("mein Bruder und ich, wir zwei entscheiden", "de", None),
    ("c'est nous deux qui décidons", "fr", None),
    ("los dos decidimos juntos", "es", None),
    ("decidiamo noi due", "it", None),
    ("decidimos nós dois", "pt", None),
    ("we beslissen met z'n tweeën", "nl", None),
])
def test_the_people_who_decide_are_no_head_count(text: str, lang: str, field: str | None) -> None:
    assert extract(text, field, now=NOW, lang=lang).company_size is None


@pytest.mark.parametrize(("text", "heads"), [
    ("it's just the two of us", 2),
    ("just me and my cofounder, we decide everything", 2),
    ("the two of us run the shop", 2),
    ("we're 12 people and I decide on the budget", 12),
    ("we have 12 staff, 2 of us decide", 12),
    ("the two of us decide, and we have 14 staff", 14),
])
def test_the_company_counted_beside_or_as_the_deciders_is_the_count(text: str, heads: int) -> None:
    size = extract(text, None, now=NOW, lang="en").company_size
    assert size is not None and (size.min, size.max) == (heads, heads)
