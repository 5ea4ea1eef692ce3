"""The human part of a chat, sent to the CRMs as a note when it ends (issue 19).

When a salesperson hands back, or the visitor stops, the lines of that turn
(``HandoffMessage``, the visitor's and the person's) go into the outbox as
``lead.chat`` (``integrations.chat_note``), in the transaction that ends the
chat, for each destination that takes it (``takes_chat``) and that the lead
already reached: a CRM writes a note on the lead's record, a webhook receives
it. The worker delivers it after the lead's earlier events there (the
outbox's order per lead and destination); erasure cancels it unsent.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from integrations.chat_note import CHAT
from webhooks import leads
from webhooks.delivery import wakeup
from webhooks.handoff.models import PRESENCE, Handoff, HandoffMessage
from webhooks.models import Delivery, Lead, iso, utcnow

log = logging.getLogger("leadbot.handoff")


def queue(session: Session, handoff_seq: int, takes_chat: Callable[[str], bool]) -> list[str]:
    """Outbox rows for the ended turn ``handoff_seq``; the destinations they go to (none when nothing was said)."""
    handoff = session.get(Handoff, handoff_seq)
    if handoff is None:
        return []
    lines = session.execute(select(HandoffMessage).where(
        HandoffMessage.handoff_seq == handoff.seq, HandoffMessage.author != PRESENCE)
        .order_by(HandoffMessage.seq)).scalars().all()
    lead = session.execute(select(Lead).where(Lead.id == handoff.lead_id)).scalars().first()
    if not lines or lead is None or lead.erased_at is not None:
        return []
    reached = session.execute(select(Delivery.destination).where(
        Delivery.lead_id == lead.id, Delivery.event != leads.ERASED).group_by(Delivery.destination)).scalars()
    names = [name for name in reached if takes_chat(name)]
    payload: dict[str, Any] = {"type": CHAT, "timestamp": iso(utcnow()), "data": {
        "id": lead.id, "source": lead.source, "conversation_id": lead.conversation_id,
        "chat": {"agent": handoff.agent_name, "started_at": iso(handoff.joined_at),
                 "ended_at": iso(handoff.ended_at or utcnow()),
                 "lines": [{"from": line.author, "name": line.name, "text": line.text} for line in lines]}}}
    for name in names:
        session.add(Delivery(id=leads.new_id("msg"), lead_id=lead.id, destination=name, event=CHAT,
                             payload=payload, status="pending", attempts=0, next_attempt_at=utcnow()))
    if names:
        wakeup.announce(session)
    return names


def takes_chat_of(registry: Any) -> Callable[[str], bool]:
    """Whether the configured destination ``name`` takes ``lead.chat`` (one no longer configured does not)."""

    def takes(name: str) -> bool:
        try:
            return bool(getattr(registry.get(name), "takes_chat", False))
        except Exception:  # unknown or misconfigured now: its earlier deliveries say nothing of today
            log.info("destination %s is not configured now: no chat note for it", name)
            return False

    return takes
