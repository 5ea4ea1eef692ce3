"""The delivery worker, run as ``python -m webhooks.delivery``.

It sleeps until work is announced (``wakeup``), a retry falls due,
or the slow safety-net poll comes round; claims as many due deliveries as it
has free threads; and records each outcome. SIGTERM or SIGINT stops claiming
and lets in-flight deliveries finish. Run several against PostgreSQL; one
against SQLite (its wake-up port is one per machine).

It also sends on abandoned drafts (``leads.send_abandoned``): leads the bot
posted while the visitor was still answering that heard nothing more for
``abandoned_after`` seconds. It looks at every wake-up and at least every
``sweep_seconds``, and sleeps no longer than until the next draft falls due.

SQLite's "database is locked" (the bot's tracker store and gunicorn write the
same file, and a long write outlasts the busy timeout) is a pause, not an
end: the worker logs it and tries again shortly.

Two things besides sending: a destination with a pace per key (Slack's channels) takes its turn first
(``pacing``), in the loop's thread and in the order claimed, so turns are handed out first queued, first
served; a delivery whose turn is further off goes back to the outbox uncounted until its moment, and one
whose moment is just ahead waits for it in its delivery thread; and when a CRM record first gets
a link, the lead's Slack alert is queued for a redraw (``lead.linked``) so the
link shows; Slack deliveries carry the lead's CRM links as ``data.links``.

The worker reads the time (due retries, leases, the pace's slots) from one ``clock``, given
where it is built: the real UTC clock, or a test's, which moves only when told, so a test can
step through a second of Slack's pace without spending it.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Callable, Mapping

from sqlalchemy import select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from integrations.destination import DeliveryFailed, Outcome, Push
from webhooks import leads, models
from webhooks.database import make_engine, session_factory
from webhooks.delivery import outbox, pacing, wakeup
from webhooks.delivery.wakeup import Listener
from webhooks.destinations import Registry
from webhooks.handoff import presence
from webhooks.models import DestinationRecord, Lead, utcnow
from webhooks.settings import Settings

# ``Push`` is what a destination is handed (``integrations``); ``models.Delivery`` is the outbox row it comes from.
log = logging.getLogger("leadbot.worker")
QUALIFIED, ERASED, LINKED = leads.QUALIFIED, leads.ERASED, "lead.linked"
SLACK = "slack"
# How long to wait before trying again when SQLite says "database is locked".
LOCKED_PAUSE = 0.5
# Sweeps for abandoned drafts happen at wake-ups, but never more often than this.
MIN_SWEEP_INTERVAL = 0.25


def _engine(database_url: str, concurrency: int) -> Engine:
    """The worker's engine. On a SQLite file its connections are kept for the next transaction, one for each delivery
    thread and one for the loop: SQLAlchemy 1.4 opens a new one per transaction there (NullPool), and a new one
    runs make_engine's three PRAGMAs and reads the schema before its first statement; the worker opens ~14
    transactions a lead (its sweeps, claims and sleeps' reads at each wake-up, each delivery's). A kept connection
    holds no transaction between uses (SQLAlchemy rolls back on return), and passes from thread to thread, one at a
    time, as SQLAlchemy 2.0 does by default (``check_same_thread`` off)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return make_engine(database_url)
    shared = url.update_query_dict({"check_same_thread": "false"}).render_as_string(hide_password=False)
    return make_engine(shared, poolclass=QueuePool, pool_size=concurrency + 1)


@dataclass(frozen=True)
class _Ready:
    """A claimed delivery cleared to go: its destination, what the destination is handed, and its pace
    (``key`` is ``None`` for a destination without one; ``turn`` says when its turn starts)."""

    item: outbox.Claimed
    destination: Any
    push: Push
    key: str | None = None
    interval: float = 0.0
    turn: pacing.Turn | None = None


