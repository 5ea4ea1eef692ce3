"""``POST /slack/events``: Slack's events, interactivity and slash commands, handed to bolt.

The signature is checked here before the body is parsed (bolt parses first
and would answer a forged, malformed body with a 500), then the body must be
something Slack sends; only then does bolt's ``SlackRequestHandler`` see the
request, and bolt verifies the signature once more itself.

Slack's scheme alone accepts a captured request again for five minutes, and
timestamps up to five minutes ahead. So a timestamp more than
``FUTURE_SKEW`` ahead is refused, and each accepted signature is remembered
in the service's nonce table (``webhooks.auth``) for the window: the same
request a second time is refused (401), unless it is Slack's own retry
(``X-Slack-Retry-Num``), which is acknowledged and, as every retry, not
acted on. Verified traffic is then counted per workspace (``webhooks.limits``).

This is the Slack app's only Request URL (events, interactivity, ``/leads``):
``webhooks.slack.routing`` says whose each request is. Bolt's go to bolt; the
bot's (its buttons, direct messages, mentions) are acknowledged here and
handed on to Rasa afterwards (``webhooks.slack.forward``); replies in a
channel's threads go to ``webhooks.handoff`` afterwards; the rest is
acknowledged and dropped.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from flask import Blueprint, Flask, Response, current_app, request
from slack_bolt import App
from slack_bolt.adapter.flask import SlackRequestHandler
from slack_bolt.request.internals import parse_body
from slack_sdk.signature import SignatureVerifier

from webhooks import limits
from webhooks.auth import _remember as remember_nonce
from webhooks.database import db
from webhooks.errors import MalformedRequest, Unauthenticated
from webhooks.slack import routing
from webhooks.slack.forward import Forwarder

if TYPE_CHECKING:
    from webhooks.handoff.service import Handoffs

EXTENSION = "leadbot.slack"
PATH = "/slack/events"
# Slack's own window, in which its signature verifier accepts a request: a replay must be remembered this long.
WINDOW = 300.0
# How far ahead of our clock a request may be stamped: clocks drift a little, captured requests are not from the future.
FUTURE_SKEW = 60.0

endpoint = Blueprint("slack", __name__)


def mount(app: Flask, bolt: App, signing_secret: str, forwarder: Forwarder, handoffs: Handoffs) -> None:
    app.extensions[EXTENSION] = (SlackRequestHandler(bolt), SignatureVerifier(signing_secret), forwarder, handoffs)
    app.register_blueprint(endpoint)


@endpoint.post(PATH)
def slack_events() -> Response:
    handler, verifier, forwarder, handoffs = current_app.extensions[EXTENSION]
    raw = request.get_data(cache=True)  # 413 past MAX_CONTENT_LENGTH
    if not _signed(verifier, raw):
        raise Unauthenticated("the Slack signature is missing, stale or does not match")
    if float(request.headers["X-Slack-Request-Timestamp"]) > time.time() + FUTURE_SKEW:
        raise Unauthenticated("the Slack request is stamped in the future")
    try:
        body = parse_body(raw.decode("utf-8"), request.headers.get("Content-Type"))
    except (ValueError, UnicodeDecodeError):
        raise MalformedRequest("the body or its payload is not valid JSON", fields={"payload": ["malformed JSON"]}) from None
    if not isinstance(body, dict) or not ({"type", "command", "ssl_check"} & body.keys()):
        raise MalformedRequest("no Slack event, payload or command in the body", fields={"payload": ["required"]})
    limits.enforce("slack", f"team:{_team(body)}")
    try:
        remember_nonce(db.sessions, "slack:" + request.headers["X-Slack-Signature"], WINDOW)
    except Unauthenticated:
        if not request.headers.get("X-Slack-Retry-Num"):
            raise Unauthenticated("this Slack request was already received (replay)") from None
        return Response("", status=200, headers={"X-Slack-No-Retry": "1"})
    owner = routing.owner(body)
    if owner == routing.BOLT:
        return handler.handle(request)
    if request.headers.get("X-Slack-Retry-Num"):  # Slack's retry of something already taken
        return Response("", status=200, headers={"X-Slack-No-Retry": "1"})
    if owner == routing.BOT:
        forwarder.forward(raw, json_body=request.mimetype == "application/json",
                          signature=request.headers["X-Slack-Signature"],
                          timestamp=request.headers["X-Slack-Request-Timestamp"])
    elif owner == routing.HANDOFF:
        handoffs.later(body["event"])
    return Response("", status=200)


def _team(body: dict[str, Any]) -> str:
    """The workspace a verified request comes from: events and commands name ``team_id``, payloads ``team.id``."""
    team = body.get("team")
    found = team.get("id") if isinstance(team, dict) else body.get("team_id")
    return str(found)[:40] if found else "unknown"


def _signed(verifier: SignatureVerifier, raw: bytes) -> bool:
    try:
        return verifier.is_valid_request(raw, dict(request.headers))
    except (ValueError, TypeError):  # a timestamp that is not a number
        return False
