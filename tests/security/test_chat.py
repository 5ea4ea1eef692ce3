"""Rasa's chat channels, attacked as a stranger would: huge messages, bursts, other people's
conversations, slots never offered, foreign web pages. Each test attacks from its own loopback
address against the shipped limits (``conftest.py``).

Before: a 10 MB message froze the bot for 24 s and stored 20 MB; 246 messages in 11 s were all
answered; a REST caller could continue a Slack user's conversation; a hand-typed ``/choose_slot``
booked any free time; ``--cors "*"`` echoed any origin.
"""

from __future__ import annotations

import json
import queue
import statistics
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import requests
import socketio

from bot.channels.limits import NOT_HERE, TOO_FAST
from bot.settings import Settings
from bot.training import ensure_model
from harness.script import SQL_ANSWERS, converse
from harness.stack import Stack, Visitor
from qualification import load_playbook
from tests.security.conftest import fresh_window, from_address, in_one_window, new_address, stored_events

pytestmark = pytest.mark.slow

DEFAULTS = Settings()
CAP = DEFAULTS.max_message_chars
PER_CONVERSATION = DEFAULTS.limit_chat_per_conversation[0].count
PER_ADDRESS = DEFAULTS.limit_chat_per_address[0].count
EVIL = "https://evil.example"


def rest(http: requests.Session, stack: Stack, sender: str, text: str, **headers: str) -> requests.Response:
    return http.post(f"{stack.rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text},
                     headers=headers, timeout=60)


def texts(response: requests.Response) -> str:
    return "\n".join(r.get("text") or "" for r in response.json())


def user_texts(stack: Stack, sender: str) -> list[str]:
    return [json.loads(data).get("text") or "" for kind, data in stored_events(stack, sender) if kind == "user"]


class Widget:
    """A widget visitor over socket.io (polling, from ``address``): its replies arrive in ``replies``."""

    def __init__(self, stack: Stack, address: str, session_id: str | None = None, origin: str | None = None) -> None:
        http = from_address(address)
        if origin:
            http.headers["Origin"] = origin
        self.client = socketio.Client(reconnection=False, http_session=http)
        self.replies: queue.Queue[dict[str, Any]] = queue.Queue()
        self.confirmed: queue.Queue[str] = queue.Queue()
        self.client.on("bot_uttered", self.replies.put)
        self.client.on("session_confirm", self.confirmed.put)
        self.client.connect(stack.rasa_url, socketio_path="/socket.io", transports=["polling"], wait_timeout=10)
        self.client.emit("session_request", {"session_id": session_id or uuid.uuid4().hex})
        self.session_id = self.confirmed.get(timeout=10)

    def send(self, text: str, session_id: str | None = None) -> None:
        self.client.emit("user_uttered", {"message": text, "session_id": session_id or self.session_id})

    def reply(self, timeout: float = 20) -> str:
        return self.replies.get(timeout=timeout).get("text") or ""

    def close(self) -> None:
        self.client.disconnect()


# --- size ---------------------------------------------------------------------------------------------


def test_a_message_over_the_cap_gets_a_polite_answer_over_rest_and_is_not_stored(
    secure_stack: Stack, http: requests.Session
) -> None:
    sender = f"big-{uuid.uuid4().hex[:12]}"
    response = rest(http, secure_stack, sender, "x" * 10_000)
    assert response.status_code == 200
    assert "too long" in texts(response) and f"{CAP:,}" in texts(response)
    assert rest(http, secure_stack, sender, "x" * 1_000_000).status_code == 413
    assert "quick questions" in texts(rest(http, secure_stack, sender, "hi")), "the conversation goes on"
    assert all(len(text) <= CAP for text in user_texts(secure_stack, sender))
    assert sum(len(data) for _, data in stored_events(secure_stack, sender)) < 100_000


def test_a_message_over_the_cap_gets_a_polite_answer_over_socketio_and_is_not_stored(
    secure_stack: Stack, address: str
) -> None:
    widget = Widget(secure_stack, address)
    try:
        widget.send("x" * 10_000)
        assert "too long" in widget.reply()
        widget.send("x" * 1_000_000)  # the packet is refused (413): the client loses its connection
        with pytest.raises(queue.Empty):
            widget.reply(timeout=5)
    finally:
        widget.close()
    assert user_texts(secure_stack, widget.session_id) == []


def test_a_visitor_is_answered_quickly_while_someone_sends_huge_messages(secure_stack: Stack) -> None:
    visitor = from_address(new_address())
    quiet = [_timed_hi(visitor, secure_stack) for _ in range(3)]
    stop = threading.Event()
    sent: list[int] = []

    def flood() -> None:
        attacker = from_address(new_address())
        while not stop.is_set():
            for size in (10_000, 1_000_000, 10_000_000):
                try:
                    sent.append(rest(attacker, secure_stack, f"flood-{uuid.uuid4().hex[:8]}", "x" * size).status_code)
                except requests.RequestException:
                    sent.append(0)  # a 10 MB body may be cut off once refused

    threads = [threading.Thread(target=flood, daemon=True) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1)
        flooded = [_timed_hi(visitor, secure_stack) for _ in range(5)]
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    assert sent and set(sent) <= {200, 413, 429, 0}, sent
    assert max(flooded) < max(3.0, 4 * statistics.median(quiet)), (quiet, flooded)


