"""Studio fixtures: the service app with a session key, a marketer, and a signed-in test client.

The leads and funnel pages' tests use these too: ``signed_in`` is a Flask
test client with a live studio session; ``forms.form_fields`` reads a page's
form as a browser would send it (CSRF token included).

The browser tests against the real product (``test_studio_browser.py``, ``test_funnel_browser.py``) share one
stack, ``studio_stack`` (service, worker, action server, Rasa), where each module had its own: a Rasa stack start is
~25 s CPU on a machine the suite keeps saturated. ``fresh_product`` gives each module the state a new stack had: the
database emptied of conversations, leads and playbook versions, and the module's own playbook in the start-up file.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from typing import TYPE_CHECKING, Any, Iterator

import pytest
import requests

from harness.fakes.webhook_receiver import WebhookReceiver
from harness.studio_forms import Studio, add_user, sign_in, signed_in_studio
from tests.webhooks.conftest import service_config
from webhooks.settings import Settings
from webhooks.studio import auth

if TYPE_CHECKING:
    from harness.stack import Stack

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


# The funnel test's webhook destination: it signs with this, and the stack's service and worker know it from start-up.
STUDIO_WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture(scope="session")
def studio_receiver() -> Iterator[WebhookReceiver]:
    """The generic webhook's endpoint for ``studio_stack``: its URL is in the processes' environment from start-up,
    so it lives as long as the stack; a module sets its responder (``fresh_product``'s caller)."""
    with WebhookReceiver(STUDIO_WEBHOOK_SECRET) as running:
        yield running


@pytest.fixture(scope="session")
def studio_stack(tmp_path_factory: pytest.TempPathFactory, studio_receiver: WebhookReceiver) -> Iterator[Stack]:
    """The product for the studio's browser tests, one per worker that runs them (tests/conftest.py groups the
    modules that use it on one worker). What differed between the modules' stacks is set per module instead: the
    playbook (its start-up file, re-read on change), the marketers (accounts in the database) and the emptied
    database (``fresh_product``). The webhook endpoint and the private networks it needs are set for all: a
    playbook without the webhook destination never posts to it."""
    from bot.training import ensure_model
    from harness.ports import free_port
    from harness.stack import Stack
    from qualification import DEFAULT_PLAYBOOK

    workdir = tmp_path_factory.mktemp("studio-stack")
    playbook = workdir / "playbook.yml"
    playbook.write_text(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"), encoding="utf-8")
    stack = Stack(workdir, ensure_model(), with_worker=True, playbook=playbook)
    stack.extra_env.update(
        LEADBOT_SECRET_KEY=secrets.token_hex(32), LEADBOT_BOT_URL=stack.rasa_url,
        LEADBOT_WORKER_WAKE=f"127.0.0.1:{free_port()}",
        LEADBOT_WEBHOOK_ENDPOINTS=json.dumps({"ops": {"url": studio_receiver.url, "secret": STUDIO_WEBHOOK_SECRET}}),
        LEADBOT_ALLOW_NETWORKS="127.0.0.0/8",
    )
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()


# Kept by ``fresh_product``: the schema's version and the studio's accounts and sessions (each module signs in
# with accounts of its own). Every other table, the product's and Rasa's, is emptied.
KEPT_TABLES = frozenset({"alembic_version", "studio_users", "studio_sessions", "sqlite_sequence"})


def _empty(stack: Stack) -> None:
    with sqlite3.connect(stack.database_url.removeprefix("sqlite:///"), timeout=30) as db:
        # Off for this connection only: rows go in any order (a lead's children with it).
        db.execute("PRAGMA foreign_keys = OFF")
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if name not in KEPT_TABLES]
        for table in tables:
            db.execute(f'DELETE FROM "{table}"')


def fresh_product(stack: Stack, playbook_text: str) -> None:
    """``stack`` as a module's own new stack was: no conversation, lead, delivery or funnel row, no playbook
    version (the start-up file is in force again), ``playbook_text`` in the start-up file, served by the service
    and asked by the bot. A module's counts (the funnel's totals) and its live playbook (the studio's tests publish
    a threshold of 100 and reorder the questions) must not depend on which module ran before it on the worker."""
    from harness.stack import Visitor
    from qualification import parse_playbook
    from qualification.playbook_file import read_yaml
    from qualification.wording import shown
    from tests.waiting import wait_for
    from webhooks.playbooks.snapshot import etag

    _empty(stack)
    assert stack.playbook is not None
    stack.playbook.write_text(playbook_text, encoding="utf-8")
    # The service's ETag for the start-up file is of its text: this one served, and no published version.
    wanted = etag(None, playbook_text)

    def served() -> bool:
        response = requests.get(f"{stack.service_url}/api/v1/playbook",
                                headers={"Authorization": f"Bearer {stack.admin_key}"}, timeout=10)
        response.raise_for_status()
        return response.headers.get("ETag") == wanted

    wait_for(served, "the service to serve the module's playbook file", timeout=30)
    # The action server asks the service about once a second: until it has, a new chat may still be asked from
    # the version published before. A probe asks until the first question comes in this file's own wording for
    # its conversation (a published edit that only appended to it does not end the same), then its rows go too.
    first = parse_playbook(read_yaml(playbook_text)).questions[0]

    def asks_the_files_first_question() -> bool:
        probe = Visitor(stack.rasa_url)
        expected = shown(first.wording, probe.sender, first.attribute).text
        return any(line.rstrip().endswith(expected) for line in probe.say("hi").splitlines())

    wait_for(asks_the_files_first_question, "the bot to ask from the module's playbook file", timeout=60, interval=0.5)
    _empty(stack)
