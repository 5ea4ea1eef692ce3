"""The lead path's SQL on PostgreSQL: few round trips per lead, each statement planned once per connection.

``webhooks.leads`` decides what a lead is; this module only writes and looks
up its rows fast, and is called only where the database is PostgreSQL
(``insert_new`` also takes the other databases' plain path, so a new lead
has one writer):

- ``find_repeated``: the request's nonce accepted and the repeated lead looked
  up (locked) in one statement.
- ``take_turn``: a route's round-robin turn, an upsert committed on its own.
- ``insert_new``: a new lead, its answers, consent, audit entry and outbox rows
  in one statement (data-modifying CTEs), which also wakes the worker.
- ``execute_prepared``: each of these as a server-side prepared statement.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from datetime import datetime, timedelta
from typing import Any, Mapping

from sqlalchemy import Text, bindparam, cast, column, create_engine, event, func, insert, literal_column, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from webhooks import auth
from webhooks.delivery import wakeup
from webhooks.errors import Unauthenticated
from webhooks.models import Answer, Consent, Delivery, Lead, RouteCounter, StatusChange, utcnow


def find_repeated(
    session: Session, conversation_id: str | None, idempotency_key: str | None, nonce: str | None, tolerance: float,
) -> list[Any]:
    """The leads (id, conversation_id, source; locked) a request repeats, after accepting its nonce once.

    One round trip: the nonce INSERT rides as a CTE of the locked lookup, as
    plain SQL (SQLAlchemy cannot cache a compiled ``ON CONFLICT`` insert and
    would compile it per lead). A replay raises ``Unauthenticated`` before
    anything else is written.
    """
    if nonce is None and not conversation_id and not idempotency_key:
        return []  # nothing to accept and nothing to look up by
    now = utcnow()
    params = {"conversation_id": conversation_id, "idempotency_key": idempotency_key, "nonce": nonce,
              "expires_at": now + timedelta(seconds=2 * tolerance + 60)}
    rows = execute_prepared(session.connection(), "leadbot_find_with_nonce" if nonce else "leadbot_find",
                            _FIND_WITH_NONCE if nonce else _FIND, params).all()
    if nonce is not None:
        if not rows[0].fresh:
            raise Unauthenticated("this signed request was already used (replay)")
        auth.now_and_then_forget_expired(session, now)
    return [row for row in rows if row.id is not None]


_LOOKUP = (
    "SELECT id, conversation_id, source FROM leads "
    "WHERE conversation_id = %(conversation_id)s OR idempotency_key = %(idempotency_key)s FOR UPDATE"
)
_FIND = _LOOKUP
_FIND_WITH_NONCE = (
    "WITH nonce AS (INSERT INTO used_nonces (nonce, expires_at) VALUES (%(nonce)s, %(expires_at)s) "
    "ON CONFLICT (nonce) DO NOTHING RETURNING 1) "
    "SELECT EXISTS (SELECT FROM nonce) AS fresh, found.id, found.conversation_id, found.source "
    f"FROM (SELECT 1) AS one LEFT JOIN ({_LOOKUP}) AS found ON true"
)


def take_turn(bind: Engine, route: str) -> int:
    """The route's next round-robin turn (0, 1, ...): one prepared upsert on a connection of ``_turn_engine``."""
    connection = _turn_engine(bind).raw_connection()
    try:
        cursor = connection.cursor()
        if not connection.info.get("leadbot.turn_prepared"):
            cursor.execute(f"PREPARE leadbot_take_turn AS {_TAKE_TURN}")
            connection.info["leadbot.turn_prepared"] = True
        cursor.execute("EXECUTE leadbot_take_turn(%(route)s)", {"route": route})
        (counter,) = cursor.fetchone()
        cursor.close()
    except Exception:
        connection.invalidate()  # possibly broken: the pool must not hand it out again
        raise
    finally:
        connection.close()  # back to the pool
    return int(counter) - 1


def _turn_engine(bind: Engine) -> Engine:
    """A small pool of connections that stay in autocommit, beside ``bind``'s, for taking turns.

    Borrowing one of ``bind``'s connections and switching it to autocommit
    and back costs every new lead a checkout with two isolation changes and a
    reset; these connections never change mode, and the DBAPI cursor skips
    the statement machinery a one-line upsert does not need.
    """
    with _TURN_LOCK:
        engine = _TURN_ENGINES.get(bind)
        if engine is None:
            # Each turn commits on its own without waiting for the fsync (a turn lost in a crash is harmless).
            engine = create_engine(bind.url, future=True, isolation_level="AUTOCOMMIT", pool_size=2,
                                   max_overflow=8, pool_recycle=600, pool_reset_on_return=None,
                                   connect_args={"options": "-c synchronous_commit=off"})
            _TURN_ENGINES[bind] = engine
            event.listen(bind, "engine_disposed", _dispose_turns)
        return engine


