""""How do I join?" after booking is answered with the booked call, never with a hello (issue 14).

The classifier calls "how do I join?" a greeting; action_greet said "Hi! I'm the assistant ..." and the form started
over, where every other action first hears the visitor's words around the call times (``booking.around_the_times``)
and answers with the booked call and how to join it. action_greet now hears them first too, unless the message opens with a greeting
("hi!" is still greeted). In the seven languages.
"""

from __future__ import annotations

import re

import pytest

from bot.actions.language import GREETINGS
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import booked

pytestmark = pytest.mark.slow

JOIN = {"en": "how do I join?", "de": "Wie nehme ich teil?", "fr": "Comment je rejoins l'appel ?",
        "es": "¿Cómo me uno?", "pt": "Como é que entro na chamada?", "it": "Come mi collego?",
        "nl": "Hoe neem ik deel?"}


@pytest.mark.parametrize("lang", list(JOIN))
def test_how_to_join_after_booking_gets_the_booking_and_no_greeting(stack: Stack, playbook: Playbook,
                                                                   lang: str) -> None:
    v: Visitor = booked(stack, playbook, lang)
    # The booked call's time, as the booking confirmation said it.
    booked_at = re.search(r"\d{1,2}[:.h]\d{2}\s*[–-]\s*\d{1,2}[:.h]\d{2}", v.transcript[-1][1])
    assert booked_at is not None, v.history()
    reply = v.say(JOIN[lang])
    assert not any(translate(greeting, lang) in reply for greeting in GREETINGS), f"greeted:\n{v.history()}"
    assert booked_at[0] in reply, f"the booked call was not said:\n{v.history()}"
