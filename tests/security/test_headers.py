"""What the studio and the service tell browsers when they are reached over https, behind a TLS proxy.

Before: the studio's session cookie went out without ``Secure`` even over https, so a
browser would send it over a plain-http link too; no ``Strict-Transport-Security``; and
the studio's CSP named no ``script-src``, so an injected script tag from anywhere ran.
"""

from __future__ import annotations

from typing import Iterator

import pytest

from tests.security.conftest import from_address, new_address
from tests.security.web import Web, production_web

pytestmark = pytest.mark.slow
HTTPS = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.23"}


@pytest.fixture(scope="module")
def behind_tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """As deployed behind nginx terminating TLS: one trusted proxy."""
    with production_web(tmp_path_factory.mktemp("proxied"), LEADBOT_PROXIES="1") as running:
        yield running


@pytest.fixture(scope="module")
def direct(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """The default: no proxy is trusted."""
    with production_web(tmp_path_factory.mktemp("direct")) as running:
        yield running


def studio_cookie(response) -> str:  # type: ignore[no-untyped-def]
    [cookie] = [v for k, v in response.raw.headers.items() if k.lower() == "set-cookie" and "leadbot_studio=" in v]
    return cookie


def test_over_https_the_studio_cookie_is_secure_and_hsts_is_sent(behind_tls):
    http = from_address(new_address())
    page = http.get(f"{behind_tls.url}/studio/login", headers=HTTPS, timeout=10)
    assert page.status_code == 200
    attributes = [part.strip().lower() for part in studio_cookie(page).split(";")]
    assert "secure" in attributes and "httponly" in attributes and "samesite=lax" in attributes
    assert page.headers["Strict-Transport-Security"].startswith("max-age=")
    api = http.get(f"{behind_tls.url}/healthz", headers=HTTPS, timeout=10)
    assert "Strict-Transport-Security" in api.headers


def test_over_plain_http_neither_is_claimed(behind_tls):
    page = from_address(new_address()).get(f"{behind_tls.url}/studio/login", timeout=10)
    assert "secure" not in [p.strip().lower() for p in studio_cookie(page).split(";")]
    assert "Strict-Transport-Security" not in page.headers


def test_without_a_trusted_proxy_a_forwarded_scheme_is_not_believed(direct):
    page = from_address(new_address()).get(f"{direct.url}/studio/login", headers=HTTPS, timeout=10)
    assert "Strict-Transport-Security" not in page.headers
    assert "secure" not in [p.strip().lower() for p in studio_cookie(page).split(";")]


def test_the_studio_runs_only_its_own_scripts(direct):
    page = from_address(new_address()).get(f"{direct.url}/studio/login", timeout=10)
    policy = {d.split()[0]: d.split()[1:] for d in page.headers["Content-Security-Policy"].split(";") if d.strip()}
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