def _dispose_turns(bind: Engine) -> None:
    """``bind`` disposed (an app's engine, at its end): its turns' connections close now, not when the collector
    frees ``bind``. Left to the collector, the in-process tests' apps left up to two idle connections each, and a
    CI run found PostgreSQL's 100 taken ("sorry, too many clients already")."""
    with _TURN_LOCK:
        turns = _TURN_ENGINES.pop(bind, None)
    if turns is not None:
        turns.dispose()


_TURN_ENGINES: "weakref.WeakKeyDictionary[Engine, Engine]" = weakref.WeakKeyDictionary()
_TURN_LOCK = threading.Lock()

_TAKE_TURN = (
    f"INSERT INTO {RouteCounter.__tablename__} (route, counter) VALUES ($1, 1) "
    f"ON CONFLICT (route) DO UPDATE SET counter = {RouteCounter.__tablename__}.counter + 1 RETURNING counter"
)


def insert_new(
    session: Session, lead: dict[str, Any], answers: list[dict[str, Any]], consents: list[dict[str, Any]],
    audit: dict[str, Any], deliveries: list[dict[str, Any]],
) -> None:
    """Write a new lead and everything that came with it, in the caller's transaction.

    The rows are plain dicts with every column they set (no ORM objects, no
    unit of work, no per-row INSERTs). On PostgreSQL it is one statement: the
    lead, answers, consent and audit INSERTs ride as data-modifying CTEs of
    the outbox INSERT (foreign keys are checked when the statement ends, by
    which time the lead exists), which also raises the worker's ``NOTIFY``.
    Other databases get one INSERT per table, in foreign-key order, and
    ``wakeup.announce``.
    """
    batches = [
        (table, rows)
        for table, rows in (
            (Lead.__table__, [lead]), (Answer.__table__, answers), (Consent.__table__, consents),
            (StatusChange.__table__, [audit]), (Delivery.__table__, deliveries),
        )
        if rows
    ]
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        for table, rows in batches:
            connection.execute(insert(table), rows)
        if deliveries:
            wakeup.announce(session)
        return
    shape = tuple(table.name for table, _ in batches)
    sql = _STATEMENTS.get(shape)
    if sql is None:
        statement = _insert_from_json([(table, list(rows[0])) for table, rows in batches])
        if deliveries:  # the NOTIFY ``wakeup.announce`` would send, without a statement of its own
            statement = statement.returning(literal_column(f"pg_notify('{wakeup.CHANNEL}', '')"))
        # Kept as SQL text: SQLAlchemy's own cache would rebuild the key of this large statement per lead.
        sql = str(statement.compile(dialect=connection.dialect))
        _STATEMENTS[shape] = sql
    execute_prepared(connection, "leadbot_new_" + "_".join(shape), sql, {
        f"new_{table.name}": json.dumps(rows, default=_json_value, separators=(",", ":")) for table, rows in batches
    })


def execute_prepared(connection: Any, name: str, sql: str, params: Mapping[str, Any]) -> Any:
    """Run ``sql`` (``%(name)s`` parameters) as a server-side prepared statement of this connection.

    PostgreSQL then parses and plans each of the lead path's statements once
    per connection instead of once per lead, and only the parameters travel.
    The statement is prepared the first time a pooled connection runs it
    (``PREPARE`` outlives a rolled-back transaction, so the mark in the
    connection's ``info`` stays true); a new connection prepares afresh.
    """
    prepared = connection.connection.info.setdefault("leadbot.prepared", set())
    names = _PARAMETER_ORDER.get(sql)
    if names is None:
        names = list(dict.fromkeys(_PARAMETER.findall(sql)))
        _PARAMETER_ORDER[sql] = names
    if name not in prepared:
        positional = _PARAMETER.sub(lambda m: f"${names.index(m.group(1)) + 1}", sql).replace("%%", "%")
        cursor = connection.connection.cursor()  # no parameters: nothing in the text is a placeholder any more
        try:
            cursor.execute(f"PREPARE {name} AS {positional}")
        finally:
            cursor.close()
        prepared.add(name)
    call = f"EXECUTE {name}({', '.join(f'%({n})s' for n in names)})"
    return connection.exec_driver_sql(call, {n: params[n] for n in names})


_PARAMETER = re.compile(r"%\((\w+)\)s")
_PARAMETER_ORDER: dict[str, list[str]] = {}


# The statement for each shape of new lead (which tables get rows), compiled; a handful occur.
_STATEMENTS: dict[tuple[str, ...], str] = {}


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
