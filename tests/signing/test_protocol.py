"""The signing protocol on its own: what one side signs the other verifies, and nothing else does."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

import signing

SECRET = "a-shared-secret"


def test_the_protocol_imports_neither_side_nor_any_web_library() -> None:
    code = ("import sys, signing; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'webhooks', 'bot', 'flask', 'werkzeug', 'requests', 'urllib3', 'sqlalchemy', 'rasa', 'rasa_sdk'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_what_is_signed_verifies_and_gives_the_nonce_to_remember() -> None:
    content = signing.request_line("POST", signing.booking_path("lead_1"), b'{"a":1}')
    headers = signing.sign(SECRET, content)
    nonce = signing.verify(SECRET, content, headers)
    assert headers[signing.SIGNATURE_HEADER] == f"{signing.VERSION}={nonce}"


@pytest.mark.parametrize("tamper", ["secret", "content", "stale", "no-timestamp", "not-a-number"])
def test_a_changed_secret_content_or_time_is_refused(tamper: str) -> None:
    content = signing.request_line("GET", signing.PLAYBOOK_PATH, b"")
    headers = signing.sign(SECRET, content)
    if tamper == "secret":
        headers = signing.sign("another-secret", content)
    elif tamper == "content":
        content = signing.request_line("GET", signing.LEADS_PATH, b"")
    elif tamper == "stale":
        headers = signing.sign(SECRET, content, timestamp=int(time.time()) - 301)
    elif tamper == "no-timestamp":
        del headers[signing.TIMESTAMP_HEADER]
    else:
        headers[signing.TIMESTAMP_HEADER] = "yesterday"
    with pytest.raises(signing.SignatureError):
        signing.verify(SECRET, content, headers)


def test_an_empty_secret_signs_nothing() -> None:
    with pytest.raises(ValueError):
        signing.sign("", b"")


def test_paths_quote_an_id_so_it_cannot_reach_another_path() -> None:
    assert signing.slots_path("lead_1") == "/api/v1/leads/lead_1/slots"
    assert signing.booking_path("../x?y") == "/api/v1/leads/..%2Fx%3Fy/booking"
