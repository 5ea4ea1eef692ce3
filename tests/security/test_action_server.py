"""The action server, attacked directly: it answers only Rasa (its token) and only on loopback.

Before: ``python -m rasa_sdk`` listened on 0.0.0.0:5055 and ran any action
for anyone; one POST made a sales-qualified lead or booked a call.
"""

from __future__ import annotations

import socket
import subprocess
import time
import uuid
from typing import Any

import pytest
import requests

from harness.ports import free_port
from harness.script import asked_slot
from harness.stack import BIN, REPO, Stack
from qualification import load_playbook
from tests.security.conftest import stored_events

pytestmark = pytest.mark.slow


def action_call(conversation: str, action: str = "action_submit_lead") -> dict[str, Any]:
    """What Rasa sends the action server to run ``action`` for ``conversation``, with made-up answers."""
    return {
        "next_action": action, "sender_id": conversation, "version": "3.6.21", "domain": {},
        "tracker": {
            "sender_id": conversation, "paused": False, "followup_action": None, "active_loop": {},
            "latest_action_name": None, "events": [],
            "latest_message": {"text": "hi", "intent": {"name": "greet"}, "entities": []},
            "slots": {"consent": True, "attributes": {}, "answers": [], "progress": None},
        },
    }


def lead_of(stack: Stack, conversation: str) -> dict[str, Any] | None:
    return stack.lead_for(conversation)


@pytest.mark.parametrize("headers,status", [
    pytest.param({}, 401, id="no-token"),
    pytest.param({"Authorization": "Bearer not-the-token-at-all-0000"}, 403, id="wrong-token"),
    pytest.param({"Authorization": "Basic bm90OnRoZXRva2Vu"}, 401, id="other-scheme"),
])
def test_an_action_call_without_rasas_token_is_refused_and_saves_nothing(
    secure_stack: Stack, headers: dict[str, str], status: int
) -> None:
    conversation = f"forged-{uuid.uuid4().hex[:12]}"
    for action in ("action_submit_lead", "action_book_slot"):
        response = requests.post(f"{secure_stack.actions_url}/webhook", json=action_call(conversation, action),
                                 headers=headers, timeout=30)
        assert response.status_code == status, response.text
        assert "events" not in response.text
    listed = requests.get(f"{secure_stack.actions_url}/actions", headers=headers, timeout=10)
    assert listed.status_code == status
    assert lead_of(secure_stack, conversation) is None


def test_the_same_call_with_rasas_token_is_carried_out(secure_stack: Stack) -> None:
    """The forged calls above are refused for their token alone: with it, the same body makes a lead."""
    conversation = f"rasa-{uuid.uuid4().hex[:12]}"
    response = requests.post(f"{secure_stack.actions_url}/webhook", json=action_call(conversation),
                             headers={"Authorization": f"Bearer {secure_stack.actions_token}"}, timeout=60)
    assert response.status_code == 200, response.text
    assert lead_of(secure_stack, conversation) is not None


def test_health_stays_open_and_says_nothing(secure_stack: Stack) -> None:
    response = requests.get(f"{secure_stack.actions_url}/health", timeout=10)
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_rasa_sends_the_token_so_conversations_still_reach_the_actions(secure_stack: Stack) -> None:
    sender = f"visitor-{uuid.uuid4().hex[:12]}"
    response = requests.post(f"{secure_stack.rasa_url}/webhooks/rest/webhook",
                             json={"sender": sender, "message": "hi"}, timeout=60)
    assert response.status_code == 200
    # The first question comes from the action server (action_ask_need reads the playbook).
    text = "\n".join(r.get("text") or "" for r in response.json())
    assert asked_slot(text, load_playbook()) == "need", text
    assert "action_execution_rejected" not in str(stored_events(secure_stack, sender))


def listening(port: int) -> list[str]:
    """The local addresses something listens on at ``port`` (``ss -ltn``)."""
    out = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True, check=True).stdout
    found = []
    for line in out.splitlines():
        local = line.split()[3]
        host, _, found_port = local.rpartition(":")
        if found_port == str(port):
            found.append(host.strip("[]"))
    return found


def other_addresses() -> list[str]:
    """This machine's addresses beyond loopback, if it has any."""
    out = subprocess.run(["hostname", "-I"], capture_output=True, text=True).stdout.split()
    return [a for a in out if not a.startswith("127.") and a != "::1"]


def test_the_action_server_listens_on_loopback_only(secure_stack: Stack) -> None:
    assert listening(secure_stack.actions_port) == ["127.0.0.1"]
    assert listening(secure_stack.rasa_port) == ["127.0.0.1"]
    for address in other_addresses():
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        with socket.socket(family) as sock:
            sock.settimeout(2)
            assert sock.connect_ex((address, secure_stack.actions_port)) != 0, address


def test_without_a_token_the_action_server_does_not_start(secure_stack: Stack) -> None:
    port = free_port()
    env = secure_stack.env()
    env.pop("LEADBOT_ACTIONS_TOKEN")
    started = time.monotonic()
    result = subprocess.run([str(BIN / "python"), "-m", "bot", "actions", "--port", str(port)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "LEADBOT_ACTIONS_TOKEN" in result.stderr
    assert listening(port) == []
    assert time.monotonic() - started < 120
