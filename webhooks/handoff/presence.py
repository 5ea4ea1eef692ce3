"""Whether the visitor is on the page now, for the lead's Slack alert (issue 19).

The widget's socket.io connection says it (``bot.channels.widget``): a tab of
the conversation connecting is ``back``, its last tab closing, or its
heartbeat stopping, is ``gone``. The bot's channel hands each to the service
(``POST /api/v1/handoff/messages``); here the change is stored, once per flip,
and the alert is drawn with it. ``data.visitor`` (``{"on_page", "since"}``) is
how the alert reads it (``integrations.slack_blocks``); the worker adds it to
every Slack redraw (``with_presence``), so a Claim's redraw keeps it.
"""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from webhooks import leads
from webhooks.handoff.models import VisitorPresence
from webhooks.models import DestinationRecord, Lead, iso, utcnow

VISITOR = "visitor"
BACK, GONE = "back", "gone"


def mark(session: Session, conversation_id: str, on_page: bool) -> bool:
    """Store whether the visitor is on the page; True when that changed (or was not known)."""
    row = session.get(VisitorPresence, conversation_id, with_for_update=True)
    if row is None:
        try:
            with session.begin_nested():  # a second tab on another server may insert it first
                session.add(VisitorPresence(conversation_id=conversation_id, on_page=on_page, changed_at=utcnow()))
            return True
        except IntegrityError:
            row = session.get(VisitorPresence, conversation_id, with_for_update=True, populate_existing=True)
            if row is None:
                raise
    if row.on_page == on_page:
        return False
    row.on_page, row.changed_at = on_page, utcnow()
    return True


def shown(session: Session, conversation_id: str | None) -> dict[str, Any] | None:
    """``data.visitor`` for the alert: on the page or not, since when; None before the widget ever connected."""
    row = session.get(VisitorPresence, conversation_id) if conversation_id else None
    return None if row is None else {"on_page": row.on_page, "since": iso(row.changed_at)}


def with_presence(sessions: sessionmaker, payload: Mapping[str, Any]) -> Mapping[str, Any]:
    """A Slack delivery's payload with ``data.visitor`` as it is now (the worker, before each alert or redraw)."""
    data = payload.get("data")
    if not isinstance(data, Mapping) or data.get("source") != "bot" or not data.get("conversation_id"):
        return payload
    with sessions() as session:
        visitor = shown(session, str(data["conversation_id"]))
    return payload if visitor is None else {**payload, "data": {**data, VISITOR: visitor}}


def alert_of(session: Session, conversation_id: str) -> tuple[str, str, dict[str, Any]] | None:
    """The conversation's lead alert as it is drawn now (channel, ts, data with links and presence)."""
    lead = session.execute(select(Lead).where(Lead.conversation_id == conversation_id,
                                              Lead.erased_at.is_(None))).scalars().first()
    if lead is None:
        return None
    record = session.get(DestinationRecord, (lead.id, "slack"))
    if record is None or not record.external_id or ":" not in record.external_id:
        return None
    channel, ts = record.external_id.split(":", 1)
    links = dict(session.execute(select(DestinationRecord.destination, DestinationRecord.external_url).where(
        DestinationRecord.lead_id == lead.id, DestinationRecord.external_url.is_not(None),
        DestinationRecord.destination != "slack")).all())
    data = leads.data(lead)
    if links:
        data["links"] = links
    visitor = shown(session, conversation_id)
    if visitor is not None:
        data[VISITOR] = visitor
    return channel, ts, data
