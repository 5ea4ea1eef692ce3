"""The one small interface every destination (Slack, CRMs, signed webhooks) speaks.

The delivery worker owns retries, backoff and bookkeeping; a destination only
turns one delivery into HTTP calls and says how it went. Keeping the
interface this small is what lets each destination live in one module that
tests point at a local server through ``base_url`` and a ``requests.Session``.

The payload every destination receives (built by the service, ``webhooks``)::

    {
      "type": "lead.qualified" | "lead.updated" | "lead.erased" | "lead.linked" | "lead.chat",
      "timestamp": "2026-11-23T10:00:00Z",
      "data": {
        "id": "<lead id>", "source": "bot", "conversation_id": "...",
        "status": "open|claimed|booked|disqualified|won|lost",
        "status_reason": "No budget — frozen until Q3" | null,
        "owner": "U123" | null, "suggested_owner": "U123" | null,
        "stage": "iql|mql|sql|pql|disqualified", "score": 0-100, "grade": "A-D",
        "attributes": {... the lead contract ...},
        "qualification": {... qualification.Qualification.to_dict() ...},
        "answers": [{"question_id": "budget", "text": "about 50k"}],
        "booking": {"id": "bk_...", "starts_at": "...", "ends_at": "...", "owner": "...",
                    "time_zone": "Europe/Berlin",
                    "call": {"kind": "video|phone|place", "at": "..."}   (how it happens, when the
                    playbook says; "at" absent for a video link the owner emails)} | null,   (times in UTC ISO 8601)
        "created_at": "...", "updated_at": "...",
        "links": {"hubspot": "https://..."}   (Slack only: the lead's CRM records)
      }
    }

``lead.erased`` carries only ``data.id`` (the person is gone). ``lead.linked``
goes to Slack alone, when a CRM record first has a link to show on the alert.
``lead.chat`` (a salesperson's chat with the visitor ended: its lines, for a
note) goes to the destinations with ``takes_chat`` the lead already reached;
its ``data`` is in ``integrations.chat_note``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Protocol


@dataclass(frozen=True)
class Push:
    """One push of one lead event to one destination.

    ``id`` stays the same across retries so a receiver can tell a repeat;
    ``external_id`` is what this destination answered for this lead before
    (a CRM record id, a Slack ``channel:ts``), so later events update the
    record instead of creating another.
    """

    id: str
    lead_id: str
    event: str
    payload: Mapping[str, Any]
    external_id: str | None = None
    attempt: int = 1


@dataclass(frozen=True)
class Outcome:
    """What the destination gave back: the record's id, and a link people can open."""

    external_id: str | None = None
    external_url: str | None = None


class DeliveryFailed(Exception):
    """The destination did not take the delivery.

    ``retryable`` is false for answers that no retry can change (a 4xx other
    than 408 and 429, a payload the destination rejects); ``retry_after`` is the
    destination's own wish in seconds (``Retry-After``), which the worker honours.
    """

    def __init__(
        self,
        message: str,
        *,
        retryable: bool,
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after
        self.status = status


class Destination(Protocol):
    """A place leads are pushed to; ``name`` is the key used in the playbook and the outbox."""

    name: str

    def deliver(self, delivery: Push) -> Outcome:
        """Push one delivery; raise ``DeliveryFailed`` when it did not land."""
        ...
