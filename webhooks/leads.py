"""What happens to a lead: taken in, qualified, changed, erased; and what destinations are told.

Each function runs inside the caller's transaction (``insert_or_update``
runs one) and writes the lead and its outbox rows together, so a delivery
exists exactly when the change it announces was committed. Nothing here
speaks HTTP.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import select, text, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from nlu.attributes import Attributes
from qualification import Signals, pick_owner, qualify
from webhooks import wakeup
from webhooks.destinations import Registry
from webhooks.errors import Conflict, NotFound
from webhooks.models import (
    Answer,
    Consent,
    Delivery,
    Lead,
    RouteCounter,
    StatusChange,
    iso,
    utcnow,
)

QUALIFIED = "lead.qualified"
UPDATED = "lead.updated"
ERASED = "lead.erased"


@dataclass(frozen=True)
class ConsentIn:
    purpose: str
    granted: bool
    wording: str | None = None
    given_at: datetime | None = None


@dataclass(frozen=True)
class LeadIn:
    """A lead as a source sends it, already validated at the boundary."""

    source: str
    attributes: Attributes
    conversation_id: str | None = None
    answers: Sequence[tuple[str, str]] = ()
    consents: Sequence[ConsentIn] = ()
    signals: Signals = field(default_factory=Signals)
    booking: Mapping[str, Any] | None = None


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


def find_existing(session: Session, conversation_id: str | None, idempotency_key: str | None) -> Lead | None:
    """The lead a repeated request refers to: by conversation first, then by ``Idempotency-Key``."""
    for column, value in ((Lead.conversation_id, conversation_id), (Lead.idempotency_key, idempotency_key)):
        if value:
            lead = session.execute(select(Lead).where(column == value).with_for_update()).scalar_one_or_none()
            if lead is not None:
                return lead
    return None


def ingest(
    session: Session,
    incoming: LeadIn,
    playbook: Any,
    registry: Registry,
    *,
    idempotency_key: str | None = None,
    actor: str,
) -> tuple[Lead, bool]:
    """Create or update the lead, re-qualify it, and queue what destinations must hear.

    A repeat of the same request changes nothing and queues nothing; the
    caller retries once on ``IntegrityError`` (two first requests racing).
    """
    lead = find_existing(session, incoming.conversation_id, idempotency_key)  # erasure forgot both keys
    created = lead is None
    now = utcnow()
    if lead is None:
        attributes = incoming.attributes
        lead = Lead(
            id=new_id("lead"), source=incoming.source, conversation_id=incoming.conversation_id,
            idempotency_key=idempotency_key, status="open", created_at=now,
        )
    else:
        attributes = Attributes.from_dict(lead.attributes).merge(incoming.attributes)
        lead.conversation_id = lead.conversation_id or incoming.conversation_id
    signals = incoming.signals if incoming.signals.source else _with_source(incoming.signals, incoming.source)
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
    if route is None:
        lead.route, lead.suggested_owner = None, None
    elif route.name != lead.route or lead.suggested_owner is None:
        lead.route = route.name
        lead.suggested_owner = pick_owner(route, _next_turn(session, route.name))
    lead.updated_at = now
    if created:
        session.add(lead)
        session.flush()
        _audit(session, lead.id, "status", None, "open", actor)
    _add_answers(session, lead, incoming.answers)
    for consent in incoming.consents:
        lead.consents.append(Consent(
            lead_id=lead.id, purpose=consent.purpose, granted=consent.granted,
            wording=consent.wording, given_at=consent.given_at or now,
        ))
    session.flush()
    digest = _digest(lead)
    if digest != lead.state_digest:
        lead.state_digest = digest
        targets = registry.select(route.destinations) if route is not None else []
        _enqueue(session, lead, targets, reached=set() if created else None)
    return lead, created


def change(session: Session, lead_id: str, changes: Mapping[str, Any], *, actor: str) -> Lead:
    """Set status and/or owner, audit each change, and tell everywhere the lead went."""
    lead = get(session, lead_id, for_update=True)
    if lead.erased_at is not None:
        raise Conflict("this lead was erased", fields={"id": ["erased"]})
    changed = False
    for name in ("status", "owner"):
        if name in changes and changes[name] != getattr(lead, name):
            _audit(session, lead.id, name, getattr(lead, name), changes[name], actor)
            setattr(lead, name, changes[name])
            changed = True
    if changed:
        lead.updated_at = utcnow()
        session.flush()
        lead.state_digest = _digest(lead)
        _enqueue(session, lead, _destinations_reached(session, lead.id))
    return lead


def erase(session: Session, lead_id: str, registry: Registry, *, actor: str) -> tuple[Lead, list[Delivery]]:
    """Forget the person (GDPR): personal data, answers, consent text and unsent payloads.

    What remains is the lead's id, stage, score, status and the audit trail,
    none of which names anyone; destinations that hold the person get a
    ``lead.erased`` notice carrying only the id. Erasing twice is a no-op.
    """
    lead = get(session, lead_id, for_update=True)
    if lead.erased_at is not None:
        return lead, []
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
    lead.attributes, lead.qualification, lead.booking = {}, {}, None
    lead.email = lead.conversation_id = lead.idempotency_key = lead.state_digest = None
    lead.erased_at = lead.updated_at = utcnow()
    _audit(session, lead.id, "erased", None, "erased", actor)
    session.flush()
    notices = _enqueue(session, lead, [name for name in reached if registry.supports_erasure(name)], event=ERASED)
    return lead, notices


def payload(lead: Lead, event: str) -> dict[str, Any]:
    """The event as destinations receive it (``integrations.destination``)."""
    if event == ERASED:
        return {"type": event, "timestamp": iso(utcnow()), "data": {"id": lead.id}}
    return {"type": event, "timestamp": iso(lead.updated_at), "data": data(lead)}


def data(lead: Lead) -> dict[str, Any]:
    return {
        "id": lead.id,
        "source": lead.source,
        "conversation_id": lead.conversation_id,
        "status": lead.status,
        "owner": lead.owner,
        "suggested_owner": lead.suggested_owner,
        "stage": lead.stage,
        "score": lead.score,
        "grade": lead.grade,
        "attributes": lead.attributes,
        "qualification": lead.qualification,
        "answers": [{"question_id": a.question_id, "text": a.text} for a in lead.answers],
        "booking": lead.booking,
        "created_at": iso(lead.created_at),
        "updated_at": iso(lead.updated_at),
    }


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
    return Signals(
        engaged=signals.engaged, pages=signals.pages, source=source,
        existing_customer=signals.existing_customer, product_qualified=signals.product_qualified,
    )


def _next_turn(session: Session, route: str) -> int:
    """This route's round-robin position; no two web processes ever get the same turn.

    On PostgreSQL the turn is taken by one upsert in a transaction of its own,
    so the counter row is locked for a moment instead of for every lead's
    whole transaction (a turn skipped by a rolled-back lead harms no one).
    SQLite serialises writers anyway, so there it joins the lead's transaction.
    """
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        statement = (
            postgresql.insert(RouteCounter).values(route=route, counter=1)
            .on_conflict_do_update(index_elements=[RouteCounter.route], set_={"counter": RouteCounter.counter + 1})
            .returning(RouteCounter.counter)
        )
        with bind.connect() as connection:
            connection.execute(text("SET LOCAL synchronous_commit TO OFF"))  # a turn lost in a crash is harmless
            turn = connection.execute(statement).scalar_one() - 1
            connection.commit()
        return turn
    counter = session.get(RouteCounter, route)
    if counter is None:
        counter = RouteCounter(route=route, counter=0)
        session.add(counter)
    turn = counter.counter
    counter.counter = turn + 1
    return turn


def _add_answers(session: Session, lead: Lead, answers: Iterable[tuple[str, str]]) -> None:
    """Keep every distinct answer once: sources may resend the whole conversation each time."""
    seen = {(a.question_id, a.text) for a in lead.answers}
    for question_id, text in answers:
        if (question_id, text) not in seen:
            seen.add((question_id, text))
            lead.answers.append(Answer(lead_id=lead.id, question_id=question_id, text=text))


def _digest(lead: Lead) -> str:
    state = data(lead)
    state.pop("updated_at")
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
    event: str | None = None, reached: set[str] | None = None,
) -> list[Delivery]:
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
    if rows:
        wakeup.announce(session)
    return rows

