"""A visitor who booked a call and then asks the bot to delete their data (issue 14: the bot says what happened,
and only that), through the real Rasa, action server and service.

Erasing the lead erases its booking: the reply says the call is cancelled, so nobody waits for it, and the
service holds no booking for the lead any more. A visitor who asks the same without a booking is told nothing
of a call.
"""

from __future__ import annotations

import pytest
import requests

from bot.actions.phrasebook import translate
from bot.channels.erasure import DONE_WITH_BOOKING, DONE_WITH_LEAD
from harness.script import SQL_ANSWERS, converse
from harness.stack import Stack, Visitor
from qualification import Playbook

pytestmark = pytest.mark.slow


def qualified(stack: Stack, playbook: Playbook) -> Visitor:
    v = Visitor(stack.rasa_url, metadata={"tz": "Europe/Berlin"})
    converse(v, playbook, SQL_ANSWERS)
    return v


def stored(stack: Stack, lead_id: str) -> dict:
    response = requests.get(f"{stack.service_url}/api/v1/leads/{lead_id}",
                            headers={"Authorization": f"Bearer {stack.admin_key}"}, timeout=10)
    response.raise_for_status()
    return response.json()


def test_after_booking_the_deletion_says_the_call_is_cancelled_and_it_is(stack: Stack, playbook: Playbook) -> None:
    v = qualified(stack, playbook)
    slot = next(p for _, p in v.buttons if p and p.startswith("/choose_slot"))
    assert "You're booked" in v.say(slot), v.history()
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["booking"], v.history()
    reply = v.say("please delete all my data")
    assert reply == translate(DONE_WITH_BOOKING, "en"), v.history()
    after = stored(stack, lead["id"])
    assert after["erased_at"] is not None and after["booking"] is None, after


def test_without_a_booking_the_deletion_mentions_no_call(stack: Stack, playbook: Playbook) -> None:
    v = qualified(stack, playbook)
    assert stack.lead_for(v.sender) is not None, v.history()
    reply = v.say("Bitte löschen Sie meine Daten")
    assert reply == translate(DONE_WITH_LEAD, "en"), v.history()
