"""The OpenAPI document is built once per process and every app, whatever its settings, serves the right one."""

from __future__ import annotations

import json
from typing import Any, Iterator

import pytest

from webhooks import create_app
from webhooks.api import openapi


@pytest.fixture
def counted_builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the documents built while the test runs, from an empty cache; leaves the cache empty after."""
    built: list[int] = []
    real = openapi.build

    def build() -> dict[str, Any]:
        built.append(1)
        return real()

    monkeypatch.setattr(openapi, "build", build)
    openapi.document.cache_clear()
    yield built
    openapi.document.cache_clear()


def other_settings(config: dict[str, Any], tmp_path: Any) -> dict[str, Any]:
    """Every setting that might plausibly shape an API document changed."""
    return {**config, "admin_api_key": "another-admin-key", "api_keys": {"partner": "partner-key"},
            "action_secret": "another-secret", "max_body_bytes": 1024, "webhook_endpoints": {},
            "database_url": f"sqlite:///{tmp_path / 'other.db'}"}


def served(app: Any) -> dict[str, Any]:
    response = app.test_client().get("/api/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def test_two_apps_with_different_settings_each_serve_the_document_as_newly_built(
    config: dict[str, Any], tmp_path: Any, counted_builds: list[int]
) -> None:
    first, second = create_app(config), create_app(other_settings(config, tmp_path))
    try:
        fresh = json.loads(json.dumps(openapi.build()))
        assert served(first) == fresh
        assert served(second) == fresh
        assert "/api/v1/leads" in fresh["paths"] and "LeadIn" in fresh["components"]["schemas"]
    finally:
        for app in (first, second):
            app.extensions["leadbot.db"][0].dispose()


def test_apps_made_one_after_another_build_the_document_once(
    config: dict[str, Any], tmp_path: Any, counted_builds: list[int]
) -> None:
    apps = [create_app(config), create_app(other_settings(config, tmp_path)), create_app(config)]
    try:
        assert len(counted_builds) == 1
        assert all(served(app) == served(apps[0]) for app in apps)
        assert len(counted_builds) == 1  # serving builds nothing either
    finally:
        for app in apps:
            app.extensions["leadbot.db"][0].dispose()


def test_serving_the_document_leaves_the_shared_one_as_it_was(client: Any) -> None:
    before = json.dumps(openapi.document(), sort_keys=True)
    client.get("/api/openapi.json")
    client.get("/api/openapi.json")
    assert json.dumps(openapi.document(), sort_keys=True) == before == json.dumps(openapi.build(), sort_keys=True)
