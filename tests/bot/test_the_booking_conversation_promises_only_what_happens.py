"""What the bot says around a booked call is what happens (issue 14: a promise the bot makes holds), through the
real Rasa, action server and service.

Nothing in the product sends a confirmation email: the chat's confirmation, with its calendar file, is all the
visitor gets. A visitor who picks a second time after booking one is told they are booked already and where to
turn, never to "reply to the confirmation email".
"""

from __future__ import annotations

import pytest

from harness.script import SQL_ANSWERS, converse
from harness.stack import Stack, Visitor
from qualification import Playbook

pytestmark = pytest.mark.slow


def test_a_second_time_picked_after_booking_one_is_refused_without_promising_an_email(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"tz": "Europe/London"})
    converse(v, playbook, SQL_ANSWERS)
    offered = [p for _, p in v.buttons if p and p.startswith("/choose_slot")]
    assert len(offered) >= 2, v.history()
    booked = v.say(offered[0])
    assert "You're booked" in booked, v.history()
    reply = v.say(offered[1])
    assert "You already have a call booked with us" in reply, v.history()
    assert "email" not in reply.lower(), f"an email promised that nothing sends:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["booking"]["starts_at"][:16] in offered[0], lead["booking"]
