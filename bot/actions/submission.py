"""Posting the conversation's complete lead to the service, from whichever action ends or updates it."""

from __future__ import annotations

import asyncio
import logging
from functools import lru_cache
from typing import Any

from babel.localedata import locale_identifiers
from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from bot.actions import runtime
from bot.actions.lead_service import ServiceUnavailable
from bot.actions.outcome import lead_payload
from bot.actions.state import State
from qualification.attribution import from_metadata

logger = logging.getLogger(__name__)


async def submit(tracker: Tracker, human_request: str | None = None) -> tuple[list[EventType], dict[str, Any] | None]:
    """Post the conversation's lead; on failure the tracker keeps everything and a later submit retries."""
    state = State.of(tracker)
    if human_request is None and tracker.get_slot("human_requested"):
        human_request = ""
    payload = lead_payload(
        tracker.sender_id, state.attributes, state.answers, state.consent, runtime.playbooks().current(), human_request,
        **context(tracker),
    )
    try:
        lead = await _post(payload)
    except ServiceUnavailable as exc:
        logger.warning("lead not stored yet (will retry on the next submit): %s", exc)
        return [SlotSet("lead_pending", True)], None
    return [
        SlotSet("lead_id", lead.get("id")), SlotSet("lead_stage", lead.get("stage")), SlotSet("lead_pending", False)
    ], lead


# How long to wait before the one retry of a post the service was too busy for (or unreachable).
RETRY_AFTER_SECONDS = 1.0


async def _post(payload: dict[str, Any]) -> dict[str, Any]:
    """Post the lead, once more after a moment when the service was unreachable or failed (5xx).

    A later submit retries only if the visitor writes again; one who reads "our team will follow up" and
    leaves would leave no lead. Posting twice is safe: the conversation id makes the second an update of
    the same lead, and each attempt is signed afresh. A refusal (4xx) is not retried: it would be again."""
    try:
        return await asyncio.to_thread(runtime.lead_service().post_lead, payload)
    except ServiceUnavailable as exc:
        if exc.status is not None and exc.status < 500:
            raise
        logger.info("lead post: retrying once after %s", exc)
        await asyncio.sleep(RETRY_AFTER_SECONDS)
        return await asyncio.to_thread(runtime.lead_service().post_lead, payload)


def context(tracker: Tracker) -> dict[str, Any]:
    """What the lead carries besides the answers: what was heard and never confirmed (for the record), the
    conversation's language, and where the visitor came from (their first message's metadata)."""
    state = State.of(tracker)
    first = next((e for e in tracker.events if e.get("event") == "user"), None) or {}
    came = from_metadata(first.get("metadata"), first.get("input_channel"))
    return {
        "heard": {name: state.heard.texts.get(name, "") for name in state.heard.names()},
        "language": iso_language(tracker.get_slot("language")) or iso_language(came.language),
        "attribution": came.payload(),
    }


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    return frozenset(code for code in locale_identifiers() if "_" not in code and len(code) == 2)


def iso_language(tag: Any) -> str | None:
    """The ISO 639-1 code of a language tag ("de-DE" -> "de"), None when it names no language CLDR knows."""
    if not isinstance(tag, str):
        return None
    code = tag.strip().replace("_", "-").split("-")[0].lower()
    return code if code in _languages() else None
