"""The outbox as a work queue: claim what is due, record how it went, list and replay the dead.

A claim is a lease: the row is marked ``delivering`` until ``locked_until``
and committed before any HTTP happens, so a worker that dies mid-delivery
loses nothing; its rows become due again when the lease ends. On PostgreSQL
claims use ``FOR UPDATE SKIP LOCKED`` so any number of workers take
disjoint rows without waiting on each other. A delivery is never claimed
while an earlier one for the same lead and destination is unfinished, so an
update cannot overtake the create it updates.

The worker's own steps (claim, succeed, fail, seconds_until_due) read the time from its
``clock`` (``Worker(clock=...)``, the real UTC clock unless a test gives another).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable, Iterable, Mapping, Sequence

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from integrations.destination import DeliveryFailed, Outcome
from webhooks.delivery import wakeup
from webhooks.models import Delivery, DestinationRecord, utcnow

MAX_RETRY_AFTER = 24 * 3600.0


@dataclass(frozen=True)
class Claimed:
    id: str
    lead_id: str
    destination: str
    event: str
    payload: Mapping[str, Any]
    attempt: int
    external_id: str | None
    turn: tuple[str, int] | None = None  # the rate key and turn it holds in that key's queue (``pacing``)


@dataclass(frozen=True)
class Verdict:
    """What became of a failed attempt: ``retry_in`` seconds, or dead when it is ``None``."""

    retry_in: float | None

    @property
    def dead(self) -> bool:
        return self.retry_in is None


def _due(now: datetime) -> Any:
    return or_(
        and_(Delivery.status == "pending", Delivery.next_attempt_at <= now),
        and_(Delivery.status == "delivering", Delivery.locked_until < now),
    )


def _blocked() -> Any:
    """An earlier delivery for the same lead and destination is still to be sent: this one waits for it, so an update
    never overtakes the create before it."""
    earlier = aliased(Delivery)
    return exists().where(
        earlier.lead_id == Delivery.lead_id,
        earlier.destination == Delivery.destination,
        earlier.seq < Delivery.seq,
        earlier.status.in_(("pending", "delivering")),
    )


# Made once: a new ``aliased(Delivery)`` at each call adapted every column it named anew, ~half the CPU of the worker's
# idle loop (claim and seconds_until_due, at each wake-up; 12 ms a call under cProfile). The clause holds no value.
BLOCKED = _blocked()


def claim(sessions: sessionmaker, limit: int, lease_seconds: float,
          clock: Callable[[], datetime] = utcnow) -> list[Claimed]:
    if limit <= 0:
        return []
    now = clock()
    query = (
        select(Delivery).where(_due(now), ~BLOCKED)
        .order_by(Delivery.next_attempt_at, Delivery.seq)
        .limit(limit)
        .with_for_update(skip_locked=True, of=Delivery)
    )
    with sessions() as session, session.begin():
        rows = list(session.execute(query).scalars())
        if not rows:
            return []
        external = {
            (r.lead_id, r.destination): r.external_id
            for r in session.execute(
                select(DestinationRecord).where(DestinationRecord.lead_id.in_({row.lead_id for row in rows}))
            ).scalars()
        }
        claimed = []
        for row in rows:
            row.status = "delivering"
            row.attempts += 1
            row.locked_until = now + timedelta(seconds=lease_seconds)
            turn = None if row.rate_key is None or row.rate_turn is None else (row.rate_key, row.rate_turn)
            claimed.append(Claimed(
                id=row.id, lead_id=row.lead_id, destination=row.destination, event=row.event,
                payload=row.payload, attempt=row.attempts,
                external_id=external.get((row.lead_id, row.destination)), turn=turn,
            ))
        return claimed


def succeed(sessions: sessionmaker, claimed: Claimed, outcome: Outcome,
            clock: Callable[[], datetime] = utcnow) -> None:
    now = clock()
    with sessions() as session, session.begin():
        session.execute(
            update(Delivery)
            .where(Delivery.id == claimed.id, Delivery.status == "delivering", Delivery.attempts == claimed.attempt)
            .values(status="delivered", delivered_at=now, locked_until=None, last_error=None, last_status=None)
            .execution_options(synchronize_session=False)
        )
        if outcome.external_id is not None or outcome.external_url is not None:
            session.merge(DestinationRecord(
                lead_id=claimed.lead_id, destination=claimed.destination,
                external_id=outcome.external_id, external_url=outcome.external_url, updated_at=now,
            ))


def judge(error: DeliveryFailed, attempt: int, schedule: Sequence[float], rng: random.Random | None = None) -> Verdict:
    """Permanent failures die now; others wait a full-jitter share of the schedule, or ``Retry-After`` if longer."""
    if not error.retryable or attempt > len(schedule):
        return Verdict(None)
    delay = (rng or random).uniform(0.0, schedule[attempt - 1])
    if error.retry_after is not None:
        delay = max(delay, min(error.retry_after, MAX_RETRY_AFTER))
    return Verdict(delay)


def fail(sessions: sessionmaker, claimed: Claimed, error: DeliveryFailed, verdict: Verdict,
         clock: Callable[[], datetime] = utcnow) -> None:
    now = clock()
    values: dict[str, Any] = {"locked_until": None, "last_error": str(error)[:500], "last_status": error.status}
    if verdict.dead:
        values["status"] = "dead"
    else:
        values.update(status="pending", next_attempt_at=now + timedelta(seconds=verdict.retry_in or 0.0))
    with sessions() as session, session.begin():
        session.execute(
            update(Delivery)
            .where(Delivery.id == claimed.id, Delivery.status == "delivering", Delivery.attempts == claimed.attempt)
            .values(**values)
            .execution_options(synchronize_session=False)
        )


def seconds_until_due(sessions: sessionmaker, clock: Callable[[], datetime] = utcnow) -> float | None:
    """How long the worker may sleep before a retry or an expired lease needs it.

    A pending delivery that waits behind an earlier one (``_blocked``) is not due, however old its time: ``claim``
    would pass it over, and counting it made the worker poll the database in a loop until the earlier one's retry
    (12% of tests/bot's CPU, bench/stack_cpu.py). The earlier one's own time, or its lease, is what wakes it."""
    with sessions() as session:
        pending = session.execute(
            select(Delivery.next_attempt_at).where(Delivery.status == "pending", ~BLOCKED)
            .order_by(Delivery.next_attempt_at).limit(1)
        ).scalar()
        leased = session.execute(
            select(Delivery.locked_until).where(Delivery.status == "delivering")
            .order_by(Delivery.locked_until).limit(1)
        ).scalar()
    moments = [m for m in (pending, leased) if m is not None]
    if not moments:
        return None
    return max(0.0, (min(moments) - clock()).total_seconds())


def dead(sessions: sessionmaker, limit: int = 100) -> list[Delivery]:
    with sessions() as session:
        return list(session.execute(
            select(Delivery).where(Delivery.status == "dead").order_by(Delivery.seq).limit(limit)
        ).scalars())


def replay(sessions: sessionmaker, ids: Iterable[str] | None = None) -> int:
    """Make dead deliveries due again, same ids, attempts counted afresh; ``None`` replays all."""
    with sessions() as session, session.begin():
        return replay_in(session, ids)


def replay_in(session: Session, ids: Iterable[str] | None = None) -> int:
    """``replay`` inside the caller's transaction, so a caller can audit the replay in the same commit."""
    query = update(Delivery).where(Delivery.status == "dead")
    if ids is not None:
        query = query.where(Delivery.id.in_(list(ids)))
    count = session.execute(
        query.values(status="pending", attempts=0, next_attempt_at=utcnow(), last_error=None)
        .execution_options(synchronize_session=False)
    ).rowcount
    if count:
        wakeup.announce(session)
    return count
