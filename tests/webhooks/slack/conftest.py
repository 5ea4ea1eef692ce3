"""The service with Slack mounted, on the parent's databases (``database_url``: SQLite and PostgreSQL),
a local Slack Web API, and the real outbox worker run in-process (``run_once``).

A lead is alerted the way production alerts it: posted to the API signed by
the action server, then delivered by the worker to the Slack fake.
"""

from __future__ import annotations

import json
import socket
import time
from collections import Counter
from concurrent.futures import Executor, Future
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from harness import slack_api
from harness.ports import free_port
from signing import LEADS_PATH, sign
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, lead_body
from webhooks import create_app
from webhooks.delivery.worker import Worker


def eventually(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Wait for work bolt does after ``ack()``; returns the first truthy result of ``check``."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.02)


class AtOnce(Executor):
    """Runs each job in the caller before ``submit`` returns (``create_app``'s ``slack_executor``): a request to
    ``/slack/events`` has done all it will do when the test client has its answer. A test that checks that a
    refused or ignored request changed nothing then checks at once, instead of sleeping for bolt's threads."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        done: Future[Any] = Future()
        try:
            done.set_result(fn(*args, **kwargs))
        except BaseException as error:  # kept in the future, as a pool's thread keeps it
            done.set_exception(error)
        return done


@dataclass(frozen=True)
class Alert:
    lead_id: str
    channel: str
    ts: str


@pytest.fixture
def slack() -> Iterator[slack_api.Slack]:
    with slack_api.Slack(token=slack_api.TOKEN, people=slack_api.PEOPLE) as fake:
        yield fake


# How long a visitor who asked for a person waits for someone to join, in the stack's tests (default 120 s).
HANDOFF_WAIT = 6
# The default playbook's routes post to these channels; the bot in Slack answers in D0VISITOR.
CHANNELS = {"#sales-enterprise": "C0ENT", "#sales-emea": "C0EMEA", "#sales": "C0SALES", "#marketing-leads": "C0MKTG"}


# tests/webhooks/handoff's conftest imports ``slack_workspace`` and ``slack_stack``, which makes pytest hold a second
# session fixture of each: a run reaching both folders started two product stacks (Rasa: ~10 s, 800 MB) where one
# serves both. Each fixture's first user starts it, its last one stops it.
_shared: dict[str, tuple[Any, ExitStack]] = {}
_users: Counter[str] = Counter()


@contextmanager
def shared(name: str, start: Callable[[ExitStack], Any]) -> Iterator[Any]:
    if name not in _shared:
        exits = ExitStack()
        try:
            _shared[name] = (start(exits), exits)
        except BaseException:
            exits.close()
            raise
    _users[name] += 1
    try:
        yield _shared[name][0]
    finally:
        _users[name] -= 1
        if not _users[name]:
            _shared.pop(name)[1].close()


@pytest.fixture(scope="session")
def slack_workspace() -> Iterator[slack_api.Slack]:
    """Slack for the whole product (``slack_stack``): channels, people, and its side of the Events API."""
    with shared("slack_workspace", lambda exits: exits.enter_context(slack_api.Slack(
            token=slack_api.TOKEN, channels=(*CHANNELS.values(), "D0VISITOR"), names=dict(CHANNELS),
            people=slack_api.PEOPLE))) as fake:
        yield fake


def always_at_work(path: Path) -> Path:
    """The default playbook with its team at work around the clock, written to ``path``: a visitor asking for
    a person is always fetched someone, whenever the tests run."""
    import yaml

    from qualification import DEFAULT_PLAYBOOK, parse_playbook
    from qualification.playbook_file import read_yaml

    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    always = {day: ["00:00-24:00"] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
    data["scheduling"]["defaults"]["working_hours"] = always
    for calendar in (data["scheduling"].get("owners") or {}).values():
        if isinstance(calendar, dict) and "working_hours" in calendar:
            calendar["working_hours"] = always
    parse_playbook(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def slack_env(workspace: slack_api.Slack, *, bot_url: str) -> dict[str, str]:
    """What the stack's processes need for Slack and the handoff, the service's relay going to ``bot_url``."""
    return dict(
        LEADBOT_HANDOFF_WAIT=str(HANDOFF_WAIT),
        SLACK_BOT_TOKEN=workspace.token, SLACK_SIGNING_SECRET=slack_api.SIGNING_SECRET,
        SLACK_BASE_URL=workspace.api_url, SLACK_DEFAULT_CHANNEL="",
        LEADBOT_BOT_URL=bot_url, LEADBOT_WORKER_WAKE=f"127.0.0.1:{free_port(socket.SOCK_DGRAM)}",
        LEADBOT_SERVICE_TIMEOUT="20",
    )


@pytest.fixture(scope="session")
def slack_stack(tmp_path_factory: pytest.TempPathFactory, slack_workspace: slack_api.Slack) -> Iterator[Any]:
    """The real product (service and worker, action server, Rasa) with Slack's app pointed at the service's
    one Request URL, as ``slack-app-manifest.yml`` sets it up, and the service knowing where Rasa is.

    Not tests/shared_product.py's stack: Slack here is ``harness.slack_api``'s workspace (people, channels,
    the Events API signed with its secret), where that stack's is ``harness.fakes.slack``'s Web API; the
    processes read which one at start-up. Sharing it would mean one fake for both sets of tests."""
    from bot.training import ensure_model
    from harness.stack import Stack

    def start(exits: ExitStack) -> Stack:
        playbook = always_at_work(tmp_path_factory.mktemp("slack-playbook") / "playbook.yml")
        stack = Stack(tmp_path_factory.mktemp("slack-stack"), ensure_model(), with_worker=True, playbook=playbook)
        stack.extra_env.update(slack_env(slack_workspace, bot_url=stack.rasa_url))
        exits.callback(stack.stop)
        return stack.start()

    with shared("slack_stack", start) as stack:
        yield stack


@pytest.fixture
def rasa_slack() -> Iterator[slack_api.RasaSlackChannel]:
    """Where the one Slack URL hands the bot's requests (Rasa's Slack channel, played locally)."""
    with slack_api.RasaSlackChannel(action_secret=ACTION_SECRET) as channel:
        yield channel


@pytest.fixture
def config(database_url: str, slack: slack_api.Slack, rasa_slack: slack_api.RasaSlackChannel) -> dict[str, Any]:
    """The default playbook (its routes name slack and CRMs); only Slack is configured here."""
    return {
        "TESTING": True,
        "database_url": database_url,
        "action_secret": ACTION_SECRET,
        "admin_api_key": ADMIN_KEY,
        "slack_signing_secret": slack_api.SIGNING_SECRET,
        "bot_url": rasa_slack.url,
        # Each test drives the worker by hand, alert after alert in one channel: Slack's pace per
        # channel (tests/webhooks/delivery/test_pacing.py) would hold them back, so it is off here.
        "integrations": {"slack": {"token": slack_api.TOKEN, "base_url": slack.api_url, "min_interval": 0}},
        "http_timeout": 5.0,
        "retry_schedule": [0.05, 0.05, 0.05],
        "wake_address": ("127.0.0.1", free_port(socket.SOCK_DGRAM)),
        "lease_seconds": 5.0,
    }


@pytest.fixture
def app(config: dict[str, Any]) -> Iterator[Any]:
    application = create_app(config)
    assert "/slack/events" in {rule.rule for rule in application.url_map.iter_rules()}
    yield application
    application.extensions["leadbot.db"][0].dispose()


@pytest.fixture
def worker(app: Any) -> Iterator[Worker]:
    running = Worker(app.config["LEADBOT_SETTINGS"], registry=app.extensions["leadbot.registry"])
    yield running
    running.engine.dispose()


@pytest.fixture
def post_slack(client: Any) -> Callable[..., Any]:
    """POST a body to ``/slack/events`` signed as Slack signs it (override headers to forge)."""

    def post(body: bytes, *, content_type: str = "application/x-www-form-urlencoded", **headers: str) -> Any:
        signed = slack_api.signed_headers(body, content_type=content_type)
        return client.post("/slack/events", data=body, headers={**signed, **headers})

    return post


@pytest.fixture
def alerted(client: Any, worker: Worker, slack: slack_api.Slack) -> Callable[..., Alert]:
    """A new SQL lead, alerted in Slack by the worker; returns where the alert is."""

    def make(**changes: Any) -> Alert:
        raw = json.dumps(lead_body(**changes)).encode()
        response = client.post("/api/v1/leads", data=raw, content_type="application/json",
                               headers=sign(ACTION_SECRET, "POST", LEADS_PATH, raw))
        assert response.status_code == 201, response.get_json()
        lead_id = response.get_json()["id"]
        before = len(slack.posts())
        worker.run_once()
        assert len(slack.posts()) == before + 1, "the worker did not alert Slack"
        lead = client.get(f"/api/v1/leads/{lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).get_json()
        [record] = [d for d in lead["destinations"] if d["destination"] == "slack"]
        channel, ts = record["external_id"].split(":")
        return Alert(lead_id, channel, ts)

    return make
