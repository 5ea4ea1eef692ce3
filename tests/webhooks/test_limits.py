"""Rate limits at the service's edge (``webhooks.limits``): who is counted for what, and the 429 they get.

These run the Flask app in process with the shipped limits, or tighter ones
through ``create_app({"rate_limits": ...})``; ``tests/security`` attacks the
real gunicorn.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from ratelimits import Rule
from signing import sign
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, WEBSITE_KEY, lead_body, table_counts
from webhooks import create_app
from webhooks.settings import DEFAULT_RATE_LIMITS, Settings, SettingsError


@pytest.fixture
def tight(config: dict[str, Any]) -> Any:
    """The service with limits small enough to reach in a test."""
    app = create_app({**config, "rate_limits": {
        "leads": "3/minute", "leads_per_conversation": "2/minute", "bookings": "2/minute", "bookings_per_lead": "2/minute",
    }})
    yield app
    app.extensions["leadbot.db"][0].dispose()


def from_address(app: Any, address: str) -> Any:
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def post_with_key(client: Any, key: str = WEBSITE_KEY, **changes: Any) -> Any:
    return client.post("/api/v1/leads", json=lead_body(source="website", **changes),
                       headers={"Authorization": f"Bearer {key}"})


def post_signed(client: Any, conversation: str) -> Any:
    """The bot's post for ``conversation``; each one differs (a signed request is accepted once)."""
    answer = {"question_id": "need", "text": f"answer {uuid.uuid4().hex[:8]}"}
    raw = json.dumps(lead_body(conversation, answers=[answer])).encode()
    headers = {**sign(ACTION_SECRET, "POST", "/api/v1/leads", raw), "Content-Type": "application/json"}
    return client.post("/api/v1/leads", data=raw, headers=headers)


def test_a_key_past_its_limit_gets_429_with_retry_after_and_nothing_is_stored(tight: Any) -> None:
    client = from_address(tight, "203.0.113.5")
    assert [post_with_key(client).status_code for _ in range(3)] == [201, 201, 201]
    before = table_counts(tight)
    refused = post_with_key(client)
    assert refused.status_code == 429
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert refused.get_json()["error"]["code"] == "too_many_requests"
    assert table_counts(tight) == before
    assert post_with_key(from_address(tight, "198.51.100.8")).status_code == 201  # another address is not held


def test_the_action_server_is_counted_per_conversation_not_per_address(tight: Any) -> None:
    client = tight.test_client()  # every visitor's lead comes from 127.0.0.1
    for n in range(5):  # more conversations than the per-address limit: none is held back
        assert post_signed(client, f"conv-{n}-{uuid.uuid4().hex[:6]}").status_code == 201
    busy = f"conv-busy-{uuid.uuid4().hex[:6]}"
    assert [post_signed(client, busy).status_code for _ in range(2)] == [201, 200]
    before = table_counts(tight)
    assert post_signed(client, busy).status_code == 429
    assert table_counts(tight) == before
    assert post_with_key(client).status_code == 201  # keys from the same address have their own count


def test_bookings_are_counted_per_lead_for_the_action_server_and_per_address_for_keys(tight: Any) -> None:
    client = tight.test_client()

    def booking() -> bytes:
        return json.dumps({"starts_at": "2020-01-01T10:00:00Z", "time_zone": "Europe/Berlin",
                           "request_id": uuid.uuid4().hex}).encode()

    def book(lead_id: str) -> int:
        path, body = f"/api/v1/leads/{lead_id}/booking", booking()
        headers = {**sign(ACTION_SECRET, "POST", path, body), "Content-Type": "application/json"}
        return client.post(path, data=body, headers=headers).status_code

    assert 429 not in [book("ld_one"), book("ld_one")]
    assert book("ld_one") == 429
    assert book("ld_two") != 429
    admin = from_address(tight, "203.0.113.77")
    answers = [admin.post("/api/v1/leads/ld_x/booking", data=booking(), content_type="application/json",
                          headers={"Authorization": f"Bearer {ADMIN_KEY}"}).status_code for _ in range(3)]
    assert 429 not in answers[:2] and answers[2] == 429


def test_reads_are_not_counted(tight: Any) -> None:
    client = from_address(tight, "203.0.113.6")
    for _ in range(10):
        assert client.get("/api/v1/leads", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).status_code == 200
    assert post_with_key(client).status_code == 201


