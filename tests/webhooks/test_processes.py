"""The service as it runs: gunicorn, ``python -m webhooks.delivery`` and a receiving server, all real processes."""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from sqlalchemy import create_engine, func, select, text

from harness import services
from harness.fakes.webhook_receiver import Received, WebhookReceiver, flaky
from signing import LEADS_PATH, sign
from tests.waiting import wait_for
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, WEBHOOK_SECRET, lead_body
from webhooks.models import Delivery

pytestmark = pytest.mark.slow


def make_env(database_url: str, playbook_path: Path, receiver: Any) -> dict[str, str]:
    return services.service_env(
        database_url, endpoints={"ops": {"url": receiver.url, "secret": WEBHOOK_SECRET}},
        action_secret=ACTION_SECRET, admin_key=ADMIN_KEY, playbook=playbook_path,
        lease_seconds=3.0, poll_seconds=60.0,
    )


@pytest.fixture
def upgrade_env(database_url: str, playbook_path: Path, module_receiver: WebhookReceiver) -> dict[str, str]:
    """A database of the test's own: the upgrade test drops every table, which the module's gunicorn must not see."""
    return make_env(database_url, playbook_path, module_receiver)


@pytest.fixture(scope="module")
def module_env(module_database_url: str, playbook_path: Path, module_receiver: WebhookReceiver) -> dict[str, str]:
    return make_env(module_database_url, playbook_path, module_receiver)


@pytest.fixture(scope="module")
def web(module_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One gunicorn per database for the module's tests (2.4 s of CPU a start); ``receiver`` and ``env`` empty its
    receiver and its database before each test, so each test still finds only what it did."""
    process, url = services.start_web(module_env, tmp_path_factory.mktemp("web") / "web.log")
    yield url
    services.stop(process)


@pytest.fixture
def receiver(web: str, module_receiver: WebhookReceiver) -> WebhookReceiver:
    """The module's receiver, as new: nothing recorded, accepting everything."""
    module_receiver.reset(WebhookReceiver(WEBHOOK_SECRET))
    return module_receiver


@pytest.fixture
def env(web: str, module_env: dict[str, str], module_database_url: str, receiver: WebhookReceiver) -> dict[str, str]:
    """The module gunicorn's environment (its database, its worker wake-up address), for the test's workers; the
    database emptied first."""
    services.empty_database(module_database_url)
    return dict(module_env)


def send_leads(url: str, count: int) -> list[str]:
    ids = []
    with requests.Session() as http:
        for _ in range(count):
            raw = json.dumps(lead_body()).encode()
            response = http.post(f"{url}/api/v1/leads", data=raw,
                                 headers={**sign(ACTION_SECRET, "POST", LEADS_PATH, raw), "Content-Type": "application/json"}, timeout=10)
            assert response.status_code == 201, response.text
            ids.append(response.json()["id"])
    return ids


def delivery_statuses(database_url: str) -> dict[str, int]:
    engine = create_engine(database_url, future=True)
    with engine.connect() as connection:
        result = dict(connection.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all())
    engine.dispose()
    return result


def test_db_upgrade_command_builds_the_schema_from_nothing(database_url, upgrade_env):
    env = upgrade_env
    for command in (["db", "downgrade", "base"], ["db", "upgrade"]):
        done = subprocess.run([services.PYTHON, "-m", "webhooks", *command], cwd=services.REPO, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    engine = create_engine(database_url, future=True)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM leads")).scalar_one() == 0
        assert connection.execute(text("SELECT COUNT(*) FROM deliveries")).scalar_one() == 0
    engine.dispose()


def test_leads_reach_the_receiver_at_once_and_the_worker_stops_cleanly(env, web, receiver, tmp_path, module_database_url):
    log = tmp_path / "worker.log"
    worker = services.start_worker(env, log)
    if module_database_url.startswith("sqlite"):
        second = subprocess.run([services.PYTHON, "-m", "webhooks.delivery"], cwd=services.REPO, env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 1
        assert "only one worker runs per machine" in second.stderr
    started = time.monotonic()
    ids = send_leads(web, 5)
    assert receiver.wait_for(lambda r: len(r.leads_accepted()) == 5, timeout=15)
    assert time.monotonic() - started < 10  # the poll is 60 s: commits woke the worker
    assert receiver.leads_accepted() == set(ids)
    assert services.stop(worker, signal.SIGTERM) == 0
    assert "worker stopped" in log.read_text()


def test_sigkill_mid_run_loses_nothing(env, web, receiver, tmp_path, module_database_url):
    slow = flaky(0.3, seed=7)

    def respond(record: Received) -> Any:
        time.sleep(0.05)
        return slow(record)

    receiver.responder = respond
    log = tmp_path / "worker.log"
    worker = services.start_worker(env, log)
    ids = send_leads(web, 20)
    receiver.wait_for(lambda r: len(r.accepted) >= 3, timeout=15)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    assert len(receiver.leads_accepted()) < 20, "the kill came too late to prove anything"

    worker = services.start_worker(env, log)
    try:
        wait_for(lambda: delivery_statuses(module_database_url) == {"delivered": 20}, "every delivery delivered", timeout=60)
    finally:
        services.stop(worker)
    assert receiver.leads_accepted() == set(ids)
    # Each lead has one delivery id however often it arrived: repeats are identifiable.
    by_lead: dict[str, set[str]] = {}
    for record in receiver.received:
        by_lead.setdefault(record.payload["data"]["id"], set()).add(record.id)
    assert all(len(delivery_ids) == 1 for delivery_ids in by_lead.values())


@pytest.fixture
def on_postgres(module_database_url: str) -> None:
    """Skips the SQLite half (its gunicorn is the module's, started or not by the tests before)."""
    if not module_database_url.startswith("postgresql"):
        pytest.skip("several workers need PostgreSQL's SKIP LOCKED; SQLite runs one")


@pytest.mark.postgres
def test_several_workers_share_the_work_without_double_delivery(on_postgres, env, web, receiver, tmp_path, module_database_url):
    def respond(record: Received) -> Any:
        time.sleep(0.05)
        return 204, {}, b""

    receiver.responder = respond
    env = {**env, "LEADBOT_WORKER_CONCURRENCY": "2"}
    logs = [tmp_path / f"worker{i}.log" for i in range(3)]
    workers = [services.start_worker(env, log) for log in logs]
    senders = [threading.Thread(target=send_leads, args=(web, 15)) for _ in range(2)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    assert receiver.wait_for(lambda r: len(r.accepted) >= 30, timeout=60)
    # A stopped worker has finished what it had in flight: once all three have stopped, any second delivery of a
    # lead has reached the receiver (no pause needed for one to land).
    for worker in workers:
        assert services.stop(worker) == 0
    ids = [record.id for record in receiver.received]
    assert len(ids) == len(set(ids)) == 30
    busy = [log for log in logs if ": delivered" in log.read_text()]
    assert len(busy) >= 2, "the work was not shared"
