"""A lead erased through the API, its Slack thread erased by the delivery worker against the fake Slack.

The real path: ``DELETE /api/v1/leads/<id>`` queues ``lead.erased``; the worker (``webhooks.delivery``) hands it
to ``integrations.slack``; a failure is judged by the outbox as every delivery's is (retried on a 429, a 5xx or
the network, honouring ``Retry-After``; dead at once otherwise, its reason on the lead and in
``python -m webhooks deliveries dead``); a dead one is replayed with ``deliveries replay``.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, Iterator

import pytest
from slack_sdk import WebClient
from sqlalchemy import select, update

from harness.fakes import slack_contract
from harness.fakes.slack import SlackFake
from integrations.slack import ERASED
from tests.webhooks.conftest import (  # noqa: F401 (fixtures the app is made of)
    admin,
    client,
    config,
    database_url,
    lead_body,
    playbook_path,
    postgres_url,
    receiver,
    rows,
    sqlite_template,
)
from webhooks import __main__ as cli
from webhooks import create_app
from webhooks.delivery.worker import Worker
from webhooks.models import Delivery, utcnow

SALESPERSON = "U0ANNA"
VISITOR_LINES = ("🗨️ *Visitor:* I'm Jane, call me on +49 30 1234567", "🗨️ *Visitor:* jane.doe@acme.io works too")
HISTORY = "channels:history"


@pytest.fixture
def slack(config: dict[str, Any]) -> Iterator[SlackFake]:  # noqa: F811
    """The fake Slack the service's worker posts to, its token with the manifest's scopes."""
    with SlackFake() as fake:
        config["integrations"] = {"slack": {"token": fake.token, "base_url": fake.api_url, "min_interval": 0}}
        yield fake


@pytest.fixture
def app(slack: SlackFake, config: dict[str, Any]) -> Iterator[Any]:  # noqa: F811
    """The service, made once its Slack is the fake."""
    application = create_app(config)
    yield application
    application.extensions["leadbot.db"][0].dispose()


@pytest.fixture
def worker(app: Any) -> Iterator[Worker]:
    made = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    yield made
    made.engine.dispose()


def alerted_with_a_chat(api: Any, headers: dict[str, str], slack: SlackFake, worker: Worker) -> tuple[str, str, str]:
    """A lead alerted in Slack, and a chat with the visitor relayed in the alert's thread: (lead, channel, ts)."""
    created = api.post("/api/v1/leads", json=lead_body(), headers=headers)
    assert created.status_code == 201, created.get_json()
    while worker.run_once():
        pass
    [alert] = slack.alerts()
    channel = next(c for (c, ts), m in slack.messages.items() if m is alert)
    bot = WebClient(token=slack.token, base_url=slack.api_url, retry_handlers=[])
    bot.chat_postMessage(channel=channel, thread_ts=alert["ts"], text=VISITOR_LINES[0])
    slack.reply_in_thread(channel, alert["ts"], SALESPERSON, "Thanks Jane, I'll call you")
    bot.chat_postMessage(channel=channel, thread_ts=alert["ts"], text=VISITOR_LINES[1])
    return created.get_json()["id"], channel, alert["ts"]


def erase(api: Any, headers: dict[str, str], lead_id: str) -> None:
    response = api.delete(f"/api/v1/leads/{lead_id}", headers=headers)
    assert response.status_code == 200, response.get_json()
    assert "slack" in response.get_json()["notices"]


def still_personal(slack: SlackFake, channel: str, ts: str) -> list[str]:
    """What the alert and the bot's lines in its thread still say besides ``ERASED``."""
    bots = [m for m in slack.thread(channel, ts) if m.get("bot_id")]
    return [m["text"] for m in [slack.messages[(channel, ts)], *bots]
            if m["text"] != ERASED or (m.get("blocks") and ERASED not in json.dumps(m["blocks"]))]


def slack_erasure(app: Any) -> Delivery:
    [row] = rows(app, select(Delivery).where(Delivery.destination == "slack", Delivery.event == "lead.erased"))
    return row


def make_due(app: Any) -> None:
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.execute(update(Delivery).where(Delivery.status == "pending").values(next_attempt_at=utcnow()))


