"""The visitor's own bookings, reservations and booking system are a need or a fact of their business, never a call
asked of us (``nlu.call_request.tells_of_their_own_bookings``), in the seven languages.

Issue 14, found playing ``make run``: a rural-tourism estate paying Booking.com's commission wrote "Precisamos de
mais reservas diretas, pagamos muito ao Booking" and was answered "Com todo o gosto marcamos uma chamada": the
classifier's book_call, and "booking" among the words of a call. Near misses: asking us for a call, even about
their booking system, is one.
"""

from __future__ import annotations

import pytest

from nlu.call_request import asks_for_a_call, tells_of_their_own_bookings

OWN_BOOKINGS = {
    "en": ["we need more direct bookings, we pay Booking.com too much", "most of our guests come via Booking",
           "our booking page converts badly", "we want more table reservations on weekdays",
           "our online booking system is from 2012", "Airbnb and Expedia take 18% of every room"],
    "de": ["wir brauchen mehr Direktbuchungen, Booking kassiert zu viel Provision", "unser Buchungssystem ist veraltet",
           "mehr Tischreservierungen unter der Woche wären toll", "die meisten Gäste buchen über Booking"],
    "fr": ["on veut plus de réservations en ligne", "nos réservations directes sont trop faibles",
           "notre moteur de réservation est vieux", "on paie trop de commission à Booking"],
    "es": ["queremos más reservas de mesa entre semana", "necesitamos más reservas directas, pagamos mucho a Booking",
           "nuestro sistema de reservas es muy antiguo"],
    "pt": ["Precisamos de mais reservas diretas, pagamos muito ao Booking", "o nosso sistema de reservas é antigo",
           "queremos mais agendamentos online na clínica"],
    "it": ["vorremmo più prenotazioni dirette", "paghiamo troppe commissioni a Booking",
           "il nostro sistema di prenotazione è lento"],
    "nl": ["we willen meer boekingen via onze eigen site", "ons boekingssysteem is verouderd",
           "we betalen te veel commissie aan Booking", "meer reserveringen voor het restaurant"],
}
# Asking us for a call, even about their bookings: a request, not a fact.
REQUESTS = {
    "en": ["can I book a call?", "I'd like to book a call about our booking system", "booking a demo, please?"],
    "de": ["kann ich einen Termin buchen?", "ich möchte einen Termin wegen unserer Buchungen vereinbaren"],
    "fr": ["je voudrais réserver un appel", "est-ce que je peux réserver un appel pour nos réservations ?"],
    "es": ["quiero reservar una reunión", "¿puedo agendar una llamada sobre nuestras reservas?"],
    "pt": ["quero marcar uma chamada", "posso marcar uma chamada sobre as nossas reservas?"],
    "it": ["vorrei prenotare una chiamata", "posso fissare un appuntamento per le prenotazioni?"],
    "nl": ["ik wil een gesprek boeken", "kan ik een afspraak maken over onze boekingen?"],
}
# Neither: no booking of theirs, no call asked.
NEITHER = ["our SEO is terrible", "wir sind ein Hotel in Bremen", "booking", "book", "we read a book about marketing",
           "Réserver ?", ""]


@pytest.mark.parametrize("text", [t for texts in OWN_BOOKINGS.values() for t in texts])
def test_the_visitors_own_bookings_are_a_fact_of_their_business(text: str) -> None:
    assert tells_of_their_own_bookings(text), text
    assert not asks_for_a_call(text), text


@pytest.mark.parametrize("text", [t for texts in REQUESTS.values() for t in texts])
def test_near_miss_a_call_asked_for_even_about_their_bookings_is_a_request(text: str) -> None:
    assert not tells_of_their_own_bookings(text), text


@pytest.mark.parametrize("text", NEITHER)
def test_text_without_bookings_of_theirs_is_none(text: str) -> None:
    assert not tells_of_their_own_bookings(text), text


def test_every_language_has_its_own_bookings_and_its_requests() -> None:
    assert set(OWN_BOOKINGS) == set(REQUESTS) == {"en", "de", "fr", "es", "pt", "it", "nl"}


def test_long_or_hostile_text_is_read_at_once() -> None:
    for text in ["booking " * 20000, "reservas " * 20000, "\x00\x01 via booking " * 5000, "a" * 200000]:
        tells_of_their_own_bookings(text)