def _timed_hi(http: requests.Session, stack: Stack) -> float:
    started = time.monotonic()
    response = rest(http, stack, f"visitor-{uuid.uuid4().hex[:12]}", "hi")
    assert response.status_code == 200 and "quick questions" in texts(response)
    return time.monotonic() - started


# --- rate -----------------------------------------------------------------------------------------------


def test_a_burst_in_one_conversation_gets_429_with_retry_after_while_another_is_served(secure_stack: Stack) -> None:
    def burst() -> tuple[str, requests.Session, list[requests.Response]]:
        sender, http = f"burst-{uuid.uuid4().hex[:12]}", from_address(new_address())
        return sender, http, [rest(http, secure_stack, sender, "hi") for _ in range(PER_CONVERSATION + 3)]

    sender, http, answers = in_one_window(DEFAULTS.limit_chat_per_conversation[0].seconds, burst)
    statuses = [a.status_code for a in answers]
    assert statuses[:PER_CONVERSATION] == [200] * PER_CONVERSATION, statuses
    refused = answers[PER_CONVERSATION:]
    assert all(a.status_code == 429 for a in refused), statuses
    assert all(0 < int(a.headers["Retry-After"]) <= 60 for a in refused)
    assert all(TOO_FAST in texts(a) for a in refused)
    assert len(user_texts(secure_stack, sender)) == PER_CONVERSATION, "refused messages are not stored"
    other = rest(http, secure_stack, f"other-{uuid.uuid4().hex[:12]}", "hi")
    assert other.status_code == 200 and "quick questions" in texts(other)


def test_a_burst_from_one_address_gets_429_whatever_it_claims_while_another_address_is_served(
    secure_stack: Stack
) -> None:
    def burst() -> list[requests.Response]:
        http = from_address(new_address())
        # A new conversation each time, and a made-up forwarded address: neither escapes the limit.
        return [rest(http, secure_stack, f"many-{uuid.uuid4().hex[:12]}", "x" * (CAP + 1),
                     **{"X-Forwarded-For": f"203.0.113.{n}", "Forwarded": f"for=198.51.100.{n}"})
                for n in range(PER_ADDRESS + 5)]

    answers = in_one_window(DEFAULTS.limit_chat_per_address[0].seconds, burst)
    statuses, response = [a.status_code for a in answers], answers[-1]
    assert statuses[:PER_ADDRESS] == [200] * PER_ADDRESS, statuses
    assert statuses[PER_ADDRESS:] == [429] * 5, statuses
    assert int(response.headers["Retry-After"]) > 0
    elsewhere = rest(from_address(new_address()), secure_stack, f"other-{uuid.uuid4().hex[:12]}", "hi")
    assert elsewhere.status_code == 200 and "quick questions" in texts(elsewhere)


def test_a_burst_over_socketio_gets_a_polite_message_while_another_conversation_is_served(
    secure_stack: Stack, address: str
) -> None:
    widget = Widget(secure_stack, address)
    # A send returns before Rasa counts the message: the window's end is kept well away instead (``in_one_window``
    # reads the end of a burst from its last answer, which a socket.io send does not wait for).
    fresh_window(DEFAULTS.limit_chat_per_conversation[0].seconds)
    try:
        for _ in range(PER_CONVERSATION + 2):
            widget.send("hi")
            time.sleep(0.1)  # one packet per POST: engine.io takes at most 16 in one
        said: list[str] = []
        deadline = time.monotonic() + 60
        while TOO_FAST not in said and time.monotonic() < deadline:
            said.append(widget.reply(timeout=60))
        assert TOO_FAST in said
    finally:
        widget.close()
    other = Widget(secure_stack, address)
    try:
        other.send("hi")
        assert "quick questions" in other.reply(timeout=60)  # behind the burst's turns on two shared cores
    finally:
        other.close()
    time.sleep(2)  # the burst's last turns are stored
    assert len(user_texts(secure_stack, widget.session_id)) <= PER_CONVERSATION


# --- other people's conversations ---------------------------------------------------------------------------


@pytest.mark.parametrize("sender", ["slack:T0FAKE:U0VICTIM", "SLACK:T0FAKE:U0VICTIM", "x" * 500, ""])
def test_a_web_caller_cannot_use_a_slack_conversation_or_an_unstorable_id(
    secure_stack: Stack, http: requests.Session, sender: str
) -> None:
    response = rest(http, secure_stack, sender, "hi")
    assert response.status_code == 400, response.text
    assert stored_events(secure_stack, sender) == []


def test_a_rest_message_without_a_sender_is_refused_rather_than_joining_the_default_conversation(
    secure_stack: Stack, http: requests.Session
) -> None:
    response = http.post(f"{secure_stack.rasa_url}/webhooks/rest/webhook", json={"message": "hi"}, timeout=30)
    assert response.status_code == 400
    assert stored_events(secure_stack, "default") == []


