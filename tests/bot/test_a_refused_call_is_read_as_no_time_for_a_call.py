"""The reading behind ``test_a_call_the_visitor_refuses_at_a_question_names_no_time_for_one`` (issue 14), in seven
languages: a call refused names no time for one (``bot.actions.form.names_a_call_time``), and a message that only
refuses a call (``bot.actions.call_refusal.only_refuses_a_call``) is heard as that.

Near misses keep their reading: a time said for a call ("a call on Thursday works", "no, a call on Thursday works",
"not before Thursday for a call"), a call the visitor is on ("not now, I'm in a meeting"), calls of their own
business ("we don't get enough calls"), a refusal with something else to say ("I don't want a call, just tell me the
price").
"""

from __future__ import annotations

import pytest

from bot.actions.call_refusal import only_refuses_a_call
from bot.actions.form import names_a_call_time

REFUSALS = [
    "I don't want to book a call",
    "no call please",
    "No, no call thanks",
    "I'd rather not have a call",
    "no calls for now",
    "I do not want a call right now",
    "Ich möchte keinen Termin buchen",
    "ich brauche keinen Anruf, danke",
    "bitte keinen Anruf",
    "Je ne veux pas réserver d'appel",
    "pas besoin d'un appel, merci",
    "je ne veux pas de rendez-vous",
    "No quiero reservar una llamada",
    "Sin llamada por favor",
    "no necesito una llamada",
    "Não quero marcar uma chamada",
    "Eu não preciso de uma ligação",
    "Não quero uma ligação agora",
    "Non voglio prenotare una chiamata",
    "niente chiamate grazie",
    "non mi serve un appuntamento",
    "Ik wil geen afspraak maken",
    "geen call alsjeblieft",
    "ik hoef geen gesprek",
]
# A time for a call: still one.
CALL_TIMES = [
    "a call on Thursday works",
    "no, a call on Thursday works",
    "not before Thursday for a call",
    "no call please, Thursday works",
    "ein Anruf am Donnerstag passt mir",
    "un appel jeudi matin me va",
    "una llamada el martes por la tarde",
    "uma chamada na quinta de manhã",
    "una chiamata giovedì pomeriggio",
    "een gesprek op donderdagmiddag",
]
# Not only a refusal.
NOT_ONLY = [
    *CALL_TIMES,
    "we don't get enough calls",
    "we don't get a single inbound call",
    "not now, I'm in a meeting",
    "I don't know, a call on Tuesday?",
    "I don't want a call, just tell me the price",
    "nous n'avons pas assez de rendez-vous",
    "wir bekommen nicht genug Termine",
    "I'd like a call",
    "no, I want a call",
    "non, je veux un appel",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refused_call_names_no_time_and_only_refuses(text: str) -> None:
    assert not names_a_call_time(text), text
    assert only_refuses_a_call(text), text


@pytest.mark.parametrize("text", CALL_TIMES)
def test_a_time_for_a_call_is_still_one(text: str) -> None:
    assert names_a_call_time(text), text


@pytest.mark.parametrize("text", NOT_ONLY)
def test_more_than_a_refusal_is_not_only_one(text: str) -> None:
    assert not only_refuses_a_call(text), text
