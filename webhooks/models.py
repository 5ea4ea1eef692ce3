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
    Computed,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Mapped, declarative_base, relationship

Base = declarative_base()

# BIGSERIAL on PostgreSQL; SQLite only autoincrements an INTEGER PRIMARY KEY.
Serial = BigInteger().with_variant(Integer(), "sqlite")
Json = JSON().with_variant(postgresql.JSONB(), "postgresql")

LEAD_STATUSES = ("open", "claimed", "booked", "disqualified", "won", "lost")
DELIVERY_STATUSES = ("pending", "delivering", "delivered", "dead", "cancelled")
# How an answer came to be known (the lead contract's ``answers[].source``): the visitor answered the
# question (given), or put an earlier answer right (corrected); it was heard elsewhere and the visitor
# confirmed it (confirmed); it was inferred and never confirmed, kept for the record only (heard); or it
# was read from what the visitor wrote while a salesperson was in the chat (chat).
ANSWER_SOURCES = ("given", "corrected", "confirmed", "heard", "chat")


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
    # Why the lead was closed (the Disqualify modal's reason and note); cleared when the status moves on.
    status_reason: Mapped[str | None] = Column(String(600))
    # Digest of what destinations were last told, so a repeated POST queues nothing new.
    state_digest: Mapped[str | None] = Column(String(64))
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow, index=True)
    updated_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    erased_at: Mapped[datetime | None] = Column(DateTime)
    # False while the visitor is still answering (a draft) and after a draft was sent on abandoned;
    # a lead once complete stays complete.
    complete: Mapped[bool] = Column(Boolean, nullable=False, default=True, server_default=true())
    # When a draft that hears nothing more is sent on as abandoned; set only while the lead is a draft
    # (nothing has been queued for it yet). The worker's sweep looks for due ones through
    # ``ix_leads_abandon_at``, which holds drafts only: a complete lead adds nothing to it.
    abandon_at: Mapped[datetime | None] = Column(DateTime)
    # The conversation's language, ISO 639-1 ("de"); None when the source did not say (migration 0012).
    language: Mapped[str | None] = Column(String(8))
    # Where the visitor came from: {"channel", "page", "referrer", "utm": {...}}, as the source sent it.
    attribution: Mapped[dict[str, Any] | None] = Column(Json)
    # The same, as the studio funnel filters by it: computed by the database (migration 0015 writes each
    # database's expression; PostgreSQL's is declared here), so every write and an erasure keep them right.
    origin_channel: Mapped[str | None] = Column(Text, Computed("attribution ->> 'channel'"))
    origin_page: Mapped[str | None] = Column(  # without its query (UTM) and fragment
        Text, Computed("NULLIF(split_part(split_part(attribution ->> 'page', '#', 1), '?', 1), '')"))
    origin_campaign: Mapped[str | None] = Column(Text, Computed("attribution #>> '{utm,campaign}'"))
    origin_language: Mapped[str | None] = Column(  # without its region: de-DE is de
        Text, Computed("NULLIF(lower(split_part(language, '-', 1)), '')"))

    answers = relationship("Answer", order_by="Answer.seq", cascade="all, delete-orphan")
    consents = relationship("Consent", order_by="Consent.seq", cascade="all, delete-orphan")
    # A new lead's collections start empty in memory, so answering a POST costs no extra queries.
    deliveries = relationship("Delivery", order_by="Delivery.seq")
    records = relationship("DestinationRecord", order_by="DestinationRecord.destination")

    # The studio funnel's indexes (migration 0007): a long period is answered from indexes alone.
    __table_args__ = (
        Index("ix_leads_abandon_at", "abandon_at", sqlite_where=text("abandon_at IS NOT NULL"),
              postgresql_where=text("abandon_at IS NOT NULL")),
        Index("ix_leads_funnel", "created_at", "stage", "status", "id", "conversation_id"),
        # Leads whose conversation is not finished (``webhooks.studio.queries.UNFINISHED``, migration 0011).
        Index("ix_leads_unfinished", "conversation_id", sqlite_where=text("complete = 0"),
              postgresql_where=text("complete = false")),
        # Leads with a booked call whose status is not booked/won (``webhooks.studio.queries.BOOKED_OTHERWISE``).
        Index("ix_leads_booked", "created_at",
              sqlite_where=text("booking IS NOT NULL AND booking NOT IN ('null', '{}') AND status NOT IN ('booked', 'won')"),
              postgresql_where=text("booking IS NOT NULL AND booking NOT IN ('null'::jsonb, '{}'::jsonb)"
                                    " AND status NOT IN ('booked', 'won')")),
        # Where the leads without a conversation came from, for the funnel's filter choices (migration 0019).
        Index("ix_leads_no_conversation", "created_at", "origin_channel", "origin_campaign", "origin_language",
              "origin_page", sqlite_where=text("conversation_id IS NULL"), postgresql_where=text("conversation_id IS NULL")),
    )


