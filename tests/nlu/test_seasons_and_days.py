"""A season or a day of a month reads the same in each of the seven languages (issue 15)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-11-23"


def _target(text: str, lang: str, field: str | None = "timing") -> str | None:
    timing = extract(text, field=field, now=NOW, lang=lang).timing
    return timing.target_date if timing else None


BY_SUMMER = [
    ("by summer", "en"), ("for summer", "en"), ("d'ici l'été", "fr"), ("pour l'été", "fr"), ("d'ici cet été", "fr"),
    ("bis zum Sommer", "de"), ("spätestens im Sommer", "de"), ("para el verano", "es"), ("hasta el verano", "es"),
    ("até o verão", "pt"), ("para o verão", "pt"), ("entro l'estate", "it"), ("per l'estate", "it"),
    ("tegen de zomer", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), BY_SUMMER)
def test_by_a_season_is_its_first_day_in_every_language(text: str, lang: str) -> None:
    assert _target(text, lang) == _target("by summer", "en") == "2027-06-01"


@pytest.mark.parametrize(("text", "lang"), [
    ("before summer", "en"), ("vor dem Sommer", "de"), ("avant l'été", "fr"), ("antes del verano", "es"),
    ("antes do verão", "pt"), ("prima dell'estate", "it"), ("voor de zomer", "nl"),
])
def test_before_a_season_is_the_day_before_it_in_every_language(text: str, lang: str) -> None:
    assert _target(text, lang) == "2027-05-31"


@pytest.mark.parametrize(("text", "lang", "english"), [
    ("bis zum Herbst", "de", "by autumn"), ("d'ici le printemps", "fr", "by spring"),
    ("para la primavera", "es", "by spring"), ("entro la primavera", "it", "by spring"),
])
def test_other_seasons_read_as_english_reads_them(text: str, lang: str, english: str) -> None:
    assert _target(text, lang) == _target(english, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("bis zum 15. März", "de"), ("bis 15. März", "de"), ("hasta el 15 de marzo", "es"), ("até 15 de março", "pt"),
    ("até o dia 15 de março", "pt"), ("fino al 15 marzo", "it"), ("entro il 15 marzo", "it"), ("tot 15 maart", "nl"),
    ("tegen 15 maart", "nl"), ("jusqu'au 15 mars", "fr"), ("d'ici le 15 mars", "fr"), ("by 15 March", "en"),
])
def test_by_a_day_of_a_month_is_that_day_and_no_head_count(text: str, lang: str) -> None:
    for field in ("timing", None):
        found = extract(text, field=field, now=NOW, lang=lang)
        assert found.timing is not None and found.timing.target_date == "2027-03-15"
        assert found.company_size is None and found.budget is None


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("wir wollen am 15. März starten", "de", "2027-03-15"), ("ab dem 1. April", "de", "2027-04-01"),
])
def test_a_german_day_with_its_ordinal_dot_is_a_date(text: str, lang: str, day: str) -> None:
    assert _target(text, lang) == day


@pytest.mark.parametrize(("text", "lang", "most"), [
    ("bis 15 Mitarbeiter", "de", 15), ("hasta 15 empleados", "es", 15), ("tot 40 medewerkers", "nl", 40),
])
def test_up_to_a_number_of_people_is_still_a_head_count(text: str, lang: str, most: int) -> None:
    size = extract(text, field="company_size", now=NOW, lang=lang).company_size
    assert size is not None and size.max == most


@pytest.mark.parametrize(("text", "lang"), [
    ("nach dem Sommer", "de"), ("après l'été", "fr"), ("después del verano", "es"), ("tras el verano", "es"),
    ("depois do verão", "pt"), ("dopo l'estate", "it"), ("na de zomer", "nl"),
])
def test_after_a_season_reads_as_english_after_summer(text: str, lang: str) -> None:
    assert _target(text, lang) == _target("after summer", "en")
