"""The lead saved as a draft while the form goes on, so a visitor who drifts away is not lost.

As soon as the visitor has given an email and agreed to be contacted, the
form's validation posts the lead with ``"complete": false`` after every
answer it takes (the same conversation id updates the same lead, so the
draft always has the latest answers). The service stores and scores a draft
but routes it to nobody; ``action_submit_lead`` sends the final, complete
lead as before, and a draft no complete post follows is routed by the
service itself once the conversation counts as abandoned.

An address the visitor typed after agreeing, unasked ("what's your name?" -
"jane@acme.io"), is said back as noted but waits, heard, for its own
question to be confirmed. The draft carries it all the same: the visitor
wrote it and agreed to it being kept, and it is what lets the team reach a
visitor who closes the tab before that question comes.

A draft is a convenience, never a step the conversation waits on: a failed
post is logged (the conversation id and the service's status, never the
visitor's words) and the conversation goes on. After "stop" nothing more is
posted; a draft already stored stays with the service, which routes it when
abandoned: the visitor gave an email and consented to be contacted.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from rasa_sdk import Tracker

from bot.actions import runtime
from bot.actions.lead_service import ServiceUnavailable
from bot.actions.outcome import lead_payload
from bot.actions.state import State
from bot.actions.submission import context
from nlu.attributes import Attributes

logger = logging.getLogger(__name__)


def wants_draft(tracker: Tracker) -> bool:
    """A draft is due: contact details with consent, nothing final sent yet, no stop, no human asked for
    (that request posts the complete lead itself)."""
    if tracker.get_slot("stopped") or tracker.get_slot("lead_id") or tracker.get_slot("human_requested"):
        return False
    state = State.of(tracker)
    return _reachable(state) is not None and state.consent is True


def _reachable(state: State) -> Attributes | None:
    """The attributes to draft with, the email given or, failing that, the one the visitor typed unasked; None
    when there is no email at all."""
    if state.attributes.email is not None:
        return state.attributes
    if state.heard.attributes.email is not None:
        return replace(state.attributes, email=state.heard.attributes.email)
    return None


async def save_draft(tracker: Tracker) -> bool:
    """Post the conversation's lead as a draft when one is due; whether the service took it."""
    if not wants_draft(tracker):
        return False
    state = State.of(tracker)
    attributes = _reachable(state) or state.attributes
    payload = lead_payload(tracker.sender_id, attributes, state.answers, state.consent,
                           runtime.playbooks().current(), complete=False, **context(tracker))
    try:
        await asyncio.to_thread(runtime.lead_service().post_lead, payload)
    except ServiceUnavailable as exc:  # its message holds the status and error code only
        logger.warning("draft of conversation %s not saved: %s", tracker.sender_id, exc)
        return False
    except Exception as exc:  # noqa: BLE001 - a draft must never end the conversation
        logger.warning("draft of conversation %s not saved: %s", tracker.sender_id, type(exc).__name__)
        return False
    return True
