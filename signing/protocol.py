"""How the bot's action server proves a request to the service is its own.

The sender signs ``"<timestamp>." + content`` with a shared secret
(HMAC-SHA256) and sends both; the receiver refuses a timestamp outside the
tolerance window (so a captured request is useless later) and remembers
accepted signatures for that window (so it is useless sooner, too). Sign each
attempt afresh: a retry with an old signature is, by design, a replay.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Mapping

TIMESTAMP_HEADER = "X-Leadbot-Timestamp"
SIGNATURE_HEADER = "X-Leadbot-Signature"
VERSION = "v1"


class SignatureError(Exception):
    """Why a signature was refused; the message is safe to return to the caller."""


def request_line(method: str, path_url: str, body: bytes) -> bytes:
    """What slot, booking and playbook requests sign (``path_url`` as sent: path and raw query)."""
    return f"{method.upper()} {path_url}\n".encode() + body


def _digest(secret: str, content: bytes, timestamp: str) -> str:
    return hmac.new(secret.encode(), timestamp.encode() + b"." + content, hashlib.sha256).hexdigest()


def sign(secret: str, content: bytes, timestamp: int | None = None) -> dict[str, str]:
    """Headers that authenticate ``content``; for a lead, the exact body bytes sent."""
    if not secret:
        raise ValueError("an empty secret signs nothing")
    stamp = str(int(time.time()) if timestamp is None else int(timestamp))
    return {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: f"{VERSION}={_digest(secret, content, stamp)}"}


def verify(
    secret: str,
    content: bytes,
    headers: Mapping[str, str],
    *,
    tolerance: float = 300.0,
    now: float | None = None,
) -> str:
    """Check a signed request; returns the signature, the nonce to remember against replays."""
    stamp = headers.get(TIMESTAMP_HEADER)
    given = headers.get(SIGNATURE_HEADER)
    if not stamp or not given:
        raise SignatureError(f"{TIMESTAMP_HEADER} and {SIGNATURE_HEADER} are required")
    try:
        when = int(stamp)
    except ValueError:
        raise SignatureError(f"{TIMESTAMP_HEADER} must be Unix seconds") from None
    current = time.time() if now is None else now
    if abs(current - when) > tolerance:
        raise SignatureError(f"{TIMESTAMP_HEADER} is outside the {int(tolerance)} s tolerance window")
    expected = _digest(secret, content, stamp)
    for candidate in given.split(","):
        version, _, value = candidate.strip().partition("=")
        if version == VERSION and hmac.compare_digest(value, expected):
            return expected
    raise SignatureError("signature does not match the body")
