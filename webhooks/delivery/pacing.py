"""Pacing through the outbox: a rate key (a Slack channel) sends one message at a time, each an
interval after the one before ended, in turns handed out in order and shared by every worker.

Slack allows about one message per second per channel (``chat.postMessage``: "1 message per second
to a specific channel, with short bursts over 1 allowed") and answers 429 with ``Retry-After``
beyond that. Every worker, on every machine, shares one ``rate_slots`` row per key and reads and
moves it under the row's lock (``FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE``
serialises writers). The rule, all of it here:

- **The pace.** A send on a key starts once the one before has ended (``sending_until`` is set
  while one is under way) and no earlier than ``interval`` after Slack answered it (``sent`` sets
  ``next_at`` to its end plus the interval): however long a request takes on the way, two messages
  reach Slack at least an interval apart, one at a time.
- **Turns in order.** A delivery that comes to a key without a turn takes the next one
  (``issued + 1``). Turn ``n``'s moment is ``next_at + (n - served - 1) * pitch``: ``next_at`` is
  when the next turn (``served + 1``) may start, and each later one is a pitch after the one before,
  the interval plus what the key's sends take (``send_seconds``), as the pace will space them.
- **A turn whose moment has come is taken** (``take`` says when to send), once: ``served`` becomes
  ``n``, and ``next_at`` its start plus a pitch until ``sent`` says when it really ended. The next
  turn may be taken up to ``LEAD`` before its moment and waited for in the worker's thread.
- **A turn further off waits in the outbox.** The delivery goes back to ``pending``, keeping its
  turn on its row (``deliveries.rate_key``, ``rate_turn``), its attempt uncounted: waiting for our
  own pace is not a failure. When a send ends, ``sent`` wakes the first waiting turn at its exact
  moment. So the next turn waits until its moment (or until the send under way ends), and a later
  one until twice as far off as its moment, a fallback in case nobody wakes it: sends that run
  longer than foreseen would wake it before its turn, to find it not come. A burst of N to one
  channel costs about 2N attempts (each waiter claimed once to get its turn and once at it), where
  one shared "next free moment" woke every waiter at every moment (105 attempts for 14 in
  tests/webhooks/delivery/test_pacing.py, 949 for 50 on bench/paced_burst.py). First queued, first
  sent: a worker takes turns in the order it claimed (``worker``); two workers that claim parts of
  one burst at the same moment interleave their turns.
- **A hold moves the whole queue.** A 429's ``Retry-After`` (``refused``) pushes
  ``next_at``, and with it every waiting turn, in order; a waiter woken at its old moment finds its
  new one and waits once more. The delivery that met the 429 gets its turn back, at the head, for
  its retry.
- **A turn nobody comes for is skipped; nothing is lost.** When a later turn's own moment has
  passed while the turns before it are unsent (their worker died between claiming and taking them,
  or their lead was erased), it goes, and they are skipped. A turn lives on the outbox row, not in
  a worker: a dead worker's claimed row comes back when its lease ends (``outbox``) and, its turn
  gone by, takes a new one at the back; it is sent once. A worker that dies mid-send holds the key
  until ``sending_until`` (``busy_seconds``: the longest a send can take), not for ever.

Order per lead is kept by the outbox besides (a later delivery for the same lead and destination
is never claimed while an earlier one waits).

``clock`` is the worker's (``Worker(clock=...)``): moments are written and compared on it, as the
outbox's due times are, so a test can move time instead of waiting for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from webhooks.delivery import outbox
from webhooks.models import Delivery, RateSlot, utcnow

# How far ahead the next turn's moment may be and still be waited for in the worker's thread. Going back to
# the outbox costs a claim and a wake-up; what a send ending later or sooner than foreseen moves the queue by
# is cheaper waited out. Small beside Slack's second, so a thread is not held long.
LEAD = 0.25


@dataclass(frozen=True)
class Turn:
    """What ``take`` decided: send at ``at`` (now, or within ``LEAD``), or not now (``at`` is ``None``:
    the delivery waits in the outbox for its moment, or another worker has it)."""

    at: datetime | None
    turn: int | None = None

    @property
    def send(self) -> bool:
        return self.at is not None


class _NotOurs(Exception):
    """The claimed row is no longer this worker's (its lease ended and another worker has it)."""


def _slot(session: Session, key: str, now: datetime) -> RateSlot:
    """The key's row under lock, created free if it is new (no error when another worker just made it)."""
    query = select(RateSlot).where(RateSlot.key == key).with_for_update()
    found = session.execute(query).scalar_one_or_none()
    if found is not None:
        return found
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(RateSlot).values(key=key, next_at=now, issued=0, served=0, send_seconds=0.0)
                    .on_conflict_do_nothing(index_elements=["key"]))
    return session.execute(query).scalar_one()


def _mine(claimed: outbox.Claimed) -> Any:
    return update(Delivery).where(
        Delivery.id == claimed.id, Delivery.status == "delivering", Delivery.attempts == claimed.attempt,
    ).execution_options(synchronize_session=False)


