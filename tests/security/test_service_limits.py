"""A script posting leads as fast as it can, with a real API key, against the real service.

Before: no limit anywhere; a leaked or scripted key stored leads (and queued their Slack and
CRM deliveries) as fast as the server could write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
import redis
import requests
from sqlalchemy import create_engine, func, select

from harness.services import lead_body
from ratelimits import Rule
from tests.security.conftest import from_address, in_one_window, new_address
from tests.security.web import Web, production_web
from webhooks.models import Lead
from webhooks.settings import DEFAULT_RATE_LIMITS

pytestmark = pytest.mark.slow
KEY = "security-website-key"
PER_MINUTE = Rule.parse(DEFAULT_RATE_LIMITS["leads"])
WORKERS = 2  # memory counters are per gunicorn worker: each lets the limit through


REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture(params=["memory", "redis"])
def web(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Web]:
    env = {"LEADBOT_API_KEYS": f'{{"website": "{KEY}"}}'}
    if request.param == "redis":
        env["LEADBOT_RATE_LIMIT_STORAGE"] = REDIS
    with production_web(tmp_path, **env) as running:
        yield running


def stored_leads(web: Web) -> int:
    engine = create_engine(web.database_url, future=True)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(Lead)).scalar_one()
    engine.dispose()
    return count


def test_a_burst_of_leads_from_one_key_is_cut_off_with_429_and_retry_after_and_nothing_more_is_stored(web, request):
    shared = "redis" in request.node.callspec.id

    def burst() -> tuple[int, list[requests.Response]]:
        address = new_address()
        if shared:  # a run a moment ago counted this address too
            counts = redis.Redis.from_url(REDIS)
            for key in counts.scan_iter(match=f"leadbot:rl:leads:address:{address}|*"):
                counts.delete(key)
        http, before = from_address(address), stored_leads(web)
        return before, [http.post(f"{web.url}/api/v1/leads", json=lead_body(source="website"),
                                  headers={"Authorization": f"Bearer {KEY}"}, timeout=10)
                        for _ in range(WORKERS * PER_MINUTE.count + 20)]

    before, answers = in_one_window(PER_MINUTE.seconds, burst)
    accepted = [a for a in answers if a.status_code == 201]
    refused = [a for a in answers if a.status_code == 429]
    assert len(accepted) + len(refused) == len(answers), {a.status_code for a in answers}
    assert refused, "no request was refused"
    for answer in refused:
        assert 0 < int(answer.headers["Retry-After"]) <= PER_MINUTE.seconds
        assert answer.json()["error"]["code"] == "too_many_requests"
    # One count shared through Redis lets exactly the limit through; per-process counts at most once per worker.
    assert len(accepted) == PER_MINUTE.count if shared else PER_MINUTE.count <= len(accepted) <= WORKERS * PER_MINUTE.count
    assert stored_leads(web) - before == len(accepted)
    # Someone else, at another address, is not held back by the script.
    other = from_address(new_address()).post(f"{web.url}/api/v1/leads", json=lead_body(source="website"),
                                             headers={"Authorization": f"Bearer {KEY}"}, timeout=10)
    assert other.status_code == 201
