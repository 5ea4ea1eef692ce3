"""A salesperson's part of a visitor's chat: who joined which lead's conversation, and what both sides said."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped

from webhooks.models import Base, Serial, utcnow

LIVE, ENDED = "live", "ended"
# Who a line is from; PRESENCE marks the visitor's tab closing ("gone") and coming back ("back").
VISITOR, AGENT, PRESENCE = "visitor", "agent", "presence"


class Handoff(Base):
    """One salesperson's turn in one lead's chat, from Join to Hand back (or the visitor's Stop).

    Deleted with its lines when the lead is erased (``webhooks.leads.erase``), which ends a live one."""

    __tablename__ = "handoffs"

    seq: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = Column(String(40), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    conversation_id: Mapped[str] = Column(String(200), nullable=False, index=True)
    # The alert's message: its thread is where the two talk.
    channel: Mapped[str] = Column(String(40), nullable=False)
    thread_ts: Mapped[str] = Column(String(40), nullable=False)
    agent_id: Mapped[str] = Column(String(40), nullable=False)
    agent_name: Mapped[str] = Column(String(100), nullable=False)
    state: Mapped[str] = Column(String(10), nullable=False, default=LIVE)
    joined_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    ended_at: Mapped[datetime | None] = Column(DateTime)

    __table_args__ = (Index("ix_handoffs_thread", "channel", "thread_ts", "state"),)


class HandoffMessage(Base):
    """A line of the human part of the chat, kept with the lead (and erased with it)."""

    __tablename__ = "handoff_messages"

    seq: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    handoff_seq: Mapped[int] = Column(Serial, ForeignKey("handoffs.seq", ondelete="CASCADE"), nullable=False,
                                      index=True)
    lead_id: Mapped[str] = Column(String(40), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    author: Mapped[str] = Column(String(10), nullable=False)  # VISITOR, AGENT or PRESENCE
    name: Mapped[str] = Column(String(100), nullable=False)
    text: Mapped[str] = Column(Text, nullable=False)
    at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)


class VisitorPresence(Base):
    """Whether the visitor of a conversation has the page open now, as the widget's connection says
    (socket.io connect and disconnect, and its heartbeat): the alert shows it. Kept from the first
    connection, before any lead, so the first alert already knows; erased with the lead's conversation."""

    __tablename__ = "visitor_presence"

    conversation_id: Mapped[str] = Column(String(200), primary_key=True)
    on_page: Mapped[bool] = Column(Boolean, nullable=False)
    changed_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