def take(sessions: sessionmaker, key: str, interval: float, claimed: outbox.Claimed,
         clock: Callable[[], datetime] = utcnow, busy_seconds: float = 60.0) -> Turn:
    """``claimed``'s turn on ``key``: when to send it, or not now.

    A turn whose moment is more than ``LEAD`` ahead, or that comes while the turn before it is still
    being sent, sends ``claimed`` back to ``pending`` until that moment (its attempt uncounted),
    holding the turn. ``busy_seconds`` is the longest a send can take: a worker that dies mid-send
    holds the key no longer than that.
    """
    now = clock()
    step = timedelta(seconds=interval)
    try:
        with sessions() as session, session.begin():
            slot = _slot(session, key, now)
            held = claimed.turn
            if held is not None and held[0] == key and slot.served < held[1] <= slot.issued:
                turn = held[1]
            else:  # none yet, or gone by (or another key's): the next, at the back
                turn = slot.issued = slot.issued + 1
            pitch = step + timedelta(seconds=slot.send_seconds)
            moment = slot.next_at + pitch * (turn - slot.served - 1)
            busy = slot.sending_until is not None and slot.sending_until > now
            # The next turn may be taken a little early, then waited for; a later one only once its own moment has
            # passed: the turns ahead of it are then a whole pitch late, and are skipped. None while one is sent.
            if not busy and moment <= now + timedelta(seconds=LEAD if turn == slot.served + 1 else 0.0):
                start = max(moment, now)
                slot.served, slot.next_at = turn, start + pitch
                slot.sending_until = start + timedelta(seconds=busy_seconds)
                values: dict[str, Any] = {"rate_key": None, "rate_turn": None}
            else:
                start = None
                # The next turn is woken at its moment, or when the send under way ends (``sent`` wakes it then). A
                # later one is woken by the send before it, ending, at its exact moment; its own wake-up, twice as far
                # off as its moment, is a fallback only: sends that run longer than foreseen would otherwise wake it
                # before its turn, to find it not come.
                ahead = turn - slot.served - 1
                wake = moment + pitch * ahead
                if busy and slot.sending_until is not None:
                    wake = max(wake, slot.sending_until)
                values = {"status": "pending", "attempts": Delivery.attempts - 1, "next_attempt_at": wake,
                          "locked_until": None, "rate_key": key, "rate_turn": turn}
            if not session.execute(_mine(claimed).values(**values)).rowcount:
                raise _NotOurs  # rolls the turn back too: nothing changes
            return Turn(start, turn)
    except _NotOurs:
        return Turn(None)


def sent(sessions: sessionmaker, key: str, interval: float, turn: Turn, ended: datetime) -> None:
    """``turn``'s request got its answer at ``ended``: the next turn may start an interval after it, and
    the turns behind it are spaced by what this one took. A later turn taken meanwhile (this one took
    longer than its pitch) is not moved back."""
    if turn.at is None:
        return
    after = ended + timedelta(seconds=interval)
    with sessions() as session, session.begin():
        slot = _slot(session, key, after)
        if slot.served != turn.turn:  # (this send outlasted busy_seconds and a later turn went meanwhile)
            slot.next_at = max(slot.next_at, after)
            return
        # (earlier than its start plus a pitch when the send was quicker than foreseen)
        slot.next_at, slot.sending_until = after, None
        took = max(0.0, (ended - turn.at).total_seconds())
        # Smoothed: one slow send (a new connection) should not space a whole burst.
        slot.send_seconds = took if not slot.send_seconds else (slot.send_seconds + took) / 2
        # The next waiting turn's moment is known exactly now: its holder is woken at it (the first waiting, so a
        # turn nobody comes for, its worker dead, does not break the chain).
        waiting = (Delivery.rate_key == key, Delivery.status == "pending")
        first = session.execute(
            select(func.min(Delivery.rate_turn)).where(*waiting, Delivery.rate_turn > turn.turn)
        ).scalar()
        if first is not None:
            pitch = timedelta(seconds=interval + slot.send_seconds)
            session.execute(
                update(Delivery).where(*waiting, Delivery.rate_turn == first)
                .values(next_attempt_at=after + pitch * (first - turn.turn - 1))
                .execution_options(synchronize_session=False)
            )


def refused(sessions: sessionmaker, key: str, claimed: outbox.Claimed, turn: int | None, seconds: float,
            clock: Callable[[], datetime] = utcnow) -> None:
    """The send of ``turn`` met a 429: keep ``key`` closed ``seconds`` from now (never shortening a
    longer hold), moving every waiting turn with it, and give the turn back to ``claimed``, at the
    head of the queue again, so its retry at the end of the hold goes first.

    Its retry is recorded by the outbox (``outbox.fail``) as any failure's is. When a later turn was
    taken meanwhile, the turn is not given back (the retry takes a new one)."""
    until = clock() + timedelta(seconds=max(0.0, seconds))
    with sessions() as session, session.begin():
        slot = _slot(session, key, until)
        if slot.next_at < until:
            slot.next_at = until
        if turn is not None and slot.served == turn:
            slot.sending_until = None
            if session.execute(_mine(claimed).values(rate_key=key, rate_turn=turn)).rowcount:
                slot.served = turn - 1
