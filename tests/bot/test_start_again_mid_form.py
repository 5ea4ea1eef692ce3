"""'Start again' in the middle of the questions: a fresh form that asks its first question, nothing carried over.

Found playing ``make run``: mid-form, "start again" (or "start over please") got "Happy to start again. A few
quick questions, as before." and then "Sorry, I didn't quite get that", with no question; only after a stop did
it ask the first question. The rule that runs the form after it expected the form still active, while starting
again had just ended it, so no rule matched and Rasa's fallback spoke.
"""

from __future__ import annotations

import pytest

from harness.script import CONFIRM, CONSENT_CUE, SQL_ANSWERS, asked_slot, converse
from harness.stack import Stack, Visitor
from qualification import Playbook

NOT_UNDERSTOOD = "didn't quite get that"


@pytest.mark.parametrize("words", ["start again", "start over please", "can we start from scratch?", "restart"])
def test_starting_again_mid_form_asks_the_first_question_again_and_keeps_nothing_said_before(
        stack: Stack, playbook: Playbook, words: str) -> None:
    v = Visitor(stack.rasa_url)
    first = asked_slot(v.say("hi"), playbook)
    assert first not in (None, CONFIRM), v.history()
    second = asked_slot(v.say("we're a 45 person law firm in Bristol and need a new website"), playbook)
    assert second not in (None, first), v.history()
    reply = v.say(words)
    assert NOT_UNDERSTOOD not in reply, v.history()
    assert asked_slot(reply, playbook) == first, v.history()
    restart = len(v.transcript)
    converse(v, playbook, SQL_ANSWERS, opening=SQL_ANSWERS[first])
    assert any(CONSENT_CUE in bot for _, bot in v.transcript[restart:]), "consent is asked again"
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert attributes["company_size"]["min"] != 45 and attributes["location"]["country"] != "GB", attributes
