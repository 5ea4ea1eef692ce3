"""A time said of what was done is no deadline, even in the answer to "when?" (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-11-23"


def _timing(text: str, lang: str = "en", field: str | None = "timing") -> str | None:
    found = extract(text, field=field, now=NOW, lang=lang).timing
    return found.target_date if found else None


@pytest.mark.parametrize(("text", "lang"), [
    ("we ran ads until we paused them in October", "en"), ("until we paused them in October", "en"),
    ("we did SEO until March, then stopped", "en"), ("we used an agency until last October", "en"),
    ("we paused our ads in October", "en"), ("the contract ended in October", "en"),
    ("wir haben bis Oktober Anzeigen geschaltet", "de"), ("on a fait de la pub jusqu'en octobre", "fr"),
    ("hicimos anuncios hasta octubre, luego paramos", "es"), ("fizemos anúncios até outubro", "pt"),
    ("abbiamo fatto pubblicità fino a ottobre", "it"), ("we hebben tot oktober advertenties gedraaid", "nl"),
])
def test_a_month_said_of_past_work_gives_no_deadline(text: str, lang: str) -> None:
    assert _timing(text, lang) is None
    assert _timing(text, lang, field=None) is None


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("we paused them in October and want to restart in March", "en", "2027-03-16"),
    ("our old agency contract ended, so ASAP", "en", "2026-11-30"),
    ("we lost our marketing lead so by January", "en", "2027-01-01"),  # a deadline: when January comes
    ("we had a bad Q4, so Q1 please", "en", "2027-02-14"),
    ("we were aiming for March", "en", "2027-03-16"),
    ("it was supposed to be March but now June", "en", "2027-06-15"),
    ("October", "en", "2027-10-16"),
    ("wir haben entschieden, im März zu starten", "de", "2027-03-16"),
    ("we hebben besloten om in maart te starten", "nl", "2027-03-16"),
])
def test_a_time_wanted_after_something_past_is_still_the_deadline(text: str, lang: str, day: str) -> None:
    assert _timing(text, lang) == day
