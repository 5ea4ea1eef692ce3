""""owner/operator" at a confirmation, the classifier's request_human, through the real bot: no handoff (issue 14).

The in-process cases, in seven languages with the near misses, are in
``test_a_title_the_classifier_calls_a_request_for_a_person_is_the_title``; here the Tampa roofer's words go through
Rasa, the action server and the service: no handoff line, and no human request in the stored lead.
"""

from __future__ import annotations

import pytest

from harness.script import CONFIRM, SQL_ANSWERS, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook

pytestmark = pytest.mark.slow


HANDOFF = "I've let our team know you'd like to talk to a person"


def test_owner_operator_at_a_confirmation_through_the_bot_hands_nothing_over(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("We're a roofing company in Tampa with about 12 people and need more leads")
    assert asked_slot(reply, playbook) == CONFIRM, v.history()
    reply = v.say("owner/operator")
    assert HANDOFF not in reply and "talk to a person" not in reply, f"a title handed over:\n{v.history()}"
    reply = v.say("yes")
    for _ in range(20):
        slot = asked_slot(reply, playbook)
        if slot is None:
            break
        reply = v.say(SQL_ANSWERS.get(slot, "yes"))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert not lead["qualification"].get("human_requested"), (lead["qualification"], v.history())
    assert HANDOFF not in "\n".join(answer for _, answer in v.transcript), v.history()
