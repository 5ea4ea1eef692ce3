"""Heads who just joined, or new crews, are a change in the company's size, not its size.

Persona set 9: natasha's "we were 9 at the start of the year, 16 now with the two new crews" was read as 2,
sander's "we zijn inmiddels met 18, niet 15 - er zijn net drie mensen begonnen" as 3.
"""

from __future__ import annotations

from datetime import date

import pytest

from nlu.extract import extract

NOW = date(2026, 12, 4)


def _size(text: str, lang: str | None = None) -> tuple[int | None, int | None] | None:
    found = extract(text, field="company_size", now=NOW, lang=lang).company_size
    return (found.min, found.max) if found else None


@pytest.mark.parametrize(("text", "lang"), [
    ("we zijn inmiddels met 18, niet 15 - er zijn net drie mensen begonnen", "nl"),
    ("we are 18 now, not 15 - three people just joined", "en"),
    ("wir sind jetzt 18, nicht 15 - drei Leute haben gerade angefangen", "de"),
    ("on est 18 maintenant, pas 15 - trois personnes ont commencé", "fr"),
    ("somos 18 ahora, no 15: tres personas empezaron", "es"),
    ("somos 18 agora, não 15 - três pessoas começaram", "pt"),
    ("siamo 18 ora, non 15 - tre persone hanno iniziato", "it"),
])
def test_the_count_said_instead_wins_over_the_newcomers(text: str, lang: str) -> None:
    assert _size(text, lang) == (18, 18)


@pytest.mark.parametrize("text", [
    "we were 9 at the start of the year, 16 now with the two new crews",
    "16 now, with the 2 new hires",
])
def test_new_crews_or_hires_are_no_head_count(text: str) -> None:
    assert _size(text) == (16, 16)


@pytest.mark.parametrize(("text", "expected"), [
    ("3 people", (3, 3)),
    ("we are 20 people", (20, 20)),
    ("12 people, 2 joined last month", (12, 12)),
    ("we have 8 staff and 2 new hires", (8, 8)),
])
def test_counts_of_the_company_keep_their_reading(text: str, expected: tuple[int, int]) -> None:
    assert _size(text) == expected


@pytest.mark.parametrize("text", [
    "O, nog even: we zijn inmiddels met 18, niet 15 - er zijn net drie mensen begonnen.",
    "we zijn nu met 18",
    "we zijn intussen met 18 man",
])
def test_a_dutch_count_said_with_met_at_another_question_is_the_size(text: str) -> None:
    found = extract(text, field="timing", now=NOW, lang="nl").company_size
    assert found is not None and (found.min, found.max) == (18, 18)
