"""A local webhook endpoint: verifies Standard Webhooks signatures and records what arrived.

Tests and benchmarks point the generic destination at it and then assert on
``received``. Its ``responder`` decides each answer, so a test can make it
fail, throttle with ``Retry-After``, or answer garbage; ``go_down`` and
``come_back`` close and reopen the port to simulate an outage.
"""

from __future__ import annotations

import random
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Mapping

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


@dataclass(frozen=True)
class Received:
    id: str
    timestamp: int
    payload: Mapping[str, Any]
    at: float  # time.time() when it arrived
    headers: Mapping[str, str] = field(default_factory=dict)


Reply = tuple[int, Mapping[str, str], bytes]


class _Server(ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A sender that hangs up mid-request is part of the tests (SIGKILL, timeouts), not an error."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)
Responder = Callable[[Received], Reply]


def accept(_: Received) -> Reply:
    return 204, {}, b""


class WebhookReceiver:
    def __init__(self, secret: str, *, host: str = "127.0.0.1", port: int = 0, responder: Responder = accept) -> None:
        self.secret = secret
        self.host = host
        self.port = port
        self.responder = responder
        self.received: list[Received] = []  # verified requests, whatever was answered
        self.accepted: list[Received] = []  # verified requests answered 2xx
        self.rejected: list[Mapping[str, str]] = []  # requests whose signature did not verify
        self._verifier = Webhook(secret)
        self._lock = threading.RLock()
        self._arrived = threading.Condition(self._lock)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/hooks"

    def start(self) -> "WebhookReceiver":
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, headers, reply = receiver._handle(body, dict(self.headers.items()))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                try:
                    self.wfile.write(reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the sender died mid-request (a test kills it on purpose)

            def log_message(self, *_: Any) -> None:
                pass

        self._server = _Server((self.host, self.port), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    go_down = stop

    def come_back(self) -> None:
        """Reopen on the same port, keeping what was recorded."""
        self.start()

    def __enter__(self) -> "WebhookReceiver":
        return self.start()

    def __exit__(self, *_: Any) -> None:
        self.stop()

    def _handle(self, body: bytes, headers: Mapping[str, str]) -> Reply:
        try:
            payload = self._verifier.verify(body, headers)
        except (WebhookVerificationError, ValueError, UnicodeDecodeError):
            with self._lock:
                self.rejected.append(headers)
            return 401, {}, b"bad signature"
        lowered = {k.lower(): v for k, v in headers.items()}
        record = Received(
            id=lowered["webhook-id"], timestamp=int(lowered["webhook-timestamp"]),
            payload=payload, at=time.time(), headers=lowered,
        )
        reply = self.responder(record)
        with self._arrived:
            self.received.append(record)
            if 200 <= reply[0] < 300:
                self.accepted.append(record)
            self._arrived.notify_all()
        return reply

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

