"""A visitor who says no at the privacy question keeps no contact details in the stored chat either.

The form drops the name and address a visitor typed before refusing (the
slots' latest values and the lead hold none), but Rasa's tracker store keeps
every event of the chat: the visitor's own message ("hi, I'm Pat Lee,
pat@northwind.io, ..."), the bot's line saying it back as held, and the
earlier values of the slots that held them. So, in the gate every channel's
messages pass (``bot.channels.stopped.gated``), a turn that set consent to
no is followed by this: each stored event of the conversation has its email
addresses, and the names the chat held, replaced by ``(withheld)``, as the
lead's own answers are (``bot.actions.outcome.withheld``). The rest of the
chat stays as it was, and what the visitor writes after a later yes is kept
as usual.

The rewrite changes events in place, never their number, which is how Rasa
decides what it still has to append (``bot.stores``).

Both reads (the mark before a turn, the check after it) and the rewrite run
in a worker thread (``off_the_loop``), not on the Rasa server's event loop:
every visitor's turn, socket.io packet and relay line waits while that loop
is held, and a database round trip (PostgreSQL over the network, SQLite
queued behind the service's write lock) or a long chat's rewrite held them
all. Rasa's SQL tracker store opens a connection per session (SQLAlchemy's
``NullPool`` for a SQLite file, ``QueuePool`` for PostgreSQL), so a thread
gets its own; a store sharing one connection per thread (SQLite in memory:
each thread would see another, empty, database) is read on the loop as
before. The next turn may then start while the check runs, so the check
looks at every consent event newer than the mark, not at the latest one
only: a "no" followed at once by a "yes" is still withheld.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Callable, Iterable, TypeVar

from sqlalchemy.pool import SingletonThreadPool, StaticPool

from bot.actions.outcome import withheld
from nlu.attributes import Attributes

logger = logging.getLogger(__name__)

CONSENT = "consent"
# The slots a name is held in: the given attributes, the heard ones, and the name question's own slot.
_NAME_SLOTS = ("attributes", "heard", "name")
T = TypeVar("T")


def sql_tracker_store(store: Any) -> Any:
    """The SQL tracker store behind Rasa's wrapper (``AwaitableTrackerStore``), or None for another kind."""
    inner = getattr(store, "_tracker_store", store)
    return inner if getattr(inner, "SQLEvent", None) is not None else None


def consent_mark(store: Any, sender_id: str) -> int | None:
    """The id of the conversation's latest stored consent event (None: none, or a store without SQL)."""
    store = sql_tracker_store(store)
    if store is None:
        return None
    event = store.SQLEvent
    with store.session_scope() as session:
        row = (session.query(event.id).filter(event.sender_id == sender_id, event.type_name == "slot",
                                              event.action_name == CONSENT).order_by(event.id.desc()).first())
    return row[0] if row is not None else None


async def off_the_loop(work: Callable[..., T], store: Any, *args: Any) -> T:
    """``work(store, *args)`` in a worker thread, so the event loop serves other visitors meanwhile; on the loop
    for a store whose connection is one per thread (SQLite in memory), where a thread would see another database."""
    sql = sql_tracker_store(store)
    engine = getattr(sql, "engine", None)
    if sql is None or engine is None or isinstance(engine.pool, (SingletonThreadPool, StaticPool)):
        return work(store, *args)
    return await asyncio.to_thread(work, store, *args)


def withhold_after_refusal(store: Any, sender_id: str, before: int | None) -> int:
    """After a turn: when it stored a "no" to the privacy question (a consent event newer than ``before``, whose
    value is false), withhold the contact details in the chat's stored events up to the "yes" that may have
    followed it (what a later yes kept is kept); how many events changed."""
    store = sql_tracker_store(store)
    if store is None:
        return 0
    event = store.SQLEvent
    with store.session_scope() as session:
        newer = session.query(event.id, event.data).filter(
            event.sender_id == sender_id, event.type_name == "slot", event.action_name == CONSENT)
        if before is not None:
            newer = newer.filter(event.id > before)
        answers = [(row_id, json.loads(data).get("value")) for row_id, data in newer.order_by(event.id).all()]
        refused = next((i for i, (_, value) in enumerate(answers) if value is False), None)
        if refused is None:
            return 0
        granted = next((row_id for row_id, value in answers[refused + 1:] if value is True), None)
        rows = session.query(event).filter(event.sender_id == sender_id).order_by(event.id).all()
        known = [Attributes(name=name) for name in _names(rows)]
        # What the visitor wrote in the turn of that yes (its message comes before its consent event) is kept.
        kept_from = None if granted is None else max(
            (row.id for row in rows if row.type_name == "user" and answers[refused][0] < row.id < granted),
            default=granted)
        changed = 0
        for row in rows:
            if kept_from is not None and row.id >= kept_from:
                break
            data = json.loads(row.data)
            kept = _withheld(data, known)
            if kept != data:
                row.data = json.dumps(kept)
                changed += 1
        session.commit()
    if changed:
        logger.info("consent refused: contact details withheld in %d stored events of a conversation", changed)
    return changed


def _names(rows: Iterable[Any]) -> set[str]:
    """Every name the chat's slots held, in any event."""
    names: set[str] = set()
    for row in rows:
        if row.type_name != "slot" or row.action_name not in _NAME_SLOTS:
            continue
        value = json.loads(row.data).get("value")
        if row.action_name == "name" and isinstance(value, str):
            names.add(value)
        held = value.get("attributes") if row.action_name == "heard" and isinstance(value, dict) else value
        if isinstance(held, dict) and isinstance(held.get("name"), str):
            names.add(held["name"])
    return {name for name in names if name.strip()}


def _withheld(value: Any, known: list[Attributes]) -> Any:
    """``value`` (an event as JSON) with every string's contact details withheld."""
    if isinstance(value, str):
        return withheld(value, *known)
    if isinstance(value, list):
        return [_withheld(item, known) for item in value]
    if isinstance(value, dict):
        return {key: _withheld(item, known) for key, item in value.items()}
    return value
