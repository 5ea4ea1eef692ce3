"""A no with a call booked ("no thanks", "don't cancel it, it's fine") is told the call stays as it is, never to say
"book a call" (issue 14).

Played on make run: after a booking, "non non, n'annulez pas, c'est bon" (the classifier's deny) got "Pas de problème.
Si vous changez d'avis, écrivez simplement « réserver un appel »": a call offered to a visitor who has one, as if it
were gone. The call booked is said as it stays, in the seven languages (pt-PT and pt-BR). Near miss: with no call
booked, the no gets "no problem" and how to ask for a call, as before.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.booking import CALL_STAYS, ActionNoProblem, told
from bot.actions.language import speaking
from tests.bot.test_a_request_to_cancel_a_booked_call_is_told_the_chat_cannot_and_how import BOOKING
from tests.bot.test_form import playbook  # noqa: F401 (fixture)

NOS = [("en", "no thanks"), ("en", "nah all good"), ("en", "don't cancel it, it's fine 👍"),
       ("de", "nein danke"), ("de", "nee, nicht absagen, passt schon"), ("fr", "non non, n'annulez pas, c'est bon"),
       ("es", "no gracias"), ("pt", "não, obrigado"), ("pt-BR", "não precisa, valeu"), ("it", "no grazie"),
       ("nl", "nee hoor, laat maar staan")]


def answered(lang: str, text: str, **slots: Any) -> CollectingDispatcher:
    events = [{"event": "user", "text": text, "timestamp": 1.0}]
    t = Tracker("conv-no-booked", {"attributes": {}, "lead_id": "lead-1", **slots},
                {"text": text, "intent": {"name": "deny", "confidence": 0.9}}, events, False, None, {},
                "action_listen")
    dispatcher = CollectingDispatcher()
    with speaking(lang.split("-")[0], lang if "-" in lang else None):
        asyncio.run(ActionNoProblem().run(dispatcher, t, {}))
    return dispatcher


@pytest.mark.parametrize(("lang", "text"), NOS)
def test_a_no_with_a_call_booked_hears_the_call_stays(lang: str, text: str) -> None:
    dispatcher = answered(lang, text, booking=BOOKING)
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    with speaking(lang.split("-")[0], lang if "-" in lang else None):
        assert told(CALL_STAYS) in said and "Lena Fischer" in said, said
    assert not any(m.get("response") == "utter_no_problem" for m in dispatcher.messages), dispatcher.messages


@pytest.mark.parametrize(("lang", "text"), [("en", "no thanks"), ("fr", "non merci")])
def test_a_no_without_a_call_booked_is_still_no_problem(lang: str, text: str) -> None:
    dispatcher = answered(lang, text)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_no_problem"], dispatcher.messages
