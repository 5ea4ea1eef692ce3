"""A visitor telling of their own bookings is offered no call (addendum, issue 14).

"Precisamos de mais reservas diretas, pagamos muito ao Booking" opened with "Com todo o gosto marcamos uma chamada":
"booking" counted as asking for a call. ``nlu.call_request.tells_of_their_own_bookings`` reads their own bookings,
and now the bot consults it (``bot.actions.statement.speaks_of_contact``, ``action_book_call``). Near misses: "can I
book a call about our booking system?" asks for one. Through the bot: pt and en (slow).
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.statement import speaks_of_contact
from harness.stack import Stack, Visitor

OWN_BOOKINGS = {
    "pt": "Precisamos de mais reservas diretas, pagamos muito ao Booking",
    "en": "we need more direct bookings, we pay Booking.com too much",
    "de": "wir brauchen mehr Direktbuchungen, unser Buchungssystem ist veraltet",
    "fr": "nous voulons plus de réservations directes",
    "es": "queremos más reservas directas, pagamos mucho a Booking",
    "it": "vogliamo più prenotazioni dirette",
    "nl": "we willen meer directe boekingen",
}
ASKS_FOR_A_CALL = ["can I book a call about our booking system?", "quero marcar uma chamada sobre as reservas",
                   "kann ich einen Termin buchen?"]
HAPPY = "Happy to set up a call. A few quick questions first, so the right consultant joins you."


@pytest.mark.parametrize("lang", list(OWN_BOOKINGS))
def test_their_own_bookings_speak_of_no_contact(lang: str) -> None:
    assert not speaks_of_contact(OWN_BOOKINGS[lang])


@pytest.mark.parametrize("text", ASKS_FOR_A_CALL)
def test_a_call_asked_for_beside_bookings_still_speaks_of_contact(text: str) -> None:
    assert speaks_of_contact(text)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["pt", "en"])
def test_their_own_bookings_as_the_first_message_are_offered_no_call(stack: Stack, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(OWN_BOOKINGS[lang])
    assert translate(HAPPY, lang) not in reply, v.history()
