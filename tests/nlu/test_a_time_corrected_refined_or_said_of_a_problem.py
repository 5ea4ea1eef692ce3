"""Three ways a time said in a message is not the one a first reading takes (issue 14, batch_55): a time corrected in
the same breath ("start in January, actually make that February") is the corrected one; a broad time refined by a
month said next to it ("in the new year, mid January-ish", "next year, probably March") is the month; a time a problem
is said of ("leads have dried up this year", "traffic dropped 40% this year") is no start, even at "when?", where "not
in a rush" then says there is no timeline."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _timing(text: str, field: str | None = None) -> tuple[str | None, str] | None:
    found = extract(text, field=field, now=NOW, lang="en").timing
    return (found.target_date, found.status) if found else None


@pytest.mark.parametrize(("text", "day"), [
    ("looking to start in January, actually make that February, Jan is chaos for us", "2027-02-14"),
    ("we'd like March, or rather April", "2027-04-15"),
    ("start in January, sorry, February", "2027-02-14"),
])
def test_a_time_corrected_in_the_same_breath_is_the_corrected_one(text: str, day: str) -> None:
    assert _timing(text) == (day, "stated")


@pytest.mark.parametrize(("text", "day"), [
    ("Ideally we'd start in the new year, mid January-ish", "2027-01-16"),
    ("next year, probably March", "2027-03-16"),
])
def test_a_broad_time_refined_by_a_month_is_the_month(text: str, day: str) -> None:
    assert _timing(text, "timing") == (day, "stated")


def test_two_months_offered_keep_the_earlier() -> None:
    assert _timing("we could start in January or February", "timing") == ("2027-01-16", "stated")


def test_a_time_a_problem_is_said_of_is_no_start() -> None:
    assert _timing("leads have dried up this year but we're not in a rush, just exploring", "timing") == (None, "no_timeline")
    assert _timing("Our website traffic dropped 40% this year after the Google update") is None
    assert _timing("our traffic dropped 40% this year, we need help by March") == ("2027-03-01", "stated")  # by March: when it comes


def test_a_time_aimed_at_this_year_is_still_read() -> None:
    assert _timing("we need it live this year", "timing") == ("2026-12-17", "stated")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "die Anfragen sind dieses Jahr eingebrochen, aber keine Eile"),
    ("fr", "les leads ont chuté cette année mais on n'est pas pressés"),
    ("es", "los leads han caído este año pero sin prisa"), ("pt", "os leads caíram este ano mas sem pressa"),
    ("it", "i lead sono calati quest'anno ma nessuna fretta"), ("nl", "de leads zijn dit jaar opgedroogd maar geen haast"),
])
def test_a_problem_this_year_then_no_rush_is_no_timeline_in_every_language(lang: str, text: str) -> None:
    found = extract(text, field="timing", now=NOW, lang=lang).timing
    assert found is not None and (found.target_date, found.status) == (None, "no_timeline")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "unser Traffic ist dieses Jahr um 40% gefallen"), ("de", "die Anfragen fielen dieses Jahr"),
])
def test_a_fall_said_after_or_before_the_time_is_no_start(lang: str, text: str) -> None:
    assert extract(text, field="timing", now=NOW, lang=lang).timing is None


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "wir wollen dieses Jahr starten"), ("fr", "on veut démarrer cette année"), ("nl", "we willen dit jaar nog starten"),
])
def test_a_start_wanted_this_year_is_still_read(lang: str, text: str) -> None:
    found = extract(text, field="timing", now=NOW, lang=lang).timing
    assert found is not None and found.target_date == "2026-12-17"
