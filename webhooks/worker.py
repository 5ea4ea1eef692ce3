"""The delivery worker: ``python -m webhooks.worker``.

It sleeps until work is announced (``webhooks.wakeup``), a retry falls due,
or the slow safety-net poll comes round; claims as many due deliveries as it
has free threads; and records each outcome. SIGTERM or SIGINT stops claiming
and lets in-flight deliveries finish. Run several against PostgreSQL; one
against SQLite (its wake-up port is one per machine).
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy.engine import Engine

from integrations.destination import Delivery, DeliveryFailed
from webhooks import outbox
from webhooks.database import make_engine, session_factory
from webhooks.destinations import Registry
from webhooks.settings import Settings
from webhooks.wakeup import Listener

log = logging.getLogger("leadbot.worker")


class Worker:
    def __init__(self, settings: Settings, registry: Registry | None = None, engine: Engine | None = None) -> None:
        self.settings = settings
        self.registry = registry or Registry(settings)
        self.engine = engine or make_engine(settings.database_url)
        self.sessions = session_factory(self.engine, settings.wake_address)
        self._stopping = threading.Event()
        self._listener: Listener | None = None
        self._inflight = 0
        self._lock = threading.Lock()

    def run_once(self) -> int:
        """Deliver everything due now, in this thread; returns how many attempts were made (for tests)."""
        claimed = outbox.claim(self.sessions, self.settings.worker_concurrency, self.settings.lease_seconds)
        for item in claimed:
            self.attempt(item)
        return len(claimed)

    def run(self) -> None:
        self._listener = Listener(self.engine, self.settings.wake_address)
        size = self.settings.worker_concurrency
        log.info("worker started concurrency=%d database=%s", size, self.engine.dialect.name)
        try:
            with ThreadPoolExecutor(max_workers=size, thread_name_prefix="deliver") as pool:
                while not self._stopping.is_set():
                    with self._lock:
                        free = size - self._inflight
                    claimed = outbox.claim(self.sessions, free, self.settings.lease_seconds) if free else []
                    for item in claimed:
                        with self._lock:
                            self._inflight += 1
                        pool.submit(self._attempt_in_pool, item)
                    if claimed and len(claimed) == free:
                        self._listener.wait(self.settings.poll_seconds)  # a finished delivery wakes us
                    elif not claimed:
                        due = outbox.seconds_until_due(self.sessions)
                        timeout = self.settings.poll_seconds if due is None else min(due, self.settings.poll_seconds)
                        self._listener.wait(timeout)
                log.info("worker stopping; finishing %d in-flight deliveries", self._inflight)
        finally:
            self._listener.close()
            self.engine.dispose()
        log.info("worker stopped")

    def stop(self, *_: Any) -> None:
        self._stopping.set()
        if self._listener is not None:
            self._listener.wake()

    def attempt(self, item: outbox.Claimed) -> None:
        delivery = Delivery(
            id=item.id, lead_id=item.lead_id, event=item.event, payload=item.payload,
            external_id=item.external_id, attempt=item.attempt,
        )
        try:
            destination = self.registry.get(item.destination)
            outcome = destination.deliver(delivery)
        except DeliveryFailed as error:
            self._failed(item, error)
        except KeyError:
            self._failed(item, DeliveryFailed(f"{item.destination}: not configured on this worker", retryable=True))
        except Exception as error:  # a destination bug must not kill the worker or lose the row
            log.exception("delivery %s raised %s", item.id, type(error).__name__)
            self._failed(item, DeliveryFailed(f"{item.destination}: {type(error).__name__}", retryable=True))
        else:
            outbox.succeed(self.sessions, item, outcome)
            log.info(
                "delivery %s lead %s %s to %s attempt %d: delivered",
                item.id, item.lead_id, item.event, item.destination, item.attempt,
            )

    def _failed(self, item: outbox.Claimed, error: DeliveryFailed) -> None:
        verdict = outbox.judge(error, item.attempt, self.settings.retry_schedule)
        outbox.fail(self.sessions, item, error, verdict)
        log.warning(
            "delivery %s lead %s %s to %s attempt %d failed (%s): %s",
            item.id, item.lead_id, item.event, item.destination, item.attempt, error,
            "dead" if verdict.dead else f"retry in {verdict.retry_in:.1f}s",
        )

    def _attempt_in_pool(self, item: outbox.Claimed) -> None:
        try:
            self.attempt(item)
        except Exception:  # the database went away mid-record: the lease brings the row back
            log.exception("delivery %s could not be recorded", item.id)
        finally:
            with self._lock:
                self._inflight -= 1
            if self._listener is not None:
                self._listener.wake()


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    worker = Worker(Settings.from_env())
    signal.signal(signal.SIGTERM, worker.stop)
    signal.signal(signal.SIGINT, worker.stop)
    try:
        worker.run()
    except RuntimeError as exc:
        log.error("%s", exc)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