def test_a_widget_cannot_join_or_write_to_a_slack_conversation(secure_stack: Stack, address: str) -> None:
    slack_id = f"slack:T0FAKE:U{uuid.uuid4().hex[:8].upper()}"
    widget = Widget(secure_stack, address, session_id=slack_id)
    try:
        assert widget.session_id != slack_id, "a fresh conversation instead"
        widget.send("hi", session_id=slack_id)
        assert widget.reply() == NOT_HERE
    finally:
        widget.close()
    assert stored_events(secure_stack, slack_id) == []


# --- booking ----------------------------------------------------------------------------------------------


def test_a_hand_typed_choose_slot_with_a_time_never_offered_books_nothing(secure_stack: Stack, address: str) -> None:
    visitor = Visitor(secure_stack.rasa_url, metadata={"tz": "Europe/Berlin"})
    visitor.session = from_address(address)
    converse(visitor, load_playbook(), SQL_ANSWERS)
    offered = [json.loads(p[len("/choose_slot"):])["slot_start"] for _, p in visitor.buttons
               if p and p.startswith("/choose_slot")]
    assert offered, visitor.history()
    first = datetime.fromisoformat(offered[0].replace("Z", "+00:00"))
    never = (first + timedelta(days=2)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert never not in offered

    reply = visitor.say('/choose_slot{"slot_start": "%s"}' % never)
    assert "isn't one I offered" in reply, visitor.history()
    assert any(p and p.startswith("/choose_slot") for _, p in visitor.buttons), "the offer again"
    lead = secure_stack.lead_for(visitor.sender)
    assert lead is not None and not lead.get("booking") and lead["status"] != "booked", lead

    assert "You're booked" in visitor.say('/choose_slot{"slot_start": "%s"}' % offered[0]), visitor.history()


# --- origins ----------------------------------------------------------------------------------------------


def test_a_foreign_origin_is_not_echoed_and_the_sites_is(secure_stack: Stack, http: requests.Session) -> None:
    url = f"{secure_stack.rasa_url}/webhooks/rest/webhook"
    site = secure_stack.service_url
    for origin, allowed in ((EVIL, None), ("null", None), (site, site)):
        preflight = http.options(url, headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                               "Access-Control-Request-Headers": "content-type"}, timeout=10)
        assert preflight.headers.get("Access-Control-Allow-Origin") == allowed, (origin, preflight.headers)
        post = http.post(url, json={"sender": f"o-{uuid.uuid4().hex[:8]}", "message": "x" * (CAP + 1)},
                         headers={"Origin": origin}, timeout=30)
        assert post.headers.get("Access-Control-Allow-Origin") == allowed, (origin, post.headers)
        assert post.headers.get("Access-Control-Allow-Credentials") != "true"


def test_a_foreign_page_cannot_open_the_widgets_socket(secure_stack: Stack, http: requests.Session) -> None:
    url = f"{secure_stack.rasa_url}/socket.io/?EIO=4&transport=polling"
    refused = http.get(url, headers={"Origin": EVIL}, timeout=10)
    assert refused.status_code == 400 and "Access-Control-Allow-Origin" not in refused.headers
    site = secure_stack.service_url
    opened = http.get(url, headers={"Origin": site}, timeout=10)
    assert opened.status_code == 200 and opened.headers.get("Access-Control-Allow-Origin") == site


def test_behind_a_configured_proxy_the_forwarded_address_is_the_one_counted(
    tmp_path_factory: pytest.TempPathFactory
) -> None:
    """With ``LEADBOT_PROXIES=1`` (one proxy in front), two visitors behind it are limited apart."""
    # Its own Rasa, not ``secure_stack``: trusting one proxy's X-Forwarded-For is read at start-up, and the other
    # attacks here must run where a forged X-Forwarded-For is not trusted.
    stack = Stack(tmp_path_factory.mktemp("behind-proxy"), ensure_model(), with_service=False,
                  production_limits=True, extra_env={"LEADBOT_PROXIES": "1"})
    stack.start()
    try:
        visitors = iter(("198.51.100.7", "198.51.100.9", "198.51.100.10"))  # one a burst: the one counted

        def burst() -> tuple[requests.Session, list[int]]:
            proxy, visitor = from_address(new_address()), next(visitors)
            return proxy, [rest(proxy, stack, f"p-{uuid.uuid4().hex[:12]}", "x" * (CAP + 1),
                                **{"X-Forwarded-For": visitor}).status_code for _ in range(PER_ADDRESS + 1)]

        proxy, statuses = in_one_window(DEFAULTS.limit_chat_per_address[0].seconds, burst)
        assert statuses[-2:] == [200, 429], statuses
        other = rest(proxy, stack, f"p-{uuid.uuid4().hex[:12]}", "x" * (CAP + 1),
                     **{"X-Forwarded-For": "198.51.100.8"})
        assert other.status_code == 200
    finally:
        stack.stop()
