"""What the service stores: leads, their answers and consent, the outbox, and the audit trail.

The lead's contract attributes live in one JSON column; the fields people
filter and sort by are copied into indexed columns when the lead is written.
Rasa's SQL tracker store shares this database, so no table is named ``events``.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Mapped, declarative_base, relationship

Base = declarative_base()

# BIGSERIAL on PostgreSQL; SQLite only autoincrements an INTEGER PRIMARY KEY.
Serial = BigInteger().with_variant(Integer(), "sqlite")
Json = JSON().with_variant(postgresql.JSONB(), "postgresql")

LEAD_STATUSES = ("open", "claimed", "booked", "disqualified", "won", "lost")
DELIVERY_STATUSES = ("pending", "delivering", "delivered", "dead", "cancelled")


def utcnow() -> datetime:
    """Naive UTC: SQLite keeps no time zone, so every timestamp is stored as UTC without one."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def iso(value: datetime | None) -> str | None:
    """A stored timestamp as the API and payloads write it (UTC, millisecond, ``Z``)."""
    return None if value is None else value.isoformat(timespec="milliseconds") + "Z"


class Lead(Base):
    __tablename__ = "leads"

    seq: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    id: Mapped[str] = Column(String(40), nullable=False, unique=True)
    source: Mapped[str] = Column(String(64), nullable=False, index=True)
    conversation_id: Mapped[str | None] = Column(String(200), unique=True)
    idempotency_key: Mapped[str | None] = Column(String(200), unique=True)
    attributes: Mapped[dict[str, Any]] = Column(Json, nullable=False, default=dict)
    qualification: Mapped[dict[str, Any]] = Column(Json, nullable=False, default=dict)
    booking: Mapped[dict[str, Any] | None] = Column(Json)
    stage: Mapped[str] = Column(String(20), nullable=False, index=True)
    score: Mapped[int] = Column(Integer, nullable=False, index=True)
    grade: Mapped[str | None] = Column(String(4), index=True)
    route: Mapped[str | None] = Column(String(100))
    email: Mapped[str | None] = Column(String(320), index=True)
    owner: Mapped[str | None] = Column(String(100), index=True)
    suggested_owner: Mapped[str | None] = Column(String(100))
    status: Mapped[str] = Column(String(20), nullable=False, default="open", index=True)
    # Digest of what destinations were last told, so a repeated POST queues nothing new.
    state_digest: Mapped[str | None] = Column(String(64))
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow, index=True)
    updated_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    erased_at: Mapped[datetime | None] = Column(DateTime)

    answers = relationship("Answer", order_by="Answer.seq", cascade="all, delete-orphan")
    consents = relationship("Consent", order_by="Consent.seq", cascade="all, delete-orphan")
    # A new lead's collections start empty in memory, so answering a POST costs no extra queries.
    deliveries = relationship("Delivery", order_by="Delivery.seq")
    records = relationship("DestinationRecord", order_by="DestinationRecord.destination")


class Answer(Base):
    """What the visitor actually wrote, kept beside the attributes understood from it."""

    __tablename__ = "answers"

    seq: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = Column(String(40), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    question_id: Mapped[str] = Column(String(100), nullable=False)
    text: Mapped[str] = Column(Text, nullable=False)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)


class Consent(Base):
    """What the person agreed to, in which words, and when: the proof GDPR asks for."""

    __tablename__ = "consents"

    seq: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = Column(String(40), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    purpose: Mapped[str] = Column(String(100), nullable=False)
    granted: Mapped[bool] = Column(Boolean, nullable=False)
    wording: Mapped[str | None] = Column(Text)
    given_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)


class Delivery(Base):
    """One row of the outbox: one event for one destination, written with the lead it is about.

    ``id`` is sent as ``webhook-id`` and never changes across retries, so a
    receiver recognises a repeat; ``seq`` orders deliveries for the same lead
    and destination so an update never overtakes the create before it.
    """

    __tablename__ = "deliveries"

    seq: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    id: Mapped[str] = Column(String(40), nullable=False, unique=True)
    lead_id: Mapped[str] = Column(String(40), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False)
    destination: Mapped[str] = Column(String(100), nullable=False)
    event: Mapped[str] = Column(String(40), nullable=False)
    payload: Mapped[dict[str, Any]] = Column(Json, nullable=False)
    status: Mapped[str] = Column(String(20), nullable=False, default="pending")
    attempts: Mapped[int] = Column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    locked_until: Mapped[datetime | None] = Column(DateTime)
    last_error: Mapped[str | None] = Column(String(500))
    last_status: Mapped[int | None] = Column(Integer)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    delivered_at: Mapped[datetime | None] = Column(DateTime)

    __table_args__ = (
        Index("ix_deliveries_due", "status", "next_attempt_at"),
        Index("ix_deliveries_lead_destination", "lead_id", "destination", "seq"),
    )


class DestinationRecord(Base):
    """What a destination called this lead (a CRM id, a Slack message), so later events update it."""

    __tablename__ = "destination_records"

    lead_id: Mapped[str] = Column(String(40), ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True)
    destination: Mapped[str] = Column(String(100), primary_key=True)
    external_id: Mapped[str | None] = Column(String(300))
    external_url: Mapped[str | None] = Column(String(1000))
    updated_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)


class StatusChange(Base):
    """The audit trail: who changed a lead's status or owner, from what, to what."""

    __tablename__ = "status_changes"

    seq: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = Column(String(40), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    field: Mapped[str] = Column(String(20), nullable=False)
    old: Mapped[str | None] = Column(String(100))
    new: Mapped[str | None] = Column(String(100))
    actor: Mapped[str] = Column(String(100), nullable=False)
    at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)


class RouteCounter(Base):
    """Round-robin position per route, shared by every web process."""

    __tablename__ = "route_counters"

    route: Mapped[str] = Column(String(100), primary_key=True)
    counter: Mapped[int] = Column(Integer, nullable=False, default=0)


class UsedNonce(Base):
    """Signatures already accepted, kept for the tolerance window so a replay is refused."""

    __tablename__ = "used_nonces"

    nonce: Mapped[str] = Column(String(100), primary_key=True)
    expires_at: Mapped[datetime] = Column(DateTime, nullable=False, index=True)
