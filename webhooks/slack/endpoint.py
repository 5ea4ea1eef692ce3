"""``POST /slack/events``: Slack's events, interactivity and slash commands, handed to bolt.

The signature is checked here before the body is parsed (bolt parses first
and would answer a forged, malformed body with a 500), then the body must be
something Slack sends; only then does bolt's ``SlackRequestHandler`` see the
request, and bolt verifies the signature once more itself.
"""

from __future__ import annotations

from flask import Blueprint, Flask, Response, current_app, request
from slack_bolt import App
from slack_bolt.adapter.flask import SlackRequestHandler
from slack_bolt.request.internals import parse_body
from slack_sdk.signature import SignatureVerifier

from webhooks.errors import MalformedRequest, Unauthenticated

EXTENSION = "leadbot.slack"
PATH = "/slack/events"

endpoint = Blueprint("slack", __name__)


def mount(app: Flask, bolt: App, signing_secret: str) -> None:
    app.extensions[EXTENSION] = (SlackRequestHandler(bolt), SignatureVerifier(signing_secret))
    app.register_blueprint(endpoint)


@endpoint.post(PATH)
def slack_events() -> Response:
    handler, verifier = current_app.extensions[EXTENSION]
    raw = request.get_data(cache=True)  # 413 past MAX_CONTENT_LENGTH
    if not _signed(verifier, raw):
        raise Unauthenticated("the Slack signature is missing, stale or does not match")
    try:
        body = parse_body(raw.decode("utf-8"), request.headers.get("Content-Type"))
    except (ValueError, UnicodeDecodeError):
        raise MalformedRequest("the body or its payload is not valid JSON", fields={"payload": ["malformed JSON"]}) from None
    if not isinstance(body, dict) or not ({"type", "command", "ssl_check"} & body.keys()):
        raise MalformedRequest("no Slack event, payload or command in the body", fields={"payload": ["required"]})
    return handler.handle(request)


def _signed(verifier: SignatureVerifier, raw: bytes) -> bool:
    try:
        return verifier.is_valid_request(raw, dict(request.headers))
    except (ValueError, TypeError):  # a timestamp that is not a number
        return False
