"""Replaying a captured Slack request, and post-dating one, against the real service.

Before: slack-bolt's check accepted a captured request again for five minutes, and
accepted timestamps up to five minutes ahead, so a request captured once (a proxy log,
a leaked HAR file) could be played again: a button click claimed or disqualified a lead twice.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Iterator

import pytest

from harness import slack_api
from harness.ports import free_port
from tests.security.conftest import from_address, new_address
from tests.security.web import Web, production_web

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    nowhere = f"http://127.0.0.1:{free_port()}/api/"  # Slack's Web API: nothing here is meant to reach it
    with production_web(tmp_path_factory.mktemp("slack"), SLACK_SIGNING_SECRET=slack_api.SIGNING_SECRET,
                        SLACK_BOT_TOKEN=slack_api.TOKEN, SLACK_BASE_URL=nowhere) as running:
        yield running


def challenge() -> bytes:
    return json.dumps({"token": "unused", "type": "url_verification", "challenge": uuid.uuid4().hex}).encode()


def test_a_captured_slack_request_is_refused_when_replayed(web):
    http = from_address(new_address())
    body = challenge()
    captured = slack_api.signed_headers(body, content_type="application/json")
    first = http.post(f"{web.url}/slack/events", data=body, headers=captured, timeout=10)
    assert first.status_code == 200 and json.loads(body)["challenge"] in first.text
    for _ in range(2):
        replay = http.post(f"{web.url}/slack/events", data=body, headers=captured, timeout=10)
        assert replay.status_code == 401
        assert replay.json()["error"]["code"] == "unauthenticated"


@pytest.mark.parametrize("ahead, status", [(120, 401), (290, 401), (20, 200)])
def test_a_post_dated_slack_request_is_refused_beyond_a_small_clock_skew(web, ahead, status):
    body = challenge()
    headers = slack_api.signed_headers(body, timestamp=int(time.time()) + ahead, content_type="application/json")
    response = from_address(new_address()).post(f"{web.url}/slack/events", data=body, headers=headers, timeout=10)
    assert response.status_code == status, response.text
