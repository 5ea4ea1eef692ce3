"""Timing: a time said of an event, then what the visitor wants by then ("We reopen after the refurb in spring 2027 and
want bookings flowing by then", batch_57 read nothing), dates the aim, in the seven languages ("bis dahin", "d'ici
là", "para entonces", "até lá", "entro allora", "tegen dan"); a time of an event with nothing wanted by it says
nothing of when."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("We reopen after the refurb in spring 2027 and want bookings flowing by then", "en"),
    ("we open the new site in spring 2027, need the ads ready by that time", "en"),
    ("Wir eröffnen nach dem Umbau im Frühjahr 2027 und wollen bis dahin Buchungen haben", "de"),
    ("Nous rouvrons après les travaux au printemps 2027 et voulons des réservations d'ici là", "fr"),
    ("Reabrimos tras la reforma en primavera de 2027 y queremos reservas para entonces", "es"),
    ("Reabrimos depois da obra na primavera de 2027 e queremos reservas até lá", "pt"),
    ("Riapriamo dopo la ristrutturazione nella primavera 2027 e vogliamo prenotazioni entro allora", "it"),
])
def test_the_aim_by_the_time_of_an_event_is_that_time(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "stated" and 87 <= (timing.horizon_days or 0) <= 200


@pytest.mark.parametrize(("text", "lang"), [
    ("We reopen after the refurb in spring 2027", "en"),
    ("We reopen after the refurb in spring 2027, bookings are flowing already", "en"),
    ("Wir eröffnen nach dem Umbau im Frühjahr 2027", "de"),
])
def test_a_time_of_an_event_with_nothing_wanted_by_it_says_nothing(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).timing is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Can we get something going after the holidays? Office is shut til Jan 5", "en"),
    ("could we get things moving in January?", "en"),
    ("let's get the ball rolling in January", "en"),
])
def test_a_start_asked_for_in_everyday_words_is_aimed_at(text: str, lang: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "stated" and 25 <= (timing.horizon_days or 0) <= 60
