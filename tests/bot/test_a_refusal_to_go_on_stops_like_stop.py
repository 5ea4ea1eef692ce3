""""I don't want to go on", "ik wil niet doorgaan", "je ne veux pas continuer" stop like "stop" (issue 14), through the
real bot.

The classifier was unsure of them (deny 0.32, stop 0.46): at the need question they were stored as the need. A
message that is only a refusal to go on is a stop, in the seven languages: as the first message, at the need
question, at a later question and at a confirmation. A need said with the same words ("I don't want to go on
paying for ads that don't work", "no quiero seguir perdiendo clientes", the classifier's stop at 0.87) is the
answer it is, and stops nothing.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_bare_yes_at_a_confirmation_confirms_the_heard_value import at_the_confirmation
from tests.bot.test_a_need_stated_in_any_language_never_stops_the_conversation import (
    HELLO,
    STOPPED,
    at_the_budget_question,
)
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

REFUSALS = [
    ("en", "I don't want to go on"), ("en", "sorry, I'd rather not continue, thanks"),
    ("en", "honestly we don't want to go any further"),
    ("nl", "ik wil niet doorgaan"), ("nl", "ik heb geen zin meer om verder te gaan"),
    ("fr", "je ne veux pas continuer"), ("fr", "Désolé, je ne souhaite pas poursuivre."),
    ("es", "no quiero seguir"), ("es", "No quiero continuar, gracias"),
    ("pt", "não quero continuar"), ("pt", "eu não quero seguir por agora"),
    ("it", "non voglio andare avanti"), ("it", "non ho voglia di continuare"),
    ("de", "ich will nicht weitermachen"), ("de", "Ich möchte nicht mehr antworten"),
]
# Needs put with the same words: answers, never a stop.
NEEDS = [
    ("en", "I don't want to go on paying for ads that don't work"),
    ("es", "no quiero seguir pagando Google Ads sin resultados"),
    # The classifier's stop at 0.87, and no need the extractor knows: the words say what they won't go on doing.
    ("es", "no quiero seguir perdiendo clientes por la web"),
    ("en", "we don't want to keep losing leads to our competitors"),
    ("pt", "não quero continuar a perder clientes"),
    ("nl", "ik wil niet doorgaan met een website zonder aanvragen, we hebben meer leads nodig"),
    ("fr", "je ne veux pas continuer à payer Google Ads sans résultats"),
    ("de", "wir wollen nicht weiter ohne Anfragen dastehen, wir brauchen mehr Leads"),
]


def stopped(reply: str, lang: str) -> bool:
    return translate(STOPPED, lang) in reply


@pytest.mark.parametrize(("lang", "refusal"), REFUSALS)
def test_a_refusal_to_go_on_as_the_first_message_stops(stack: Stack, playbook: Playbook, lang: str, refusal: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(refusal)
    assert stopped(reply, lang) and asked(reply, playbook, lang) is None, v.history()


@pytest.mark.parametrize(("lang", "refusal"), REFUSALS)
def test_a_refusal_to_go_on_at_the_need_question_stops_and_stores_no_need(
        stack: Stack, playbook: Playbook, lang: str, refusal: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    assert asked(v.say(HELLO[lang]), playbook, lang) == "need", v.history()
    reply = v.say(refusal)
    assert stopped(reply, lang) and asked(reply, playbook, lang) is None, v.history()
    # After the stop nothing is read: not even a need said next.
    v.say("we need more leads")
    assert stack.lead_for(v.sender) is None, v.history()


@pytest.mark.parametrize(("lang", "refusal"), REFUSALS[::2])
def test_a_refusal_to_go_on_at_a_later_question_stops(stack: Stack, playbook: Playbook, lang: str, refusal: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_budget_question(v, playbook, lang)
    reply = v.say(refusal)
    assert stopped(reply, lang) and asked(reply, playbook, lang) is None, v.history()


@pytest.mark.parametrize(("lang", "refusal"), [r for r in REFUSALS if r[0] in ("en", "de", "es")][::2])
def test_a_refusal_to_go_on_at_a_confirmation_stops(stack: Stack, playbook: Playbook, lang: str, refusal: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_confirmation(v, playbook, lang)
    reply = v.say(refusal)
    assert stopped(reply, lang) and asked(reply, playbook, lang) is None, v.history()


@pytest.mark.parametrize(("lang", "need"), NEEDS)
def test_a_need_put_with_the_same_words_goes_on(stack: Stack, playbook: Playbook, lang: str, need: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(HELLO[lang])
    reply = v.say(need)
    assert not stopped(reply, lang), f"a need stopped the chat:\n{v.history()}"
    assert asked(reply, playbook, lang) not in (None, "need"), f"the need was not taken:\n{v.history()}"


@pytest.mark.parametrize(("lang", "need"), NEEDS[2:5])
def test_a_need_put_with_the_same_words_as_the_first_message_goes_on(
        stack: Stack, playbook: Playbook, lang: str, need: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(need)
    assert not stopped(reply, lang), f"a need stopped the chat:\n{v.history()}"
    assert asked(reply, playbook, lang) is not None, f"nothing asked after a need:\n{v.history()}"
