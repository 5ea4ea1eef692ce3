"""When to start: the month the visitor joined the firm in ("I've got 12 years in B2B marketing, joined here in
September as CMO", batch_50), in the seven languages, is their past, never a start date, and their years of
experience are no head count; a start said beside it ("... and want the new site live by March") still is."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"  # September is gone; next September would be 2027-09


@pytest.mark.parametrize(("text", "lang"), [
    ("I've got 12 years in B2B marketing, joined here in September as CMO", "en"),
    ("started here in March as head of marketing, 8 years in SaaS before that", "en"),
    ("I joined in January as VP Marketing", "en"),
    ("Ich habe 12 Jahre B2B-Marketing-Erfahrung und bin seit September hier als CMO", "de"),
    ("12 ans en marketing B2B, je suis arrivé en septembre comme CMO", "fr"),
    ("12 años en marketing B2B, entré en septiembre como CMO", "es"),
    ("12 anos em marketing B2B, entrei em setembro como CMO", "pt"),
    ("12 anni nel marketing B2B, sono entrato a settembre come CMO", "it"),
    ("12 jaar in B2B-marketing, ik ben in september begonnen als CMO", "nl"),
])
def test_the_month_the_visitor_joined_is_no_start(text: str, lang: str) -> None:
    read = extract(text, None, now=NOW, lang=lang)
    assert read.timing is None or read.timing.target_date is None
    assert read.company_size is None


def test_a_start_said_beside_the_month_joined_is_read() -> None:
    timing = extract("I joined in January as CMO and want the new site live by March", None, now=NOW).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith("2027-03")
