"""Rasa's REST channel (``/webhooks/rest/webhook``) behind the chat's checks.

Before Rasa sees a message: the body must be a JSON object with a
conversation id a web visitor may use (``bot.channels.conversations``) and
a text message (else 400); a conversation over its rate gets 429 with
``Retry-After`` and a polite line; a message over the cap gets a polite
answer and is neither parsed nor stored. The per-address limit is the Rasa
server's middleware (``bot.serve``), which sees every request first.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.conversations import web_id_problem
from bot.channels.limits import TOO_FAST, ChatLimits, bounded_metadata, chat_limits, retry_after


def _said(sender: str, text: str, status: int = HTTPStatus.OK, **headers: str) -> HTTPResponse:
    """An answer in the channel's own shape, so a chat client shows it like any reply."""
    return response.json([{"recipient_id": sender, "text": text}], status=status, headers=headers or None)


def _bad(reason: str) -> HTTPResponse:
    return response.json({"error": reason}, status=HTTPStatus.BAD_REQUEST)


async def refusal(request: Request, limits: ChatLimits) -> HTTPResponse | None:
    """Why this message must not reach Rasa, as the answer to send; None lets it through."""
    body = request.json  # a body that is not JSON is answered 400 by Sanic
    if not isinstance(body, dict):
        return _bad('the body is a JSON object: {"sender": "...", "message": "..."}')
    sender = body.get("sender")
    problem = web_id_problem(sender)
    if problem:
        return _bad(problem)
    text = body.get("message")
    if not isinstance(text, str):
        return _bad("message must be text")
    wait = await limits.conversation_wait(sender)
    if wait is not None:
        return _said(sender, TOO_FAST, HTTPStatus.TOO_MANY_REQUESTS, **{"Retry-After": retry_after(wait)})
    if limits.too_long(text):
        return _said(sender, limits.too_long_text())
    return None


class RestChannel(RestInput):
    """Rasa's REST channel, same URL and answers, with every message checked first."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        limits = chat_limits()

        @blueprint.middleware("request")
        async def check(request: Request) -> Optional[HTTPResponse]:
            if request.method != "POST" or not request.path.rstrip("/").endswith("/webhook"):
                return None
            return await refusal(request, limits)

        return blueprint

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        return bounded_metadata(request.json.get("metadata"))

    def _extract_input_channel(self, request: Request) -> Text:
        # The body's "input_channel" would let a web caller pass for Slack in the tracker.
        return self.name()
