"""Draft leads (issues 6 and 7): a visitor who leaves mid-form is not lost.

The bot posts the lead with ``"complete": false`` as soon as it has an email
and consent, again after each answer, and finally complete. A draft is
stored and scored but sent nowhere; a complete POST routes it as always; a
draft that hears nothing more is sent on by the worker as abandoned. The
first tests drive the API in-process on both databases; the last ones run
gunicorn, ``python -m webhooks.delivery`` and a local Slack Web API.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from sqlalchemy import select, update

from harness import services, slack_api
from qualification.playbook_file import DEFAULT_PLAYBOOK
from signing import LEADS_PATH, sign
from tests.waiting import wait_for
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, lead_body, rows
from webhooks.delivery.worker import Worker
from webhooks.models import Delivery, Lead, utcnow
from webhooks.settings import Settings, SettingsError

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


def signed(client: Any, body: dict[str, Any]) -> Any:
    raw = json.dumps(body).encode()
    return client.post("/api/v1/leads", data=raw, content_type="application/json", headers=sign(ACTION_SECRET, "POST", LEADS_PATH, raw))


def draft(conversation_id: str, **changes: Any) -> dict[str, Any]:
    """What the bot sends once it has an email and consent: the lead so far, not complete."""
    return lead_body(conversation_id, complete=False, **changes)


def make_due(app: Any) -> None:
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.execute(update(Lead).where(Lead.abandon_at.is_not(None)).values(abandon_at=utcnow()))


@pytest.fixture
def worker(app: Any) -> Iterator[Worker]:
    made = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    yield made
    made.engine.dispose()


# --- in-process, both databases -------------------------------------------------------------------

def test_a_draft_is_stored_and_scored_but_queues_nothing(app, client):
    response = signed(client, draft("conv-d1"))
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert (body["complete"], body["conversation"], body["stage"]) == (False, "in_progress", "sql")
    assert body["deliveries"] == [] and body["answers"] and body["consent"]
    [lead] = rows(app, select(Lead))
    assert lead.complete is False and lead.state_digest is None
    assert utcnow() < lead.abandon_at <= utcnow() + timedelta(seconds=1800)
    assert rows(app, select(Delivery)) == []


def test_each_draft_update_pushes_the_abandon_time_on(app, client):
    signed(client, draft("conv-d2"))
    [first] = rows(app, select(Lead))
    time.sleep(0.01)  # a clock tick, so a later time is a different time
    later = signed(client, draft("conv-d2", answers=[{"question_id": "timing", "text": "next month"}]))
    assert later.status_code == 200
    assert [a["question_id"] for a in later.get_json()["answers"]] == ["budget", "timing"]
    [second] = rows(app, select(Lead))
    assert second.abandon_at > first.abandon_at
    assert rows(app, select(Delivery)) == []


def test_the_complete_post_routes_the_draft_once(app, client, admin):
    lead_id = signed(client, draft("conv-d3")).get_json()["id"]
    done = signed(client, lead_body("conv-d3"))  # no "complete": the default is true
    assert done.status_code == 200
    body = done.get_json()
    assert (body["id"], body["complete"], body["conversation"]) == (lead_id, True, "complete")
    assert [(d["destination"], d["event"]) for d in body["deliveries"]] == [("webhook:ops", "lead.qualified")]
    [lead] = rows(app, select(Lead))
    assert lead.abandon_at is None
    [delivery] = rows(app, select(Delivery))
    assert delivery.payload["data"]["conversation"] == "complete"
    assert client.get(f"/api/v1/leads/{lead_id}", headers=admin).get_json()["complete"] is True


def test_a_complete_lead_never_goes_back_to_draft(app, client, admin):
    lead_id = signed(client, lead_body("conv-d4")).get_json()["id"]
    late = signed(client, draft("conv-d4", attributes={**lead_body()["attributes"], "company": "Acme GmbH"}))
    assert late.status_code == 200
    assert (late.get_json()["complete"], late.get_json()["attributes"]["company"]) == (True, "Acme GmbH")
    [lead] = rows(app, select(Lead))
    assert lead.abandon_at is None and lead.complete is True
    events = [d.event for d in rows(app, select(Delivery).order_by(Delivery.seq))]
    assert events == ["lead.qualified", "lead.updated"]  # the change is queued as any update is
    listed = client.get("/api/v1/leads", headers=admin).get_json()["items"]
    assert [(item["id"], item["complete"]) for item in listed] == [(lead_id, True)]


def test_the_list_and_the_lead_show_a_draft_as_not_complete(client, admin):
    lead_id = signed(client, draft("conv-d5")).get_json()["id"]
    [item] = client.get("/api/v1/leads", headers=admin).get_json()["items"]
    assert (item["id"], item["complete"], item["conversation"]) == (lead_id, False, "in_progress")
    assert client.get(f"/api/v1/leads/{lead_id}", headers=admin).get_json()["complete"] is False


def test_a_due_draft_is_sent_on_abandoned_once(app, client, admin, receiver, worker):
    lead_id = signed(client, draft("conv-d6")).get_json()["id"]
    assert worker.run_once() == 0  # not due yet: nothing was sent
    make_due(app)
    assert worker.run_once() == 1
    [got] = receiver.received
    assert got.payload["type"] == "lead.qualified"
    assert (got.payload["data"]["id"], got.payload["data"]["conversation"]) == (lead_id, "abandoned")
    assert got.payload["data"]["complete"] is False
    assert worker.run_once() == 0 and worker.sweep() == 0  # later sweeps find nothing more to send
    body = client.get(f"/api/v1/leads/{lead_id}", headers=admin).get_json()
    assert (body["complete"], body["conversation"]) == (False, "abandoned")

    # The visitor comes back and finishes: an update, not a second first alert.
    done = signed(client, lead_body("conv-d6")).get_json()
    assert (done["complete"], done["conversation"]) == (True, "complete")
    worker.run_once()
    assert [r.payload["type"] for r in receiver.received] == ["lead.qualified", "lead.updated"]
    assert receiver.received[-1].payload["data"]["conversation"] == "complete"


def test_an_erased_draft_is_never_sent(app, client, admin, receiver, worker):
    lead_id = signed(client, draft("conv-d7")).get_json()["id"]
    erased = client.delete(f"/api/v1/leads/{lead_id}", headers=admin)
    assert erased.status_code == 200 and erased.get_json()["notices"] == []
    make_due(app)
    assert worker.sweep() == 0 and worker.run_once() == 0
    assert receiver.received == [] and rows(app, select(Delivery)) == []
    [lead] = rows(app, select(Lead))
    assert lead.attributes == {} and lead.abandon_at is None


def test_a_draft_that_cannot_be_sent_on_does_not_stop_deliveries(app, client, receiver, worker, monkeypatch, caplog):
    """A failing sweep is logged (no lead data, no traceback) and tried again; the worker keeps delivering."""
    import logging
    import threading

    from webhooks import leads

    signed(client, draft("conv-d8"))
    make_due(app)

    def broken(*_: Any) -> None:
        raise RuntimeError("jane.doe@acme.io")  # what a careless message could carry

    monkeypatch.setattr(leads, "abandon", broken)
    caplog.set_level(logging.INFO, logger="leadbot.worker")
    thread = threading.Thread(target=worker.run)
    thread.start()
    try:
        lead_id = signed(client, lead_body("conv-d9")).get_json()["id"]
        assert receiver.wait_for(lambda r: len(r.accepted) == 1, timeout=20)
        assert receiver.accepted[0].payload["data"]["id"] == lead_id
        assert thread.is_alive()
    finally:
        worker.stop()
        thread.join(timeout=10)
    failures = [r for r in caplog.records if "abandoned drafts failed" in r.getMessage()]
    assert failures and all(r.exc_info is None and "jane" not in r.getMessage() for r in failures)
    assert [lead.abandon_at is not None for lead in rows(app, select(Lead).order_by(Lead.seq))] == [True, False]


@pytest.mark.parametrize("raw", ["0", "-5", "soon"])
def test_the_abandon_delay_must_be_a_positive_number(raw):
    with pytest.raises(SettingsError, match="LEADBOT_ABANDONED_AFTER"):
        Settings.from_env({"LEADBOT_ABANDONED_AFTER": raw})
    assert Settings.from_env({"LEADBOT_ABANDONED_AFTER": "90"}).abandoned_after == 90.0


# --- real processes: gunicorn, the worker, a local Slack -----------------------------------------

class Stack:
    """gunicorn and the worker on the test's database, alerting a local Slack."""

    def __init__(self, url: str, slack: slack_api.Slack) -> None:
        self.url, self.slack, self.http = url, slack, requests.Session()

    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        raw = json.dumps(body).encode()
        response = self.http.post(f"{self.url}/api/v1/leads", data=raw, timeout=10,
                                  headers={**sign(ACTION_SECRET, "POST", LEADS_PATH, raw), "Content-Type": "application/json"})
        assert response.status_code in (200, 201), response.text
        return response.json()

    def lead(self, lead_id: str) -> dict[str, Any]:
        return self.http.get(f"{self.url}/api/v1/leads/{lead_id}", headers=ADMIN, timeout=10).json()

    def alerts_for(self, lead_id: str) -> list[dict[str, Any]]:
        return [p for p in self.slack.posts() if lead_id in json.dumps(p.get("blocks"))]

    def delivered(self, lead_id: str) -> list[tuple[str, str]]:
        deliveries = self.lead(lead_id)["deliveries"]
        return [(d["destination"], d["event"]) for d in deliveries if d["status"] == "delivered"]


