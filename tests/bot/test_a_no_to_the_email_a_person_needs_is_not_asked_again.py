"""A no to the email a person needs is kept: no contact details are asked for at the next message (issue 14).

Played on make run: "hi, I'd like to speak to someone about a website" got "I've let our team know ... So they can
reach you, I'll just need your email. What's the best email for them?"; "no thanks, i'd rather not give my email" got
"No problem. If you change your mind, just say 'book a call'." and the visitor's next message ("we're a bakery in
leeds, 6 people") the privacy question, "Before I take your contact details: ...": a request for a person puts
contact details first, and the no had changed nothing. Now the no declines them (consent False, as a no to the
privacy question): the questions go on without contact details, and a call asks for the agreement again.

Near misses: a no to something else (no email was asked for last), or with the email already given, declines nothing.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.booking import EMAIL_FOR_A_PERSON, ActionNoProblem
from bot.actions.conversation import PASSED_ON
from bot.actions.form import SIGNALS
from bot.actions.language import speaking
from bot.actions.phrasebook import say
from bot.actions.questionnaire import CONSENT, Progress, slots_to_ask
from nlu.attributes import Attributes
from qualification import DEFAULT_PLAYBOOK, load_playbook
from tests.bot.test_form import playbook  # noqa: F401 (fixture)

PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)
DECLINED = [
    ("en", "no thanks, i'd rather not give my email"), ("de", "nein danke, lieber keine E-Mail"),
    ("fr", "non merci, je préfère ne pas donner mon e-mail"), ("es", "no gracias, prefiero no dar mi correo"),
    ("pt", "não obrigado, prefiro não dar o meu email"), ("it", "no grazie, preferisco non dare la mia email"),
    ("nl", "nee bedankt, liever geen e-mail"),
]


def _tracker(said: str, last_bot: str, **slots: Any) -> Tracker:
    events = [{"event": "user", "text": "I'd like to speak to someone", "timestamp": 1.0},
              {"event": "bot", "text": last_bot, "timestamp": 2.0},
              {"event": "user", "text": said, "timestamp": 3.0}]
    values = {"human_requested": True, "attributes": {}, **slots}
    return Tracker("conv-no-email", values, {"text": said, "intent": {"name": "deny", "confidence": 0.9}},
                   events, False, None, {}, "action_listen")


def no_problem(lang: str, said: str, last_bot: str | None = None, **slots: Any) -> dict[str, Any]:
    with speaking(lang):
        asked = last_bot if last_bot is not None else " ".join((
            say(PASSED_ON),
            say(EMAIL_FOR_A_PERSON), say("What's the best email for them?")))
        events = asyncio.run(ActionNoProblem().run(CollectingDispatcher(), _tracker(said, asked, **slots), {}))
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.mark.parametrize(("lang", "said"), DECLINED)
def test_a_no_to_the_email_for_a_person_declines_contact_details(lang: str, said: str) -> None:
    slots = no_problem(lang, said)
    assert slots.get(CONSENT) is False, slots
    asked = slots_to_ask(PLAYBOOK, Attributes(), SIGNALS, Progress(), slots[CONSENT], contact_first=True)
    assert CONSENT not in asked and "email" not in asked and asked, asked


def test_a_no_to_something_else_declines_nothing() -> None:
    assert CONSENT not in no_problem("en", "no thanks", last_bot="Would you like our case studies?")


def test_a_no_with_the_email_given_declines_nothing() -> None:
    slots = no_problem("en", "no thanks", attributes={"email": {"address": "ana@firm.pt", "free_mail": False}})
    assert CONSENT not in slots
