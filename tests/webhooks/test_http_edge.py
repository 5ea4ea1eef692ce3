"""The request edge under real gunicorn: what the Flask test client cannot show (streamed bodies)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from sqlalchemy import create_engine, func, select

from harness import services
from signing import LEADS_PATH, sign
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, lead_body
from webhooks.models import Lead

pytestmark = pytest.mark.slow
LIMIT = 64 * 1024


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path,
        playbook_path: Path) -> Iterator[tuple[str, str]]:
    """One gunicorn for the module: each test counts the leads its requests stored, from what was there before."""
    folder = tmp_path_factory.mktemp("http-edge")
    path = folder / "leadbot.db"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    env = services.service_env(url, endpoints={}, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY,
                               playbook=playbook_path, LEADBOT_MAX_BODY_BYTES=str(LIMIT))
    process, base = services.start_web(env, folder / "web.log")
    yield base, url
    services.stop(process)


def leads_stored(database_url: str) -> int:
    engine = create_engine(database_url, future=True)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(Lead)).scalar_one()
    engine.dispose()
    return count


def chunked(raw: bytes, size: int = 8192) -> Iterator[bytes]:
    """A body sent with ``Transfer-Encoding: chunked``: no Content-Length for the server to check first."""
    for start in range(0, len(raw), size):
        yield raw[start:start + size]


def test_a_streamed_body_past_the_limit_is_413_not_a_cut_one(web):
    base, database_url = web
    before = leads_stored(database_url)
    huge = json.dumps(lead_body(answers=[{"question_id": "need", "text": "x" * 5000}] * 20)).encode()
    assert len(huge) > LIMIT
    # Valid JSON up to the limit, then padding: cut at the limit it would parse and be stored.
    padded = json.dumps(lead_body()).encode() + b" " * LIMIT
    with requests.Session() as http:
        for raw in (huge, padded):
            headers = {**sign(ACTION_SECRET, "POST", LEADS_PATH, raw), "Content-Type": "application/json"}
            response = http.post(f"{base}/api/v1/leads", data=chunked(raw), headers=headers, timeout=10)
            assert response.status_code == 413, response.text
            assert response.json()["error"]["code"] == "request_entity_too_large"
        small = json.dumps(lead_body()).encode()
        headers = {**sign(ACTION_SECRET, "POST", LEADS_PATH, small), "Content-Type": "application/json"}
        accepted = http.post(f"{base}/api/v1/leads", data=chunked(small, 100), headers=headers, timeout=10)
    assert accepted.status_code == 201, accepted.text  # streaming itself is fine
    assert leads_stored(database_url) - before == 1


def test_garbage_and_wrong_content_under_gunicorn_is_4xx(web):
    base, database_url = web
    before = leads_stored(database_url)
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    cases: list[tuple[Any, dict[str, str], int]] = [
        (b"\x00\x01\x02", {"Content-Type": "application/json"}, 400),
        (b"source=bot&attributes=x", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
        (json.dumps({"source": "bot", "attributes": {}, "extra": 1}).encode(), {"Content-Type": "application/json"}, 422),
    ]
    with requests.Session() as http:
        for raw, headers, status in cases:
            response = http.post(f"{base}/api/v1/leads", data=raw, headers={**admin, **headers}, timeout=10)
            assert response.status_code == status, (raw, response.text)
            assert response.headers["Content-Type"].startswith("application/json")
    assert leads_stored(database_url) == before
