"""A period that is already past is no deadline (issue 14): "the start of this year" said in December was read as
today, "Q1 this year" and "the first half of this year" as mid-December (their "this year" read alone), "earlier this
year" too. "The start of next year" and "the start of the year" said in December are January; "the end of this year"
is still ahead; the start of this year said in March is still under way."""

from __future__ import annotations

import pytest

from nlu.extract import extract

DECEMBER = "2026-12-04"


def _when(text: str, lang: str = "en", now: str = DECEMBER, field: str | None = "timing") -> str | None:
    found = extract(text, field=field, now=now, lang=lang).timing
    return found.target_date if found else None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "start of this year"), ("en", "beginning of this year"), ("en", "early this year"), ("en", "earlier this year"),
    ("en", "first half of this year"), ("en", "Q1 this year"), ("en", "mid this year"), ("en", "start of 2026"),
    ("de", "Anfang dieses Jahres"), ("de", "im ersten Quartal dieses Jahres"), ("fr", "au début de cette année"),
    ("es", "a principios de este año"), ("it", "all'inizio di quest'anno"), ("pt", "no início deste ano"),
    ("nl", "begin dit jaar"), ("nl", "begin van dit jaar"),
])
def test_a_part_of_this_year_gone_by_december_is_no_deadline(lang: str, text: str) -> None:
    assert _when(text, lang) is None
    assert _when(text, lang, field=None) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "start of next year"), ("en", "start of the year"), ("de", "Anfang nächsten Jahres"),
    ("fr", "début de l'année prochaine"), ("es", "a principios del año que viene"), ("it", "inizio anno prossimo"),
    ("pt", "no começo do ano que vem"), ("nl", "begin volgend jaar"),
])
def test_the_start_of_next_year_said_in_december_is_january(lang: str, text: str) -> None:
    assert _when(text, lang).startswith("2027-01-")


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("fr", "milieu de l'année prochaine", "2027-07-02"), ("es", "a mediados del año que viene", "2027-07-02"),
    ("it", "metà dell'anno prossimo", "2027-07-02"), ("pt", "meados do ano que vem", "2027-07-02"),
])
def test_the_middle_of_next_year_said_in_march_is_next_years(lang: str, text: str, day: str) -> None:
    assert _when(text, lang, now="2026-03-04") == day


def test_a_start_said_after_a_part_gone_is_still_read() -> None:
    assert _when("we started earlier this year and want to go live in March", field=None) == "2027-03-16"


@pytest.mark.parametrize(("text", "now", "day"), [
    ("end of this year", DECEMBER, "2026-12-31"), ("early this year", "2026-03-10", "2026-03-10"),
    ("early this month", DECEMBER, "2026-12-06"),
])
def test_a_part_still_under_way_or_ahead_is_read(text: str, now: str, day: str) -> None:
    assert _when(text, now=now) == day
