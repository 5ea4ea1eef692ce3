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


def _replies(fake: SlackFake, after: int, timeout: float = 15.0, channel: str | None = None,
             stack: Stack | None = None, sender: str | None = None) -> list[dict]:
    """Messages posted since call number ``after`` (to ``channel`` only, when given: the service's
    alerts and late replies of earlier tests share the fake), once the first is in and, with ``sender``,
    its turn is stored: Rasa saves the turn after it has posted all of the turn's lines."""
    def posted() -> list[dict]:
        found = [c.form() or c.json() for c in fake.calls(path="/api/chat.postMessage")][after:]
        return [m for m in found if channel is None or m.get("channel") == channel]

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if posted():
            if stack is not None and sender is not None:
                assert _stored(stack, sender), "the turn is stored"
            return posted()
        time.sleep(0.1)
    return []


def _quiet_after(stack: Stack, fake: SlackFake, user: str, after: int) -> tuple[list[str], list[dict]]:
    """What ``user``'s conversation on ``QUIET`` stored and was posted since ``after``, once a later first delivery
    from them was answered and stored: Rasa takes a conversation's messages in turn, so anything the earlier
    requests set off was posted and stored before it."""
    proof = "is anyone there?"
    body = _event(proof, user, channel=QUIET)
    assert _post(stack, body, _signed(body)).status_code == 200
    sender = f"slack:T0FAKE:{user}"
    deadline = time.monotonic() + 15
    while proof not in (stored := _stored(stack, sender)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return stored, _replies(fake, after, channel=QUIET)


def _bot_lines(stack: Stack, sender: str) -> int:
    """How many bot lines Rasa stored for ``sender``."""
    with sqlite3.connect(stack.database_url[len("sqlite:///"):]) as db:
        return db.execute("select count(*) from events where sender_id = ? and type_name = 'bot'",
                          (sender,)).fetchone()[0]


def _post(stack: Stack, body: bytes, headers: dict[str, str]) -> requests.Response:
    return requests.post(f"{stack.rasa_url}/webhooks/slack/webhook", data=body, headers=headers, timeout=10)


def test_a_direct_message_is_answered_in_slack(stack: Stack, slack_fake: SlackFake) -> None:
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    user = f"U{uuid.uuid4().hex[:8]}"
    body = _event("hi", user)
    started = time.monotonic()
    response = _post(stack, body, _signed(body))
    assert response.status_code == 200
    assert time.monotonic() - started < 3, "acknowledged within Slack's 3 s"
    replies = _replies(slack_fake, before, channel=CHANNEL, stack=stack, sender=f"slack:T0FAKE:{user}")
    assert replies
    assert any("quick questions" in (r.get("text") or "") for r in replies), replies


def test_unsigned_or_wrongly_signed_events_are_refused(stack: Stack, slack_fake: SlackFake) -> None:
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    user = f"U{uuid.uuid4().hex[:8].upper()}"
    body = _event("hi", user, channel=QUIET)
    assert _post(stack, body, {"Content-Type": "application/json"}).status_code == 400
    assert _post(stack, body, _signed(body, secret="not-the-secret")).status_code == 400
    stored, replies = _quiet_after(stack, slack_fake, user, before)
    assert stored == ["is anyone there?"], "the refused events were not taken"
    assert len(replies) == _bot_lines(stack, f"slack:T0FAKE:{user}"), "only the later message was answered"


def test_slacks_retries_are_acknowledged_and_not_answered_twice(stack: Stack, slack_fake: SlackFake) -> None:
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    user = f"U{uuid.uuid4().hex[:8].upper()}"
    body = _event("hello", user, channel=QUIET)
    for reason in ("http_timeout", "http_error"):
        headers = {**_signed(body), "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": reason}
        assert _post(stack, body, headers).status_code == 200
    stored, replies = _quiet_after(stack, slack_fake, user, before)
    assert stored == ["is anyone there?"], "the retries were not taken"
    assert len(replies) == _bot_lines(stack, f"slack:T0FAKE:{user}"), "only the later message was answered"


def test_a_mention_in_a_channel_is_answered_there(stack: Stack, slack_fake: SlackFake) -> None:
    before = len(slack_fake.calls(path="/api/chat.postMessage"))
    user = f"U{uuid.uuid4().hex[:8]}"
    body = json.dumps({
        "token": "x", "team_id": "T0FAKE", "type": "event_callback", "event_id": f"Ev{uuid.uuid4().hex[:10]}",
        "authorizations": [{"user_id": "U0BOT"}],
        "event": {"type": "app_mention", "channel": "C0LEADS", "user": user,
                  "text": "<@U0BOT> hello", "ts": f"{time.time():.6f}"},
    }).encode()
    assert _post(stack, body, _signed(body)).status_code == 200
    replies = _replies(slack_fake, before, channel="C0LEADS", stack=stack, sender=f"slack:T0FAKE:{user}")
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
    assert _replies(slack_fake, before, channel=CHANNEL, stack=stack, sender=f"slack:T0FAKE:{user}")
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
    # A later message is taken after it (a conversation's messages go in turn): once that one is stored,
    # anything of the long one would be too.
    body = _event("hi", user)
    assert _post(stack, body, _signed(body)).status_code == 200
    assert _stored(stack, f"slack:T0FAKE:{user}") == ["hi"], "the long message is not stored"