# How long a draft waits for more before the worker sends it on, for the module's gunicorn (the service sets a
# draft's due time): the 3 s the erasure test had, for each test. The next post of a test (a draft's update, the
# complete post, an erasure) comes well within it; a test that waits for a draft to fall due waits this long.
ABANDONED_AFTER = 3.0


@pytest.fixture(scope="module")
def module_web(module_database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict, Any]]:
    """gunicorn and the local Slack, one of each per database for the module's tests (gunicorn costs 2.4 s of CPU a
    start); ``stack`` empties the database and Slack before each test and starts the test's own worker."""
    log = tmp_path_factory.mktemp("drafts") / "web.log"
    with slack_api.Slack(token=slack_api.TOKEN) as slack:
        env = services.service_env(
            module_database_url, endpoints={}, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY,
            playbook=DEFAULT_PLAYBOOK, poll_seconds=60.0, SLACK_BOT_TOKEN=slack.token, SLACK_BASE_URL=slack.api_url,
            SLACK_SIGNING_SECRET=slack_api.SIGNING_SECRET,
            LEADBOT_ABANDONED_AFTER=str(ABANDONED_AFTER), LEADBOT_SWEEP_SECONDS="0.5",
        )
        web, url = services.start_web(env, log)
        try:
            yield url, env, slack
        finally:
            services.stop(web)


