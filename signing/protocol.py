"""How the bot's action server proves a request to the service is its own.

The sender signs the canonical message of the request (``message``: the
timestamp, the method, the path with its raw query, and the exact body
bytes) with a shared secret (HMAC-SHA256), and sends the timestamp and the
signature as headers. The receiver refuses a timestamp outside the tolerance
window (so a captured request is useless later) and remembers accepted
signatures of state-changing requests for that window (so it is useless
sooner, too). Because the method and path are signed, a signature is only
good for the one request it was made for: the same body sent to another
endpoint, or with another method, does not verify, and two different
requests with the same body have different signatures (and nonces). Sign
each attempt afresh: a retry with an old signature is, by design, a replay.

    headers = sign(secret, "POST", LEADS_PATH, body)
    requests.post(base_url + LEADS_PATH, data=body, headers={**headers, "Content-Type": "application/json"})
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Mapping

TIMESTAMP_HEADER = "X-Leadbot-Timestamp"
SIGNATURE_HEADER = "X-Leadbot-Signature"
# v1 signed the body alone; a v1 signature is refused with a message that says so.
VERSION = "v2"


class SignatureError(Exception):
    """Why a signature was refused; the message is safe to return to the caller."""


def target(path: str, query: str = "") -> str:
    """The request target as signed: the path as routed, then ``?`` and the raw query when there is one."""
    return f"{path}?{query}" if query else path


def message(method: str, request_target: str, timestamp: str, body: bytes) -> bytes:
    """The canonical bytes signed for one request; no part can run into the next (none holds a newline)."""
    return f"{timestamp}\n{method.upper()}\n{request_target}\n".encode() + body


def _digest(secret: str, content: bytes) -> str:
    return hmac.new(secret.encode(), content, hashlib.sha256).hexdigest()


def sign(secret: str, method: str, request_target: str, body: bytes = b"", *, timestamp: int | None = None) -> dict[str, str]:
    """Headers that authenticate this request; ``body`` must be the exact bytes sent."""
    if not secret:
        raise ValueError("an empty secret signs nothing")
    stamp = str(int(time.time()) if timestamp is None else int(timestamp))
    return {TIMESTAMP_HEADER: stamp,
            SIGNATURE_HEADER: f"{VERSION}={_digest(secret, message(method, request_target, stamp, body))}"}


def verify(
    secret: str,
    method: str,
    request_target: str,
    body: bytes,
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
    if not (stamp.isascii() and stamp.isdigit()):
        raise SignatureError(f"{TIMESTAMP_HEADER} must be Unix seconds")
    current = time.time() if now is None else now
    if abs(current - int(stamp)) > tolerance:
        raise SignatureError(f"{TIMESTAMP_HEADER} is outside the {int(tolerance)} s tolerance window")
    expected = _digest(secret, message(method, request_target, stamp, body))
    versions = set()
    for candidate in given.split(","):
        version, _, value = candidate.strip().partition("=")
        versions.add(version)
        if version == VERSION and hmac.compare_digest(value, expected):
            return expected
    if VERSION not in versions:
        raise SignatureError(f"only {VERSION} signatures are accepted (timestamp, method, path and body)")
    raise SignatureError("signature does not match the request")
