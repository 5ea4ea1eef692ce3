"""Slack as the bolt app meets it: the local Web API fake (``harness.fakes.slack``) and
requests signed the way Slack signs them.

Slack signs ``v0:{timestamp}:{body}`` with the app's signing secret
(HMAC-SHA256, hex, prefixed ``v0=``); interactivity arrives form-encoded as a
single ``payload`` field holding JSON, slash commands as plain form fields,
events as JSON.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from typing import Any, Mapping
from urllib.parse import urlencode

from harness.fakes.server import FakeServer
from harness.fakes.slack import TEAM_ID, SlackFake
from signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, SignatureError, verify
from signing.paths import HANDOFF_RELAY_PATH

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-test-token"
TEAM = {"id": TEAM_ID, "domain": "acme-sales"}
# The salespeople of the default playbook's EMEA route, as Slack names them (users.info).
PEOPLE = {"U0EMEA001": "Dana Reyes", "U0EMEA002": "Sam Okafor", "U0EMEA003": "Lee Park"}


def person_name(user_id: str) -> str:
    """The name a visitor reads for this salesperson: the default playbook's for its owners, else Slack's."""
    from qualification import load_playbook

    named = getattr(load_playbook().routing, "owner_name", None)
    return (named(user_id) if callable(named) else None) or PEOPLE[user_id]


# The fake plays chat.postEphemeral and response_url itself; the old name stays for the tests that use it.
Slack = SlackFake


def signed_headers(body: bytes, *, secret: str = SIGNING_SECRET, timestamp: int | None = None,
                   content_type: str = "application/x-www-form-urlencoded") -> dict[str, str]:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}", "Content-Type": content_type}


def form(fields: Mapping[str, str]) -> bytes:
    return urlencode(fields).encode()


def interactive(payload: Mapping[str, Any]) -> bytes:
    return form({"payload": json.dumps(payload)})


def block_action(action_id: str, value: str, *, user: str, channel: str, ts: str,
                 response_url: str | None = None) -> dict[str, Any]:
    """A click on a button of the message ``channel``/``ts``, as Slack posts it."""
    return {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "team_id": TEAM["id"]},
        "api_app_id": "A0LEADBOT",
        "token": "verification-token-unused",
        "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": False},
        "trigger_id": f"{int(time.time())}.{uuid.uuid4().int % 10**12}.{uuid.uuid4().hex}",
        "team": TEAM,
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel, "name": "sales-emea"},
        "message": {"type": "message", "ts": ts, "bot_id": "B0BOT", "text": "New lead"},
        "response_url": response_url or f"https://hooks.slack.invalid/actions/{TEAM['id']}/1/x",
        "actions": [{"action_id": action_id, "block_id": "lead_actions", "value": value, "type": "button",
                     "text": {"type": "plain_text", "text": "Click"}, "action_ts": f"{time.time():.6f}"}],
    }


def view_submission(view: Mapping[str, Any], *, user: str, reason: str | None, note: str | None = None) -> dict[str, Any]:
    """The modal ``view`` (as ``views.open`` got it) submitted with ``reason`` chosen."""
    values: dict[str, Any] = {"reason": {"reason_select": {
        "type": "static_select",
        "selected_option": None if reason is None else {"text": {"type": "plain_text", "text": reason},
                                                         "value": reason},
    }}, "note": {"note_input": {"type": "plain_text_input", "value": note}}}
    return {
        "type": "view_submission",
        "team": TEAM,
        "user": {"id": user, "username": user.lower(), "team_id": TEAM["id"]},
        "api_app_id": "A0LEADBOT",
        "token": "verification-token-unused",
        "trigger_id": f"{int(time.time())}.1.{uuid.uuid4().hex}",
        "view": {**view, "id": "V0MODAL", "team_id": TEAM["id"], "state": {"values": values}, "hash": "1.abc"},
        "response_urls": [],
        "is_enterprise_install": False,
    }


def command(text: str = "", *, user: str, channel: str, response_url: str, name: str = "/leads") -> bytes:
    return form({
        "token": "verification-token-unused", "team_id": TEAM["id"], "team_domain": TEAM["domain"],
        "channel_id": channel, "channel_name": "sales-emea", "user_id": user, "user_name": user.lower(),
        "command": name, "text": text, "api_app_id": "A0LEADBOT", "is_enterprise_install": "false",
        "response_url": response_url, "trigger_id": f"{int(time.time())}.1.{uuid.uuid4().hex}",
    })


def event(kind: str = "app_mention", **fields: Any) -> bytes:
    return json.dumps({
        "token": "verification-token-unused", "team_id": TEAM["id"], "api_app_id": "A0LEADBOT",
        "event": {"type": kind, "user": "U0VISITOR", "text": "<@U0BOT> hello", "ts": f"{time.time():.6f}",
                  "channel": "C0EMEA", **fields},
        "type": "event_callback", "event_id": f"Ev{uuid.uuid4().hex[:10].upper()}", "event_time": int(time.time()),
    }).encode()


class RasaSlackChannel(FakeServer):
    """Stands in for Rasa's server in the in-process tests: its Slack channel at ``/webhooks/slack/webhook``
    checks Slack's signature as Rasa's channel does (``v0``, HMAC-SHA256 of the exact body, five minutes),
    and the widget channel's handoff relay (``signing.HANDOFF_RELAY_PATH``) checks the service's signature
    (``signing``, the action secret) and, as the real relay does, takes each signature once; both record what
    reached them. The real ones run in the stack tests."""

    def __init__(self, secret: str = SIGNING_SECRET, action_secret: str | None = None) -> None:
        super().__init__()
        self.secret = secret
        self.action_secret = action_secret
        self.relay_signatures: set[str] = set()

    def authentic(self, request: Any) -> bool:
        stamp = request.headers.get("x-slack-request-timestamp", "0")
        if abs(time.time() - int(stamp)) > 300:
            return False
        digest = hmac.new(self.secret.encode(), f"v0:{stamp}:".encode() + request.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(f"v0={digest}", request.headers.get("x-slack-signature", ""))

    def handle(self, request: Any) -> tuple[int, dict[str, str], bytes]:
        if request.path == HANDOFF_RELAY_PATH and request.method == "POST":
            try:
                signature = verify(self.action_secret or "-", "POST", HANDOFF_RELAY_PATH, request.body,
                                   _signing_headers(request.headers))
            except SignatureError:
                return 401, {"Content-Type": "text/plain"}, b"unsigned"
            if signature in self.relay_signatures:  # as the real relay (``bot.channels.handoff``): each once
                return 401, {"Content-Type": "application/json"}, b'{"error": "this request was already received"}'
            self.relay_signatures.add(signature)
            return 200, {"Content-Type": "application/json"}, b"{}"
        if request.path != "/webhooks/slack/webhook" or request.method != "POST":
            return 404, {"Content-Type": "text/plain"}, b"not found"
        if not self.authentic(request):
            return 400, {"Content-Type": "text/plain"}, b"Message is not properly signed"
        return 200, {"Content-Type": "text/plain"}, b""

    def received(self) -> list[Any]:
        return self.calls("POST", "/webhooks/slack/webhook")

    def relayed(self) -> list[dict[str, Any]]:
        """The handoff events the service pushed to the widget's channel, in order, without their ``event_id``
        (random per event, so that each signs differently: ``relay_ids``)."""
        return [{k: v for k, v in r.json().items() if k != "event_id"} for r in self.calls("POST", HANDOFF_RELAY_PATH)]

    def relay_ids(self) -> list[str]:
        return [r.json().get("event_id") for r in self.calls("POST", HANDOFF_RELAY_PATH)]


def _signing_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The signing protocol's headers under their own names (the fake lower-cases every header)."""
    wanted = {TIMESTAMP_HEADER.lower(): TIMESTAMP_HEADER, SIGNATURE_HEADER.lower(): SIGNATURE_HEADER}
    return {wanted[k]: v for k, v in headers.items() if k in wanted}
