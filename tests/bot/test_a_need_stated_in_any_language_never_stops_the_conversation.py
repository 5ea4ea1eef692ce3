"""A need, stated in any of the seven languages, never stops the conversation (issue 14), through the real bot.

"Abbiamo bisogno di più contatti qualificati" was the classifier's stop: the visitor who told us what they need was
told "Understood, I'll stop here". The classifier learns needs stated with each language's words for needing, and a
stop it is unsure of, in a message in which the extractor reads a need, is read as the answer it is: as the first
message, at the need question, and at a later question. Real stops ("basta così", "stop", "não quero continuar",
"stop please, we don't need more leads") still stop, wherever they are said.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_an_email_typed_with_consent_is_kept_once_and_confirmed_at_most_once import ANSWERS
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

STOPPED = ("Understood, I'll stop here and won't store anything more from this chat. If you change your mind, say "
           "\"start again\". Take care!")
# Needs in words the classifier was not trained on, each read by the extractor as a need it knows.
NEEDS = [
    ("it", "Abbiamo bisogno di più contatti qualificati"),
    ("it", "Ci servirebbe una mano con la SEO"),
    ("it", "Abbiamo bisogno di nuovi clienti per il nostro studio"),
    ("de", "Wir bräuchten dringend mehr Anfragen"),
    ("de", "Wir benötigen Hilfe bei Google Ads"),
    ("fr", "On aurait besoin d'un coup de main sur Google Ads"),
    ("fr", "Nous avons besoin de plus de rendez-vous commerciaux"),
    ("es", "Necesitamos más contactos cualificados"),
    ("es", "Nos hacen falta más clientes potenciales"),
    ("pt", "Precisávamos de ajuda com o SEO"),
    ("pt", "Precisamos de mais clientes, urgente"),
    ("nl", "We moeten echt meer leads binnenhalen"),
    ("nl", "We hebben dringend meer klanten nodig"),
    ("en", "We badly need help with our SEO"),
    ("en", "Our sales team needs more demos booked"),
]
STOPS = [
    ("it", "basta così"), ("it", "non voglio andare avanti"), ("en", "stop"), ("en", "stop please, we don't need more leads"),
    ("pt", "não quero continuar"), ("de", "hören Sie bitte auf"), ("fr", "arrêtez là"), ("es", "para ya"),
    ("nl", "hou op"),
]
# The classifier calls these deny 0.32 and stop 0.46; read as a stop in words (bot/actions/stopping.py).
UNHEARD_STOPS = [("en", "I don't want to go on"), ("nl", "ik wil niet doorgaan")]
HELLO = {"en": "hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "pt": "Olá", "it": "Buongiorno", "nl": "Hallo"}


def at_the_budget_question(v: Visitor, playbook: Playbook, lang: str) -> None:
    reply = v.say(ANSWERS[lang]["need"])
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        if slot == "budget":
            return
        assert slot is not None, f"the budget question was never asked:\n{v.history()}"
        reply = v.say(ANSWERS[lang].get(slot, "skip"))
    raise AssertionError(f"the budget question was never asked:\n{v.history()}")


def goes_on(reply: str, v: Visitor, playbook: Playbook, lang: str) -> None:
    assert translate(STOPPED, lang) not in reply and STOPPED not in reply, f"a need stopped the chat:\n{v.history()}"
    assert asked(reply, playbook, lang) is not None, f"nothing asked after a need:\n{v.history()}"


@pytest.mark.parametrize(("lang", "need"), NEEDS)
def test_a_need_as_the_first_message_starts_the_questions(
        stack: Stack, playbook: Playbook, lang: str, need: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(need)
    goes_on(reply, v, playbook, lang)
    assert asked(reply, playbook, lang) != "need", f"the need was not read:\n{v.history()}"


@pytest.mark.parametrize(("lang", "need"), NEEDS)
def test_a_need_at_the_need_question_is_the_answer(stack: Stack, playbook: Playbook, lang: str, need: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    assert asked(v.say(HELLO[lang]), playbook, lang) == "need", v.history()
    reply = v.say(need)
    goes_on(reply, v, playbook, lang)
    assert asked(reply, playbook, lang) not in ("need", CONFIRM), f"the need was not taken:\n{v.history()}"


@pytest.mark.parametrize(("lang", "need"), NEEDS[::2])
def test_a_need_at_a_later_question_stops_nothing(stack: Stack, playbook: Playbook, lang: str, need: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_budget_question(v, playbook, lang)
    goes_on(v.say(need), v, playbook, lang)


@pytest.mark.parametrize(("lang", "stop"), STOPS)
def test_a_real_stop_still_stops_first_at_the_need_question_and_later(
        stack: Stack, playbook: Playbook, lang: str, stop: str) -> None:
    first = Visitor(stack.rasa_url, metadata={"language": lang})
    assert translate(STOPPED, lang) in first.say(stop), f"not stopped:\n{first.history()}"

    at_need = Visitor(stack.rasa_url, metadata={"language": lang})
    at_need.say(HELLO[lang])
    reply = at_need.say(stop)
    assert translate(STOPPED, lang) in reply and asked(reply, playbook, lang) is None, at_need.history()

    later = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_budget_question(later, playbook, lang)
    reply = later.say(stop)
    assert translate(STOPPED, lang) in reply and asked(reply, playbook, lang) is None, later.history()


@pytest.mark.parametrize(("lang", "stop"), UNHEARD_STOPS)
def test_a_stop_the_classifier_misses_at_the_need_question_still_stops(
        stack: Stack, playbook: Playbook, lang: str, stop: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(HELLO[lang])
    assert translate(STOPPED, lang) in v.say(stop), v.history()