class Answer(Base):
    """What the visitor actually wrote, kept beside the attributes understood from it."""

    __tablename__ = "answers"

    seq: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = Column(String(40), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True)
    question_id: Mapped[str] = Column(String(100), nullable=False)
    text: Mapped[str] = Column(Text, nullable=False)
    # How it came to be known (``ANSWER_SOURCES``); None for answers of sources that do not say.
    source: Mapped[str | None] = Column(String(16))
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
    # The turn this delivery holds in a rate key's queue while it waits for it (``pacing``); none once sent.
    rate_key: Mapped[str | None] = Column(String(200))
    rate_turn: Mapped[int | None] = Column(Integer)

    __table_args__ = (
        Index("ix_deliveries_due", "status", "next_attempt_at"),
        Index("ix_deliveries_lead_destination", "lead_id", "destination", "seq"),
        Index("ix_deliveries_rate_turn", "rate_key", "rate_turn"),  # a send wakes the next turn's holder (0022)
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

    # The funnel's "first sales action per lead", answered from the index alone (migration 0005).
    __table_args__ = (
        Index("ix_status_changes_sales", "lead_id", "field", "actor", "at"),
        Index("ix_status_changes_at", "at", "actor", "field", "lead_id"),  # since a period began (0007)
    )


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


class RateSlot(Base):
    """One rate key's queue of turns (a Slack channel): when the next turn may start, and the turns
    handed out and served so far. Every worker reads and moves it under the row's lock, so pacing
    holds across processes (``webhooks.delivery.pacing`` states the rule)."""

    __tablename__ = "rate_slots"

    key: Mapped[str] = Column(String(200), primary_key=True)
    next_at: Mapped[datetime] = Column(DateTime, nullable=False)  # when turn ``served + 1`` may start
    issued: Mapped[int] = Column(Integer, nullable=False, default=0, server_default="0")  # the last turn handed out
    served: Mapped[int] = Column(Integer, nullable=False, default=0, server_default="0")  # the last turn taken
    # How long the key's sends take (smoothed): turns are spaced by the interval plus this (the pace counts from an end).
    send_seconds: Mapped[float] = Column(Float, nullable=False, default=0.0, server_default="0")
    # Set while the turn taken last is being sent: until when, at most (a worker that died mid-send holds no longer).
    sending_until: Mapped[datetime | None] = Column(DateTime)


class StudioUser(Base):
    """A marketer who may sign in to the studio; only a scrypt/pbkdf2 hash of the password is kept."""

    __tablename__ = "studio_users"

    id: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    email: Mapped[str] = Column(String(320), nullable=False, unique=True)
    password_hash: Mapped[str] = Column(String(400), nullable=False)
    active: Mapped[bool] = Column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)


class StudioAudit(Base):
    """Every change made in the studio (and every sign-in attempt): who, when, what, details."""

    __tablename__ = "studio_audit"

    seq: Mapped[int] = Column(Serial, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow, index=True)
    actor: Mapped[str] = Column(String(320), nullable=False)
    action: Mapped[str] = Column(String(60), nullable=False, index=True)
    details: Mapped[dict[str, Any]] = Column(Json, nullable=False, default=dict)


class PlaybookVersion(Base):
    """One saved playbook, as the YAML text a marketer wrote; the newest published one is live."""

    __tablename__ = "playbook_versions"

    version: Mapped[int] = Column(Integer, primary_key=True, autoincrement=False)
    text: Mapped[str] = Column(Text, nullable=False)
    author: Mapped[str] = Column(String(320), nullable=False)
    note: Mapped[str | None] = Column(String(500))
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    published: Mapped[bool] = Column(Boolean, nullable=False, default=False)
    published_at: Mapped[datetime | None] = Column(DateTime, index=True)


class Booking(Base):
    """A call a visitor booked in the chat with the owner their route gave them.

    ``(owner, starts_at)`` is unique: two visitors racing for one slot cannot
    both win, whatever the number of web processes (slots of one owner's grid
    never overlap, so a slot is identified by its start). ``lead_id`` is
    unique too: one call per lead. ``token`` names the calendar file in its
    public URL, so it is long and random.
    """

    __tablename__ = "bookings"

    id: Mapped[str] = Column(String(40), primary_key=True)
    lead_id: Mapped[str] = Column(String(40), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, unique=True)
    owner: Mapped[str] = Column(String(100), nullable=False)
    starts_at: Mapped[datetime] = Column(DateTime, nullable=False)
    ends_at: Mapped[datetime] = Column(DateTime, nullable=False)
    time_zone: Mapped[str] = Column(String(64), nullable=False)
    token: Mapped[str] = Column(String(64), nullable=False, unique=True)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)

    __table_args__ = (
        UniqueConstraint("owner", "starts_at", name="uq_bookings_owner_starts_at"),
    )


