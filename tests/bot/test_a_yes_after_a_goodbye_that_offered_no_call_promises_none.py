"""A yes after a goodbye that offered no call promises none (issue 14).

A lead not ready for a call is told "One of our team will review this and email you within one business day" and
given a content offer. The visitor's "correct" after that got "Great! One of our consultants will email you shortly
to propose a few times for a call": a call the outcome never offered, and a promise nobody keeps. A yes, an ok or a
"correct" after such a goodbye is met with "Thanks for your message. Is there anything else I can help you with?".
A yes to "Would you like to book a call?", or with a lead that is offered times, is still a yes to a call; so is an
explicit request for one ("can I book a call?").
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import conversation
from bot.actions.conversation import AFTER_CLOSE, ActionBookCall
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from harness.script import converse
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_the_booking_conversation_promises_only_what_happens import MQL_ANSWERS

GOODBYE = "Thanks, that's really helpful. One of our team will review this and email you within one business day."
CALL_OFFER = "Would you like to book a call with one of our consultants?"
PROMISE = "One of our consultants will email you shortly to propose a few times"
YESES = [("en", "correct"), ("en", "ok thanks"), ("en", "yes"), ("de", "richtig"), ("de", "ja"), ("fr", "correct"),
         ("fr", "oui"), ("es", "correcto"), ("es", "sí"), ("pt", "certo"), ("pt", "sim"), ("it", "giusto"),
         ("it", "sì"), ("nl", "klopt"), ("nl", "ja")]


def _after(text: str, last_bot: str, stage: str, lang: str) -> Tracker:
    events = [{"event": "bot", "timestamp": 1.0, "text": translate(last_bot, lang)},
              {"event": "user", "timestamp": 2.0, "text": text}]
    return Tracker("conv-after-close", {"lead_id": "lead-1", "lead_stage": stage, "language": lang},
                   {"text": text, "intent": {"name": "affirm", "confidence": 0.95}}, events, False, None, {},
                   "action_listen")


def _run(t: Tracker, lang: str) -> list[str]:
    dispatcher = CollectingDispatcher()
    with speaking(lang):
        asyncio.run(ActionBookCall().run(dispatcher, t, {}))
    return [m.get("text") or "" for m in dispatcher.messages]


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records a call offered (times, or a consultant to write), instead of asking the service."""
    calls: list[str] = []

    async def offer(*_: Any, **__: Any) -> list[Any]:
        calls.append("offered")
        return []
    monkeypatch.setattr(conversation, "offer_or_explain", offer)
    return calls


@pytest.mark.parametrize(("lang", "said"), YESES)
def test_a_yes_after_a_goodbye_without_a_call_gets_no_call(lang: str, said: str, offered: list[str]) -> None:
    texts = _run(_after(said, GOODBYE, "mql", lang), lang)
    assert texts == [translate(AFTER_CLOSE, lang)], texts
    assert not offered


@pytest.mark.parametrize(("lang", "said"), [("en", "yes"), ("de", "ja"), ("fr", "oui"), ("nl", "ja")])
def test_a_yes_to_the_call_offer_or_for_a_lead_offered_times_is_a_yes_to_a_call(lang: str, said: str,
                                                                                offered: list[str]) -> None:
    # Near misses: the bot asked whether they would like a call; the lead is one offered times.
    _run(_after(said, CALL_OFFER, "mql", lang), lang)
    _run(_after(said, GOODBYE, "sql", lang), lang)
    assert offered == ["offered", "offered"]


@pytest.mark.slow
@pytest.mark.parametrize("said", ["correct", "ok great"])
def test_a_yes_after_the_not_ready_goodbye_through_the_bot_promises_no_call(stack: Stack, playbook: Playbook,
                                                                            said: str) -> None:
    v = Visitor(stack.rasa_url)
    converse(v, playbook, MQL_ANSWERS)
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["stage"] == "mql", v.history()
    reply = v.say(said)
    assert PROMISE not in reply and "times" not in reply, f"a call promised that the outcome never offered:\n" \
                                                           f"{v.history()}"
    after = stack.lead_for(v.sender)
    assert after is not None and not after["qualification"].get("human_requested"), after["qualification"]
