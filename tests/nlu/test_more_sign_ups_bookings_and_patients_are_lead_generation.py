"""Wanting more sign-ups, enrolments, bookings, registrations, patients or students is lead generation in the seven
languages: "on voudrait plus d'inscriptions pour nos cours du soir" got no category (the lead's visitor plays), and at
the need question its summary was the whole message with the facts before it. The summary is the clause that states
the need. More of something the visitor does not want ("more calls from spammers") is not."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "we want more enrolments for our evening classes",
    "need more enrollments for the autumn term",
    "garment exporter here, need buyers in USA and UK",
    "we want more distributors in Europe",
    "we'd love more registrations for our workshops",
    "wir wollen mehr Anmeldungen für unsere Kurse",
    "wir brauchen mehr Buchungen und mehr Patienten",
    "Wir brauchen mehr Verkäuferanfragen.",
    "wir wollen mehr Kundenanfragen",
    "on voudrait plus d'inscriptions pour nos cours du soir",
    "on veut plus de réservations",
    "queremos más inscripciones para los cursos",
    "queremos más reservas",
    "queremos mais matrículas",
    "precisamos de mais reservas",
    "vorremmo più iscrizioni ai corsi",
    "vogliamo più prenotazioni",
    "we willen meer inschrijvingen",
    "we willen meer boekingen",
])
def test_more_sign_ups_or_bookings_is_lead_generation(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is not None and "lead_generation" in need.categories


@pytest.mark.parametrize(("text", "summary"), [
    ("ok. on est une école de langues à Lyon, 8 profs, on voudrait plus d'inscriptions pour nos cours du soir",
     "on voudrait plus d'inscriptions pour nos cours du soir"),
    ("we're a yoga studio in Leeds, 3 teachers, we want more bookings for our morning classes",
     "we want more bookings for our morning classes"),
    ("Wir sind eine Sprachschule in Köln, 10 Lehrer. Wir wollen mehr Anmeldungen.", "Wir wollen mehr Anmeldungen"),
])
def test_at_the_need_question_the_summary_is_the_clause_of_the_need(text: str, summary: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and "lead_generation" in need.categories
    assert need.summary == summary


@pytest.mark.parametrize("text", [
    "we get more bookings than we can handle",
    "too many registrations already, honestly",
])
def test_more_than_enough_is_no_need(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is None or "lead_generation" not in need.categories
