"""The bot's channels calling the lead service: one signed JSON ``POST``, signed as the action server signs.

Used by the handoff relay (``bot.channels.handoff``: the visitor's lines while
a person is in) and by a visitor's request to delete the chat
(``bot.channels.erasure``). The action server's own calls are synchronous and
live in ``bot.actions.lead_service``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Mapping

import aiohttp

from bot.settings import Settings
from signing import sign

logger = logging.getLogger(__name__)


async def post_signed(path: str, payload: Mapping[str, Any], what: str) -> dict[str, Any] | None:
    """The service's JSON answer to ``payload`` posted at ``path``, or None (logged, naming ``what``) when it was
    not sent, not answered, or answered with anything but 200 and a JSON object."""
    settings = Settings.from_env()
    if not settings.action_secret:
        logger.warning("LEADBOT_ACTION_SECRET is unset: %s cannot be sent", what)
        return None
    body = json.dumps(payload).encode()
    headers = {"Content-Type": "application/json", **sign(settings.action_secret, "POST", path, body)}
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=settings.service_timeout)) as http:
            async with http.post(settings.service_url.rstrip("/") + path, data=body, headers=headers) as answer:
                if answer.status != 200:
                    logger.warning("the service refused %s: HTTP %s", what, answer.status)
                    return None
                found = await answer.json()
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, TypeError) as error:
        logger.warning("%s did not reach the service: %s", what, type(error).__name__)
        return None
    return dict(found) if isinstance(found, dict) else None
