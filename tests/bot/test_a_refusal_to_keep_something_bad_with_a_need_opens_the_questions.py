"""An opening that refuses to keep doing something bad and says what is needed ("ik wil niet doorgaan met een
website zonder aanvragen, we hebben meer leads nodig") is a need, heard and said back, never "I didn't
understand" (issue 14), through the real bot in seven languages; a bare refusal to go on still stops.
"""

from __future__ import annotations

import pytest

from bot.actions.conversation import NOT_UNDERSTOOD
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor

pytestmark = pytest.mark.slow

NEEDS = {
    "en": "I don't want to keep running a website without enquiries, we need more leads",
    "de": "Ich will nicht weitermachen mit einer Website ohne Anfragen, wir brauchen mehr Leads",
    "fr": "Je ne veux plus continuer avec un site sans demandes, il nous faut plus de leads",
    "es": "No quiero seguir con una web sin contactos, necesitamos más leads",
    "pt": "Não quero continuar com um site sem pedidos, precisamos de mais leads",
    "it": "Non voglio continuare con un sito senza richieste, ci servono più lead",
    "nl": "ik wil niet doorgaan met een website zonder aanvragen, we hebben meer leads nodig",
}
STOPS = {"nl": "ik wil niet doorgaan", "es": "no quiero seguir", "en": "I don't want to go on"}
STOPPED = ("Understood, I'll stop here and won't store anything more from this chat. If you change your mind, "
           "say \"start again\". Take care!")


@pytest.mark.parametrize("lang", list(NEEDS))
def test_a_refusal_of_something_bad_with_a_need_is_heard_as_the_need(stack: Stack, lang: str) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say(NEEDS[lang])
    assert translate(NOT_UNDERSTOOD, lang) not in reply, v.history()
    assert translate(STOPPED, lang) not in reply, v.history()


@pytest.mark.parametrize("lang", list(STOPS))
def test_a_bare_refusal_to_go_on_still_stops(stack: Stack, lang: str) -> None:
    v = Visitor(stack.rasa_url)
    v.say("hi")
    reply = v.say(STOPS[lang])
    assert translate(STOPPED, lang) in reply, v.history()
