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


BODY = b'{"starts_at":"2030-01-07T09:00:00Z","time_zone":"Europe/Berlin"}'


def test_what_is_signed_verifies_and_gives_the_nonce_to_remember() -> None:
    path = signing.booking_path("lead_1")
    headers = signing.sign(SECRET, "POST", path, BODY)
    nonce = signing.verify(SECRET, "post", path, BODY, headers)
    assert headers[signing.SIGNATURE_HEADER] == f"{signing.VERSION}={nonce}"


def test_the_same_body_signed_for_two_requests_gives_two_nonces() -> None:
    stamp = int(time.time())
    first = signing.sign(SECRET, "POST", signing.booking_path("lead_1"), BODY, timestamp=stamp)
    second = signing.sign(SECRET, "POST", signing.booking_path("lead_2"), BODY, timestamp=stamp)
    assert first[signing.SIGNATURE_HEADER] != second[signing.SIGNATURE_HEADER]


@pytest.mark.parametrize("tamper", [
    "secret", "method", "path", "query", "body", "stale", "no-timestamp", "not-a-number", "v1", "timestamp-moved",
])
def test_a_changed_secret_method_path_body_or_time_is_refused(tamper: str) -> None:
    method, target, body = "POST", signing.target(signing.slots_path("lead_1"), "tz=UTC"), BODY
    headers = signing.sign(SECRET, method, target, body)
    if tamper == "secret":
        headers = signing.sign("another-secret", method, target, body)
    elif tamper == "method":
        method = "PATCH"
    elif tamper == "path":
        target = signing.target(signing.slots_path("lead_2"), "tz=UTC")
    elif tamper == "query":
        target = signing.target(signing.slots_path("lead_1"), "tz=UTC&limit=10")
    elif tamper == "body":
        body = BODY + b" "
    elif tamper == "stale":
        headers = signing.sign(SECRET, method, target, body, timestamp=int(time.time()) - 301)
    elif tamper == "no-timestamp":
        del headers[signing.TIMESTAMP_HEADER]
    elif tamper == "not-a-number":
        headers[signing.TIMESTAMP_HEADER] = "yesterday"
    elif tamper == "v1":
        headers[signing.SIGNATURE_HEADER] = headers[signing.SIGNATURE_HEADER].replace("v2=", "v1=")
    else:  # the timestamp is part of what is signed, not only checked
        headers[signing.TIMESTAMP_HEADER] = str(int(headers[signing.TIMESTAMP_HEADER]) - 1)
    with pytest.raises(signing.SignatureError):
        signing.verify(SECRET, method, target, body, headers)


def test_an_empty_secret_signs_nothing() -> None:
    with pytest.raises(ValueError):
        signing.sign("", "GET", signing.PLAYBOOK_PATH)


def test_paths_quote_an_id_so_it_cannot_reach_another_path() -> None:
    assert signing.slots_path("lead_1") == "/api/v1/leads/lead_1/slots"
    assert signing.booking_path("../x?y") == "/api/v1/leads/..%2Fx%3Fy/booking"
