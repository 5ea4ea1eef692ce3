"""The one signing protocol between the bot's action server and the lead service.

Both sides import this package and it imports neither (nor Flask or
requests): what is signed, and where, is defined here once.

- ``signing.protocol``: the canonical message (``message``: timestamp,
  method, path with raw query, body; ``target`` builds the path part),
  ``sign`` (headers for a request) and ``verify`` (the signature, which is
  the nonce to remember, or ``SignatureError``), and the header names
  ``TIMESTAMP_HEADER`` and ``SIGNATURE_HEADER``.
- ``signing.paths``: the API paths the action server calls (``LEADS_PATH``,
  ``PLAYBOOK_PATH``, ``slots_path``, ``booking_path``, ``erasure_path``) and ``BOT_SOURCE``,
  the source of its leads (the only one its signature may write).
- ``signing.conversation_lock``: ``CONVERSATION_LOCK``, the PostgreSQL lock the bot's
  tracker store takes for each save and the service's erasure takes before it deletes
  the chat, so that the two run one after the other (not a signature, but the same kind
  of agreement: both sides must say it identically, and neither may import the other).

The action server signs each request afresh; the service checks it in
``webhooks.auth.authenticate``, the one check every signed endpoint uses.
"""

from signing.paths import (
    BOT_SOURCE,
    LEADS_PATH,
    PLAYBOOK_PATH,
    booking_path,
    erasure_path,
    lead_path,
    slots_path,
)
from signing.protocol import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    VERSION,
    SignatureError,
    message,
    sign,
    target,
    verify,
)

__all__ = [
    "BOT_SOURCE",
    "LEADS_PATH",
    "PLAYBOOK_PATH",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "VERSION",
    "SignatureError",
    "booking_path",
    "erasure_path",
    "lead_path",
    "message",
    "sign",
    "slots_path",
    "target",
    "verify",
]
