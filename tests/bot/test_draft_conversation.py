"""Drafts through the real stack (Rasa, action server, service): once the visitor has given an email
and consented, the service holds the lead as a draft (routed to nobody) before the form ends, with the
latest answers; the end of the form makes it complete. (With the default playbook the email is the
last question, so a visitor who gives it only when asked ends the form with it and the complete lead
follows at once; a draft comes from an email given earlier, as here.)"""

from __future__ import annotations

import pytest

from harness.script import SQL_ANSWERS, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook

pytestmark = pytest.mark.slow



def consent_with_an_early_email(stack: Stack, playbook: Playbook) -> tuple[Visitor, str]:
    """A visitor who gives the email first and answers up to the privacy notice, agreeing; the bot's last reply."""
    v = Visitor(stack.rasa_url)
    # The email comes early, the name not: the privacy notice is asked before the name (the first
    # contact detail still open), so a question remains after the consent.
    reply = v.say(f"hi, my email is {SQL_ANSWERS['email']}, we need more leads and our SEO is weak")
    consented = False
    while not consented:
        slot = asked_slot(reply, playbook)
        assert slot is not None, f"the form ended before consent was asked:\n{v.history()}"
        assert stack.lead_for(v.sender) is None, f"nothing is stored before consent:\n{v.history()}"
        reply = v.say(SQL_ANSWERS.get(slot, "yes"))  # "yes" to the line confirming the email heard
        consented = slot == "consent"
    assert asked_slot(reply, playbook) is not None, f"the form goes on after consent:\n{v.history()}"
    return v, reply


def test_the_service_holds_a_draft_before_the_form_ends(stack: Stack, playbook: Playbook) -> None:
    v, reply = consent_with_an_early_email(stack, playbook)

    draft = stack.lead_for(v.sender)
    assert draft is not None, f"no draft after email and consent:\n{v.history()}"
    assert (draft["complete"], draft["conversation"]) == (False, "in_progress")
    assert draft["attributes"]["email"]["address"] == SQL_ANSWERS["email"]
    assert draft["consent"][0]["granted"] is True
    assert draft["deliveries"] == [], "a draft is routed to nobody"
    assert {"budget", "timing"} <= {a["question_id"] for a in draft["answers"]}, "with the answers so far"
    assert draft["attributes"]["budget"]["min"] == 60000

    while (slot := asked_slot(reply, playbook)) is not None:
        reply = v.say(SQL_ANSWERS.get(slot, "yes"))
    final = stack.lead_for(v.sender)
    assert final["id"] == draft["id"], v.history()
    assert (final["complete"], final["conversation"]) == (True, "complete"), v.history()
    assert final["stage"] == "sql" and final["deliveries"], "the complete lead is routed"


def test_stop_after_the_draft_posts_nothing_more(stack: Stack, playbook: Playbook) -> None:
    """The draft stays as it was (the service routes it once abandoned: the visitor gave an email and
    consented); neither "stop" nor a goodbye after it completes or changes it."""
    v, _ = consent_with_an_early_email(stack, playbook)
    draft = stack.lead_for(v.sender)
    assert draft is not None and draft["complete"] is False, v.history()
    reply = v.say("stop")
    assert "stop" in reply.lower() and asked_slot(reply, playbook) is None, v.history()
    v.say("My name is Jane Doe. bye")
    after = stack.lead_for(v.sender)
    assert (after["complete"], after["conversation"]) == (False, "in_progress"), v.history()
    assert after["updated_at"] == draft["updated_at"] and after["deliveries"] == [], v.history()
