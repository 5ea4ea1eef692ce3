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
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Text, bindparam, cast, column, func, inspect, insert, or_, select, text, update
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
    """The lead a repeated request refers to: by conversation first, then by ``Idempotency-Key``.

    One locked SELECT for both keys (a miss, the usual case for a new lead, is
    one index probe). It looks before inserting rather than trying the insert
    first because a new lead must take a round-robin turn before its row can
    be written, and a repeat that tried the insert would burn a turn.
    """
    table = Lead.__table__
    keys = [column == value for column, value in
            ((table.c.conversation_id, conversation_id), (table.c.idempotency_key, idempotency_key)) if value]
    if not keys:
        return None
    # A Core probe locks the rows; only a hit (a repeat) pays for loading the ORM object.
    found = session.connection().execute(
        select(table.c.id, table.c.conversation_id).where(or_(*keys)).with_for_update()
    ).all()
    if not found:
        return None
    chosen = next((row.id for row in found if conversation_id and row.conversation_id == conversation_id), found[0].id)
    return get(session, chosen)


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
    caller retries once on ``IntegrityError`` (two first requests racing:
    the unique conversation id and ``Idempotency-Key`` make the loser fail,
    and its retry finds the winner's lead). A new lead is built in memory and
    written by ``_insert_new`` in a handful of statements; an existing one is
    changed through the ORM, flushed when the transaction commits.
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
    if not created and (lead.qualification or {}).get("human_requested"):
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
    if route is None:
        lead.route, lead.suggested_owner = None, None
    elif route.name != lead.route or lead.suggested_owner is None:
        lead.route = route.name
        # One owner (or none) needs no shared counter: every turn is theirs.
        lead.suggested_owner = pick_owner(route, _next_turn(session, route.name) if len(route.owners) > 1 else 0)
    lead.updated_at = now
    _add_answers(session, lead, incoming.answers)
    _add_consents(lead, incoming.consents, now)
    digest = _digest(lead)
    if digest != lead.state_digest:
        lead.state_digest = digest
        targets = registry.select(route.destinations) if route is not None else []
        _enqueue(session, lead, targets, reached=set() if created else None, announce=not created)
    if created:
        _insert_new(session, lead, StatusChange(lead_id=lead.id, field="status", old=None, new="open",
                                                actor=actor[:100], at=now))
    return lead, created


def change(session: Session, lead_id: str, changes: Mapping[str, Any], *, actor: str) -> Lead:
    """Set status and/or owner, audit each change, and tell everywhere the lead went."""
    lead = get(session, lead_id, for_update=True)
    if lead.erased_at is not None:
        raise Conflict("this lead was erased", fields={"id": ["erased"]})
    changed, before = False, lead.status
    for name in ("status", "owner"):
        if name in changes and changes[name] != getattr(lead, name):
            _audit(session, lead.id, name, getattr(lead, name), changes[name], actor)
            setattr(lead, name, changes[name])
            changed = True
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
        forget_conversation(session, lead.conversation_id)
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
    lead.status_reason = None  # a salesperson's note may name the person
    lead.erased_at = lead.updated_at = utcnow()
    _audit(session, lead.id, "erased", None, "erased", actor)
    session.flush()
    notices = _enqueue(session, lead, [name for name in reached if registry.supports_erasure(name)], event=ERASED)
    return lead, notices


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
    return connection.execute(
        text(f"DELETE FROM {TRACKER_TABLE} WHERE sender_id = :sender_id"), {"sender_id": conversation_id}
    ).rowcount


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
        "status_reason": lead.status_reason,
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
    return replace(signals, source=source)


def _next_turn(session: Session, route: str) -> int:
    """This route's round-robin position; no two web processes ever get the same turn.

    On PostgreSQL the turn is taken by one upsert committed on its own, so the
    counter row is locked for a moment instead of for every lead's whole
    transaction (a turn skipped by a rolled-back lead harms no one). It is one
    round trip: an autocommit connection sends ``SET LOCAL`` and the upsert as
    one implicit transaction, which therefore skips the commit's fsync (a turn
    lost in a crash is harmless too). SQLite serialises writers anyway, so
    there it joins the lead's transaction.
    """
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        with bind.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            return connection.exec_driver_sql(_TAKE_TURN, {"route": route}).scalar_one() - 1
    counter = session.get(RouteCounter, route)
    if counter is None:
        counter = RouteCounter(route=route, counter=0)
        session.add(counter)
    turn = counter.counter
    counter.counter = turn + 1
    return turn


_TAKE_TURN = (
    "SET LOCAL synchronous_commit TO OFF; "
    f"INSERT INTO {RouteCounter.__tablename__} (route, counter) VALUES (%(route)s, 1) "
    f"ON CONFLICT (route) DO UPDATE SET counter = {RouteCounter.__tablename__}.counter + 1 RETURNING counter"
)


def _add_answers(session: Session, lead: Lead, answers: Iterable[tuple[str, str]]) -> None:
    """Keep every distinct answer once: sources may resend the whole conversation each time."""
    seen = {(a.question_id, a.text) for a in lead.answers}
    for question_id, text in answers:
        if (question_id, text) not in seen:
            seen.add((question_id, text))
            lead.answers.append(Answer(lead_id=lead.id, question_id=question_id, text=text))


def _add_consents(lead: Lead, consents: Iterable[ConsentIn], now: datetime) -> None:
    """Record consent as given; a repeat of the purpose's latest record (same answer, same words) adds nothing."""
    latest = {c.purpose: (c.granted, c.wording) for c in lead.consents}
    for consent in consents:
        if latest.get(consent.purpose) != (consent.granted, consent.wording):
            latest[consent.purpose] = (consent.granted, consent.wording)
            lead.consents.append(Consent(
                lead_id=lead.id, purpose=consent.purpose, granted=consent.granted,
                wording=consent.wording, given_at=consent.given_at or now,
            ))


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
    event: str | None = None, reached: set[str] | None = None, announce: bool = True,
) -> list[Delivery]:
    """Outbox rows for ``destinations``; ``announce=False`` leaves waking the worker to ``_insert_new``."""
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