class Worker:
    def __init__(self, settings: Settings, registry: Registry | None = None, engine: Engine | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.settings = settings
        self.clock = clock  # naive UTC, as the outbox stores it; every worker sharing a database must agree on it
        self.registry = registry or Registry(settings)
        self.engine = engine or _engine(settings.database_url, settings.worker_concurrency)
        self.sessions = session_factory(self.engine, settings.wake_address)
        self._stopping = threading.Event()
        # Set while ``run`` sleeps between claims (a test posts work once the loop is asleep, so a wake-up is what ends it).
        self.idle = threading.Event()
        self._listener: Listener | None = None
        self._inflight = 0
        self._lock = threading.Lock()

    def run_once(self) -> int:
        """Send on due drafts, then deliver everything due now, in this thread; how many attempts were made."""
        self.sweep()
        claimed = outbox.claim(self.sessions, self.settings.worker_concurrency, self.settings.lease_seconds, self.clock)
        for item in claimed:
            self.attempt(item)
        return len(claimed)

    def sweep(self) -> int:
        """Queue what abandoned drafts owe their destinations; how many drafts were sent on."""
        sent = leads.send_abandoned(self.sessions, self.registry)
        if sent:
            log.info("sent on %d abandoned draft lead(s)", sent)
        return sent

    def run(self) -> None:
        self._listener = Listener(self.engine, self.settings.wake_address)
        size = self.settings.worker_concurrency
        log.info("worker started concurrency=%d database=%s", size, self.engine.dialect.name)
        try:
            with ThreadPoolExecutor(max_workers=size, thread_name_prefix="deliver") as pool:
                swept_at = float("-inf")
                while not self._stopping.is_set():
                    try:
                        if time.monotonic() - swept_at >= MIN_SWEEP_INTERVAL:
                            swept_at = time.monotonic()
                            self._sweep_safely()  # its outbox rows are claimed just below
                        self._claim_and_wait(pool, size)
                    except OperationalError as error:
                        if not is_locked(error):
                            raise
                        # Not the error's text: it quotes the statement and its parameters.
                        log.warning("database is locked; trying again in %.1f s", LOCKED_PAUSE)
                        self._stopping.wait(LOCKED_PAUSE)
                log.info("worker stopping; finishing %d in-flight deliveries", self._inflight)
        finally:
            self._listener.close()
            self.engine.dispose()
        log.info("worker stopped")

    def _sweep_safely(self) -> None:
        """``sweep``, where a failure is logged and tried again later, never the end of the worker."""
        try:
            self.sweep()
        except OperationalError as error:
            if is_locked(error):
                raise
            log.error("sending on abandoned drafts failed (%s); trying again later", type(error).__name__)
        except Exception as error:  # a bug must not stop deliveries; no traceback: it may quote a lead's data
            log.error("sending on abandoned drafts failed (%s); trying again later", type(error).__name__)

    def _claim_and_wait(self, pool: ThreadPoolExecutor, size: int) -> None:
        """Claim what the free threads can take, then sleep until woken or something falls due."""
        assert self._listener is not None
        with self._lock:
            free = size - self._inflight
        claimed = outbox.claim(self.sessions, free, self.settings.lease_seconds, self.clock) if free else []
        submitted = 0
        for item in claimed:
            # Here, one after another in the order claimed, not in the pool's threads: turns on a paced key are
            # handed out in that order (first queued, first sent), whichever thread would have got there first.
            ready = self._prepare_safely(item)
            if ready is None:
                continue
            with self._lock:
                self._inflight += 1
            submitted += 1
            pool.submit(self._send_in_pool, ready)
        if claimed and submitted == free:
            # a finished delivery wakes us; drafts are looked at no less often than every sweep_seconds
            self._sleep(min(self.settings.poll_seconds, self.settings.sweep_seconds))
        elif not claimed:  # (claimed and some not sent now: a paced one waits for its turn; claim again at once)
            draft = leads.seconds_until_abandoned(self.sessions)
            # A due draft the last sweep left (another worker holds it, or sending it failed) is looked at
            # again after MIN_SWEEP_INTERVAL, not in a busy loop.
            moments = [outbox.seconds_until_due(self.sessions, self.clock), None if draft is None else max(draft, MIN_SWEEP_INTERVAL),
                       self.settings.poll_seconds, self.settings.sweep_seconds]
            self._sleep(min(m for m in moments if m is not None))

    def _sleep(self, seconds: float) -> None:
        """Until woken (work announced, a delivery finished, ``stop``) or ``seconds`` pass."""
        assert self._listener is not None
        self.idle.set()
        try:
            self._listener.wait(seconds)
        finally:
            self.idle.clear()

    def stop(self, *_: Any) -> None:
        self._stopping.set()
        if self._listener is not None:
            self._listener.wake()

    def attempt(self, item: outbox.Claimed) -> None:
        """Send ``item`` now, in this thread (or send it back to wait for its turn)."""
        ready = self._prepare(item)
        if ready is not None:
            self._send(ready)

    def _prepare(self, item: outbox.Claimed) -> _Ready | None:
        """What ``item`` needs before it is sent: its destination, and its turn on a paced key; ``None`` when
        it is not sent now (recorded already: a failure, a redraw no longer needed, a turn further off)."""
        delivery = Push(
            id=item.id, lead_id=item.lead_id, event=item.event, payload=item.payload,
            external_id=item.external_id, attempt=item.attempt,
        )
        try:
            destination = self.registry.get(item.destination)
        except KeyError:
            self._failed(item, DeliveryFailed(f"{item.destination}: not configured on this worker", retryable=True))
            return None
        except Exception as error:  # a configuration file that cannot work (a mapping, the owners file)
            log.error("destination %s cannot be built: %s", item.destination, error)
            self._failed(item, DeliveryFailed(f"{item.destination}: {type(error).__name__}", retryable=True))
            return None
        if item.event == LINKED and (_superseded(self.sessions, item) or _links_shown(self.sessions, item)):
            outbox.succeed(self.sessions, item, Outcome(), self.clock)  # a later redraw shows the links anyway
            return None
        key, interval = self._rate_key(item.destination, destination, delivery)
        if key is None:
            return _Ready(item, destination, delivery)
        # No send lasts longer than a few of its HTTP calls (a redraw: find, update, reply), nor than its lease.
        busy = min(self.settings.lease_seconds, 3 * self.settings.http_timeout)
        turn = pacing.take(self.sessions, key, interval, item, self.clock, busy)
        if not turn.send:
            log.debug("delivery %s %s waits for turn %s on %s", item.id, item.event, turn.turn, key)
            return None
        return _Ready(item, destination, delivery, key, interval, turn)

    def _send(self, ready: _Ready) -> None:
        """Send ``ready`` (at its turn's moment) and record how it went; a paced key learns when it ended."""
        held = False
        try:
            held = self._deliver(ready)
        finally:
            if ready.key is not None and ready.turn is not None and not held:
                pacing.sent(self.sessions, ready.key, ready.interval, ready.turn, self.clock())

    def _deliver(self, ready: _Ready) -> bool:
        """``_send``'s work; whether a 429 held the key (its turn given back) rather than the send ending it."""
        item, destination, delivery, key, turn = ready.item, ready.destination, ready.push, ready.key, ready.turn
        if getattr(destination, "shows_links", False) and item.event != ERASED:
            delivery = replace(delivery, payload=_with_links(self.sessions, item))
            # The alert shows whether the visitor is on the page now (issue 19), as of this redraw.
            delivery = replace(delivery, payload=presence.with_presence(self.sessions, delivery.payload))
        if turn is not None and turn.at is not None:
            # The turn's moment, at most pacing.LEAD ahead: the payload is ready, so the request leaves at it.
            ahead = (turn.at - self.clock()).total_seconds()
            if ahead > 0:
                time.sleep(ahead)
        try:
            outcome = destination.deliver(delivery)
        except DeliveryFailed as error:
            if key is not None and turn is not None and error.status == 429 and error.retry_after is not None:
                # The channel waits Retry-After, and this delivery gets its turn back, at the head, for its retry then.
                wait = min(error.retry_after, outbox.MAX_RETRY_AFTER)
                pacing.refused(self.sessions, key, item, turn.turn, wait, self.clock)
                self._failed(item, error, wait)
                return True
            self._failed(item, error)
        except Exception as error:  # a destination bug must not kill the worker or lose the row
            log.exception("delivery %s raised %s", item.id, type(error).__name__)
            self._failed(item, DeliveryFailed(f"{item.destination}: {type(error).__name__}", retryable=True))
        else:
            outbox.succeed(self.sessions, item, outcome, self.clock)
            if outcome.external_url and item.event == QUALIFIED and not getattr(destination, "shows_links", False):
                _link_in_slack(self.sessions, self.registry, item.lead_id)
            log.info(
                "delivery %s lead %s %s to %s attempt %d: delivered",
                item.id, item.lead_id, item.event, item.destination, item.attempt,
            )
        return False

    @staticmethod
    def _rate_key(name: str, destination: Any, delivery: Push) -> tuple[str | None, float]:
        """``(key, interval)`` for a destination with a per-key pace (Slack's channels), else ``(None, 0)``."""
        rate_key = getattr(destination, "rate_key", None)
        interval = float(getattr(destination, "min_interval", 0.0) or 0.0)
        if rate_key is None or interval <= 0:
            return None, 0.0
        try:
            key = rate_key(delivery)
        except Exception:  # no key is no pacing; the delivery itself will say what is wrong
            log.exception("delivery %s: no rate key", delivery.id)
            return None, 0.0
        return (f"{name}:{key}"[:200], interval) if key else (None, 0.0)

    def _failed(self, item: outbox.Claimed, error: DeliveryFailed, paced: float | None = None) -> None:
        """Record a failed attempt: dead, or retried after the schedule's jittered wait; ``paced`` is the wait
        of a paced key's 429, exactly, with no jitter: the retry is at the head of the key's queue then."""
        verdict = outbox.judge(error, item.attempt, self.settings.retry_schedule)
        if paced is not None and not verdict.dead:
            verdict = outbox.Verdict(paced)
        outbox.fail(self.sessions, item, error, verdict, self.clock)
        log.warning(
            "delivery %s lead %s %s to %s attempt %d failed (%s): %s",
            item.id, item.lead_id, item.event, item.destination, item.attempt, error,
            "dead" if verdict.dead else f"retry in {verdict.retry_in:.1f}s",
        )

    def _prepare_safely(self, item: outbox.Claimed) -> _Ready | None:
        """``_prepare``, where a failure leaves the row to its lease and the loop goes on to the next one."""
        try:
            return self._prepare(item)
        except OperationalError as error:
            if not is_locked(error):
                log.exception("delivery %s could not be prepared", item.id)
            else:  # not the error's text: it quotes the statement and its parameters
                log.warning("database is locked; delivery %s comes back when its lease ends", item.id)
            return None
        except Exception:  # the database went away mid-record: the lease brings the row back
            log.exception("delivery %s could not be prepared", item.id)
            return None

    def _send_in_pool(self, ready: _Ready) -> None:
        try:
            self._send(ready)
        except Exception:  # the database went away mid-record: the lease brings the row back
            log.exception("delivery %s could not be recorded", ready.item.id)
        finally:
            with self._lock:
                self._inflight -= 1
            if self._listener is not None:
                self._listener.wake()


def _with_links(sessions: sessionmaker, item: outbox.Claimed) -> Mapping[str, Any]:
    """The payload with ``data.links``: the CRM records this lead has now, for the alert's link buttons."""
    with sessions() as session:
        found = session.execute(
            select(DestinationRecord.destination, DestinationRecord.external_url)
            .where(DestinationRecord.lead_id == item.lead_id, DestinationRecord.external_url.is_not(None))
        ).all()
    links = {name: url for name, url in found if name != item.destination}
    data = item.payload.get("data")
    if not links or not isinstance(data, Mapping):
        return item.payload
    return {**item.payload, "data": {**data, "links": links}}


def _superseded(sessions: sessionmaker, item: outbox.Claimed) -> bool:
    """Whether a later delivery for the same lead and destination waits: it will redraw with the links."""
    with sessions() as session:
        later = session.execute(
            select(models.Delivery.seq).where(
                models.Delivery.lead_id == item.lead_id, models.Delivery.destination == item.destination,
                models.Delivery.status == "pending", models.Delivery.event != ERASED,
                models.Delivery.seq > select(models.Delivery.seq).where(models.Delivery.id == item.id).scalar_subquery(),
            ).limit(1)
        ).first()
    return later is not None


def _links_shown(sessions: sessionmaker, item: outbox.Claimed) -> bool:
    """Whether another delivery already redrew the alert with the newest CRM link.

    A delivered row read the links when it was sent, which was no earlier than its
    ``next_attempt_at`` (it is claimed only once due): when that moment is later than the
    newest link, the links were on the message it drew.
    """
    with sessions() as session:
        drawn = session.execute(
            select(models.Delivery.next_attempt_at).where(
                models.Delivery.lead_id == item.lead_id, models.Delivery.destination == item.destination,
                # a linked one may have been skipped without drawing anything
                models.Delivery.status == "delivered", models.Delivery.event.not_in((ERASED, LINKED)),
            ).order_by(models.Delivery.next_attempt_at.desc()).limit(1)
        ).scalar()
        linked = session.execute(
            select(DestinationRecord.updated_at).where(
                DestinationRecord.lead_id == item.lead_id, DestinationRecord.destination != item.destination,
                DestinationRecord.external_url.is_not(None),
            ).order_by(DestinationRecord.updated_at.desc()).limit(1)
        ).scalar()
    return drawn is not None and linked is not None and drawn > linked


def _link_in_slack(sessions: sessionmaker, registry: Registry, lead_id: str) -> None:
    """A CRM record now exists: queue a redraw of the lead's Slack alert so its link shows.

    Nothing is queued when the lead never went to Slack, or when a Slack delivery for it is
    still waiting (it reads the links when it is sent); three CRMs make one redraw, not three.
    """
    if SLACK not in registry.names:
        return
    with sessions() as session, session.begin():
        slack = list(session.execute(
            select(models.Delivery.event, models.Delivery.status)
            .where(models.Delivery.lead_id == lead_id, models.Delivery.destination == SLACK)
        ))
        if not slack or any(status == "pending" for _, status in slack) or any(e == ERASED for e, _ in slack):
            return
        lead = session.execute(select(Lead).where(Lead.id == lead_id).with_for_update()).scalar_one_or_none()
        if lead is None or lead.erased_at is not None:
            return
        body = leads.payload(lead, leads.UPDATED)
        session.add(models.Delivery(id=leads.new_id("msg"), lead_id=lead_id, destination=SLACK, event=LINKED,
                                payload={**body, "type": LINKED}, status="pending", attempts=0))
        wakeup.announce(session)


def is_locked(error: OperationalError) -> bool:
    """SQLite's "database is locked": another connection held the write lock past the busy timeout."""
    return "database is locked" in str(getattr(error, "orig", error))
