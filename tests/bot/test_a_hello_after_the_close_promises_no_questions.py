"""A hello after the close ("ciao", "salut", "hello") promises no questions and starts nothing (issue 14).

Played through the bot: once the lead was out and every question answered, "ciao" (in Italian as often a goodbye)
got the opening greeting, "Hi! I'm the assistant of our marketing team. I'll ask a few quick questions ...", and no
question came: a promise the conversation did not keep, and a goodbye taken for a new start. The visitor's own word
is said back (polite whether they greet or take leave) with an offer of anything else, in their language. Near
misses: a hello before any lead is the opening greeting still; words before it ("ciao, una domanda ...") are no bare
hello.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.language import ANYTHING_ELSE, ActionGreet, speaking
from bot.actions.phrasebook import say, translate
from harness.script import converse
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_the_booking_conversation_promises_only_what_happens import MQL_ANSWERS

OPENING = "Hi! I'm the assistant of our marketing team. I'll ask a few quick questions so the right person can help you."
CLOSE = "Thanks, that's really helpful. One of our team will review this and email you within one business day."
AFTER = [("it", "ciao", "Ciao!"), ("fr", "salut", "Salut !"), ("en", "hello", "Hello!"), ("de", "hallo", "Hallo!"),
         ("es", "hola", "¡Hola!"), ("pt", "olá", "Olá!"), ("nl", "hoi", "Hoi!")]


def greeted(lang: str, text: str, **slots: object) -> list[str]:
    events = [{"event": "bot", "timestamp": 1.0, "text": translate(CLOSE, lang)},
              {"event": "user", "timestamp": 2.0, "text": text}]
    t = Tracker("conv-hello-after-close", {"language": lang, **slots}, {"text": text, "intent": {
        "name": "greet", "confidence": 0.95}}, events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    with speaking(lang):
        asyncio.run(ActionGreet().run(dispatcher, t, {}))
    return [m.get("text") or "" for m in dispatcher.messages]


@pytest.mark.parametrize(("lang", "text", "back"), AFTER)
def test_a_hello_after_the_close_is_said_back_with_an_offer_of_more(lang: str, text: str, back: str) -> None:
    said = greeted(lang, text, lead_id="lead-1", lead_stage="mql")
    with speaking(lang):
        assert said == [f"{back} {say(ANYTHING_ELSE)}"], said


@pytest.mark.parametrize(("lang", "text"), [("it", "ciao"), ("en", "hello")])
def test_a_hello_before_any_lead_is_the_opening_greeting(lang: str, text: str) -> None:
    said = greeted(lang, text)
    with speaking(lang):
        assert said and say(ANYTHING_ELSE) not in said[0], said


@pytest.mark.slow
@pytest.mark.parametrize("said", ["ciao", "hello"])
def test_a_hello_after_the_close_through_the_bot_promises_no_questions(stack: Stack, playbook: Playbook,
                                                                       said: str) -> None:
    v = Visitor(stack.rasa_url)
    converse(v, playbook, MQL_ANSWERS)
    assert stack.lead_for(v.sender) is not None, v.history()
    reply = v.say(said)
    assert OPENING not in reply and "quick questions" not in reply, v.history()
    assert translate(ANYTHING_ELSE, "en") in reply, v.history()