def test_the_shipped_limits_let_a_busy_source_and_a_long_conversation_through(app: Any) -> None:
    settings = app.config["LEADBOT_SETTINGS"]
    assert Rule.parse(settings.rate_limits["leads"]).count >= 60
    client = app.test_client()
    conversation = f"conv-{uuid.uuid4().hex[:8]}"
    # A draft after each answer and the final post: a long chat posts about 15 times in a few minutes.
    assert {post_signed(client, conversation).status_code for _ in range(15)} <= {200, 201}


def test_limits_come_from_the_environment_and_a_typo_stops_the_start() -> None:
    settings = Settings.from_env({"LEADBOT_LIMIT_SIGNIN": "5/10 minutes", "LEADBOT_LIMIT_SLACK": "off",
                                  "LEADBOT_RATE_LIMIT_STORAGE": "redis://127.0.0.1:6379/0", "LEADBOT_PROXIES": "1"})
    assert settings.rate_limits["signin"] == "5/10 minutes" and settings.rate_limits["slack"] == "off"
    assert settings.rate_limits["leads"] == DEFAULT_RATE_LIMITS["leads"]
    assert settings.rate_limit_storage.startswith("redis://") and settings.proxies == 1
    for name, value in (("LEADBOT_LIMIT_LEADS", "lots/minute"), ("LEADBOT_RATE_LIMIT_STORAGE", "memcached://x"),
                        ("LEADBOT_PROXIES", "-1")):
        with pytest.raises(SettingsError) as error:
            Settings.from_env({name: value})
        assert error.value.name == name


def test_counts_are_shared_through_redis_by_every_app_that_names_it(config: dict[str, Any]) -> None:
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url).ping()
    except redis.RedisError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    address = f"198.18.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"
    apps = [create_app({**config, "rate_limit_storage": url, "rate_limits": {"leads": "2/minute"}}) for _ in range(2)]
    try:
        answers = [post_with_key(from_address(apps[n % 2], address)).status_code for n in range(3)]
        assert answers == [201, 201, 429]  # two "gunicorn workers", one count
    finally:
        for each in apps:
            each.extensions["leadbot.db"][0].dispose()


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_count(config: dict[str, Any]) -> None:
    app = create_app({**config, "proxies": 1, "rate_limits": {"leads": "1/minute"}})
    client = app.test_client()  # every request comes from the proxy at 127.0.0.1

    def post(forwarded_for: str) -> int:
        return client.post("/api/v1/leads", json=lead_body(source="website"), headers={
            "Authorization": f"Bearer {WEBSITE_KEY}", "X-Forwarded-For": forwarded_for}).status_code

    assert [post("203.0.113.1"), post("203.0.113.1"), post("203.0.113.2")] == [201, 429, 201]
    # The proxy appends the address it saw: what the client wrote before it is not believed.
    assert post("203.0.113.2, 203.0.113.3") == 201 and post("203.0.113.9, 203.0.113.3") == 429
    app.extensions["leadbot.db"][0].dispose()


def test_without_a_trusted_proxy_a_forwarded_address_does_not_escape_the_count(tight: Any) -> None:
    client = from_address(tight, "203.0.113.50")
    answers = [client.post("/api/v1/leads", json=lead_body(source="website"), headers={
        "Authorization": f"Bearer {WEBSITE_KEY}", "X-Forwarded-For": f"198.51.100.{n}"}).status_code for n in range(4)]
    assert answers == [201, 201, 201, 429]


def test_a_limit_of_several_rules_refuses_at_the_tightest(config: dict[str, Any]) -> None:
    app = create_app({**config, "rate_limits": {"leads": "100/hour, 2/minute"}})
    try:
        client = from_address(app, "203.0.113.9")
        assert [post_with_key(client).status_code for _ in range(3)] == [201, 201, 429]
    finally:
        app.extensions["leadbot.db"][0].dispose()


def test_several_rules_and_off_read_from_the_environment() -> None:
    settings = Settings.from_env({"LEADBOT_LIMIT_LEADS": "60/minute, 600/hour", "LEADBOT_LIMIT_BOOKINGS": "off"})
    assert settings.rate_limits["leads"] == "60/minute, 600/hour"
    with pytest.raises(SettingsError):
        Settings.from_env({"LEADBOT_LIMIT_LEADS": "60/minute, lots/hour"})
