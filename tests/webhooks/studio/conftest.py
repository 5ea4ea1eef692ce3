"""Studio fixtures: the service app with a session key, a marketer, and a signed-in test client.

The leads and funnel pages' tests use these too: ``signed_in`` is a Flask
test client with a live studio session; ``forms.form_fields`` reads a page's
form as a browser would send it (CSRF token included).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.webhooks.studio.forms import add_user, sign_in

SECRET_KEY = "test-studio-secret-key-0123456789abcdef"
MARKETER = "marketer@example.com"


@pytest.fixture
def config(config: dict[str, Any], database_url: str) -> dict[str, Any]:
    # ``database_url`` is named so pytest sees the parent's parametrisation (SQLite and PostgreSQL).
    config["secret_key"] = SECRET_KEY
    return config


@pytest.fixture
def marketer(app: Any) -> str:
    return add_user(app, MARKETER)


@pytest.fixture
def signed_in(client: Any, marketer: str) -> Any:
    response = sign_in(client, marketer)
    assert response.status_code == 302, response.text
    return client
