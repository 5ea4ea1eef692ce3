"""The Slack channel: signed events in, replies out through (a local fake of) Slack's Web API."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import time
import uuid

import pytest
import requests

from harness.fakes.slack import SlackFake
from harness.stack import Stack
from tests.bot.conftest import SLACK_SIGNING_SECRET

pytestmark = pytest.mark.slow

CHANNEL = "D0VISITOR"
# A DM channel only the tests that expect no answer write to.
QUIET = "D0QUIET"


def _event(text: str, user: str, channel: str = CHANNEL) -> bytes:
    return json.dumps({
        "token": "x", "team_id": "T0FAKE", "type": "event_callback", "event_id": f"Ev{uuid.uuid4().hex[:10]}",
        "authorizations": [{"user_id": "U0BOT"}],
        "event": {"type": "message", "channel_type": "im", "channel": channel, "user": user, "text": text,
                  "ts": f"{time.time():.6f}"},
    }).encode()


def _signed(body: bytes, secret: str = SLACK_SIGNING_SECRET) -> dict[str, str]:
    stamp = str(int(time.time()))
    digest = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}", "Content-Type": "application/json"}


def _replies(fake: SlackFake, after: int, timeout: float = 15.0, channel: str | None = None) -> list[dict]:
    """Messages posted since call number ``after`` (to ``channel`` only, when given: the service's
    alerts and late replies of earlier tests share the fake)."""
    def posted() -> list[dict]:
        found = [c.form() or c.json() for c in fake.calls(path="/api/chat.postMessage")][after:]
        return [m for m in found if channel is None or m.get("channel") == channel]

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if posted():
            time.sleep(0.5)  # the rest of the same turn
            return posted()
        time.sleep(0.1)
    return []


def _post(stack: Stack, body: bytes, headers: dict[str, str]) -> requests.Response:
    return requests.post(f"{stack.rasa_url}/webhooks/slack/webhook", data=body, headers=headers, timeout=10)


def test_a_direct_message_is_answered_in_slack(stack: Stack, slack_fake: SlackFake) -> None:
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    body = _event("hi", f"U{uuid.uuid4().hex[:8]}")
    started = time.monotonic()
    response = _post(stack, body, _signed(body))
    assert response.status_code == 200
    assert time.monotonic() - started < 3, "acknowledged within Slack's 3 s"
    replies = _replies(slack_fake, before, channel=CHANNEL)
    assert replies
    assert any("quick questions" in (r.get("text") or "") for r in replies), replies


def test_unsigned_or_wrongly_signed_events_are_refused(stack: Stack, slack_fake: SlackFake) -> None:
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    body = _event("hi", "U0STRANGER", channel=QUIET)
    assert _post(stack, body, {"Content-Type": "application/json"}).status_code == 400
    assert _post(stack, body, _signed(body, secret="not-the-secret")).status_code == 400
    assert _replies(slack_fake, before, timeout=2, channel=QUIET) == []


def test_slacks_retries_are_acknowledged_and_not_answered_twice(stack: Stack, slack_fake: SlackFake) -> None:
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    body = _event("hello", f"U{uuid.uuid4().hex[:8]}", channel=QUIET)
    for reason in ("http_timeout", "http_error"):
        headers = {**_signed(body), "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": reason}
        assert _post(stack, body, headers).status_code == 200
    assert _replies(slack_fake, before, timeout=2, channel=QUIET) == []


def test_a_mention_in_a_channel_is_answered_there(stack: Stack, slack_fake: SlackFake) -> None:
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    body = json.dumps({
        "token": "x", "team_id": "T0FAKE", "type": "event_callback", "event_id": f"Ev{uuid.uuid4().hex[:10]}",
        "authorizations": [{"user_id": "U0BOT"}],
        "event": {"type": "app_mention", "channel": "C0LEADS", "user": f"U{uuid.uuid4().hex[:8]}",
                  "text": "<@U0BOT> hello", "ts": f"{time.time():.6f}"},
    }).encode()
    assert _post(stack, body, _signed(body)).status_code == 200
    replies = _replies(slack_fake, before, channel="C0LEADS")
    assert replies, replies
    assert any("quick questions" in (r.get("text") or "") for r in replies), replies


def _stored(stack: Stack, sender: str) -> list[str]:
    """The texts of the user messages Rasa stored for ``sender``."""
    deadline = time.monotonic() + 15  # the tracker is saved after the reply is sent
    while True:
        with sqlite3.connect(stack.database_url[len("sqlite:///"):]) as db:
            rows = db.execute("select data from events where sender_id = ? and type_name = 'user'",
                              (sender,)).fetchall()
        if rows or time.monotonic() > deadline:
            return [json.loads(data).get("text") or "" for (data,) in rows]
        time.sleep(0.2)


def test_a_slack_conversation_lives_apart_and_a_rest_caller_cannot_continue_it(
    stack: Stack, slack_fake: SlackFake
) -> None:
    """A Slack user id is no secret: knowing it must not give a web caller that conversation (its booking link)."""
    user = f"U{uuid.uuid4().hex[:8].upper()}"
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    body = _event("hi", user)
    assert _post(stack, body, _signed(body)).status_code == 200
    assert _replies(slack_fake, before, channel=CHANNEL)
    assert _stored(stack, f"slack:T0FAKE:{user}") == ["hi"]

    rest = f"{stack.rasa_url}/webhooks/rest/webhook"
    refused = requests.post(rest, json={"sender": f"slack:T0FAKE:{user}", "message": "my booking?"}, timeout=30)
    assert refused.status_code == 400
    answered = requests.post(rest, json={"sender": user, "message": "hello"}, timeout=60)
    assert answered.status_code == 200
    assert _stored(stack, user) == ["hello"], "a new conversation, not the Slack user's"
    assert _stored(stack, f"slack:T0FAKE:{user}") == ["hi"]


def test_a_slack_message_over_the_cap_gets_a_polite_answer_and_is_not_stored(
    stack: Stack, slack_fake: SlackFake
) -> None:
    user = f"U{uuid.uuid4().hex[:8].upper()}"
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    body = _event("blah " * 1000, user)
    assert _post(stack, body, _signed(body)).status_code == 200
    replies = _replies(slack_fake, before, channel=CHANNEL)
    assert any("too long" in (r.get("text") or "") for r in replies), replies
    assert _stored(stack, f"slack:T0FAKE:{user}") == []
