"""French "été" is summer and the participle of "être": "le site a été refait" (has been redone) was rewritten "a
summer" and read as a start in summer. The auxiliary before it says which ("a été", "n'a jamais été", "avoir été"); the
season keeps its article or determiner ("l'été", "cet été", "en été"). Portuguese "verão" is summer and "they will see"
("vocês verão resultados"); Italian "estate" (summer) has no such twin, but "quest'estate" must read as this summer."""

from __future__ import annotations

from datetime import date

import pytest

from nlu import english
from nlu.text import Text
from nlu.timing import timing

NOW = date(2026, 12, 4)


def _when(text: str, lang: str) -> str | None:
    found = timing(Text.of(text), NOW, "timing", lang=lang)
    return found.target_date if found else None


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "le site a été refait il y a peu"),
    ("fr", "ça n'a jamais été notre priorité"),
    ("fr", "le budget a toujours été serré"),
    ("fr", "nos ventes ont été bonnes"),
    ("fr", "ça aurait été plus simple avec vous"),
    ("fr", "après avoir été déçus par une agence"),
    ("pt", "vocês verão resultados rápidos"),
    ("pt", "eles não verão a diferença"),
])
def test_the_verb_is_no_summer(lang: str, text: str) -> None:
    assert "summer" not in english.of(Text.of(text), lang).lower
    assert _when(text, lang) is None


@pytest.mark.parametrize(("lang", "text", "english_text"), [
    ("fr", "cet été", "this summer"),
    ("fr", "pour l'été", "for summer"),
    ("fr", "l'été prochain", "next summer"),
    ("fr", "le site a été refait, on veut démarrer cet été", "we want to start this summer"),
    ("fr", "en été", "in summer"),
    ("pt", "no verão", "in summer"),
    ("pt", "vocês verão, queremos começar no verão", "we want to start in summer"),
    ("it", "quest'estate", "this summer"),
    ("it", "è stato difficile, vogliamo partire questa estate", "we want to start this summer"),
    ("es", "ha sido difícil, queremos empezar en verano", "we want to start in summer"),
])
def test_the_season_is_still_summer(lang: str, text: str, english_text: str) -> None:
    expected = _when(english_text, "en")
    assert expected is not None  # the English alone must be read, or the comparison proves nothing
    assert _when(text, lang) == expected
