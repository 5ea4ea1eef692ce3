"""The published playbook as the service uses it: cached (no query per request), live within a second, served to the bot."""

from __future__ import annotations

import json
import time
from typing import Any, Iterator

import pytest
from sqlalchemy import event

import signing
from qualification.playbook_file import read_yaml
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, WEBSITE_KEY, lead_body
from webhooks import create_app
from webhooks.playbooks.published import PlaybookProvider
from webhooks.playbooks.store import PlaybookStore
from webhooks.playbooks.text import dump_yaml
from webhooks.playbooks.watched_file import PlaybookFile

PATH = signing.PLAYBOOK_PATH


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def playbook_queries(app: Any) -> list[str]:
    seen: list[str] = []

    @event.listens_for(app.extensions["leadbot.db"][0], "before_cursor_execute")
    def _count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "playbook_versions" in statement:
            seen.append(statement)

    return seen


def publish(app: Any, change: Any, author: str = "test@example.com") -> int:
    """Publish the newest version changed by ``change(data)``, as the studio does, through the store."""
    store = PlaybookStore(app.config["LEADBOT_SETTINGS"].playbook_path)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        store.ensure_seeded(session)
        latest = store.latest(session)
        data = read_yaml(latest.text)
        change(data)
        return store.save(session, dump_yaml(data), based_on=latest.version, author=author, publish=True).version


def set_sql_threshold(score: int) -> Any:
    def change(data: dict[str, Any]) -> None:
        data["stages"]["sql"]["min_score"] = score
    return change


def ingest(client: Any) -> dict[str, Any]:
    body = json.dumps(lead_body()).encode()
    response = client.post("/api/v1/leads", data=body,
                           headers={**signing.sign(ACTION_SECRET, "POST", signing.LEADS_PATH, body), "Content-Type": "application/json"})
    assert response.status_code == 201, response.text
    return response.json


def test_provider_asks_the_database_at_most_once_per_ttl(app: Any) -> None:
    clock = Clock()
    settings = app.config["LEADBOT_SETTINGS"]
    provider = PlaybookProvider(app.extensions["leadbot.db"][1], PlaybookFile(settings.playbook_path), clock=clock)
    queries = playbook_queries(app)
    for _ in range(200):
        provider.current()
    assert len(queries) == 1  # "which version is published?" once, for 200 uses
    clock.now += 1.01
    provider.current()
    assert len(queries) == 2
    version = publish(app, set_sql_threshold(90))
    queries.clear()
    clock.now += 1.01
    assert provider.current().stages.sql.min_score == 90
    assert provider.snapshot().version == version
    assert len(queries) == 2  # the number, then the text (only because it changed)
    clock.now += 1.01
    provider.current()
    assert len(queries) == 3  # unchanged: the number only


def test_ingest_reads_no_playbook_row_per_request(app: Any, client: Any) -> None:
    ingest(client)
    queries = playbook_queries(app)
    started = time.monotonic()
    for _ in range(20):
        ingest(client)
    elapsed = time.monotonic() - started
    assert len(queries) <= int(elapsed / app.extensions["leadbot.playbook"].ttl) + 1


def test_a_publish_scores_leads_in_another_process_once_its_cache_expires(config: dict[str, Any]) -> None:
    """Two app instances on one database stand for two gunicorn workers: the studio's and the ingest's.

    How fast a publish goes live is measured by bench/publish_to_live.py; this
    checks that the other process does pick it up once its cache's time is up.
    """
    studio, service = create_app(config), create_app(config)
    try:
        # The service's cache reads a clock the test moves, instead of the test sleeping out its ttl.
        cache = service.extensions["leadbot.playbook"]
        cache.clock = clock = Clock()
        client = service.test_client()
        assert ingest(client)["stage"] == "sql"
        publish(studio, set_sql_threshold(100))  # the lead scores 99
        assert ingest(client)["stage"] == "sql"  # the other process's cache has not run out yet
        clock.now += cache.ttl
        assert ingest(client)["stage"] == "mql"
    finally:
        for app in (studio, service):
            app.extensions["leadbot.db"][0].dispose()


def test_without_any_published_version_the_start_up_file_is_used(app: Any, client: Any) -> None:
    snapshot = app.extensions["leadbot.playbook"].snapshot()
    assert snapshot.version is None
    assert ingest(client)["stage"] == "sql"


# ------------------------------------------------------------------ GET /api/v1/playbook


@pytest.fixture
def published(app: Any) -> Iterator[int]:
    def change(data: dict[str, Any]) -> None:
        data["questions"][0]["wording"] = ["Published wording"]
    yield publish(app, change)


def test_the_bot_reads_the_published_playbook_signed(client: Any, published: int) -> None:
    response = client.get(PATH, headers=signing.sign(ACTION_SECRET, "GET", PATH))
    assert response.status_code == 200
    assert response.json["version"] == published
    assert response.json["playbook"]["questions"][0]["wording"] == ["Published wording"]
    etag = response.headers["ETag"]
    again = client.get(PATH, headers={**signing.sign(ACTION_SECRET, "GET", PATH), "If-None-Match": etag})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == etag
    admin = client.get(PATH, headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert admin.status_code == 200


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer website-key-is-not-enough"},
    {signing.SIGNATURE_HEADER: "v1=00", signing.TIMESTAMP_HEADER: "1"},
    "other-request-signature",
    "old-signature",
    "wrong-secret",
])
def test_reading_the_playbook_needs_a_valid_signature(client: Any, published: int, headers: Any) -> None:
    if headers == "other-request-signature":  # a signature made for another request is not this request's
        headers = signing.sign(ACTION_SECRET, "GET", signing.LEADS_PATH)
    elif headers == "old-signature":
        headers = signing.sign(ACTION_SECRET, "GET", PATH, timestamp=int(time.time()) - 3600)
    elif headers == "wrong-secret":
        headers = signing.sign("not-the-secret", "GET", PATH)
    response = client.get(PATH, headers=headers)
    assert response.status_code == 401
    assert "playbook" not in response.json


def test_a_source_key_may_not_read_the_playbook(client: Any, published: int) -> None:
    response = client.get(PATH, headers={"Authorization": f"Bearer {WEBSITE_KEY}"})
    assert response.status_code == 403 and "playbook" not in response.json


def test_a_playbook_read_signature_cannot_change_a_lead(client: Any) -> None:
    headers = signing.sign(ACTION_SECRET, "GET", PATH)
    response = client.post("/api/v1/leads", data=b"", headers=headers)
    assert response.status_code == 401
    assert client.get("/api/v1/leads", headers=headers).status_code == 401
