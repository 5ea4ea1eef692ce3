"""Timing: a start, launch or deadline moved to another date ("Launch date was March 1 but it's moved to April 12",
batch_57 read nothing) is aimed at the date it was moved to, not the one it was, in the seven languages; a move
that dates no start (an office, a call) says nothing of when."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Launch date was March 1 but it's moved to April 12", "en"),
    ("the go-live got pushed back to April 12", "en"),
    ("our start date has been postponed to 12 April", "en"),
    ("Der Launch war am 1. März, jetzt ist er auf den 12. April verschoben", "de"),
    ("Le lancement était prévu le 1er mars mais il a été repoussé au 12 avril", "fr"),
    ("El lanzamiento era el 1 de marzo pero se ha movido al 12 de abril", "es"),
    ("O lançamento era a 1 de março mas foi adiado para 12 de abril", "pt"),
    ("Il lancio era il 1° marzo ma è stato spostato al 12 aprile", "it"),
    ("De lancering was 1 maart maar is verschoven naar 12 april", "nl"),
])
def test_a_start_moved_to_a_date_is_aimed_at_that_date(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == "2027-04-12"


@pytest.mark.parametrize(("text", "lang"), [
    ("we moved to Leeds in March", "en"),
    ("the call got moved to March 3", "en"),
    ("wir sind im März nach Köln umgezogen", "de"),
])
def test_a_move_that_dates_no_start_says_nothing_of_when(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).timing is None
