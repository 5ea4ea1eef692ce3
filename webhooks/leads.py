"""What happens to a lead: taken in, qualified, changed, erased; and what destinations are told.

Each function runs inside the caller's transaction (``insert_or_update``
runs one) and writes the lead and its outbox rows together, so a delivery
exists exactly when the change it announces was committed. Nothing here
speaks HTTP. On PostgreSQL the lead path's statements (the repeat lookup,
round-robin turns, a new lead in one INSERT) are ``webhooks.lead_sql``'s.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import (
    delete,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from nlu.attributes import Attributes
from qualification import Signals, pick_owner, qualify
from signing.conversation_lock import CONVERSATION_LOCK
from webhooks import auth, lead_sql
from webhooks.delivery import wakeup
from webhooks.destinations import Registry
from webhooks.errors import Conflict, NotFound
from webhooks.models import (
    Answer,
    Booking,
    Consent,
    Delivery,
    FunnelConversation,
    Lead,
    RouteCounter,
    StatusChange,
    iso,
    utcnow,
)

QUALIFIED = "lead.qualified"
UPDATED = "lead.updated"
ERASED = "lead.erased"

# Where the conversation stood when destinations heard of the lead (``data.conversation``).
CONVERSATION_COMPLETE = "complete"
CONVERSATION_ABANDONED = "abandoned"  # a draft that heard nothing more for ``abandoned_after`` seconds
CONVERSATION_IN_PROGRESS = "in_progress"  # a draft; never sent anywhere


@dataclass(frozen=True)
class ConsentIn:
    purpose: str
    granted: bool
    wording: str | None = None
    given_at: datetime | None = None


@dataclass(frozen=True)
class AnswerIn:
    """What the visitor said to one question, and how it came to be known (``models.ANSWER_SOURCES``)."""

    question_id: str
    text: str
    source: str | None = None


@dataclass(frozen=True)
class LeadIn:
    """A lead as a source sends it, already validated at the boundary."""

    source: str
    attributes: Attributes
    conversation_id: str | None = None
    answers: Sequence[AnswerIn] = ()
    consents: Sequence[ConsentIn] = ()
    signals: Signals = field(default_factory=Signals)
    booking: Mapping[str, Any] | None = None
    # False: a draft, posted while the visitor is still answering; stored, not sent anywhere yet.
    complete: bool = True
    # The conversation's language (ISO 639-1); None: not said, the stored one stays.
    language: str | None = None
    # Where the visitor came from (channel, page, referrer, utm), already bounded at the boundary.
    attribution: Mapping[str, Any] | None = None


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex}"


def get(session: Session, lead_id: str, *, for_update: bool = False) -> Lead:
    query = select(Lead).where(Lead.id == lead_id)
    if for_update:
        query = query.with_for_update()
    lead = session.execute(query).scalar_one_or_none()
    if lead is None:
        raise NotFound(f"no lead with id {lead_id}", fields={"id": ["unknown lead id"]})
    return lead


def find_existing(
    session: Session, source: str, conversation_id: str | None, idempotency_key: str | None,
) -> Lead | None:
    """The lead a repeated request of ``source`` refers to: by conversation first, then by ``Idempotency-Key``.

    One locked SELECT for both keys (a miss, the usual case for a new lead, is
    one index probe). It looks before inserting rather than trying the insert
    first because a new lead must take a round-robin turn before its row can
    be written, and a repeat that tried the insert would burn a turn. A key
    that belongs to another source's lead raises ``KeyOfAnotherSource``.
    """
    found = _find_existing_id(session, source, conversation_id, idempotency_key, None, 0.0)
    return None if found is None else get(session, found)


class KeyOfAnotherSource(Conflict):
    """A conversation id or ``Idempotency-Key`` is scoped to the source that created it.

    The answer says which key clashed and nothing of the lead that holds it,
    and the caller's transaction rolls back: nothing is written.
    """

    code = "key_of_another_source"


def _find_existing_id(
    session: Session, source: str, conversation_id: str | None, idempotency_key: str | None, nonce: str | None,
    tolerance: float,
) -> str | None:
    """The id of the lead a request repeats (locked), after accepting the request's signature once.

    On PostgreSQL this is one round trip: the nonce INSERT rides as a CTE of
    the locked lookup, as plain SQL (SQLAlchemy cannot cache a compiled
    ``ON CONFLICT`` insert and would compile it per lead). A replay raises
    ``Unauthenticated`` before anything else is written; the caller's
    transaction then rolls back. Other databases take the nonce through
    ``auth.remember`` and look up with one Core SELECT. Either way a key held
    by another source's lead raises ``KeyOfAnotherSource``.
    """
    if session.get_bind().dialect.name != "postgresql":
        if nonce is not None:
            auth.remember(session, nonce, tolerance)
        table = Lead.__table__
        keys = [column == value for column, value in
                ((table.c.conversation_id, conversation_id), (table.c.idempotency_key, idempotency_key)) if value]
        if not keys:
            return None
        found = session.connection().execute(
            select(table.c.id, table.c.conversation_id, table.c.source).where(or_(*keys)).with_for_update()
        ).all()
    else:
        found = lead_sql.find_repeated(session, conversation_id, idempotency_key, nonce, tolerance)
    if not found:
        return None
    for row in found:
        if row.source != source:
            clash = "conversation_id" if conversation_id and row.conversation_id == conversation_id else "Idempotency-Key"
            raise KeyOfAnotherSource(f"this {clash} belongs to a lead of another source",
                                     fields={clash: ["used by another source"]})
    return next((row.id for row in found if conversation_id and row.conversation_id == conversation_id), found[0].id)


def ingest(
    session: Session,
    incoming: LeadIn,
    playbook: Any,
    registry: Registry,
    *,
    idempotency_key: str | None = None,
    actor: str,
    abandoned_after: float = 1800.0,
    nonce: str | None = None,
    nonce_tolerance: float = 300.0,
) -> tuple[dict[str, Any], bool]:
    """Create or update the lead, re-qualify it, and queue what destinations must hear.

    Returns the lead as a read gives it back (``represent``) and whether it
    was created. ``nonce`` is the request's signature, accepted once inside
    this transaction before anything else is written.

    A repeat of the same request changes nothing and queues nothing; the
    caller retries once on ``IntegrityError`` (two first requests racing:
    the unique conversation id and ``Idempotency-Key`` make the loser fail,
    and its retry finds the winner's lead). A new lead, the usual case, is
    built as plain rows and written by ``lead_sql.insert_new`` in one statement on
    PostgreSQL, never as ORM objects; an existing one is changed through the
    ORM, flushed when the transaction commits.

    A draft (``incoming.complete`` false, while the visitor is still
    answering) is stored and scored like any lead but queues nothing; it
    carries ``abandon_at``, pushed on by each draft update, after which the
    worker sends it on as abandoned (``send_abandoned``). A complete request
    clears it and routes as always. A lead that was ever routed (complete,
    or sent on abandoned) is never a draft again: a late draft updates it
    like any repeat.
    """
    existing = _find_existing_id(session, incoming.source, incoming.conversation_id, idempotency_key, nonce,
                                 nonce_tolerance)
    now = utcnow()
    signals = incoming.signals if incoming.signals.source else _with_source(incoming.signals, incoming.source)
    if existing is None:
        if incoming.conversation_id and _erased_and_silent(session, incoming.conversation_id):
            raise ConversationErased("this conversation was erased", fields={"conversation_id": ["erased"]})
        return _ingest_new(session, incoming, playbook, registry, signals, now,
                           idempotency_key=idempotency_key, actor=actor, abandoned_after=abandoned_after), True
    lead = get(session, existing)
    if lead.erased_at is not None:  # found by a key that names the erased lead: it is not filled again
        raise ConversationErased("this lead was erased", fields={"id": ["erased"]})
    if signals.language is None and lead.language is not None:
        signals = replace(signals, language=lead.language)  # routes match the language said before
    attributes = Attributes.from_dict(lead.attributes).merge(incoming.attributes)
    lead.conversation_id = lead.conversation_id or incoming.conversation_id
    if (lead.qualification or {}).get("human_requested"):
        signals = replace(signals, human_requested=True)  # asked once, a person stays asked for
    result = qualify(attributes, playbook, signals)
    route = result.route
    lead.attributes = attributes.to_dict()
    lead.qualification = result.to_dict()
    lead.stage = result.stage
    lead.score = int(result.score)
    lead.grade = result.grade
    lead.email = attributes.email.address.lower() if attributes.email else None
    if incoming.booking is not None:
        lead.booking = dict(incoming.booking)
    if incoming.language is not None:
        lead.language = incoming.language  # the visitor may switch language mid-conversation
    if lead.attribution is None and incoming.attribution:
        lead.attribution = dict(incoming.attribution)  # where the conversation began: the first one stays
    if route is None:
        lead.route, lead.suggested_owner = None, None
    elif route.name != lead.route or lead.suggested_owner is None:
        lead.route = route.name
        # One owner (or none) needs no shared counter: every turn is theirs.
        lead.suggested_owner = pick_owner(route, _next_turn(session, route.name) if len(route.owners) > 1 else 0)
    if incoming.complete:
        lead.complete, lead.abandon_at = True, None
    elif lead.abandon_at is not None:  # still a draft: the visitor is still answering
        lead.abandon_at = now + timedelta(seconds=abandoned_after)
    lead.updated_at = now
    _add_answers(lead, incoming.answers, now)
    _add_consents(lead, incoming.consents, now)
    if lead.abandon_at is None:  # a draft tells no one (its digest stays unset until it is routed)
        digest = _digest(lead)
        if digest != lead.state_digest:
            lead.state_digest = digest
            _enqueue(session, lead, registry.select(route.destinations) if route is not None else [])
    session.flush()
    return represent(lead), False


def _ingest_new(
    session: Session, incoming: LeadIn, playbook: Any, registry: Registry, signals: Signals, now: datetime, *,
    idempotency_key: str | None, actor: str, abandoned_after: float,
) -> dict[str, Any]:
    """A new lead as plain rows, written by ``lead_sql.insert_new``; the answer is built from the same rows."""
    attributes = incoming.attributes
    result = qualify(attributes, playbook, signals)
    route = result.route
    lead_id = new_id("lead")
    suggested_owner = None
    if route is not None:
        suggested_owner = pick_owner(route, _next_turn(session, route.name) if len(route.owners) > 1 else 0)
    draft = not incoming.complete
    answers = [{"lead_id": lead_id, "question_id": a.question_id, "text": a.text, "source": a.source,
                "created_at": now} for a in _latest_answers(incoming.answers)]
    consents = [{"lead_id": lead_id, "purpose": c.purpose, "granted": c.granted, "wording": c.wording,
                 "given_at": c.given_at or now} for c in _new_consents((), incoming.consents)]
    row: dict[str, Any] = {
        "id": lead_id, "source": incoming.source, "conversation_id": incoming.conversation_id,
        "idempotency_key": idempotency_key, "attributes": attributes.to_dict(), "qualification": result.to_dict(),
        "booking": dict(incoming.booking) if incoming.booking is not None else None,
        "stage": result.stage, "score": int(result.score), "grade": result.grade,
        "route": route.name if route is not None else None,
        "email": attributes.email.address.lower() if attributes.email else None,
        "owner": None, "suggested_owner": suggested_owner, "status": "open", "status_reason": None,
        "state_digest": None, "created_at": now, "updated_at": now, "erased_at": None,
        "complete": not draft, "abandon_at": now + timedelta(seconds=abandoned_after) if draft else None,
        "language": incoming.language, "attribution": dict(incoming.attribution) if incoming.attribution else None,
    }
    body = _data_of(row, [_answer_of(a) for a in answers])
    deliveries: list[dict[str, Any]] = []
    if not draft:
        row["state_digest"] = _state_digest(body)
        if route is not None:
            for name in registry.select(route.destinations):
                deliveries.append({
                    "id": new_id("msg"), "lead_id": lead_id, "destination": name, "event": QUALIFIED,
                    "payload": {"type": QUALIFIED, "timestamp": iso(now), "data": body}, "status": "pending",
                    "attempts": 0, "next_attempt_at": now, "created_at": now,
                })
    audit = {"lead_id": lead_id, "field": "status", "old": None, "new": "open", "actor": actor[:100], "at": now}
    lead_sql.insert_new(session, row, answers, consents, audit, deliveries)
    return _represent_of(body, None, consents, deliveries, (), detail=True)


def change(session: Session, lead_id: str, changes: Mapping[str, Any], *, actor: str) -> Lead:
    """Set status, owner and/or the booked call, audit status and owner, and tell everywhere the lead went.

    ``booking`` is the call as the lead carries it (``webhooks.bookings``: booked, then perhaps moved); the
    destinations hear each new time as they heard the first. It is not audited: the audit trail is the
    sales team's moves (the funnel reads it), and the call's time is the visitor's."""
    lead = get(session, lead_id, for_update=True)
    if lead.erased_at is not None:
        raise Conflict("this lead was erased", fields={"id": ["erased"]})
    changed, before = False, lead.status
    for name in ("status", "owner"):
        if name in changes and changes[name] != getattr(lead, name):
            _audit(session, lead.id, name, getattr(lead, name), changes[name], actor)
            setattr(lead, name, changes[name])
            changed = True
    if "booking" in changes and changes["booking"] != lead.booking:
        lead.booking, changed = changes["booking"], True
    # Why it was closed; a status change without a reason clears the old one (it explained another status).
    status_moved = "status" in changes and lead.status != before
    reason = changes.get("status_reason") if "status_reason" in changes or status_moved else lead.status_reason
    if reason != lead.status_reason:
        lead.status_reason, changed = reason, True
    if changed:
        lead.updated_at = utcnow()
        session.flush()
        lead.state_digest = _digest(lead)
        _enqueue(session, lead, _destinations_reached(session, lead.id))
    return lead


def erase(session: Session, lead_id: str, registry: Registry, *, actor: str) -> tuple[Lead, list[Delivery]]:
    """Forget the person (GDPR): personal data, answers, consent text, unsent payloads and the chat.

    What remains is the lead's id, stage, score, status and the audit trail,
    none of which names anyone; destinations that hold the person get a
    ``lead.erased`` notice carrying only the id. The bot's transcript of the
    conversation (Rasa's tracker store in this database) goes in the same
    transaction. Erasing twice is a no-op.
    """
    lead = get(session, lead_id, for_update=True)
    if lead.erased_at is not None:
        return lead, []
    if lead.conversation_id:
        _forget_chat(session, lead.conversation_id)
    reached = _destinations_reached(session, lead.id)
    session.execute(
        update(Delivery)
        .where(Delivery.lead_id == lead.id, Delivery.status.in_(("pending", "delivering", "dead")))
        .values(status="cancelled", payload={}, locked_until=None, last_error="lead erased")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Delivery).where(Delivery.lead_id == lead.id).values(payload={})
        .execution_options(synchronize_session=False)
    )
    lead.answers.clear()
    lead.consents.clear()
    # The call goes too (the CRMs delete their meeting on ``lead.erased``): its calendar link stops
    # answering and the owner's slot is free again.
    session.execute(delete(Booking).where(Booking.lead_id == lead.id))
    # What the visitor and a salesperson said to each other in the chat (``webhooks.handoff``, migration 0009),
    # and who was in it: a chat still live ends here, and its salesperson is told once this commits.
    live = session.execute(text("SELECT channel, thread_ts, agent_id FROM handoffs WHERE lead_id = :lead "
                                "AND state = 'live'"), {"lead": lead.id}).all()
    session.info.setdefault(CHATS_ENDED_BY_ERASURE, []).extend(ErasedChat(*row) for row in live)
    session.execute(text("DELETE FROM handoff_messages WHERE lead_id = :lead"), {"lead": lead.id})
    session.execute(text("DELETE FROM handoffs WHERE lead_id = :lead"), {"lead": lead.id})
    lead.attributes, lead.qualification, lead.booking = {}, {}, None
    lead.attribution = lead.language = None  # a page's address or a UTM value can name the person
    if lead.conversation_id:
        _mark_erased(session, lead, lead.conversation_id)
    else:
        lead.idempotency_key = None
    lead.email = lead.conversation_id = lead.state_digest = None
    lead.status_reason = None  # a salesperson's note may name the person
    lead.abandon_at = None  # an erased draft is never sent on
    lead.erased_at = lead.updated_at = utcnow()
    _audit(session, lead.id, "erased", None, "erased", actor)
    session.flush()
    notices = _enqueue(session, lead, [name for name in reached if registry.supports_erasure(name)], event=ERASED)
    return lead, notices


