"""nginx with deploy/nginx/leadbot.conf.j2 in front of two real gunicorn instances on PostgreSQL and Redis.

What the bot's side adds (socket.io stickiness, the REST channel over both Rasa servers, the action
servers out of reach) is proved by tests/scale, which runs the same file with Rasa behind it.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path
from typing import Iterator

import pytest
import redis
import requests

from harness import services
from harness.nginx import Nginx
from harness.stack import _children
from qualification import DEFAULT_PLAYBOOK
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, postgres_url  # noqa: F401  (fixture)

pytestmark = pytest.mark.slow

KEY = "nginx-test-website-key"
REDIS = "redis://127.0.0.1:6379/14"
LEADS_PER_MINUTE = 3


def new_address() -> str:
    """A loopback address (any 127.x.y.z reaches loopback) of this test's own."""
    return f"127.{random.randint(100, 250)}.{random.randint(0, 250)}.{random.randint(2, 250)}"


def start_pair(database_url: str, folder: Path) -> list[tuple[object, str]]:
    env = services.service_env(
        database_url, endpoints={}, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY, playbook=DEFAULT_PLAYBOOK,
        LEADBOT_PROXIES="1", LEADBOT_API_KEYS=f'{{"website": "{KEY}"}}', LEADBOT_RATE_LIMIT_STORAGE=REDIS,
        LEADBOT_LIMIT_LEADS=f"{LEADS_PER_MINUTE}/minute",
    )
    return [services.start_web(env, folder / f"web{n}.log", workers=1, threads=2) for n in (1, 2)]


def start_nginx(pair: list[tuple[object, str]]) -> Nginx:
    return Nginx(web=tuple(url.removeprefix("http://") for _, url in pair), bot=("127.0.0.1:9",)).start()


@pytest.fixture(scope="module")
def module_web_pair(postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[tuple[object, str]]]:  # noqa: F811, E501
    """The two instances the tests that kill none share: one pair and one nginx for the module (two gunicorns and
    an nginx a test before); ``nginx`` gives each test an empty database and an empty access log."""
    pair = start_pair(postgres_url, tmp_path_factory.mktemp("nginx-pair"))
    yield pair
    for process, _ in pair:
        services.stop(process)


@pytest.fixture(scope="module")
def module_nginx(module_web_pair: list[tuple[object, str]]) -> Iterator[Nginx]:
    running = start_nginx(module_web_pair)
    yield running
    running.stop()


@pytest.fixture
def web_pair(module_web_pair: list[tuple[object, str]]) -> list[tuple[object, str]]:
    return module_web_pair


@pytest.fixture
def nginx(module_nginx: Nginx, postgres_url: str) -> Nginx:  # noqa: F811
    services.empty_database(postgres_url)
    module_nginx.forget_access_log()
    return module_nginx


@pytest.fixture
def own_web_pair(postgres_url: str, tmp_path: Path) -> Iterator[list[tuple[object, str]]]:  # noqa: F811
    """A pair of the test's own, for a test that kills one of them."""
    pair = start_pair(postgres_url, tmp_path)
    yield pair
    for process, _ in pair:
        services.stop(process)


@pytest.fixture
def own_nginx(own_web_pair: list[tuple[object, str]]) -> Iterator[Nginx]:
    running = start_nginx(own_web_pair)
    yield running
    running.stop()


def test_plain_http_is_sent_to_https(nginx: Nginx) -> None:
    answer = requests.get(f"http://127.0.0.1:{nginx.http_port}/api/v1/leads?limit=1", allow_redirects=False,
                          headers={"Host": "localhost"}, timeout=5)
    assert answer.status_code == 308
    assert answer.headers["Location"] == f"https://localhost:{nginx.https_port}/api/v1/leads?limit=1"


