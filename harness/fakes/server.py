"""A local HTTP server that plays a third-party API in tests.

Each fake (HubSpot, Salesforce, Pipedrive, Slack) subclasses ``FakeServer``
and answers like the real API: same paths, auth checks, bodies and status
codes, keeping the records it created. Every request is recorded so tests
assert on what the product actually sent. Failures are scripted ahead::

    with HubSpotFake() as hubspot:
        hubspot.fail_next(429, headers={"Retry-After": "7"})
        hubspot.malformed_next(path="/crm/v3/objects/deals")
        hubspot.lose_reply_next(method="POST", path="/crm/v3/objects/deals")  # created, answer never sent
        ...
        assert hubspot.calls("POST", "/crm/v3/objects/deals")

The server runs in a thread on 127.0.0.1 with a free port, so any number of
fakes (and any process told their ``url``) can use them at once. One fake may
serve many tests: ``reset`` makes it as new again, on the same port.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import BaseServer
from typing import Any, Mapping
from urllib.parse import parse_qs, urlsplit

Response = tuple[int, dict[str, str], bytes]


@dataclass(frozen=True)
class Recorded:
    """One request the fake received; header names are lower-cased."""

    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(self.body.decode("utf-8")).items()}

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None


@dataclass
class _Script:
    status: int
    headers: dict[str, str]
    body: bytes
    method: str | None
    path: str | None
    times: int = 1
    lose_reply: bool = False

    def matches(self, request: Recorded) -> bool:
        return (self.method is None or self.method == request.method) and (
            self.path is None or request.path.startswith(self.path)
        )


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    return status, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}, json.dumps(body).encode()


def _encode(body: Any) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    return json.dumps(body).encode()


class _Server(ThreadingHTTPServer):
    allow_reuse_address = True  # a fake that goes down comes back on the same port at once
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-request is part of the tests (SIGKILL, timeouts), not an error."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def serve_in_background(server: BaseServer, name: str | None = None) -> threading.Thread:
    """Run ``server``'s loop in a daemon thread; stop it with ``stop_at_once``.

    For the tests' own loopback servers (a stdlib handler, werkzeug's ``make_server``) as for the fakes: the
    stdlib's default poll of 0.5 s is what a plain ``shutdown()`` waits out, on every teardown."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              name=name or type(server).__name__, daemon=True)
    thread.start()
    return thread


def stop_at_once(server: BaseServer) -> None:
    """Stop a server started by ``serve_in_background`` without waiting out its poll, and close its socket.

    Stopping one twice is harmless (a test may stop it early, its fixture again)."""
    _shut_down_at_once(server)
    server.server_close()


def _shut_down_at_once(server: BaseServer) -> None:
    """``server.shutdown()`` without waiting out the loop's poll: shutdown() only sets a flag that the loop reads
    when its select returns, up to ``poll_interval`` (50 ms) later, and every test that makes an app started
    and stopped a webhook receiver (1,500 tests of make test-fast: some 75 s of waiting). A connection
    wakes the loop at once; it is accepted and dropped with no request line, so nothing is recorded."""
    stopping = threading.Thread(target=server.shutdown, daemon=True)
    stopping.start()
    address = server.server_address[:2]
    while stopping.is_alive():
        try:
            socket.create_connection(address, timeout=0.5).close()
        except OSError:
            pass  # listening no more, or too busy: the poll ends it anyway
        stopping.join(0.005)


