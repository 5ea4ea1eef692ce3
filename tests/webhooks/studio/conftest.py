"""Studio fixtures: the service app with a session key, a marketer, and a signed-in test client.

The leads and funnel pages' tests use these too: ``signed_in`` is a Flask
test client with a live studio session; ``forms.form_fields`` reads a page's
form as a browser would send it (CSRF token included).

The browser tests against the real product (``test_studio_browser.py``, ``test_funnel_browser.py``) run on the
stack they share with tests/webhooks/site, ``tests/shared_product.py``'s ``product_stack``.
"""

from __future__ import annotations

from typing import Any, Iterator

import pytest

from harness.fakes.webhook_receiver import WebhookReceiver
from harness.studio_forms import Studio, add_user, sign_in, signed_in_studio
from tests.webhooks.conftest import service_config
from webhooks.settings import Settings
from webhooks.studio import auth

SECRET_KEY = "test-studio-secret-key-0123456789abcdef"
MARKETER = "marketer@example.com"


# The same scrypt, stored in the same format and checked by the same code, at n=2**10 instead of
# werkzeug's 2**15: each sign-in here hashes twice, and at full cost that was half of these tests' time.
# What the real cost buys against guessing is tests/security/test_signin.py's (it does not use this).
TEST_SCRYPT = "scrypt:1024:8:1"


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    real = auth.generate_password_hash

    def generate(password: str, method: str = "scrypt", salt_length: int = 16) -> str:
        return real(password, method=TEST_SCRYPT if method == "scrypt" else method, salt_length=salt_length)

    monkeypatch.setattr(auth, "generate_password_hash", generate)


@pytest.fixture
def config(config: dict[str, Any], database_url: str) -> dict[str, Any]:
    # ``database_url`` is named so pytest sees the parent's parametrisation (SQLite and PostgreSQL).
    config["secret_key"] = SECRET_KEY
    # The studio posts the whole playbook (the YAML page, the form): at the service's own request limit, not the
    # API tests' 64 KiB, which the default playbook's text alone passes since its FAQ grew to seven languages.
    config["max_body_bytes"] = Settings.max_body_bytes
    return config


@pytest.fixture
def marketer(app: Any) -> str:
    return add_user(app, MARKETER)


@pytest.fixture
def signed_in(client: Any, marketer: str) -> Any:
    response = sign_in(client, marketer)
    assert response.status_code == 302, response.text
    return client


@pytest.fixture(scope="module")
def refusing(module_database_url: str, playbook_path: Any, module_receiver: WebhookReceiver) -> Iterator[Studio]:
    """One studio for a module's refused saves and edits, set up as ``app`` and ``signed_in``: shared, since each
    of those tests checks that nothing was stored (the editor's modules)."""
    config = service_config(module_database_url, playbook_path, module_receiver)
    config.update(secret_key=SECRET_KEY, max_body_bytes=Settings.max_body_bytes)  # as the studio's ``config``
    with signed_in_studio(config, MARKETER) as studio:
        yield studio