@pytest.fixture
def stack(module_web: tuple[str, dict, Any], module_database_url: str, tmp_path: Path) -> Iterator[Stack]:
    """The module's gunicorn and Slack, as new (no row, no post), and a worker of the test's own."""
    url, env, slack = module_web
    services.empty_database(module_database_url)
    slack.reset(slack_api.Slack(token=slack_api.TOKEN))
    worker = services.start_worker(env, tmp_path / "worker.log")
    try:
        yield Stack(url, slack)
    finally:
        assert services.stop(worker) == 0, (tmp_path / "worker.log").read_text()[-3000:]


@pytest.mark.slow
def test_a_draft_then_the_complete_post_make_one_lead_and_one_alert(stack):
    first = stack.post(draft("conv-p1"))
    then = stack.post(draft("conv-p1", answers=[{"question_id": "timing", "text": "within a month"}]))
    done = stack.post(lead_body("conv-p1"))
    assert first["id"] == then["id"] == done["id"] and done["complete"] is True
    wait_for(lambda: stack.delivered(done["id"]) == [("slack", "lead.qualified")], what="the alert", timeout=30)
    [alert] = stack.alerts_for(done["id"])
    assert alert["channel"] == "#sales-emea" and "Jane Doe" in json.dumps(alert["blocks"])
    assert len(stack.slack.posts()) == 1


@pytest.mark.slow
def test_a_draft_left_alone_reaches_slack_once(stack):
    left = stack.post(draft("conv-p2"))
    assert left["complete"] is False
    wait_for(lambda: stack.delivered(left["id"]) == [("slack", "lead.qualified")], what="the abandoned alert", timeout=30)
    assert stack.lead(left["id"])["conversation"] == "abandoned"
    # A later draft falls due after the first, so once it is alerted the sweeps after the first have run.
    later = stack.post(draft("conv-p3"))
    wait_for(lambda: stack.delivered(later["id"]), what="the second abandoned alert", timeout=30)
    assert len(stack.alerts_for(left["id"])) == 1
    assert [d["event"] for d in stack.lead(left["id"])["deliveries"]] == ["lead.qualified"]


@pytest.mark.slow
def test_a_draft_erased_before_it_is_due_reaches_nobody(stack):
    gone = stack.post(draft("conv-p4"))
    erased = stack.http.delete(f"{stack.url}/api/v1/leads/{gone['id']}", headers=ADMIN, timeout=10)
    assert erased.status_code == 200 and erased.json()["notices"] == []
    # Drafts are sent on in the order they fall due: once the later one has gone, the erased one was passed over.
    later = stack.post(draft("conv-p5"))
    wait_for(lambda: stack.delivered(later["id"]), what="the later draft's alert", timeout=30)
    assert stack.alerts_for(gone["id"]) == []
    assert stack.lead(gone["id"])["deliveries"] == []
    assert len(stack.slack.posts()) == 1