@dataclass(frozen=True)
class ErasedChat:
    """A salesperson's live chat with the visitor that an erasure ended: where to tell them."""

    channel: str
    thread_ts: str
    agent_id: str


# ``session.info`` key: the chats an erasure in this transaction ended (``webhooks.handoff`` tells Slack on commit).
CHATS_ENDED_BY_ERASURE = "leadbot.chats_ended_by_erasure"
_ERASED_MARK = "erased:"


def erased_mark(conversation_id: str) -> str:
    """What an erased lead keeps of its conversation: a digest, so a late post for that chat is known as one
    (``ConversationErased``) while nothing in the row leads back to the chat or the person."""
    return _ERASED_MARK + hashlib.sha256(conversation_id.encode()).hexdigest()


def _mark_erased(session: Session, lead: Lead, conversation_id: str) -> None:
    mark = erased_mark(conversation_id)
    # A conversation can be erased twice (the visitor came back and was made a lead again): the newest keeps it.
    session.execute(update(Lead).where(Lead.idempotency_key == mark, Lead.id != lead.id).values(idempotency_key=None)
                    .execution_options(synchronize_session=False))
    lead.idempotency_key = mark


class ConversationErased(Conflict):
    """A post for a conversation whose lead was erased, and in which the visitor has said nothing since.

    A turn or a salesperson's chat read (``bot.actions.chat``) under way when the lead was erased posts what
    it read before; taken, it would make a new lead of the erased person. A visitor who starts again after
    the erasure talks first, and that new chat is in the tracker store: their lead is taken as any other.
    """

    code = "conversation_erased"