def _insert_new(session: Session, lead: Lead, audit: StatusChange) -> None:
    """Write a new lead and everything that came with it, in the caller's transaction.

    The lead and its children were built as plain, never-added ORM objects
    (so ``data`` and the API read them like any lead, without a query); Core
    writes them instead of the unit of work's flush with its per-row INSERTs.
    On PostgreSQL it is one statement: the lead, answers, consent and audit
    INSERTs ride as data-modifying CTEs of the outbox INSERT (foreign keys are
    checked when the statement ends, by which time the lead exists), which
    also raises the worker's ``NOTIFY``. Other databases get one INSERT per
    table, in foreign-key order, and ``wakeup.announce``.
    """
    batches = [
        (table, [_columns(row) for row in rows])
        for table, rows in (
            (Lead.__table__, [lead]), (Answer.__table__, lead.answers), (Consent.__table__, lead.consents),
            (StatusChange.__table__, [audit]), (Delivery.__table__, lead.deliveries),
        )
        if rows
    ]
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        for table, rows in batches:
            connection.execute(insert(table), rows)
        if lead.deliveries:
            wakeup.announce(session)
        return
    filled = [(table, [_with_defaults(table, row) for row in rows]) for table, rows in batches]
    shape = tuple((table.name, tuple(rows[0])) for table, rows in filled)
    statement = _STATEMENTS.get(shape)
    if statement is None:
        statement = _insert_from_json([(table, list(rows[0])) for table, rows in filled])
        if lead.deliveries:  # the NOTIFY ``wakeup.announce`` would send, without a statement of its own
            statement = statement.returning(func.pg_notify(wakeup.CHANNEL, ""))
        _STATEMENTS[shape] = statement
    connection.execute(statement, {
        f"new_{table.name}": json.dumps(rows, default=_json_value, separators=(",", ":")) for table, rows in filled
    })


# The statement for each shape of new lead (which tables get rows, with which columns); a handful occur.
_STATEMENTS: dict[tuple[Any, ...], Any] = {}


def _insert_from_json(tables: list[tuple[Any, list[str]]]) -> Any:
    """One INSERT per table, the last one carrying the others as CTEs.

    Each table's rows arrive as one JSON array parameter, unpacked by
    ``jsonb_to_recordset`` in array order, so rows of one table get their
    ``seq`` in the order given (answers stay in the order they were asked) and
    the statement's shape does not depend on how many rows there are:
    SQLAlchemy compiles it once and caches it.
    """
    def from_json(table: Any, names: list[str]) -> Any:
        rows = (
            func.jsonb_to_recordset(cast(bindparam(f"new_{table.name}", type_=Text()), postgresql.JSONB()))
            .table_valued(*[column(name, table.c[name].type) for name in names])
            .render_derived(name=f"new_{table.name}_rows", with_types=True)
        )
        # inline: no implicit RETURNING of the key, which an INSERT inside a CTE cannot carry
        return insert(table).inline().from_select(names, select(*[rows.c[name] for name in names]), include_defaults=False)

    *riders, last = tables
    statement = from_json(*last)
    for table, names in riders:
        statement = statement.add_cte(from_json(table, names).cte(f"new_{table.name}"))
    return statement


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()  # naive UTC, as every column stores it
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


def _with_defaults(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    """The row with its columns' Python-side defaults filled in (a statement built once cannot apply them)."""
    values = {
        column.key: column.default.arg(None) if column.default.is_callable else column.default.arg
        for column in table.columns
        if column.default is not None and not column.default.is_sequence and column.key not in row
    }
    values.update(row)
    return values


def _columns(instance: Any) -> dict[str, Any]:
    """The column values set on a not-yet-stored object; columns left unset take their defaults."""
    state = inspect(instance)
    return {attr.columns[0].key: state.dict[attr.key] for attr in state.mapper.column_attrs if attr.key in state.dict}
