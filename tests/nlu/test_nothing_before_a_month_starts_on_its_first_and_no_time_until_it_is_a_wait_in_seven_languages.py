"""Negations the English rewrite dropped: "Rien avant janvier" (nothing before January) read as "rien before january",
the day before January, not its first; "Tot januari hebben we geen tijd" (no time until January) as "before
january", the end of December, not a wait until January. "not before March" and "not before the month of March" are the first of March
in every language."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"
JANUARY_1 = "2027-01-01"
MID_JANUARY = "2027-01-16"
MARCH_1 = "2027-03-01"


@pytest.mark.parametrize("text, lang", [
    ("nothing before January", "en"),
    ("Rien avant janvier", "fr"),
    ("nichts vor Januar", "de"),
    ("nada antes de enero", "es"),
    ("nada antes de janeiro", "pt"),
    ("niente prima di gennaio", "it"),
    ("niets voor januari", "nl"),
])
def test_nothing_before_january_starts_on_its_first(text: str, lang: str) -> None:
    for hint in (lang, None):
        timing = extract(text, field="timing", now=NOW, lang=hint).timing
        assert timing is not None and timing.target_date == JANUARY_1, hint


@pytest.mark.parametrize("text, lang", [
    ("we have no time before January", "en"),
    ("until January we have no time", "en"),
    ("until January we are fully booked", "en"),
    ("on n'a pas le temps avant janvier", "fr"),
    ("bis Januar haben wir keine Zeit", "de"),
    ("vor Januar haben wir keine Zeit", "de"),
    ("no tenemos tiempo hasta enero", "es"),
    ("não temos tempo até janeiro", "pt"),
    ("non abbiamo tempo fino a gennaio", "it"),
    ("Tot januari hebben we geen tijd", "nl"),
])
def test_no_time_until_january_is_a_wait_until_january_not_a_deadline_before_it(text: str, lang: str) -> None:
    # read as "we're slammed until March" is (tests/nlu/test_a_wait_until_a_time_then_the_aim_dates_the_aim.py): the
    # month itself, its middle; the rewrite's "before january" made it the last day of December
    for hint in (lang, None):
        timing = extract(text, field="timing", now=NOW, lang=hint).timing
        assert timing is not None and timing.target_date == MID_JANUARY, hint


@pytest.mark.parametrize("text, lang", [
    ("not before March", "en"),
    ("not before the month of March", "en"),
    ("nicht vor März", "de"),
    ("nicht vor dem Monat März", "de"),
    ("pas avant mars", "fr"),
    ("Pas avant le mois de mars", "fr"),
    ("no antes de marzo", "es"),
    ("no antes del mes de marzo", "es"),
    ("não antes de março", "pt"),
    ("não antes do mês de março", "pt"),
    ("non prima di marzo", "it"),
    ("non prima del mese di marzo", "it"),
    ("niet voor maart", "nl"),
])
def test_not_before_march_is_the_first_of_march(text: str, lang: str) -> None:
    timing = extract(text, field="timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == MARCH_1


@pytest.mark.parametrize("text, lang", [
    # a deadline before a month, with no negation, is the day before it
    ("we want it live before January", "en"),
    ("on veut le site avant janvier", "fr"),
    ("wir wollen die Seite vor Januar", "de"),
    ("lo queremos antes de enero", "es"),
    # "no time to waste" is haste, not a wait
    ("we need it done before January, we have no time to waste", "en"),
])
def test_a_deadline_before_a_month_without_a_negation_is_before_it(text: str, lang: str) -> None:
    timing = extract(text, field="timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date < JANUARY_1


def test_a_start_said_in_the_past_after_the_month_is_no_timing() -> None:
    # near miss for the Dutch word order: "we only started in January" is a fact, not a start to come
    assert extract("we zijn in januari begonnen", now=NOW, lang="nl").timing is None
    assert extract("wir sind im Januar gestartet", now=NOW, lang="de").timing is None


@pytest.mark.parametrize("text, lang", [
    ("in March at the earliest", "en"),
    ("frühestens im März", "de"),
    ("au plus tôt en mars", "fr"),
    ("como muy pronto en marzo", "es"),
    ("no mínimo em março", "pt"),
    ("al più presto a marzo", "it"),
    ("op zijn vroegst in maart", "nl"),
    ("niet vóór maart", "nl"),
])
def test_a_month_at_the_earliest_is_its_first_day_not_asap(text: str, lang: str) -> None:
    # "au plus tôt" and "al più presto" alone are "asap"; before a month they are "at the earliest"
    timing = extract(text, field="timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == MARCH_1


@pytest.mark.parametrize("text, lang", [
    ("au plus tôt", "fr"),
    ("al più presto", "it"),
])
def test_at_the_earliest_alone_is_still_asap(text: str, lang: str) -> None:
    timing = extract(text, field="timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.horizon_days is not None and timing.horizon_days <= 14


def test_the_end_of_a_quarter_at_the_earliest_keeps_its_end() -> None:
    timing = extract("end of Q1 at the earliest", field="timing", now=NOW).timing
    assert timing is not None and timing.target_date == "2027-03-31"


@pytest.mark.parametrize("text, lang", [
    ("nicht vor nächstem Jahr", "de"),
    ("pas avant l'année prochaine", "fr"),
    ("no antes del año que viene", "es"),
    ("não antes do ano que vem", "pt"),
    ("non prima dell'anno prossimo", "it"),
    ("niet voor volgend jaar", "nl"),
])
def test_not_before_next_year_is_its_first_day(text: str, lang: str) -> None:
    timing = extract(text, field="timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == JANUARY_1
