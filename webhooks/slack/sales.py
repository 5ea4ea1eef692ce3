"""What a salesperson does to a lead from Slack: claim it, mark the call booked, disqualify it.

Each function runs inside the caller's transaction, takes the lead's row
lock first (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's transactions
already hold the write lock), decides on the row as it is *now*, and changes
it through ``webhooks.leads.change``, which writes the audit entry and queues
``lead.updated`` for every destination the lead reached: the Slack alert is
redrawn in place and the CRMs are updated by the outbox worker, never from
here. Two clicks racing are serialised by that lock, so exactly one wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from integrations.slack_blocks import DISQUALIFY_REASONS, mention
from webhooks import leads
from webhooks.models import Lead, StatusChange, utcnow

QUALIFIED_STAGES = ("mql", "sql", "pql")
# Not yet booked, disqualified, won or lost: someone still has to act.
OPEN_STATUSES = ("open", "claimed")
GONE = "This lead is no longer available: it was erased or never existed. Nothing was changed."
MAX_LEAD_ID = 40


@dataclass(frozen=True)
class ClickResult:
    """How a click went: ``ok`` when the lead changed (or, asked beforehand, may change);
    ``message`` is for the clicker alone."""

    ok: bool
    message: str | None = None


def actor(user_id: str) -> str:
    return f"slack:{user_id}"


def live(session: Session, lead_id: Any, *, for_update: bool = False) -> Lead | None:
    """The lead a button names, or ``None`` when it is unknown or erased (button values are not trusted)."""
    if not isinstance(lead_id, str) or not 0 < len(lead_id) <= MAX_LEAD_ID:
        return None
    query = select(Lead).where(Lead.id == lead_id)
    if for_update:
        query = query.with_for_update()
    lead = session.execute(query).scalar_one_or_none()
    return None if lead is None or lead.erased_at is not None else lead


def claim(session: Session, lead_id: Any, user_id: str) -> ClickResult:
    lead = live(session, lead_id, for_update=True)
    if lead is None:
        return ClickResult(False, GONE)
    if lead.owner == user_id:
        return ClickResult(False, "You already own this lead.")
    if lead.owner:
        return ClickResult(False, f"{mention(lead.owner)} claimed this lead first.")
    if lead.status != "open":
        return ClickResult(False, f"This lead is {lead.status}; it can no longer be claimed.")
    leads.change(session, lead.id, {"status": "claimed", "owner": user_id}, actor=actor(user_id))
    return ClickResult(True)


def book(session: Session, lead_id: Any, user_id: str) -> ClickResult:
    """The call is booked; whoever books an unowned lead owns it."""
    lead = live(session, lead_id, for_update=True)
    if lead is None:
        return ClickResult(False, GONE)
    if lead.status not in OPEN_STATUSES:
        return ClickResult(False, f"This lead is already {lead.status}.")
    leads.change(session, lead.id, {"status": "booked", "owner": lead.owner or user_id}, actor=actor(user_id))
    return ClickResult(True)


def can_disqualify(session: Session, lead_id: Any) -> ClickResult:
    """Whether the Disqualify modal is worth opening for this lead."""
    lead = live(session, lead_id)
    if lead is None:
        return ClickResult(False, GONE)
    if lead.status not in (*OPEN_STATUSES, "booked"):
        return ClickResult(False, f"This lead is already {lead.status}.")
    return ClickResult(True)


def disqualify(session: Session, lead_id: Any, user_id: str, reason: str, note: str | None = None) -> ClickResult:
    """Close the lead with a reason from ``DISQUALIFY_REASONS``; the reason is audited and shown on the alert."""
    lead = live(session, lead_id, for_update=True)
    if lead is None:
        return ClickResult(False, GONE)
    if lead.status not in (*OPEN_STATUSES, "booked"):
        return ClickResult(False, f"This lead is already {lead.status}.")
    label = dict(DISQUALIFY_REASONS).get(reason, reason)
    shown = f"{label} — {note}" if note else label
    leads.change(session, lead.id, {"status": "disqualified", "status_reason": shown}, actor=actor(user_id))
    session.add(StatusChange(lead_id=lead.id, field="reason", old=None, new=reason, actor=actor(user_id)))
    return ClickResult(True)


def open_today(session: Session, now: datetime | None = None) -> list[dict[str, Any]]:
    """Qualified leads created today (the UTC day of ``now``) that nobody has closed yet, best first,
    as delivery payload data (what ``leads_list_blocks`` draws). A draft, whose visitor is still
    answering, is not listed: sales hears of it when it is complete or abandoned."""
    midnight = datetime.combine((now or utcnow()).date(), time.min)
    rows = session.execute(
        select(Lead).where(
            Lead.created_at >= midnight, Lead.erased_at.is_(None), Lead.abandon_at.is_(None),
            Lead.stage.in_(QUALIFIED_STAGES), Lead.status.in_(OPEN_STATUSES),
        ).order_by(Lead.score.desc(), Lead.seq)
    ).scalars()
    return [leads.data(lead) for lead in rows]