class FakeServer:
    """Base of the fakes: recording, scripting, lifecycle. Subclasses implement ``handle``.

    ``serialized`` fakes answer one request at a time (their records stay consistent without
    locks of their own); a fake that must answer concurrently (a slow webhook receiver) sets it
    false and guards its own state.
    """

    serialized = True
    # What a running fake keeps through ``reset``: where it listens, its server thread, and the lock that thread takes.
    _LISTENING = ("host", "port", "_server", "_thread", "_lock")

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host, self.port = host, port
        self.requests: list[Recorded] = []
        self._scripts: list[_Script] = []
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle
    def start(self) -> "FakeServer":
        """Listen (on a free port the first time, on the same port after a ``stop``)."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms stall

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                request = Recorded(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self.rfile.read(length) if length else b"",
                )
                answer = fake._respond(request)
                if answer is None:  # the request took effect; the connection drops before the answer
                    self.close_connection = True
                    return
                status, headers, body = answer
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client died mid-request (a test kills it on purpose)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = _Server((self.host, self.port), Handler)
        self.port = self._server.server_address[1]
        self._thread = serve_in_background(self._server, name=type(self).__name__)
        return self

    def stop(self) -> None:
        if self._server is not None:
            stop_at_once(self._server)
            self._server = None

    def reset(self, fresh: "FakeServer") -> None:
        """Become ``fresh`` (a new fake made the same way, never started) while still listening where this one
        listens: no record, no request, no scripted answer, the same numbering from the start, the account's set-up
        as new. For a fake that serves several tests, each of which must find only what its own processes did,
        without a new port to tell them (a process that already has the address keeps it)."""
        if type(fresh) is not type(self) or fresh._server is not None:
            raise ValueError("reset takes a new, never started fake of the same kind")
        with self._lock:  # no request half-served sees half of each
            kept = {name: self.__dict__[name] for name in self._LISTENING}
            self.__dict__.clear()
            self.__dict__.update(fresh.__dict__)
            self.__dict__.update(kept)

    def __enter__(self) -> "FakeServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "start the fake first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # scripting
    def fail_next(
        self,
        status: int = 500,
        *,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` matching requests (method and path prefix) with this instead."""
        if body is None:
            body = self.default_error_body(status)
        content_type = {"Content-Type": "application/json; charset=utf-8"} if not isinstance(body, (bytes, str)) \
            else {"Content-Type": "text/plain"}
        with self._lock:
            self._scripts.append(_Script(status, {**content_type, **(headers or {})}, _encode(body),
                                         method, path, times))

    def rate_limit_next(self, retry_after: int = 7, **match: Any) -> None:
        self.fail_next(429, headers={"Retry-After": str(retry_after)}, **match)

    def malformed_next(self, status: int = 200, **match: Any) -> None:
        """A 2xx whose body is cut off mid-JSON, as a crashing proxy or API sends."""
        self.fail_next(status, body=b'{"id": "12', headers={"Content-Type": "application/json"}, **match)

    def lose_reply_next(self, *, method: str | None = None, path: str | None = None, times: int = 1) -> None:
        """Handle the next matching request for real, then hang up without answering: the
        record exists but the client never hears so (a timeout or reset after the commit)."""
        with self._lock:
            self._scripts.append(_Script(0, {}, b"", method, path, times, lose_reply=True))

    def clear_scripts(self) -> None:
        """Forget the scripted answers not used yet (a service that was down is back)."""
        with self._lock:
            self._scripts.clear()

    def default_error_body(self, status: int) -> Any:
        return {"error": f"scripted {status}"}

    # assertions
    def calls(self, method: str | None = None, path: str | None = None) -> list[Recorded]:
        """Requests received, optionally only those with this method and path prefix."""
        with self._lock:
            return [r for r in self.requests
                    if (method is None or r.method == method) and (path is None or r.path.startswith(path))]

    def clear_requests(self) -> None:
        with self._lock:
            self.requests.clear()

    # serving
    def _respond(self, request: Recorded) -> Response | None:
        with self._lock:
            self.requests.append(request)
            script = next((s for s in self._scripts if s.matches(request)), None)
            if script is not None:
                script.times -= 1
                if script.times <= 0:
                    self._scripts.remove(script)
                if not script.lose_reply:
                    return script.status, dict(script.headers), script.body
            if self.serialized:
                answer = self._handle(request)
                return None if script is not None else answer
        answer = self._handle(request)
        return None if script is not None else answer

    def _handle(self, request: Recorded) -> Response:
        try:
            return self.handle(request)
        except (ValueError, KeyError, TypeError) as exc:
            return json_response(400, {"error": f"fake could not read the request: {exc}"})

    def handle(self, request: Recorded) -> Response:
        raise NotImplementedError


@dataclass
class Store:
    """Records of one kind kept by a fake, with ids it hands out."""

    prefix: str = ""
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    counter: int = 0

    def new_id(self) -> str:
        self.counter += 1
        return f"{self.prefix}{self.counter}"
