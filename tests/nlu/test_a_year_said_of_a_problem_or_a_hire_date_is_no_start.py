"""Timing: a year said of how a figure stands ("Admissions are down this year", batch_65 #11; "Enrolments for next
year are softer than we'd like", persona megan) and the date a new hire joins ("we're 9 now, 10 from january when
our new dev starts", batch_67 #26) are no start (issue 14: "this year" said about a problem is not a deadline). The
visitor's own start said beside them is still read."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


def _timing(text: str, lang: str):
    return extract(text, None, now=NOW, lang=lang).timing


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Admissions are down this year and the governors want a proper enquiry campaign", "en"),
        ("Enrolments for next year are softer than we'd like", "en"),
        ("bookings were way off last spring and we need a fix", "en"),
        ("sign-ups for next year look weaker, we want more", "en"),
        ("Die Anmeldungen sind dieses Jahr zurückgegangen, wir brauchen eine Kampagne", "de"),
        ("Les inscriptions sont en baisse cette année et on veut une campagne", "fr"),
        ("Las inscripciones bajaron este año y queremos una campaña", "es"),
        ("Le iscrizioni sono in calo quest'anno, vogliamo una campagna", "it"),
        ("As matrículas para o próximo ano estão mais fracas do que esperávamos", "pt"),
        ("De inschrijvingen zijn dit jaar lager, we willen een campagne", "nl"),
    ],
)
def test_a_year_said_of_a_figure_that_fell_short_is_no_start(text: str, lang: str) -> None:
    assert _timing(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we're 9 now, 10 from january when our new dev starts", "en"),
        ("we're 9, 10 from January once the new hire joins", "en"),
        ("Wir sind 9, ab Januar 10, wenn unser neuer Entwickler anfängt", "de"),
        ("On est 9, 10 à partir de janvier quand notre nouveau dev arrive", "fr"),
        ("Somos 9, 10 desde enero cuando empiece el nuevo desarrollador", "es"),
        ("Siamo in 9, 10 da gennaio quando arriva il nuovo sviluppatore", "it"),
        ("Somos 9, 10 a partir de janeiro quando o novo dev começar", "pt"),
        ("We zijn met 9, vanaf januari 10 als onze nieuwe developer begint", "nl"),
    ],
)
def test_the_date_a_new_hire_joins_is_no_start(text: str, lang: str) -> None:
    assert _timing(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "month"),
    [
        ("We want to start next year, enrolments are down", "en", "2027"),
        ("Bookings are down, we want to start this year", "en", "2026-12"),
        ("we want to start in January when our new dev starts", "en", "2027-01"),
        ("We'd like to kick off in January once the new marketing manager joins", "en", "2027-01"),
        ("start in January, once the new site is live", "en", "2027-01"),
    ],
)
def test_the_visitors_own_start_beside_them_is_read(text: str, lang: str, month: str) -> None:
    timing = _timing(text, lang)
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(month)