def _erased_and_silent(session: Session, conversation_id: str) -> bool:
    erased = session.execute(select(Lead.id).where(Lead.idempotency_key == erased_mark(conversation_id))).first()
    if erased is None:
        return False
    connection = session.connection()
    if not inspect(connection).has_table(TRACKER_TABLE):
        return True
    spoken = connection.execute(text(f"SELECT 1 FROM {TRACKER_TABLE} WHERE sender_id = :sender_id LIMIT 1"),
                                {"sender_id": conversation_id}).first()
    return spoken is None


def erase_conversation(
    session: Session, conversation_id: str, registry: Registry, *, actor: str
) -> tuple[Lead | None, list[Delivery]]:
    """The visitor asked the bot to delete what they told it: the conversation's lead is erased as ``erase``
    does, and the chat is forgotten even when no lead was made of it (no consent given yet). Twice is a no-op."""
    lead_id = session.execute(select(Lead.id).where(Lead.conversation_id == conversation_id)).scalar_one_or_none()
    if lead_id is not None:
        return erase(session, lead_id, registry, actor=actor)  # which locks the lead's row (erasing twice: no-op)
    _forget_chat(session, conversation_id)
    return None, []


def _forget_chat(session: Session, conversation_id: str) -> None:
    """The chat itself: Rasa's events, whether the visitor is on the page, and where the chat came from."""
    forget_conversation(session, conversation_id)
    # Whether the visitor was on the page (``webhooks.handoff.presence``, migration 0013).
    session.execute(text("DELETE FROM visitor_presence WHERE conversation_id = :c"), {"c": conversation_id})
    # Where the chat came from, in the studio funnel's cache (a page or a campaign can name the person);
    # the conversation stays counted, from nowhere in particular.
    session.execute(update(FunnelConversation).where(FunnelConversation.sender_id == conversation_id)
                    .values(channel=None, page=None, campaign=None, language=None))


