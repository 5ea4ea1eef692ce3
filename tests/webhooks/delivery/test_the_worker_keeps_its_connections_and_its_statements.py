"""The worker's idle loop (a sweep, a claim and the two reads before it sleeps, at every wake-up) costs what its
queries cost: on a SQLite file it keeps its connections from one transaction to the next (SQLAlchemy 1.4 opened a new
one for each, ~14 a lead), and the outbox's "an earlier delivery waits" clause is made once, not at every claim."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import event, select

from tests.webhooks.conftest import lead_body, rows
from webhooks.delivery import outbox
from webhooks.delivery.worker import Worker
from webhooks.models import Delivery


def connections_opened(worker: Worker) -> list[int]:
    opened: list[int] = []

    @event.listens_for(worker.engine, "connect")
    def _count(*_: Any) -> None:
        opened.append(threading.get_ident())

    return opened


def test_the_worker_opens_its_sqlite_connections_once_not_for_each_transaction(app, client, admin, receiver):
    worker = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    try:
        opened = connections_opened(worker)
        for _ in range(5):  # nothing to do: a sweep and a claim each time, then the reads before a sleep
            assert worker.run_once() == 0
            outbox.seconds_until_due(worker.sessions)
        assert len(opened) == 1

        # Deliveries still go, from the pool's threads, with the same connections.
        assert client.post("/api/v1/leads", json=lead_body("conv-kept-1"), headers=admin).status_code == 201
        assert worker.run_once() == 1
        [row] = rows(app, select(Delivery))
        assert row.status == "delivered" and len(receiver.received) == 1
    finally:
        worker.engine.dispose()


def test_a_delivery_claimed_in_another_thread_uses_a_connection_made_in_this_one(app, client, admin, receiver):
    """SQLite's connections refuse another thread unless told otherwise: the worker's are handed between its loop and
    its delivery threads."""
    worker = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    try:
        assert worker.run_once() == 0  # a connection made and kept in this thread
        assert client.post("/api/v1/leads", json=lead_body("conv-kept-2"), headers=admin).status_code == 201
        errors: list[BaseException] = []

        def deliver() -> None:
            try:
                assert worker.run_once() == 1
            except BaseException as error:  # noqa: BLE001 (re-raised in the test's thread)
                errors.append(error)

        thread = threading.Thread(target=deliver)
        thread.start()
        thread.join(timeout=30)
        assert not errors, errors
        [row] = rows(app, select(Delivery))
        assert row.status == "delivered"
    finally:
        worker.engine.dispose()


def test_claiming_and_the_time_until_due_make_no_new_alias_of_the_outbox(app, client, admin, receiver, monkeypatch):
    def no_new_alias(*_: Any, **__: Any) -> Any:
        raise AssertionError("an aliased Delivery made at a claim")

    monkeypatch.setattr(outbox, "aliased", no_new_alias)
    worker = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    try:
        assert client.post("/api/v1/leads", json=lead_body("conv-alias"), headers=admin).status_code == 201
        client.patch(f"/api/v1/leads/{rows(app, select(Delivery))[0].lead_id}", json={"status": "claimed"},
                     headers=admin)
        # The update waits behind the create: the clause still holds it back.
        assert outbox.seconds_until_due(worker.sessions) == 0.0
        [first] = outbox.claim(worker.sessions, 10, 5.0)
        assert first.event == "lead.qualified"
        # Only the claimed create's lease is left to wait for; the update behind it is not due.
        assert 0 < outbox.seconds_until_due(worker.sessions) <= 5.0
    finally:
        worker.engine.dispose()
