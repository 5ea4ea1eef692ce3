"""flaskr-style fixtures for the lead service, on SQLite and on PostgreSQL.

``database_url`` is parametrised here and only here: every test that uses it
runs once per database. PostgreSQL gets a database of its own per test
session (unique name, dropped at the end) on the server named by
``TEST_POSTGRES_URL`` (an admin URL; default the local server).

``module_database_url`` and ``module_receiver`` are the same for a module's tests that share one app
because none of them changes anything (each refused request asserts that nothing was stored): building
the app, seeding its playbook and signing in once instead of once a test. ``service_config`` makes the
settings of both kinds.
"""

from __future__ import annotations

import shutil
import socket
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from harness.fakes.webhook_receiver import WebhookReceiver
from harness.ports import free_port
from harness.services import (  # noqa: F401 (lead_body and SQL_LEAD are re-exported for tests)
    ADMIN_POSTGRES_URL,
    SQL_LEAD,
    empty_database,
    lead_body,
    postgres_database,
    webhook_playbook,
)
from webhooks import create_app, migrate
from webhooks.models import Base

ACTION_SECRET = "test-action-secret"
ADMIN_KEY = "test-admin-key"
WEBSITE_KEY = "test-website-key"
WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture(scope="session")
def playbook_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return webhook_playbook(tmp_path_factory.mktemp("playbook") / "playbook.yml")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    migrate.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    engine = create_engine(ADMIN_POSTGRES_URL, future=True)
    try:
        engine.connect().close()
    except OperationalError as exc:  # no server: the PostgreSQL half is skipped, loudly
        pytest.skip(f"PostgreSQL unavailable at {make_url(ADMIN_POSTGRES_URL).host}: {type(exc).__name__}")
    finally:
        engine.dispose()
    with postgres_database(ADMIN_POSTGRES_URL) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """A migrated, empty database for one test."""
    if request.param == "sqlite":
        path = tmp_path / "leadbot.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("postgres_url")
    # The session's database is shared: its rows go, and so do tables a test's Rasa made here (its tracker store's
    # ``events``), which a later test would find.
    empty_database(url, drop_other_tables=True)
    return url


@pytest.fixture(scope="session")
def module_postgres_url(postgres_url: str) -> Iterator[str]:
    """The session's second PostgreSQL database, ``module_database_url``'s: a database of its own, because
    ``database_url`` empties the session's first one before each test, and a module's must outlive them. One for
    the session, emptied for each module, rather than one made, migrated and dropped for each module: 1.7-2.1 s,
    and a DROP that waited up to 18 s for the disk while other processes wrote (load 8), against ~1 s to empty."""
    with postgres_database(ADMIN_POSTGRES_URL) as url:
        yield url


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def module_database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                        sqlite_template: Path) -> str:
    """A migrated, empty database for one module's tests that share an app (see the module's docstring).

    PostgreSQL's is ``module_postgres_url``, emptied: pytest ends a module's fixtures before the next module's
    begin, and a module's SQLite instance before its PostgreSQL one, so no two modules hold it at once."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("module-db") / "leadbot.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("module_postgres_url")  # no server: skipped, loudly, as ``database_url``'s half is
    empty_database(url)
    return url


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(WEBHOOK_SECRET) as running:
        yield running


@pytest.fixture(scope="module")
def module_receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(WEBHOOK_SECRET) as running:
        yield running


def service_config(database_url: str, playbook_path: Path, receiver: WebhookReceiver) -> dict[str, Any]:
    """The service's settings for tests."""
    return {
        "TESTING": True,
        "database_url": database_url,
        "playbook_path": str(playbook_path),
        "action_secret": ACTION_SECRET,
        "admin_api_key": ADMIN_KEY,
        "api_keys": {"website": WEBSITE_KEY},
        "webhook_endpoints": {"ops": {"url": receiver.url, "secret": WEBHOOK_SECRET}},
        "allowed_networks": ["127.0.0.0/8"],
        "retry_schedule": [0.05, 0.05, 0.05],
        "wake_address": ("127.0.0.1", free_port(socket.SOCK_DGRAM)),
        "max_body_bytes": 64 * 1024,
        "http_timeout": 5.0,
        "lease_seconds": 5.0,
    }


@pytest.fixture
def config(database_url: str, playbook_path: Path, receiver: WebhookReceiver) -> dict[str, Any]:
    """Settings for one test; tests may change entries before asking for ``app``."""
    return service_config(database_url, playbook_path, receiver)


@pytest.fixture
def app(config: dict[str, Any]) -> Iterator[Any]:
    application = create_app(config)
    yield application
    application.extensions["leadbot.db"][0].dispose()


@pytest.fixture
def client(app: Any) -> Any:
    return app.test_client()


@pytest.fixture
def admin() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_KEY}"}


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def table_counts(app: Any) -> dict[str, int]:
    """Rows per table: what a refused request must leave unchanged."""
    engine = app.extensions["leadbot.db"][0]
    with engine.connect() as connection:
        return {
            table.name: connection.execute(text(f'SELECT COUNT(*) FROM "{table.name}"')).scalar_one()
            for table in Base.metadata.sorted_tables
            if table.name != "used_nonces"
        }


def rows(app: Any, query: Any) -> list[Any]:
    with app.extensions["leadbot.db"][1]() as session:
        return list(session.execute(query).scalars())
