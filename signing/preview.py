"""Studio preview conversations: the sender id that makes the bot use a draft, signed so only the studio can.

The studio's "Try it" chat talks to the real bot as sender
``studio-preview.<version>.<nonce>.<signature>``; the signature is an HMAC
of the rest with the secret the service and the action server share. The
action server uses draft ``version`` for such a conversation only when the
signature holds (a visitor can pick any sender id on the REST channel, but
cannot make this one), and stores nothing from it: no lead, no booking.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

PREFIX = "studio-preview"
_SENDER = re.compile(rf"^{PREFIX}\.(\d{{1,9}})\.([a-f0-9]{{16}})\.([a-f0-9]{{32}})$")


def _signature(secret: str, version: int, nonce: str) -> str:
    return hmac.new(secret.encode(), f"{PREFIX}.{version}.{nonce}".encode(), hashlib.sha256).hexdigest()[:32]


def preview_sender(secret: str, version: int, nonce: str | None = None) -> str:
    """A new preview conversation's sender id for playbook ``version``."""
    if not secret:
        raise ValueError("an empty secret signs nothing")
    nonce = nonce or secrets.token_hex(8)
    return f"{PREFIX}.{version}.{nonce}.{_signature(secret, version, nonce)}"


def is_preview(sender_id: str) -> bool:
    """Whether a conversation claims to be a studio preview (signed or not: either way nothing is stored)."""
    return str(sender_id).startswith(PREFIX + ".")


def preview_version(secret: str | None, sender_id: str) -> int | None:
    """The draft version a correctly signed preview sender id names, else None."""
    match = _SENDER.match(str(sender_id))
    if not match or not secret:
        return None
    version, nonce, given = int(match.group(1)), match.group(2), match.group(3)
    return version if hmac.compare_digest(given, _signature(secret, version, nonce)) else None