class FunnelConversation(Base):
    """One bot conversation as the funnel needs it, folded from Rasa's ``events`` table (a cache).

    ``webhooks.studio.queries.refresh_conversations`` reads only events it has
    not seen (by event id) and folds them in here, so the funnel never scans
    the tracker store. Times are Rasa's: epoch seconds. ``sender_id`` is
    Rasa's conversation id, which a lead stores as ``conversation_id``.
    """

    __tablename__ = "funnel_conversations"

    sender_id: Mapped[str] = Column(String(255), primary_key=True)
    first_user: Mapped[float | None] = Column(Float, index=True)  # the visitor's first message
    last_at: Mapped[float] = Column(Float, nullable=False)  # the latest event of any kind
    last_question: Mapped[str | None] = Column(String(255))  # the last requested_slot that named a question
    last_question_event: Mapped[int | None] = Column(BigInteger)
    # The ``last_question``'s ask as its ``FunnelAsk`` row says (wording shown first, answered): the drop-off
    # read needs no join (0018). ``webhooks.studio.queries._fold`` writes both.
    last_variant: Mapped[str | None] = Column(String(16))
    last_answered: Mapped[bool | None] = Column(Boolean)
    # Where the visitor came from, from their first message's metadata (``webhooks.studio.funnel_stats.Origin``).
    channel: Mapped[str | None] = Column(String(40))  # Rasa's input channel: socketio (the website), slack, rest
    page: Mapped[str | None] = Column(String(500))
    campaign: Mapped[str | None] = Column(String(200))
    language: Mapped[str | None] = Column(String(35))

    # Where abandoned conversations stopped, per period, from the index alone (migration 0007).
    __table_args__ = (
        Index("ix_funnel_conversations_period", "first_user", "last_at", "last_question", "last_variant", "last_answered",
              "sender_id"),
        # The filters' choices per period, and a filtered view's conversations with their ids (0010, 0021).
        Index("ix_funnel_conversations_origin", "first_user", "channel", "campaign", "language", "page", "sender_id"),
        # The rows without an origin (an erased lead's conversation among them), apart (0016).
        Index("ix_funnel_conversations_no_origin", "first_user", "sender_id", sqlite_where=text("channel IS NULL"),
              postgresql_where=text("channel IS NULL")),
    )


class FunnelAsk(Base):
    """A question (form slot) a conversation was asked, once per conversation.

    ``first_user`` repeats the conversation's, so "asked in the period" is
    one indexed range here instead of a join per row.
    """

    __tablename__ = "funnel_asks"

    sender_id: Mapped[str] = Column(String(255), primary_key=True)
    question: Mapped[str] = Column(String(255), primary_key=True)
    first_user: Mapped[float | None] = Column(Float)
    asked_at: Mapped[float | None] = Column(Float)  # the first time it was asked
    ask_event: Mapped[int | None] = Column(BigInteger)
    variant: Mapped[str | None] = Column(String(16))  # the wording shown first (``FunnelWording.key``); None: not recorded
    answered_at: Mapped[float | None] = Column(Float)  # the first answer after the ask; None: not answered

    __table_args__ = (
        # Each question and wording's asks of a period, answered and how fast, as one range of the index (0017).
        Index("ix_funnel_asks_wording", "question", "variant", "first_user", "answered_at", "asked_at", "sender_id"),
    )


class FunnelAskDay(Base):
    """How many conversations of one day were asked one question in one wording, and how many answered (0020).

    A counter over ``FunnelAsk``, kept in the same transaction as the asks
    (``webhooks.studio.queries._fold``, their only writer), so the funnel's
    wording table sums a few rows per day instead of reading every ask of
    the period. ``day``: days since 1970-01-01 UTC of the conversation's
    first visitor message; ``variant`` ``''``: no wording recorded.
    """

    __tablename__ = "funnel_ask_days"

    question: Mapped[str] = Column(String(255), primary_key=True)
    variant: Mapped[str] = Column(String(16), primary_key=True)
    day: Mapped[int] = Column(Integer, primary_key=True, autoincrement=False)
    asked: Mapped[int] = Column(Integer, nullable=False)
    answered: Mapped[int] = Column(Integer, nullable=False)


class FunnelAnswerTime(Base):
    """How many answers of one week's conversations to one question in one wording took so long (0020).

    ``week``: the ``FunnelAskDay.day`` of the week's Monday; ``seconds``: the bucket's first second
    (``webhooks.studio.funnel_stats.answer_bucket``), for the median time to answer; kept with ``FunnelAskDay``.
    """

    __tablename__ = "funnel_answer_times"

    question: Mapped[str] = Column(String(255), primary_key=True)
    variant: Mapped[str] = Column(String(16), primary_key=True)
    week: Mapped[int] = Column(Integer, primary_key=True, autoincrement=False)
    seconds: Mapped[int] = Column(Integer, primary_key=True, autoincrement=False)
    answers: Mapped[int] = Column(Integer, nullable=False)


class FunnelWording(Base):
    """A question's wording as the bot showed it, by its key (``qualification.wording.variant_key``)."""

    __tablename__ = "funnel_wordings"

    key: Mapped[str] = Column(String(16), primary_key=True)
    question: Mapped[str] = Column(String(255), nullable=False)  # the slot it asks for
    text: Mapped[str] = Column(Text, nullable=False)


class FunnelProgress(Base):
    """How far into Rasa's ``events`` (by id) the funnel cache has read."""

    __tablename__ = "funnel_progress"

    name: Mapped[str] = Column(String(40), primary_key=True)
    last_event_id: Mapped[int] = Column(BigInteger, nullable=False, default=0)
