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


@pytest.mark.parametrize(("text", "lang", "month"), [
    # batch_50 kept January: "slipped" then "realistically March now", March unread without a cue before it
    ("we wanted to launch in January but that's slipped, realistically March now", "en", "2027-03"),
    ("we wanted to go live in January but realistically it'll be March", "en", "2027-03"),
    ("we were aiming for January but it's slipped to March", "en", "2027-03"),
    ("launch was planned for Feb, now pushed back to April", "en", "2027-04"),
    ("the go-live was scheduled for January, slipped to April", "en", "2027-04"),
    ("we had planned for February; it's been delayed to May", "en", "2027-05"),
    ("wir wollten im Januar starten, aber das hat sich verschoben, realistisch jetzt März", "de", "2027-03"),
    ("on voulait lancer en janvier mais ça a glissé, plutôt mars maintenant", "fr", "2027-03"),
    ("queríamos lanzar en enero pero se ha retrasado, siendo realistas marzo", "es", "2027-03"),
    ("queríamos lançar em janeiro mas atrasou, realisticamente março agora", "pt", "2027-03"),
    ("volevamo lanciare a gennaio ma è slittato, realisticamente marzo", "it", "2027-03"),
    ("we wilden in januari lanceren maar dat is uitgelopen, realistisch gezien maart nu", "nl", "2027-03"),
])
def test_a_start_that_slipped_is_the_time_it_slipped_to(text: str, lang: str, month: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(month)


@pytest.mark.parametrize(("text", "month"), [
    ("the go-live is scheduled for January", "2027-01"),
    ("kickoff scheduled for January and phase two in March", "2027-01"),
    ("we're aiming for February", "2027-02"),
])
def test_a_start_scheduled_with_nothing_moved_keeps_its_month(text: str, month: str) -> None:
    timing = extract(text, None, now=NOW).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(month)


@pytest.mark.parametrize("text", [
    "it actually may be useful to talk",
    "realistically may need a new site at some point",
    "aiming for 500 leads by March",
    "we are targeting 2M revenue by 2028",
    "we were planning to hire someone",
])
def test_a_revision_word_or_an_aim_at_a_figure_dates_no_start(text: str) -> None:
    timing = extract(text, None, now=NOW).timing
    assert timing is None or timing.target_date is None


@pytest.mark.parametrize(("text", "lang"), [
    ("we were supposed to start in March but it slipped", "en"),
    ("we wanted to launch in January but that got pushed back", "en"),
    ("wir wollten im Januar starten, aber das hat sich verschoben", "de"),
    ("on voulait lancer en janvier mais ça a été repoussé", "fr"),
    ("queríamos lanzar en enero pero se ha retrasado", "es"),
    ("queríamos lançar em janeiro mas atrasou", "pt"),
    ("volevamo lanciare a gennaio ma è slittato", "it"),
    ("we wilden in januari lanceren maar dat is uitgesteld", "nl"),
])
def test_a_start_that_slipped_to_no_new_time_dates_nothing(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is None or timing.target_date is None


def test_something_else_delayed_leaves_the_start_wanted() -> None:
    timing = extract("we wanted to start in January, but the delayed invoices are sorted now", None, now=NOW).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith("2027-01")