# Rasa's ``SQLTrackerStore`` keeps every event of a conversation (the chat text too) in this table,
# keyed by ``sender_id``, which is the lead's conversation id.
TRACKER_TABLE = "events"


def forget_conversation(session: Session, conversation_id: str) -> int:
    """Delete the conversation's tracker events, in the caller's transaction; how many went.

    The bot creates its table on first start, so a fresh database may not
    have it yet: then there is nothing to forget.
    """
    connection = session.connection()
    if not inspect(connection).has_table(TRACKER_TABLE):
        return 0
    if connection.dialect.name == "postgresql":
        # A turn of the bot saving now holds this lock (``bot.stores`` takes the same one) until it commits:
        # wait, so the DELETE sees its rows.
        connection.execute(text(CONVERSATION_LOCK), {"conversation": conversation_id})
    return connection.execute(
        text(f"DELETE FROM {TRACKER_TABLE} WHERE sender_id = :sender_id"), {"sender_id": conversation_id}
    ).rowcount


def payload(lead: Lead, event: str) -> dict[str, Any]:
    """The event as destinations receive it (``integrations.destination``)."""
    if event == ERASED:
        return {"type": event, "timestamp": iso(utcnow()), "data": {"id": lead.id}}
    return {"type": event, "timestamp": iso(lead.updated_at), "data": data(lead)}


