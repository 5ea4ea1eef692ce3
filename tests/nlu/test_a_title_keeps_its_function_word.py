"""Authority: a title keeps the word of its function before it, for charities, schools and plants too ("I'm the
volunteer coordinator" was said back as "coordinator"; "fundraising manager", "admissions officer"), as it already did
for "sales team lead", "regional manager", "Leiterin Einkauf". A bare title stays bare."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "title"), [
    ("I'm the volunteer coordinator", "volunteer coordinator"),
    ("I'm the fundraising manager at a charity", "fundraising manager"),
    ("I'm the admissions officer", "admissions officer"),
    ("sales team lead here", "sales team lead"),
    ("I'm the regional manager", "regional manager"),
    ("ich bin Leiterin Einkauf", "Leiterin Einkauf"),
    ("I'm a coordinator", "coordinator"),
    ("we need volunteers, I'm the coordinator", "coordinator"),
])
def test_a_title_keeps_its_function(text: str, title: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and authority.title == title
