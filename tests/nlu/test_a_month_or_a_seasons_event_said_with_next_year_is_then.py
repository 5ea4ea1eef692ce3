"""A month said with "next year" at the timing question is that month next year, and an event named by its season with
"next year" after it is before that season: "March next year", "May next year" and "June next year" were read as
"next year" alone (its middle, 2 July), as was "ahead of our spring campaign next year" (the year said after the event
won over the season that names it), while "in March next year" was March (the lead's visitor plays, issue 14). Months
in the seven languages; near misses: the verb "may" ("we may need help next year") is no month."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "month"), [
    ("March next year", "en", 3), ("May next year", "en", 5), ("june next year", "en", 6),
    ("Juni nächstes Jahr", "de", 6), ("juin l'année prochaine", "fr", 6), ("junio del año que viene", "es", 6),
    ("junho do próximo ano", "pt", 6), ("giugno dell'anno prossimo", "it", 6), ("juni volgend jaar", "nl", 6),
])
def test_the_month_next_year(text: str, lang: str, month: int) -> None:
    timing = extract(text, now=NOW, field="timing", lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(f"2027-{month:02d}-"), timing


@pytest.mark.parametrize("text", ["ahead of our spring campaign next year", "before the spring campaign next year"])
def test_an_event_named_by_its_season_next_year_is_before_that_season(text: str) -> None:
    timing = extract(text, now=NOW, field="timing", lang="en").timing
    assert timing is not None and timing.target_date == "2027-02-28", timing


@pytest.mark.parametrize("text", ["we may need help next year", "it may be next year"])
def test_the_verb_may_is_no_month(text: str) -> None:
    timing = extract(text, now=NOW, field="timing", lang="en").timing
    assert timing is None or timing.target_date is None or not timing.target_date.startswith("2027-05"), timing