def data(lead: Lead) -> dict[str, Any]:
    return _data_of(_row_of(lead), [_answer_of(_columns(a, _ANSWER_COLUMNS)) for a in lead.answers])


_ANSWER_COLUMNS = ("question_id", "text", "source")


def _answer_of(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"question_id": row["question_id"], "text": row["text"], "source": row["source"]}


def _row_of(lead: Lead) -> dict[str, Any]:
    return {name: getattr(lead, name) for name in _DATA_COLUMNS}


_DATA_COLUMNS = ("id", "source", "conversation_id", "status", "status_reason", "owner", "suggested_owner", "stage",
                 "score", "grade", "attributes", "qualification", "booking", "complete", "abandon_at",
                 "created_at", "updated_at", "language", "attribution")


def _data_of(row: Mapping[str, Any], answers: list[dict[str, Any]]) -> dict[str, Any]:
    """The lead's ``data`` from its column values, for a stored lead and a new one's plain row alike."""
    complete = row["complete"] is not False  # None: an object not flushed yet, which defaults to complete
    return {
        "id": row["id"],
        "source": row["source"],
        "conversation_id": row["conversation_id"],
        "status": row["status"],
        "status_reason": row["status_reason"],
        "owner": row["owner"],
        "suggested_owner": row["suggested_owner"],
        "stage": row["stage"],
        "score": row["score"],
        "grade": row["grade"],
        "attributes": row["attributes"],
        "qualification": row["qualification"],
        "answers": answers,
        "booking": row["booking"],
        "language": row["language"],
        "attribution": row["attribution"],
        "complete": complete,
        "conversation": (CONVERSATION_COMPLETE if complete
                         else CONVERSATION_IN_PROGRESS if row["abandon_at"] is not None else CONVERSATION_ABANDONED),
        "created_at": iso(row["created_at"]),
        "updated_at": iso(row["updated_at"]),
    }


