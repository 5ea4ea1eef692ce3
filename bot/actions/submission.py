"""Posting the conversation's complete lead to the service, from whichever action ends or updates it."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from bot.actions import runtime
from bot.actions.lead_service import ServiceUnavailable
from bot.actions.outcome import lead_payload
from bot.actions.state import State

logger = logging.getLogger(__name__)


async def submit(tracker: Tracker, human_request: str | None = None) -> tuple[list[EventType], dict[str, Any] | None]:
    """Post the conversation's lead; on failure the tracker keeps everything and a later submit retries."""
    state = State.of(tracker)
    if human_request is None and tracker.get_slot("human_requested"):
        human_request = ""
    payload = lead_payload(
        tracker.sender_id, state.attributes, state.answers, state.consent, runtime.playbooks().current(), human_request
    )
    try:
        lead = await asyncio.to_thread(runtime.lead_service().post_lead, payload)
    except ServiceUnavailable as exc:
        logger.warning("lead not stored yet (will retry on the next submit): %s", exc)
        return [SlotSet("lead_pending", True)], None
    return [
        SlotSet("lead_id", lead.get("id")), SlotSet("lead_stage", lead.get("stage")), SlotSet("lead_pending", False)
    ], lead
