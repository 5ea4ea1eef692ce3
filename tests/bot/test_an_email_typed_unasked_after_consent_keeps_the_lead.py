"""A visitor who agreed to the privacy notice and then typed their email unasked (at another question: "what's your
name?" - "jane@acme.io") keeps their lead if they close the tab (issue 14: the draft is what keeps a closed tab's
lead, bot.actions.draft).

The address is said back as noted and given as typed, never confirmed (only values inferred are); the draft
carries it from that message on. Each test stands for the kind of visitor, not for their words: through the form's validation
(the draft's body), and through the real Rasa, action server and service (the lead the service holds).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import runtime
from bot.actions.lead_service import LeadService
from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_draft import EMAIL, KNOWN, PLAYBOOK, answering, posted, validate
from tests.bot.test_language_conversations import asked
from tests.bot.test_lead_service import SECRET, receiver  # noqa: F401 (the fixture)
from tests.bot.test_truth_conversation_consent import to_consent


class _Playbooks:
    def current(self) -> Any:
        return PLAYBOOK


@pytest.fixture
def drafts(monkeypatch: pytest.MonkeyPatch, receiver: str) -> str:  # noqa: F811
    """The form's validation run in this process, posting to a local receiver with the default playbook."""
    monkeypatch.setattr(runtime, "playbooks", lambda: _Playbooks())
    monkeypatch.setattr(runtime, "lead_service", lambda: LeadService(receiver, SECRET))
    return receiver


def _without_email(**slots: Any) -> dict[str, Any]:
    return {"attributes": {"need": KNOWN["need"]}, "consent": True, **slots}


def drafted_address(text: str) -> str | None:
    """The address of the last draft posted after ``text`` answered the name question, after consent."""
    validate(answering("name", text, "inform", **_without_email()))
    bodies = [body for body in posted() if body.get("complete") is False]
    return bodies[-1]["attributes"]["email"]["address"].lower() if bodies else None


@pytest.mark.parametrize("text", [EMAIL, f"it's {EMAIL}", f"sure: {EMAIL.upper()}"])
def test_an_address_typed_at_another_question_after_consent_is_drafted_at_once(drafts: str, text: str) -> None:
    assert drafted_address(text) == EMAIL


def test_an_address_typed_with_another_value_to_confirm_is_drafted_before_the_confirmation(drafts: str) -> None:
    # "you can reach me at ..." is also heard as a company to confirm: the form asks for that first.
    assert drafted_address(f"you can reach me at {EMAIL.upper()} thanks") == EMAIL


def test_an_address_typed_before_consent_is_not_drafted(drafts: str) -> None:
    validate(answering("company", f"Acme Analytics, {EMAIL}", "inform", attributes={"need": KNOWN["need"]}))
    assert posted() == []


def test_no_address_at_all_drafts_nothing(drafts: str) -> None:
    validate(answering("company", "Acme Analytics", "inform", **_without_email()))
    assert posted() == []


@pytest.mark.slow
def test_through_the_real_stack_the_lead_is_held_as_soon_as_the_address_is_typed_after_consent(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    to_consent(v, playbook, "en")
    reply = v.say("yes")
    assert asked(reply, playbook, "en") not in (None, "consent", "email"), \
        f"this visitor types the address before its question:\n{v.history()}"
    v.say(SQL_ANSWERS["email"])
    lead = stack.lead_for(v.sender)
    assert lead is not None, f"no lead would be left if the tab closed now:\n{v.history()}"
    assert (lead["complete"], lead["conversation"]) == (False, "in_progress"), lead["conversation"]
    assert (lead["attributes"].get("email") or {}).get("address") == SQL_ANSWERS["email"], lead["attributes"]
    assert any(c.get("granted") is True for c in lead["consent"]), lead["consent"]
