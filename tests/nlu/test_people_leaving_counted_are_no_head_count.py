"""Company size: people leaving, counted ("due pensionamenti e due partenze" beside 26, read as 2), retirements,
departures, leavers, resignations in the seven languages, are a change of the count and never the count; the count
said beside them stays."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("26, ma due pensionamenti e due partenze", "it"),
    ("26, but 2 retirements and 2 departures", "en"),
    ("26, aber zwei Renteneintritte und zwei Abgänge", "de"),
    ("26, mais deux départs à la retraite et deux démissions", "fr"),
    ("26, pero dos jubilaciones y dos bajas", "es"),
    ("26, mas duas aposentadorias e duas saídas", "pt"),
    ("26, maar twee pensioneringen en twee vertrekkers", "nl"),
])
def test_people_leaving_beside_the_count_leave_the_count(text: str, lang: str) -> None:
    size = extract(text, "company_size", now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (26, 26)


@pytest.mark.parametrize(("text", "lang"), [
    ("due pensionamenti e due partenze quest'anno", "it"),
    ("3 leavers this year", "en"),
    ("zwei Kündigungen im Herbst", "de"),
])
def test_people_leaving_alone_are_no_head_count(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company_size is None
