"""A visitor asking to book a call with us is read as such in the seven languages (``nlu.call_request``); calls of
the visitor's own business, a call they had, a call back asked for by phone, and what they tell us are not.

Issue 14, persona set 9: geneviève's "Est-ce que je peux réserver un appel avec quelqu'un ?" after the form got
"Désolé, je n'ai pas bien compris" (the classifier could not tell it).
"""

from __future__ import annotations

from typing import Mapping

import pytest

from nlu.call_request import asks_for_a_call
from nlu.faq import FaqMatcher

REQUESTS = [
    # fr
    "Est-ce que je peux réserver un appel avec quelqu'un?", "je voudrais prendre un rendez-vous",
    "on peut caler un appel cette semaine ?", "j'aimerais un appel avec un conseiller",
    # en
    "can I book a call with your team?", "could we schedule a quick call?", "I'd like to set up a meeting",
    "can I grab a time for a call with someone?", "how do I book a consultation?", "I'd like a call",
    # de
    "kann ich einen Termin buchen?", "ich möchte gern einen Termin mit Ihnen vereinbaren",
    "können wir ein Gespräch ausmachen?",
    # es
    "¿puedo agendar una llamada con alguien?", "quisiera reservar una reunión", "me gustaría tener una videollamada",
    # pt
    "posso marcar uma chamada com alguém?", "gostaria de agendar uma reunião", "dá pra marcar uma call?",
    # it
    "posso prenotare una chiamata con qualcuno?", "vorrei fissare un appuntamento", "vorrei una call",
    # nl
    "kan ik een gesprek inplannen?", "ik wil graag een afspraak maken", "kunnen we een belafspraak plannen?",
]
NOT_REQUESTS = [
    # the visitor's own calls, or more than one
    "we want to book more sales calls", "we need more appointments booked for our reps",
    "wir möchten mehr Termine für unseren Vertrieb", "on veut prendre plus de rendez-vous clients",
    "queremos agendar más reuniones con clientes", "queremos marcar mais reuniões com construtoras",
    "vogliamo fissare più appuntamenti con i ristoranti", "we willen meer afspraken inplannen met klanten",
    # a call had, or a call back
    "we had a call with another agency last year", "call me back please", "ich hatte ein Gespräch mit einer Agentur",
    # what the visitor tells us
    "we are a maple syrup producer in Sherbrooke", "I booked a call last week", "our team runs a demo day every month",
]


@pytest.mark.parametrize("text", REQUESTS)
def test_a_request_to_book_a_call_is_read(text: str) -> None:
    assert asks_for_a_call(text)


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_the_visitors_own_calls_a_call_had_or_a_call_back_are_no_request(text: str) -> None:
    assert not asks_for_a_call(text)


# Requests in each language, for the FAQ matcher: routed to the booking, never answered from the FAQ.
BY_LANGUAGE = [
    ("en", "can I book a call with your team?"), ("en", "could we schedule a quick call?"),
    ("de", "kann ich einen Termin mit eurem Team buchen?"), ("fr", "Est-ce que je peux réserver un appel avec quelqu'un?"),
    ("es", "¿puedo agendar una llamada con su equipo?"), ("pt", "posso marcar uma chamada com a vossa equipa?"),
    ("it", "posso prenotare una chiamata con il vostro team?"), ("nl", "kan ik een gesprek inplannen met jullie team?"),
]


@pytest.mark.parametrize("lang, text", BY_LANGUAGE)
def test_a_request_to_book_a_call_is_no_faq_question(localized_matchers: Mapping[str, FaqMatcher], lang: str,
                                                     text: str) -> None:
    # "can I book a call with your team?" shared "team" with where we are, and was answered with our offices.
    assert asks_for_a_call(text)
    assert localized_matchers[lang].match(text, lang) is None