TRANSIENT = {
    "429 with Retry-After": lambda fake: fake.refuse_next("conversations.replies", "ratelimited", status=429,
                                                          retry_after=30),
    "503": lambda fake: fake.refuse_next("conversations.replies", "service_unavailable", status=503),
    "the connection dropped": lambda fake: fake.lose_reply_next(path="/api/conversations.replies"),
}


@pytest.mark.parametrize("how", sorted(TRANSIENT))
def test_a_thread_unreadable_at_the_first_attempt_is_retried_by_the_outbox_and_ends_fully_erased(
        app, client, admin, slack, worker, how) -> None:  # noqa: F811
    lead_id, channel, ts = alerted_with_a_chat(client, admin, slack, worker)
    assert len(still_personal(slack, channel, ts)) == 3
    erase(client, admin, lead_id)
    TRANSIENT[how](slack)

    worker.run_once()
    row = slack_erasure(app)
    assert (row.status, row.attempts) == ("pending", 1), row.last_error
    assert "conversations.replies" in row.last_error
    if how.startswith("429"):
        assert row.next_attempt_at >= utcnow() + timedelta(seconds=25), "Retry-After is honoured"
    assert len(still_personal(slack, channel, ts)) == 3, "nothing is blanked before the thread is read"
    if how.startswith("429"):
        assert worker.run_once() == 0, "not due before Retry-After"

    make_due(app)
    worker.run_once()
    row = slack_erasure(app)
    assert (row.status, row.attempts) == ("delivered", 2)
    assert still_personal(slack, channel, ts) == []
    assert [m["text"] for m in slack.thread(channel, ts) if m.get("user") == SALESPERSON] == \
        ["Thanks Jane, I'll call you"], "a person's own line is theirs"


def test_a_token_without_the_history_scope_leaves_a_dead_erasure_naming_the_scope_and_a_replay_finishes_it(
        app, client, admin, slack, worker, config, monkeypatch, capsys) -> None:  # noqa: F811
    lead_id, channel, ts = alerted_with_a_chat(client, admin, slack, worker)
    # an app installed before the manifest asked for the scope
    slack.scopes = tuple(s for s in slack_contract.granted_scopes() if s != HISTORY)
    erase(client, admin, lead_id)
    worker.run_once()

    row = slack_erasure(app)
    assert row.status == "dead" and row.attempts == 1, "a missing scope is not retried"
    assert f"missing_scope, needs {HISTORY}" in row.last_error and "changed nothing in it" in row.last_error
    assert len(still_personal(slack, channel, ts)) == 3, "nothing half-done: the alert is not blanked either"
    assert not slack.updates()[1:], "no edit since the alert was drawn"
    shown = client.get(f"/api/v1/leads/{lead_id}", headers=admin).get_json()["deliveries"]
    assert {(d["destination"], d["event"], d["status"], d["last_error"]) for d in shown} >= \
        {("slack", "lead.erased", "dead", row.last_error)}, "the operator sees why"

    monkeypatch.setenv("DATABASE_URL", config["database_url"])
    monkeypatch.setenv("LEADBOT_WORKER_WAKE", f"127.0.0.1:{config['wake_address'][1]}")
    assert cli.main(["deliveries", "dead"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(d["id"], d["last_error"]) for d in listed] == [(row.id, row.last_error)]

    slack.scopes = slack_contract.granted_scopes()  # the app is reinstalled with the manifest's scopes
    assert cli.main(["deliveries", "replay", row.id]) == 0
    worker.run_once()
    assert slack_erasure(app).status == "delivered"
    assert still_personal(slack, channel, ts) == []


def test_a_rate_limit_half_way_through_the_lines_is_retried_and_the_retry_finishes_the_rest(
        app, client, admin, slack, worker) -> None:  # noqa: F811
    lead_id, channel, ts = alerted_with_a_chat(client, admin, slack, worker)
    erase(client, admin, lead_id)
    edits = len(slack.updates())
    slack.refuse_next("chat.update", "ratelimited", status=429, retry_after=1, after=1)
    worker.run_once()
    row = slack_erasure(app)
    assert (row.status, row.last_status) == ("pending", 429)
    assert len(still_personal(slack, channel, ts)) == 2, "the alert was blanked, the lines not yet"

    make_due(app)
    worker.run_once()
    assert slack_erasure(app).status == "delivered"
    assert still_personal(slack, channel, ts) == []
    assert len(slack.updates()) - edits == 2 + 2, "the retry edits only the two lines left"
