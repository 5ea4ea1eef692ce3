"""A quarter said as a start or as a deadline reads in the seven languages as in English (issue 14). "Starting" in the
other languages ("empezando en el primer trimestre", "à partir du premier trimestre", "beginnend im ersten Quartal",
"começando no", "a partire dal", "beginnend in het") was read as nothing in free text and as the quarter's middle at
the timing question; it is the start of the quarter as "starting in the first quarter" is. "From" ("à partir du",
"a partir del", "a partire dal", "ab", "vanaf") reads as the English "from" does. A quarter said with "for"
in the other languages ("para el Q2", "per il Q2", "pour le T2", "para o Q2", Dutch "tegen Q2", Brazilian "pro") is a
deadline, met when the quarter comes, as "by Q2" is (the lead contract: a vague period is a date inside it; the
existing tests: "by Q2" is its first day, "Q2" alone its middle, which stays)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


def _when(text: str, lang: str, field: str | None) -> str | None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    return timing.target_date if timing else None


@pytest.mark.parametrize(("text", "lang"), [
    ("empezando en el primer trimestre", "es"),
    ("en commençant au premier trimestre", "fr"),
    ("beginnend im ersten Quartal", "de"),
    ("começando no primeiro trimestre", "pt-BR"),
    ("começando no primeiro trimestre", "pt-PT"),
    ("iniziando nel primo trimestre", "it"),
    ("beginnend in het eerste kwartaal", "nl"),
])
@pytest.mark.parametrize("field", [None, "timing"])
def test_starting_in_a_quarter_is_its_start_as_in_english(text: str, lang: str, field: str | None) -> None:
    assert _when(text, lang, field) == _when("starting in the first quarter", "en", field) == "2027-01-15"


@pytest.mark.parametrize(("text", "lang"), [
    ("a partir del primer trimestre", "es"), ("à partir du premier trimestre", "fr"), ("a partir do primeiro trimestre", "pt-PT"),
    ("a partire dal primo trimestre", "it"), ("ab dem ersten Quartal", "de"), ("vanaf het eerste kwartaal", "nl"),
])
def test_from_a_quarter_reads_as_the_english_from(text: str, lang: str) -> None:
    assert _when(text, lang, "timing") == _when("from Q1", "en", "timing") is not None


@pytest.mark.parametrize(("text", "lang"), [
    ("para el Q2", "es"),
    ("para el segundo trimestre", "es"),
    ("pour le T2", "fr"),
    ("per il Q2", "it"),
    ("para o Q2", "pt-PT"),
    ("pro segundo trimestre", "pt-BR"),
    ("tegen Q2", "nl"),
    ("we need it live for Q2", "en"),
])
@pytest.mark.parametrize("field", [None, "timing"])
def test_a_quarter_said_with_for_is_met_when_it_comes(text: str, lang: str, field: str | None) -> None:
    assert _when(text, lang, field) == _when("by Q2", "en", field) == "2027-04-01"


@pytest.mark.parametrize(("text", "lang"), [
    ("el presupuesto para el Q2 ya está cerrado", "es"), ("our budget for Q2 is already spent", "en"), ("il bilancio per il Q2 è chiuso", "it"),
])
def test_a_quarter_something_else_is_for_is_no_start_in_free_text(text: str, lang: str) -> None:
    assert _when(text, lang, None) is None


@pytest.mark.parametrize(("text", "lang"), [("Q2", "en"), ("in Q2", "en"), ("en el Q2", "es"), ("im zweiten Quartal", "de")])
def test_a_quarter_said_alone_or_with_in_is_still_its_middle(text: str, lang: str) -> None:
    assert _when(text, lang, "timing") == "2027-05-16"
