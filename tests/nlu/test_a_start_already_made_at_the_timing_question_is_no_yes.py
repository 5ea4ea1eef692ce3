"""Timing: a start already made, said at the timing question ("wir haben vor einem Jahr angefangen", read as a bare
yes for its opening "we have"), is no yes to a start ahead and no date, in the seven languages; a bare yes, or a
yes with "we have", is still a yes."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("wir haben vor einem Jahr angefangen", "de"),
    ("wir sind letztes Jahr gestartet", "de"),
    ("we have started a year ago", "en"),
    ("on a commencé il y a un an", "fr"),
    ("empezamos hace un año", "es"),
    ("começámos há um ano", "pt"),
    ("abbiamo iniziato un anno fa", "it"),
    ("we zijn een jaar geleden begonnen", "nl"),
])
def test_a_start_already_made_is_no_timing(text: str, lang: str) -> None:
    assert extract(text, "timing", now=NOW, lang=lang).timing is None


@pytest.mark.parametrize(("text", "lang"), [
    ("yes", "en"), ("yes we have", "en"), ("ja", "de"), ("ja, haben wir", "de"), ("oui", "fr"), ("ja hoor", "nl"),
])
def test_a_bare_yes_at_the_timing_question_is_still_a_yes(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "stated" and timing.horizon_days is None
