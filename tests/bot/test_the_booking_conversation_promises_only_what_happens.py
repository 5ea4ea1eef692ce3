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


MQL_ANSWERS = {**SQL_ANSWERS, "budget": "no budget yet", "timing": "just researching for now",
               "authority": "I'm a marketing specialist", "company_size": "8 people", "email": "kim@kim-shop.com"}


@pytest.mark.parametrize("ask", ["can I book a call?", "/book_call"])
def test_a_lead_not_ready_to_book_that_asks_for_a_call_is_promised_an_email_and_sales_is_told(
        stack: Stack, playbook: Playbook, ask: str) -> None:
    v = Visitor(stack.rasa_url)
    converse(v, playbook, MQL_ANSWERS)
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["stage"] == "mql", v.history()
    assert not lead["qualification"].get("human_requested"), lead["qualification"]
    reply = v.say(ask)
    assert "will email you" in reply, v.history()
    after = stack.lead_for(v.sender)
    assert after is not None and after["qualification"].get("human_requested") is True, \
        f"the consultant who is to write was never told:\n{v.history()}"
    assert any(a["question_id"] == "human_requested" for a in after["answers"]), after["answers"]