def test_the_site_and_the_api_are_served_over_tls_by_both_instances(nginx: Nginx, web_pair) -> None:
    http = nginx.client()
    for _ in range(6):
        assert http.get(f"{nginx.url}/healthz", timeout=5).status_code == 200
    page = http.get(f"{nginx.url}/", timeout=5)
    assert page.status_code == 200 and "<html" in page.text.lower()
    leads = http.get(f"{nginx.url}/api/v1/leads", headers={"Authorization": f"Bearer {ADMIN_KEY}"}, timeout=5)
    assert leads.status_code == 200 and leads.json()["items"] == []
    # Over https through the one trusted proxy, the service says so (X-Forwarded-Proto believed).
    assert "max-age" in page.headers.get("Strict-Transport-Security", "")
    answered_by = {row.upstream for row in nginx.access_log() if row.path == "/healthz"}
    assert answered_by == {url.removeprefix("http://") for _, url in web_pair}, "round robin over both"


def burst_of_leads(nginx: Nginx) -> tuple[list[int], bool]:
    """One more post than the limit from a new address of its own: (the answers' codes, whether all of them fell
    in one counting window, the wall-clock minute ``ratelimits`` counts in)."""
    address = new_address()
    counts = redis.Redis.from_url(REDIS)
    for key in counts.scan_iter(match=f"leadbot:rl:leads:address:{address}|*"):
        counts.delete(key)
    if 60 - time.time() % 60 < 15:  # a burst split over two counting windows would be counted twice as kindly
        time.sleep(60 - time.time() % 60 + 0.1)
    http = nginx.client(address)
    window = int(time.time() // 60)
    codes = []
    for n in range(LEADS_PER_MINUTE + 1):
        # A different made-up address on each post: nginx appends the real one, which the service believes.
        codes.append(http.post(f"{nginx.url}/api/v1/leads", json=services.lead_body(source="website"),
                               headers={"Authorization": f"Bearer {KEY}", "X-Forwarded-For": f"203.0.113.{n}"},
                               timeout=10).status_code)
    return codes, int(time.time() // 60) == window


def test_a_client_is_counted_by_its_own_address_and_cannot_pass_for_another(nginx: Nginx) -> None:
    codes, in_one_window = burst_of_leads(nginx)
    if not in_one_window:  # a slow machine took the burst past the minute's end: the counts say nothing; once more
        codes, in_one_window = burst_of_leads(nginx)
    assert in_one_window, "two bursts each took longer than the 15 s left of their minute"
    assert codes == [201] * LEADS_PER_MINUTE + [429], "counted once across both instances, spoofing ignored"
    other = nginx.client(new_address())
    assert other.post(f"{nginx.url}/api/v1/leads", json=services.lead_body(source="website"),
                      headers={"Authorization": f"Bearer {KEY}"}, timeout=10).status_code == 201


def test_a_body_over_the_services_bound_is_refused_by_nginx(nginx: Nginx) -> None:
    answer = nginx.client().post(f"{nginx.url}/api/v1/leads", data=b"x" * (256 * 1024 + 1),
                           headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}, timeout=10)
    assert answer.status_code == 413
    assert not [row for row in nginx.access_log() if row.path == "/api/v1/leads" and row.upstream not in ("", "-")], \
        "the body never reached an instance"


def test_a_killed_instance_is_taken_out_of_rotation_and_no_request_fails(own_nginx: Nginx, own_web_pair) -> None:
    nginx, web_pair = own_nginx, own_web_pair
    (dead, dead_url), (_, alive_url) = web_pair
    for pid in [*_children(dead.pid), dead.pid]:  # gunicorn's master and its worker, as a crash takes both
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    dead.wait(5)
    before = len(nginx.access_log())
    http = nginx.client()
    codes = [http.get(f"{nginx.url}/healthz", timeout=5).status_code for _ in range(20)]
    assert codes == [200] * 20
    tried = [row.upstream for row in nginx.access_log()[before:] if row.path == "/healthz"]
    dead_address, alive_address = dead_url.removeprefix("http://"), alive_url.removeprefix("http://")
    assert all(u.endswith(alive_address) for u in tried), tried
    assert sum(dead_address in u for u in tried) <= 1, f"the dead instance was tried again within fail_timeout: {tried}"
