"""Timing: a season said by what marks it, as a landmark ("avant la première neige", "after the harvest", "nach der
Ernte", "dopo la vendemmia", "na de oogst") is that season, in the seven languages: the first snow or frost is the
winter, the harvest the autumn; a landmark already begun is next year's; a refinement said after it ("... l'an
prochain, donc genre octobre") wins; an event named by it ("the harvest festival") or a fact with no aim is no start."""

from __future__ import annotations

from datetime import date

import pytest

from nlu.extract import extract
from nlu.timing import SEASONS

NOW = "2026-12-04"


def _season(name: str, year: int = 2027) -> tuple[date, date]:
    first = date(year, SEASONS[name], 1)
    last = date(year + (SEASONS[name] + 3 > 12), (SEASONS[name] + 2) % 12 + 1, 1)
    return first, last


@pytest.mark.parametrize(("text", "lang"), [
    ("after the harvest we'd like to start", "en"),
    ("après les vendanges on veut commencer", "fr"),
    ("nach der Ernte wollen wir starten", "de"),
    ("después de la cosecha queremos empezar", "es"),
    ("dopo la vendemmia vorremmo partire", "it"),
    ("depois da colheita queremos começar", "pt"),
    ("na de oogst willen we beginnen", "nl"),
])
def test_a_start_after_the_harvest_is_in_the_autumn(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    first, last = _season("autumn")
    assert timing is not None and first < date.fromisoformat(timing.target_date) < last


@pytest.mark.parametrize(("text", "lang"), [
    ("Idéalement avant la première neige", "fr"),
    ("ideally before the first snow", "en"),
    ("we'd like it live before the first frost", "en"),
    ("vor dem ersten Schnee", "de"),
])
def test_before_the_first_snow_is_before_the_next_winter(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == "2027-11-30"


def test_a_month_said_after_the_landmark_and_its_year_is_the_month() -> None:
    timing = extract("Idéalement avant la première neige l'an prochain, donc genre octobre", None, now=NOW, lang="fr").timing
    assert timing is not None and timing.target_date.startswith("2027-10")


@pytest.mark.parametrize("text", [
    "we harvest 50 tonnes after the first frost",
    "we'd like to start after the harvest festival",
])
def test_an_event_named_by_the_season_or_a_fact_is_no_start(text: str) -> None:
    assert extract(text, None, now=NOW, lang="en").timing is None
