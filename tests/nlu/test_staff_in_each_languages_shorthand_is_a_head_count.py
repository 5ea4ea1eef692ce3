"""Company size: staff in each language's shorthand after a figure (German "30 MA" for Mitarbeiter, read as nothing),
French "30 collabs", Spanish "30 empl.", Portuguese "30 func.", Italian "30 dip.", Dutch "30 mdw" / "30 mw", is a head
count; the same letters that are another word in another language ("ma" is Italian "but", "MW" a megawatt) are
not."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("wir sind 30 MA", "de"),
    ("30 MA", "de"),
    ("ca. 30 MAs", "de"),
    ("wir haben 30 Mitarb.", "de"),
    ("30 collabs", "fr"),
    ("nous sommes 30 collab.", "fr"),
    ("somos 30 empl.", "es"),
    ("somos 30 func.", "pt"),
    ("30 dip.", "it"),
    ("30 mdw", "nl"),
    ("we zijn met 30 mw", "nl"),
])
def test_staff_in_shorthand_is_a_head_count(text: str, lang: str) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (30, 30)


@pytest.mark.parametrize(("text", "lang"), [
    ("ho speso 30 ma non basta", "it"),
    ("30 MW solar farm", "en"),
    ("schau ma mal", "de"),
])
def test_the_same_letters_as_another_word_are_no_head_count(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company_size is None
