"""The worker's bookkeeping, driven in-process against a real receiving server."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from typing import Any

import pytest
import yaml
from sqlalchemy import select, update

from harness.fakes.webhook_receiver import scripted
from integrations.destination import DeliveryFailed, Outcome, Push
from qualification.playbook_file import DEFAULT_PLAYBOOK, read_yaml
from tests.waiting import wait_for
from tests.webhooks.conftest import lead_body, rows
from webhooks import __main__ as cli
from webhooks import create_app
from webhooks.delivery import outbox
from webhooks.delivery.outbox import judge
from webhooks.delivery.worker import Worker
from webhooks.destinations import Registry
from webhooks.models import Delivery, DestinationRecord, utcnow


@pytest.fixture
def worker(app: Any) -> Worker:
    made = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    yield made
    made.engine.dispose()


def post_lead(client: Any, admin: dict[str, str], **changes: Any) -> str:
    response = client.post("/api/v1/leads", json=lead_body(**changes), headers=admin)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def make_due(app: Any) -> None:
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.execute(update(Delivery).where(Delivery.status == "pending").values(next_attempt_at=utcnow()))


def test_a_lead_arrives_signed_with_the_delivery_id(app, client, admin, receiver, worker):
    lead_id = post_lead(client, admin)
    assert worker.run_once() == 1

    [got] = receiver.received
    [row] = rows(app, select(Delivery))
    assert got.id == row.id and row.status == "delivered" and row.attempts == 1
    assert got.payload["type"] == "lead.qualified"
    assert got.payload["data"]["id"] == lead_id
    assert got.payload["data"]["stage"] == "sql"
    assert receiver.rejected == []


def test_retries_keep_the_id_and_honour_retry_after(app, client, admin, receiver, worker):
    receiver.responder = scripted((503, {}, b"busy"), (429, {"Retry-After": "120"}, b"slow down"))
    post_lead(client, admin)

    worker.run_once()
    [row] = rows(app, select(Delivery))
    assert (row.status, row.attempts, row.last_status) == ("pending", 1, 503)
    make_due(app)
    worker.run_once()
    [row] = rows(app, select(Delivery))
    assert (row.status, row.last_status) == ("pending", 429)
    assert row.next_attempt_at >= utcnow() + timedelta(seconds=110)  # Retry-After beats the 0.05 s schedule
    assert worker.run_once() == 0  # not due yet
    make_due(app)
    worker.run_once()

    assert [r.id for r in receiver.received] == [row.id] * 3
    assert rows(app, select(Delivery))[0].status == "delivered"


def test_an_update_waiting_behind_a_retry_lets_the_worker_sleep_until_the_retry(app, client, admin, receiver, worker):
    receiver.responder = scripted((429, {"Retry-After": "120"}, b"slow down"))
    lead_id = post_lead(client, admin)
    worker.run_once()
    [first] = rows(app, select(Delivery))
    assert first.status == "pending" and first.next_attempt_at >= utcnow() + timedelta(seconds=110)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.add(Delivery(id="d-update", lead_id=lead_id, destination=first.destination, event="lead.updated",
                             payload=first.payload, next_attempt_at=utcnow() - timedelta(seconds=5)))

    assert worker.run_once() == 0, "the update may not overtake the create"
    # Due by its own time, but claim passes it over: the worker sleeps until the create's retry, not 0 s.
    assert outbox.seconds_until_due(app.extensions["leadbot.db"][1]) >= 110


def test_permanent_failures_die_at_once_and_replay_keeps_the_id(app, client, admin, receiver, worker, config, monkeypatch, capsys):
    receiver.responder = scripted((400, {}, b"no"))
    post_lead(client, admin)
    worker.run_once()
    [row] = rows(app, select(Delivery))
    assert (row.status, row.attempts, row.last_error) == ("dead", 1, "webhook:ops: HTTP 400")

    monkeypatch.setenv("DATABASE_URL", config["database_url"])
    monkeypatch.setenv("LEADBOT_WORKER_WAKE", f"127.0.0.1:{config['wake_address'][1]}")
    assert cli.main(["deliveries", "dead"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(d["id"], d["last_status"]) for d in listed] == [(row.id, 400)]
    assert cli.main(["deliveries", "replay", row.id]) == 0
    worker.run_once()
    assert [r.id for r in receiver.received] == [row.id, row.id]
    assert rows(app, select(Delivery))[0].status == "delivered"
    assert cli.main(["deliveries", "replay", "msg_unknown"]) == 1


def test_retryable_failures_die_after_the_schedule(app, client, admin, receiver, worker):
    receiver.responder = lambda _: (500, {}, b"<html>oops</html>")
    post_lead(client, admin)
    for _ in range(4):  # the schedule has three retries
        make_due(app)
        worker.run_once()
    [row] = rows(app, select(Delivery))
    assert (row.status, row.attempts) == ("dead", 4)
    assert len(receiver.received) == 4


def test_full_jitter_stays_within_the_schedule():
    failure = DeliveryFailed("x", retryable=True)
    delays = [judge(failure, 2, [5, 300]).retry_in for _ in range(200)]
    assert all(0 <= d <= 300 for d in delays) and max(delays) > 150 and min(delays) < 150
    assert judge(failure, 3, [5, 300]).dead
    assert judge(DeliveryFailed("x", retryable=True, retry_after=30), 1, [5]).retry_in == 30
    assert judge(DeliveryFailed("x", retryable=False, status=404), 1, [5]).dead


class RecordingCrm:
    """Stands in for a CRM client inside the worker: hands out record ids and remembers what it got."""

    name = "pipedrive"

    def __init__(self, failures: list[Exception] | None = None) -> None:
        self.seen: list[Push] = []
        self.failures = failures or []

    def deliver(self, delivery: Push) -> Outcome:
        self.seen.append(delivery)
        if self.failures:
            raise self.failures.pop(0)
        return Outcome(external_id=delivery.external_id or f"crm-{delivery.lead_id}", external_url="https://crm/x")


def crm_app(config: dict[str, Any], crm: RecordingCrm, tmp_path: Any) -> Any:
    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    for route in data["routing"]["routes"]:
        route["destinations"] = ["pipedrive"]
    path = tmp_path / "crm.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return create_app({**config, "playbook_path": str(path), "destinations": {"pipedrive": crm}})


def test_external_ids_are_kept_and_handed_back(config, tmp_path, admin):
    crm = RecordingCrm(failures=[ValueError("garbage JSON from the CRM")])
    app = crm_app(config, crm, tmp_path)
    client = app.test_client()
    worker = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    lead_id = post_lead(client, admin)
    client.patch(f"/api/v1/leads/{lead_id}", json={"status": "claimed"}, headers=admin)

    worker.run_once()  # the create fails with a destination bug; the update must wait behind it
    assert [d.event for d in crm.seen] == ["lead.qualified"]
    first = rows(app, select(Delivery).order_by(Delivery.seq))[0]
    assert (first.status, first.last_error) == ("pending", "pipedrive: ValueError")
    make_due(app)
    worker.run_once()
    worker.run_once()
    assert [(d.event, d.external_id) for d in crm.seen] == [
        ("lead.qualified", None), ("lead.qualified", None), ("lead.updated", f"crm-{lead_id}"),
    ]
    assert crm.seen[0].id == crm.seen[1].id
    [record] = rows(app, select(DestinationRecord))
    assert (record.destination, record.external_id) == ("pipedrive", f"crm-{lead_id}")
    assert client.get(f"/api/v1/leads/{lead_id}", headers=admin).get_json()["destinations"] == [
        {"destination": "pipedrive", "external_id": f"crm-{lead_id}", "external_url": "https://crm/x"}
    ]

    client.delete(f"/api/v1/leads/{lead_id}", headers=admin)
    worker.run_once()
    assert (crm.seen[-1].event, crm.seen[-1].external_id, dict(crm.seen[-1].payload["data"])) == (
        "lead.erased", f"crm-{lead_id}", {"id": lead_id},
    )
    worker.engine.dispose()
    app.extensions["leadbot.db"][0].dispose()


def test_an_expired_lease_makes_a_delivery_due_again(app, client, admin, receiver, worker):
    post_lead(client, admin)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.execute(update(Delivery).values(status="delivering", attempts=1, locked_until=utcnow() - timedelta(seconds=1)))
    assert worker.run_once() == 1
    [row] = rows(app, select(Delivery))
    assert (row.status, row.attempts) == ("delivered", 2)


def test_unconfigured_destination_is_retried_not_lost(app, client, admin, config):
    post_lead(client, admin)
    settings = app.config["LEADBOT_SETTINGS"].override({"webhook_endpoints": {}})
    lonely = Worker(settings, Registry(settings))
    lonely.run_once()
    [row] = rows(app, select(Delivery))
    assert (row.status, row.last_error) == ("pending", "webhook:ops: not configured on this worker")
    lonely.engine.dispose()


def test_run_wakes_on_new_work_and_stops_on_request(app, client, admin, receiver, worker):
    import threading

    worker.settings = worker.settings.override({"poll_seconds": 60.0})
    thread = threading.Thread(target=worker.run)
    thread.start()
    try:
        assert worker.idle.wait(10), "the worker never went to sleep"  # asleep: only a wake-up can end it early
        started = time.monotonic()
        post_lead(client, admin)
        assert receiver.wait_for(lambda r: len(r.accepted) == 1, timeout=10)
        assert time.monotonic() - started < 5  # far under the 60 s poll: the commit woke it
    finally:
        worker.stop()
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_a_redirect_or_private_address_is_refused(app, client, admin, receiver, config):
    settings = app.config["LEADBOT_SETTINGS"].override({"allowed_networks": []})
    strict = Worker(settings, Registry(settings))
    post_lead(client, admin)
    strict.run_once()
    [row] = rows(app, select(Delivery))
    assert row.status == "dead"
    assert "non-public address (127.0.0.1)" in row.last_error
    assert receiver.received == []
    strict.engine.dispose()



@pytest.fixture
def linked_config(config: dict[str, Any], database_url: str) -> Any:
    from harness.fakes.hubspot import HubSpotFake
    from harness.fakes.slack import SlackFake

    with SlackFake() as slack, HubSpotFake() as hubspot:
        config["integrations"] = {
            "slack": {"token": slack.token, "base_url": slack.api_url, "min_interval": 0},
            "hubspot": {"token": hubspot.token, "base_url": hubspot.url, "mapping": {"settings": {"portal_id": 4242}}},
        }
        yield slack, hubspot


def test_a_new_crm_record_adds_its_link_to_the_slack_alert_once(linked_config, app, client, admin, worker):
    slack, hubspot = linked_config
    lead_id = post_lead(client, admin)
    while worker.run_once():
        pass

    [deal_id] = hubspot.deals.items
    [alert] = slack.alerts("C0EMEA")
    link = f"https://app.hubspot.com/contacts/4242/record/0-3/{deal_id}"
    [update] = slack.updates()
    buttons = [e for b in update["blocks"] if b["type"] == "actions" for e in b["elements"]]
    shown = [{"url": b.get("url"), "text": b["text"]["text"]} for b in buttons]
    assert {"url": link, "text": "Open in HubSpot"} in shown
    assert update["ts"] == alert["ts"] and not slack.thread("C0EMEA", alert["ts"])  # redrawn, no thread noise
    events = [(r.destination, r.event) for r in rows(app, select(Delivery).order_by(Delivery.seq))]
    assert events.count(("slack", "lead.linked")) == 1
    assert all(r.status == "delivered" for r in rows(app, select(Delivery)))

    changed = client.patch(f"/api/v1/leads/{lead_id}", json={"status": "claimed", "owner": "U0EMEA001"},
                           headers=admin)
    assert changed.status_code == 200
    while worker.run_once():
        pass
    assert link in json.dumps(slack.updates()[-1]["blocks"])  # later redraws keep the link
    assert [(r.destination, r.event) for r in rows(app, select(Delivery))].count(("slack", "lead.linked")) == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # SQLite's file lock; PostgreSQL locks rows
def test_a_locked_sqlite_database_pauses_the_worker_instead_of_ending_it(app, client, admin, receiver, database_url, caplog):
    """The bot's tracker store and gunicorn write the same SQLite file: a writer may hold its lock
    past the busy timeout. The worker's claim then fails with "database is locked"; it must say so
    (without the statement's parameters) and try again, not exit."""
    import logging
    import sqlite3
    import threading

    from sqlalchemy import event

    from webhooks.database import make_engine

    lead_id = post_lead(client, admin)  # stored before the lock is taken
    engine = make_engine(database_url)

    @event.listens_for(engine, "connect")
    def _short_busy_timeout(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=100")  # after make_engine's 30 s: give up sooner

    settings = app.config["LEADBOT_SETTINGS"].override({"poll_seconds": 60.0})
    worker = Worker(settings, app.extensions["leadbot.registry"], engine=engine)
    holder = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process's write transaction, held
    caplog.set_level(logging.INFO, logger="leadbot.worker")
    thread = threading.Thread(target=worker.run)
    thread.start()
    try:
        def met_the_lock() -> bool:
            assert thread.is_alive(), "the worker ended on the lock"
            return any("database is locked" in r.getMessage() for r in caplog.records)

        wait_for(met_the_lock, "the worker to meet the lock")
        assert receiver.received == []
        holder.execute("ROLLBACK")

        assert receiver.wait_for(lambda r: len(r.accepted) == 1, timeout=20)
        assert receiver.accepted[0].payload["data"]["id"] == lead_id
        assert thread.is_alive()
    finally:
        holder.close()
        worker.stop()
        thread.join(timeout=10)
    assert not thread.is_alive()
    warnings = [r.getMessage() for r in caplog.records if "database is locked" in r.getMessage()]
    assert warnings and all("jane" not in w.lower() and "INSERT" not in w for w in warnings)
