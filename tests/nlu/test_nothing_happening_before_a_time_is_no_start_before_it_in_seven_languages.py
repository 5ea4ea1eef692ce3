""""Vor Q2 passiert bei uns sowieso nichts" (blind batch_63, at "when?") got the day before Q2 (31 March), a deadline;
nothing happens before Q2, so the start is not before it, as "nothing happens before Q2" already read in English. In
the seven languages (pt-BR and pt-PT), at "when?" and in free text, with near misses: a deadline before the quarter,
and "we need nothing fancy" said after it, stay a deadline."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"

NOTHING_BEFORE_Q2 = [
    "Schwer zu sagen. Erst mal informieren, vor Q2 passiert bei uns sowieso nichts",
    "nothing happens before Q2 anyway",
    "rien ne se passera avant le T2",
    "antes del Q2 no pasa nada",
    "prima del Q2 non succede niente",
    "antes do Q2 não acontece nada",
    "antes do Q2 nada acontece por aqui",
    "voor Q2 gebeurt er bij ons toch niks",
]


@pytest.mark.parametrize("field", ["timing", None])
@pytest.mark.parametrize("text", NOTHING_BEFORE_Q2)
def test_nothing_happening_before_a_quarter_is_a_start_when_it_begins(text: str, field: str | None) -> None:
    found = extract(text, field, now=NOW)
    assert found.timing is not None and found.timing.target_date == "2027-04-01", found.timing


@pytest.mark.parametrize("text", [
    "we want it live before Q2",
    "vor Q2 muss die Seite fertig sein",
    "before April we need nothing fancy, just a landing page",
    "vor Q2 brauchen wir nichts Großes, nur eine Landingpage",
])
def test_a_deadline_before_a_quarter_is_still_the_day_before_it(text: str) -> None:
    found = extract(text, "timing", now=NOW)
    assert found.timing is not None and found.timing.target_date == "2027-03-31", found.timing
