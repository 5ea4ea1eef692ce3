"""Pacing through the outbox: at most one send per rate key (a Slack channel) per interval.

Slack allows about one message per second per channel and answers 429 with
``Retry-After`` beyond that. Every worker, on every machine, shares one
``rate_slots`` row per key: a worker takes the slot with one compare-and-set
``UPDATE`` (PostgreSQL locks the row and re-checks the condition; SQLite
serialises writers), so exactly one sender wins each slot. A delivery that
finds its slot taken goes back to ``pending`` until the slot frees, without
counting an attempt: waiting for our own pace is not a failure, and nothing
is ever dropped. Order per lead is kept by the outbox (a later delivery for
the same lead and destination is never claimed while an earlier one waits).

``clock`` is the worker's (``Worker(clock=...)``): a slot's moments are written and compared on it,
as the outbox's due times are, so a test can move time instead of waiting for it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from webhooks.delivery import outbox
from webhooks.models import Delivery, RateSlot, utcnow


def _ensure(session: Session, key: str, now: datetime) -> None:
    """The key's row, created free if it is new (no error when another worker just made it)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(RateSlot).values(key=key, next_at=now).on_conflict_do_nothing(index_elements=["key"]))


def take(sessions: sessionmaker, key: str, hold_seconds: float, claimed: outbox.Claimed,
         clock: Callable[[], datetime] = utcnow) -> datetime | None:
    """Take ``key``'s slot for ``claimed`` and hold it ``hold_seconds``; ``None`` means send now.

    When the slot is not free, ``claimed`` goes back to ``pending`` until the
    moment it frees (its attempt uncounted) and that moment is returned.
    """
    now = clock()
    with sessions() as session, session.begin():
        _ensure(session, key, now)
        won = session.execute(
            update(RateSlot).where(RateSlot.key == key, RateSlot.next_at <= now)
            .values(next_at=now + timedelta(seconds=hold_seconds))
            .execution_options(synchronize_session=False)
        ).rowcount
        if won:
            return None
        free_at = session.execute(select(RateSlot.next_at).where(RateSlot.key == key)).scalar_one()
        session.execute(
            update(Delivery)
            .where(Delivery.id == claimed.id, Delivery.status == "delivering", Delivery.attempts == claimed.attempt)
            .values(status="pending", attempts=Delivery.attempts - 1, next_attempt_at=free_at, locked_until=None)
            .execution_options(synchronize_session=False)
        )
        return free_at


def hold(sessions: sessionmaker, key: str, seconds: float, clock: Callable[[], datetime] = utcnow) -> None:
    """Keep ``key`` closed for ``seconds`` from now (after a send, or for a 429's ``Retry-After``);
    never shortens a longer hold already in place."""
    until = clock() + timedelta(seconds=max(0.0, seconds))
    with sessions() as session, session.begin():
        _ensure(session, key, until)
        session.execute(
            update(RateSlot).where(RateSlot.key == key, RateSlot.next_at < until).values(next_at=until)
            .execution_options(synchronize_session=False)
        )
