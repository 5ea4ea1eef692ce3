"""A sales-ready visitor who gave no email (issue 14), through the real bot and service.

Times used to be offered and booked for a lead with no email: a call nobody could be invited to. The bot now
says why it needs an address and asks the email question again before any time is shown; once it is given, the
times follow and the booking carries it. (The service refuses such a booking too:
tests/webhooks/api/test_a_booked_call_moves_to_another_offered_time.py.)
"""

from __future__ import annotations

import pytest

from bot.actions.booking import NEED_EMAIL
from bot.actions.phrasebook import translate
from harness.script import SQL_ANSWERS, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook

pytestmark = pytest.mark.slow

ANSWERS = {**SQL_ANSWERS, "revenue": "skip", "tech_stack": "skip", "confirm": "yes"}


def slot_times(v: Visitor) -> list[str]:
    return [payload for _, payload in v.buttons if payload.startswith("/choose_slot")]


def test_a_visitor_without_an_email_is_asked_for_one_before_any_time_and_then_books(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("hi")
    skipped = 0
    for _ in range(30):
        slot = asked_slot(reply, playbook)
        if slot is None or (slot == "email" and skipped == 2):
            break
        if slot == "email":
            skipped += 1
            reply = v.say("skip")
        else:
            reply = v.say(ANSWERS.get(slot, "yes"))
    assert translate(NEED_EMAIL, "en") in v.history(), f"not told why an address is needed:\n{v.history()}"
    assert asked_slot(reply, playbook) == "email", f"the email was not asked again:\n{v.history()}"
    assert not any("/choose_slot" in line for line in v.history().splitlines()), f"times offered:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is not None and not lead.get("booking"), v.history()

    v.say(ANSWERS["email"])
    offered = slot_times(v)
    assert offered, f"no times once the email was given:\n{v.history()}"
    v.say(offered[0])
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead.get("booking"), f"not booked:\n{v.history()}"
    assert lead["attributes"]["email"]["address"] == ANSWERS["email"], lead["attributes"]
