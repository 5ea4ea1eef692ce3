"""When to start: a start that was planned and has moved is the new one ("we wanted to start in january but it's now
looking like march", batch_47: January was kept), in the seven languages. A start wanted with no later one, or a second
time that is no revision of it (a later phase), keeps the first."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"  # January is 2027-01, March 2027-03, April 2027-04


@pytest.mark.parametrize(("text", "lang", "month"), [
    ("we wanted to start in january but it's now looking like march", "en", "2027-03"),
    ("we wanted to start in January, now more like March", "en", "2027-03"),
    ("we planned to launch in February but it will be April", "en", "2027-04"),
    ("we wanted to kick off in January, it's been pushed back to March", "en", "2027-03"),
    ("wir wollten im Januar starten, jetzt eher im März", "de", "2027-03"),
    ("on voulait commencer en janvier, mais ce sera plutôt en mars", "fr", "2027-03"),
    ("queríamos empezar en enero pero ahora será en marzo", "es", "2027-03"),
    ("volevamo partire a gennaio ma ora sarà a marzo", "it", "2027-03"),
    ("we wilden in januari beginnen maar nu eerder in maart", "nl", "2027-03"),
    ("queríamos começar em janeiro mas agora será em março", "pt", "2027-03"),
])
def test_a_start_planned_then_moved_is_the_later_plan(text: str, lang: str, month: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(month)


@pytest.mark.parametrize(("text", "month"), [
    ("we wanted to start in january", "2027-01"),
    ("we want to start in january, and march for phase two", "2027-01"),
    ("we wanted to start in january and it's looking good", "2027-01"),
])
def test_a_start_with_no_later_plan_keeps_its_month(text: str, month: str) -> None:
    timing = extract(text, None, now=NOW).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(month)
