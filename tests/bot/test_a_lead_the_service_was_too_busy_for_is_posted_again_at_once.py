"""A lead the service could not take at the first try (busy: a 5xx, or unreachable for a moment) is posted once
more a second later, in the same turn, because a later submit only comes if the visitor writes again: one who
reads "our team will follow up" and leaves must still leave a lead. A refusal (4xx) is not retried."""

from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Iterator

import pytest
from rasa_sdk import Tracker

import signing
from bot.actions import runtime, submission
from bot.actions.lead_service import LeadService
from qualification import DEFAULT_PLAYBOOK, load_playbook
from tests.bot.test_lead_service import SECRET

PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)


class _Flaky(BaseHTTPRequestHandler):
    """Answers the first ``failures`` posts with ``status``, then takes the lead."""

    status = 503
    failures = 1
    bodies: list[dict[str, Any]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        signing.verify(SECRET, self.command, self.path, body, dict(self.headers.items()))
        _Flaky.bodies.append(json.loads(body))
        if len(_Flaky.bodies) <= _Flaky.failures:
            self.send_response(_Flaky.status)
            self.end_headers()
            return
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"id": "lead_1", "stage": "mql"}).encode())

    def log_message(self, *args: Any) -> None:
        pass


class _Playbooks:
    def current(self) -> Any:
        return PLAYBOOK


@pytest.fixture
def flaky(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_Flaky]]:
    _Flaky.bodies, _Flaky.status, _Flaky.failures = [], 503, 1
    server = HTTPServer(("127.0.0.1", 0), _Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(runtime, "playbooks", lambda: _Playbooks())
    monkeypatch.setattr(runtime, "lead_service", lambda: LeadService(f"http://127.0.0.1:{server.server_address[1]}",
                                                                     SECRET, timeout=5))
    monkeypatch.setattr(submission, "RETRY_AFTER_SECONDS", 0.05)
    try:
        yield _Flaky
    finally:
        server.shutdown()


def _tracker() -> Tracker:
    return Tracker("visitor-busy", {"attributes": {"company": "Acme"}, "answers": []},
                   {"text": "bye", "intent": {"name": "goodbye"}}, [], False, None, {}, "action_listen")


def slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e.get("value") for e in events if e.get("event") == "slot"}


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_busy_service_gets_the_lead_at_the_second_try(flaky: type[_Flaky], status: int) -> None:
    flaky.status = status
    events, lead = asyncio.run(submission.submit(_tracker()))
    assert lead == {"id": "lead_1", "stage": "mql"}
    assert slots(events) == {"lead_id": "lead_1", "lead_stage": "mql", "lead_pending": False}
    assert len(flaky.bodies) == 2 and flaky.bodies[0] == flaky.bodies[1], "the same lead, posted again"


def test_a_refusal_is_not_retried_and_the_lead_stays_pending(flaky: type[_Flaky]) -> None:
    flaky.status = 422
    events, lead = asyncio.run(submission.submit(_tracker()))
    assert lead is None and slots(events) == {"lead_pending": True}
    assert len(flaky.bodies) == 1


def test_a_service_still_busy_at_the_second_try_leaves_the_lead_pending(flaky: type[_Flaky]) -> None:
    flaky.failures = 5
    events, lead = asyncio.run(submission.submit(_tracker()))
    assert lead is None and slots(events) == {"lead_pending": True}
    assert len(flaky.bodies) == 2, "one retry, not more"
