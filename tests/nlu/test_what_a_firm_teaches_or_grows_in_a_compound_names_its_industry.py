"""What a firm IS decides its industry, not the subject it teaches, and a Dutch or German compound is read by its trade
(persona set 13: brian's "a software and data skills training institute" was software; bas's "bloembollenteelt en
export" was other). Near misses: software made for schools is software, and a German "Anbau" alone is a building's
extension."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "industry"), [
    ("Hello, we run a software and data skills training institute in Westlands, Nairobi.", "education"),
    ("a software testing academy", "education"),
    ("a coding and AI bootcamp", "education"),
    ("software training company, 12 trainers", "education"),
    ("bloembollenteelt en export", "agriculture"),
    ("wij zijn een bloembollenkwekerij in Lisse", "agriculture"),
    ("eine Gärtnerei mit Baumschule", "agriculture"),
    ("Spargelanbau in dritter Generation", "agriculture"),
])
def test_the_firm_itself_names_the_industry(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW).industry == industry


@pytest.mark.parametrize(("text", "industry"), [
    ("software for schools", "software"),
    ("we build learning software for schools", "software"),
    ("we're a software company", "software"),
])
def test_software_made_for_schools_stays_software(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW).industry == industry


def test_a_building_extension_is_no_farm() -> None:
    assert extract("wir planen einen Anbau", None, now=NOW).industry != "agriculture"
