"""A call the visitor says they do not want is no request for one (issue 14): "não quero a chamada", "no quiero una
llamada", "I don't want to book a call" were read as asking for a call, and after a no to the call the bot offered
times. A no parted from the wish by a comma or a full stop answers something else: "no, quiero una llamada" asks."""

from __future__ import annotations

import pytest

from nlu.call_request import asks_for_a_call

NOT_WANTED = [
    "I don't want a call", "no, I don't want to book a call", "we do not want to schedule a meeting",
    "ich will keinen Termin", "nein, ich möchte keinen Anruf",
    "je ne veux pas de rendez-vous", "non, je ne veux pas d'appel",
    "no quiero una llamada", "no quiero agendar una llamada", "de momento no quiero la llamada",
    "não quero a chamada", "não quero uma chamada", "eu não quero marcar uma chamada", "nao quero a reuniao",
    "non voglio una chiamata", "non vorrei prenotare una chiamata", "non voglio la chiamata",
    "ik wil geen call", "nee, ik wil geen afspraak",
]
WANTED = [
    "can I book a call?", "I want a call, not an email", "nope. I want a call", "I don't know, can we have a call?",
    "ich möchte einen Termin", "nein, ich möchte doch einen Termin",
    "je voudrais un rendez-vous", "non, je voudrais un appel",
    "no, quiero una llamada", "no sé, ¿podemos tener una llamada?", "bueno, en realidad sí quiero la llamada",
    "quero a chamada", "não, quero marcar uma chamada", "sim, quero a chamada",
    "vorrei una chiamata", "no, vorrei prenotare una chiamata",
    "ik wil graag een afspraak", "nee, ik wil een call",
]


@pytest.mark.parametrize("text", NOT_WANTED)
def test_a_call_said_not_wanted_is_no_request_for_one(text: str) -> None:
    assert not asks_for_a_call(text)


@pytest.mark.parametrize("text", WANTED)
def test_a_call_wished_after_a_no_to_something_else_is_a_request(text: str) -> None:
    assert asks_for_a_call(text)
