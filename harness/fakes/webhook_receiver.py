"""A local webhook endpoint: verifies Standard Webhooks signatures and records what arrived.

Tests and benchmarks point the generic destination at it and then assert on
``received``. Its ``responder`` decides each answer, so a test can make it
fail, throttle with ``Retry-After``, or answer garbage; ``go_down`` and
``come_back`` close and reopen the port to simulate an outage. Start-up,
recording and shutdown are ``harness.fakes.server.FakeServer``'s.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from harness.fakes.server import FakeServer, Recorded


@dataclass(frozen=True)
class Received:
    id: str
    timestamp: int
    payload: Mapping[str, Any]
    at: float  # time.time() when it arrived
    headers: Mapping[str, str] = field(default_factory=dict)


Reply = tuple[int, Mapping[str, str], bytes]


Responder = Callable[[Received], Reply]


def accept(_: Received) -> Reply:
    return 204, {}, b""


class WebhookReceiver(FakeServer):
    """A ``FakeServer`` at ``/hooks`` that answers concurrently (responders may be slow)."""

    serialized = False

    def __init__(self, secret: str, *, host: str = "127.0.0.1", port: int = 0, responder: Responder = accept) -> None:
        super().__init__(host=host, port=port)
        self.secret = secret
        self.responder = responder
        self.received: list[Received] = []  # verified requests, whatever was answered
        self.accepted: list[Received] = []  # verified requests answered 2xx
        self.rejected: list[Mapping[str, str]] = []  # requests whose signature did not verify
        self._verifier = Webhook(secret)
        self._arrived = threading.Condition(self._lock)

    @property
    def url(self) -> str:
        """Where to send; stays the same across ``go_down`` and ``come_back``."""
        return f"http://{self.host}:{self.port}/hooks"

    go_down = FakeServer.stop

    def come_back(self) -> None:
        """Reopen on the same port, keeping what was recorded."""
        self.start()

    def __enter__(self) -> "WebhookReceiver":
        self.start()
        return self

    def handle(self, request: Recorded) -> Reply:
        if request.method != "POST":
            return 405, {}, b"POST only"
        try:
            payload = self._verifier.verify(request.body, dict(request.headers))
        except (WebhookVerificationError, ValueError, UnicodeDecodeError):
            with self._lock:
                self.rejected.append(dict(request.headers))
            return 401, {}, b"bad signature"
        headers = request.headers
        record = Received(
            id=headers["webhook-id"], timestamp=int(headers["webhook-timestamp"]),
            payload=payload, at=time.time(), headers=dict(headers),
        )
        reply = self.responder(record)
        with self._arrived:
            self.received.append(record)
            if 200 <= reply[0] < 300:
                self.accepted.append(record)
            self._arrived.notify_all()
        return reply[0], dict(reply[1]), reply[2]

    def wait_for(self, predicate: Callable[["WebhookReceiver"], bool], timeout: float = 10.0) -> bool:
        """Block until ``predicate(self)`` holds or ``timeout`` passes; returns whether it held."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while not predicate(self):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._arrived.wait(min(left, 0.1))
        return True

    def accepted_ids(self) -> set[str]:
        with self._lock:
            return {r.id for r in self.accepted}

    def leads_accepted(self, event: str | None = None) -> set[str]:
        with self._lock:
            return {r.payload["data"]["id"] for r in self.accepted if event is None or r.payload["type"] == event}


def flaky(rate: float, seed: int = 0) -> Responder:
    """Fail a share of requests with a 503, as an overloaded receiver does."""
    rng = random.Random(seed)
    lock = threading.Lock()

    def respond(_: Received) -> Reply:
        with lock:
            failed = rng.random() < rate
        return (503, {}, b"try later") if failed else (204, {}, b"")

    return respond


def scripted(*replies: Reply, then: Responder = accept) -> Responder:
    """Answer with ``replies`` in order, then as ``then`` does."""
    queue = list(replies)
    lock = threading.Lock()

    def respond(record: Received) -> Reply:
        with lock:
            if queue:
                return queue.pop(0)
        return then(record)

    return respond

