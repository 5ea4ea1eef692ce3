"""Timing: a landmark dated by its month, then the month the start is counted from ("after the trade show in January,
so from February", "na de Heimtextil in januari, dus vanaf februari", read as January at the timing question), is the
later month, in the seven languages; a time that opens the message and then the event it waits for ("early Feb once
we're back from the summer break", read as nothing in free text) is the start; one said before something gone ("March,
when we moved offices") is none. (bot/actions/form.py reads both in its own words, _LANDMARK and _own_date: this is
the reading in nlu.)"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("after the trade show in January, so from February", "en"),
    ("na de Heimtextil in januari, dus vanaf februari", "nl"),
    ("nach der Messe im Januar, also ab Februar", "de"),
    ("après le salon en janvier, donc à partir de février", "fr"),
    ("después de la feria en enero, así que a partir de febrero", "es"),
    ("depois da feira em janeiro, então a partir de fevereiro", "pt"),
    ("dopo la fiera di gennaio, quindi da febbraio", "it"),
])
def test_the_month_counted_from_after_a_landmark_is_the_start(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and (timing.target_date or "").startswith("2027-02")


@pytest.mark.parametrize(("text", "lang"), [
    ("early Feb once we're back from the summer break", "en"),
    ("Anfang Februar, wenn wir aus der Sommerpause zurück sind", "de"),
    ("début février, une fois rentrés des vacances d'été", "fr"),
    ("a principios de febrero, cuando volvamos de las vacaciones", "es"),
    ("início de fevereiro, quando voltarmos das férias", "pt"),
    ("inizio febbraio, quando torniamo dalle ferie", "it"),
    ("begin februari, als we terug zijn van de zomerstop", "nl"),
])
def test_a_time_then_the_event_it_waits_for_is_the_start(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == "2027-02-05"


@pytest.mark.parametrize("text", [
    "March, when we moved offices",
    "in September we moved offices, so now we need leads",
])
def test_a_time_before_something_gone_is_no_start(text: str) -> None:
    assert extract(text, None, now=NOW).timing is None


def test_a_landmark_month_alone_is_the_landmarks_month() -> None:
    timing = extract("after the trade show in January", "timing", now=NOW).timing
    assert timing is not None and (timing.target_date or "").startswith("2027-01")