def represent(lead: Lead, *, detail: bool = True) -> dict[str, Any]:
    """The lead as the API shows it: its ``data``, plus consent, deliveries and CRM records in detail."""
    if not detail:
        return _represent_of(data(lead), lead.erased_at, (), (), (), detail=False)
    return _represent_of(
        data(lead), lead.erased_at, [_columns(c, _CONSENT_COLUMNS) for c in lead.consents],
        [_columns(d, _DELIVERY_COLUMNS) for d in lead.deliveries], [_columns(r, _RECORD_COLUMNS) for r in lead.records],
        detail=True,
    )


_CONSENT_COLUMNS = ("purpose", "granted", "wording", "given_at")
_DELIVERY_COLUMNS = ("id", "destination", "event", "status", "attempts", "last_error", "next_attempt_at", "delivered_at")
_RECORD_COLUMNS = ("destination", "external_id", "external_url")


def _columns(row: Any, names: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


def _represent_of(
    body: dict[str, Any], erased_at: datetime | None, consents: Iterable[Mapping[str, Any]],
    deliveries: Iterable[Mapping[str, Any]], records: Iterable[Mapping[str, Any]], *, detail: bool,
) -> dict[str, Any]:
    """``represent`` from column values: a stored lead's, and a new one's plain rows alike (``_ingest_new``)."""
    if not detail:
        del body["answers"]
    body["erased_at"] = iso(erased_at)
    if detail:
        body["consent"] = [
            {"purpose": c["purpose"], "granted": c["granted"], "wording": c["wording"], "given_at": iso(c["given_at"])}
            for c in consents
        ]
        body["deliveries"] = [
            {
                "id": d["id"], "destination": d["destination"], "event": d["event"], "status": d["status"],
                "attempts": d["attempts"], "last_error": d.get("last_error"),
                "next_attempt_at": iso(d["next_attempt_at"]) if d["status"] == "pending" else None,
                "delivered_at": iso(d.get("delivered_at")),
            }
            for d in deliveries
        ]
        body["destinations"] = [
            {"destination": r["destination"], "external_id": r["external_id"], "external_url": r["external_url"]}
            for r in records
        ]
    return body


def send_abandoned(sessions: Any, registry: Registry, *, limit: int = 100) -> int:
    """Send on the drafts whose ``abandon_at`` has passed, each in a transaction of its own; how many went.

    A lead is taken with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so workers
    never send one twice and never wait on a draft a request is updating
    (that request pushes ``abandon_at`` on anyway). Each gets the outbox rows
    a complete request would have written, its ``data.conversation`` saying
    ``abandoned``; ``abandon_at`` is cleared in the same commit, so a later
    sweep finds nothing more to send.
    """
    sent = 0
    while sent < limit:
        with sessions() as session, session.begin():
            lead = session.execute(
                select(Lead).where(Lead.abandon_at <= utcnow(), Lead.erased_at.is_(None))
                .order_by(Lead.abandon_at).limit(1).with_for_update(skip_locked=True)
            ).scalar_one_or_none()
            if lead is None:
                return sent
            abandon(session, lead, registry)
        sent += 1
    return sent


def abandon(session: Session, lead: Lead, registry: Registry) -> list[Delivery]:
    """The draft is no longer one: queue what a complete request would, as it stands now."""
    lead.abandon_at = None
    lead.updated_at = utcnow()
    lead.state_digest = _digest(lead)
    route = (lead.qualification or {}).get("route") or {}
    return _enqueue(session, lead, registry.select(route.get("destinations") or ()))


def seconds_until_abandoned(sessions: Any) -> float | None:
    """How long the worker may sleep before the next draft falls due; None when there is none."""
    with sessions() as session:
        due = session.execute(
            select(Lead.abandon_at).where(Lead.abandon_at.is_not(None)).order_by(Lead.abandon_at).limit(1)
        ).scalar()
    return None if due is None else max(0.0, (due - utcnow()).total_seconds())


def insert_or_update(session_factory: Any, work: Any) -> Any:
    """Run ``work(session)`` in a transaction, once more if a concurrent first insert won the race."""
    for attempt in (1, 2):
        try:
            with session_factory() as session, session.begin():
                return work(session)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _with_source(signals: Signals, source: str) -> Signals:
    return replace(signals, source=source)


def _next_turn(session: Session, route: str) -> int:
    """This route's round-robin position; no two web processes ever get the same turn.

    On PostgreSQL the turn is taken by one upsert committed on its own, so the
    counter row is locked for a moment instead of for every lead's whole
    transaction (a turn skipped by a rolled-back lead harms no one). It is one
    round trip (``lead_sql.take_turn``): an upsert prepared once per
    connection, on connections kept in autocommit with ``synchronous_commit``
    off, so the commit skips the fsync (a turn lost in a crash is harmless too).
    SQLite serialises writers anyway, so there it joins the lead's transaction.
    """
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        return lead_sql.take_turn(bind, route)
    counter = session.get(RouteCounter, route)
    if counter is None:
        counter = RouteCounter(route=route, counter=0)
        session.add(counter)
    turn = counter.counter
    counter.counter = turn + 1
    return turn


def _add_answers(lead: Lead, answers: Iterable[AnswerIn], now: datetime) -> None:
    """Each question's answer as the source sends it now: a new question's is added, a corrected one
    replaces the stored one in place (it keeps its place in the order the questions were asked)."""
    stored = {a.question_id: a for a in lead.answers}
    for answer in _latest_answers(answers):
        row = stored.get(answer.question_id)
        if row is None:
            row = Answer(lead_id=lead.id, question_id=answer.question_id, text=answer.text, source=answer.source)
            lead.answers.append(row)
            stored[answer.question_id] = row
        elif (row.text, row.source) != (answer.text, answer.source) and not (
                answer.source is None and row.text == answer.text):  # a source that does not say keeps it
            row.text, row.source, row.created_at = answer.text, answer.source, now


def _add_consents(lead: Lead, consents: Iterable[ConsentIn], now: datetime) -> None:
    for consent in _new_consents(((c.purpose, c.granted, c.wording) for c in lead.consents), consents):
        lead.consents.append(Consent(
            lead_id=lead.id, purpose=consent.purpose, granted=consent.granted,
            wording=consent.wording, given_at=consent.given_at or now,
        ))


def _latest_answers(answers: Iterable[AnswerIn]) -> list[AnswerIn]:
    """One answer per question, the last one sent for it, in the order the questions first came.

    Sources resend the whole conversation each time, and a correction is the
    question's answer now: a question has one answer, not its history.
    """
    latest: dict[str, AnswerIn] = {}
    for answer in answers:
        latest[answer.question_id] = answer
    return list(latest.values())


def _new_consents(known: Iterable[tuple[str, bool, str | None]], consents: Iterable[ConsentIn]) -> list[ConsentIn]:
    """The consent records to add, in order; a repeat of its purpose's latest record (same answer, words) adds none.

    ``known`` is the lead's records so far as (purpose, granted, wording), oldest first.
    """
    latest = {purpose: (granted, wording) for purpose, granted, wording in known}
    kept = []
    for consent in consents:
        if latest.get(consent.purpose) != (consent.granted, consent.wording):
            latest[consent.purpose] = (consent.granted, consent.wording)
            kept.append(consent)
    return kept


def _digest(lead: Lead) -> str:
    return _state_digest(data(lead))


def _state_digest(body: Mapping[str, Any]) -> str:
    """What destinations were told, as a hash; a complete lead's hash is what it was before drafts existed."""
    state = dict(body)
    state.pop("updated_at")
    state.pop("complete")
    # Fields added later hash only when present, so a lead stored before them keeps its digest.
    for name in ("language", "attribution"):
        if state.get(name) is None:
            state.pop(name, None)
    state["answers"] = [{k: v for k, v in a.items() if k != "source" or v is not None} for a in state["answers"]]
    if state["conversation"] == CONVERSATION_COMPLETE:
        del state["conversation"]
    return hashlib.sha256(json.dumps(state, sort_keys=True, default=str).encode()).hexdigest()


def _audit(session: Session, lead_id: str, what: str, old: Any, new: Any, actor: str) -> None:
    session.add(StatusChange(lead_id=lead_id, field=what, old=old, new=new, actor=actor[:100]))


def _destinations_reached(session: Session, lead_id: str) -> list[str]:
    rows = session.execute(
        select(Delivery.destination).where(Delivery.lead_id == lead_id, Delivery.event != ERASED)
        .group_by(Delivery.destination).order_by(Delivery.destination)
    )
    return [name for (name,) in rows]


def _enqueue(
    session: Session, lead: Lead, destinations: Iterable[str], *,
    event: str | None = None, reached: set[str] | None = None, announce: bool = True,
) -> list[Delivery]:
    """Outbox rows for ``destinations``; ``announce=False`` leaves waking the worker to ``lead_sql.insert_new``."""
    if reached is None:
        reached = set(_destinations_reached(session, lead.id))
    rows = []
    for name in destinations:
        kind = event or (UPDATED if name in reached else QUALIFIED)
        rows.append(Delivery(
            id=new_id("msg"), lead_id=lead.id, destination=name, event=kind,
            payload=payload(lead, kind), status="pending", attempts=0, next_attempt_at=utcnow(),
        ))
    lead.deliveries.extend(rows)
    if rows and announce:
        wakeup.announce(session)
    return rows


