"""Posting the lead: signed so the service's own verifier accepts it; a service that is down loses nothing."""

from __future__ import annotations

import asyncio
import json
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Iterator

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import signing
from bot.actions import runtime
from bot.actions.conversation import ActionSubmitLead
from bot.actions.lead_service import LeadService, ServiceUnavailable
from harness.fakes.server import serve_in_background, stop_at_once
from harness.ports import free_port

SECRET = "test-secret"


class _Receiver(BaseHTTPRequestHandler):
    received: list[tuple[dict[str, str], bytes]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        headers = {k: v for k, v in self.headers.items()}
        try:
            signing.verify(SECRET, self.command, self.path, body, headers)
        except signing.SignatureError:
            self.send_response(401)
            self.end_headers()
            return
        self.received.append((headers, body))
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"id": "lead_1", "stage": "mql"}).encode())

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture()
def receiver() -> Iterator[str]:
    _Receiver.received = []
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    serve_in_background(server)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop_at_once(server)


def test_the_lead_is_signed_so_the_services_verifier_accepts_it(receiver: str) -> None:
    lead = LeadService(receiver, SECRET).post_lead({"source": "bot", "attributes": {}})
    assert lead == {"id": "lead_1", "stage": "mql"}
    headers, body = _Receiver.received[0]
    assert json.loads(body) == {"source": "bot", "attributes": {}}
    assert headers["Content-Type"] == "application/json"


def test_a_wrong_secret_is_refused_and_reported(receiver: str) -> None:
    with pytest.raises(ServiceUnavailable) as error:
        LeadService(receiver, "another-secret").post_lead({"source": "bot", "attributes": {}})
    assert error.value.status == 401


def test_no_secret_sends_nothing(receiver: str) -> None:
    with pytest.raises(ServiceUnavailable):
        LeadService(receiver, None).post_lead({"source": "bot", "attributes": {}})
    assert _Receiver.received == []


def _tracker(**slots: Any) -> Tracker:
    return Tracker(
        "visitor-1", {"attributes": {"company": "Acme"}, "answers": [], **slots},
        {"text": "bye", "intent": {"name": "goodbye"}}, [], False, None, {}, "action_listen",
    )


def test_a_service_that_is_down_gets_a_polite_answer_and_the_tracker_keeps_the_lead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    down = LeadService(f"http://127.0.0.1:{free_port()}", SECRET, timeout=2)
    monkeypatch.setattr(runtime, "lead_service", lambda: down)
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSubmitLead().run(dispatcher, _tracker(), {}))
    assert {"event": "slot", "name": "lead_pending", "value": True} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]
    assert not any(e.get("name") == "attributes" for e in events), "the attributes slot is left as it was"
    # No email kept for this visitor: asked to write again (the lead is posted anew), promised no email.
    assert "write here again" in dispatcher.messages[0]["text"] and "email" not in dispatcher.messages[0]["text"]


def test_after_stop_nothing_is_posted(monkeypatch: pytest.MonkeyPatch, receiver: str) -> None:
    monkeypatch.setattr(runtime, "lead_service", lambda: LeadService(receiver, SECRET))
    events = asyncio.run(ActionSubmitLead().run(CollectingDispatcher(), _tracker(stopped=True), {}))
    assert events == [] and _Receiver.received == []
