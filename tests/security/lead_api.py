"""The lead service under real gunicorn for the attack suite, on SQLite and on PostgreSQL.

The ``service`` fixture is gunicorn with the action server's secret, the admin key and two source keys, on a
database emptied before each test; ``signed`` builds the action server's headers for one request. One gunicorn
serves a module's tests on each database (``module_database_url`` from ``tests.webhooks.conftest``, imported here
so each test runs once per database): started once a test, the module's gunicorns were most of its time (26 starts
of ~2.3 s CPU and ~6 s wall each for tests/security's two modules). What a test leaves in the service is its rows,
which go; the rate limits' counts stay in the processes, and no module comes near a limit (its leads have their
own conversations, a handful of posts per source key).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from harness import services
from signing import sign
from tests.webhooks.conftest import (  # noqa: F401 (fixtures, found by pytest where this module is imported)
    ACTION_SECRET,
    ADMIN_KEY,
    WEBSITE_KEY,
    module_database_url,
    module_postgres_url,
    playbook_path,
    postgres_url,
    sqlite_template,
)
from webhooks.models import Answer, Lead

DOWNLOAD_KEY = "test-download-key"
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
WEBSITE = {"Authorization": f"Bearer {WEBSITE_KEY}"}
DOWNLOAD = {"Authorization": f"Bearer {DOWNLOAD_KEY}"}


@dataclass
class Service:
    url: str
    database_url: str
    http: requests.Session

    def send(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None) -> requests.Response:
        raw = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
        return self.http.request(method, self.url + path, data=raw, timeout=30,
                                 headers={"Content-Type": "application/json", **(headers or {})})

    def lead(self, lead_id: str) -> dict[str, Any]:
        """The lead as stored, read from the database itself (not through the API under attack)."""
        engine = create_engine(self.database_url, future=True)
        try:
            with Session(engine) as session:
                lead = session.execute(select(Lead).where(Lead.id == lead_id)).scalar_one()
                answers = session.execute(select(Answer.text).where(Answer.lead_id == lead_id)).scalars().all()
                return {"source": lead.source, "status": lead.status, "owner": lead.owner, "erased": lead.erased_at,
                        "attributes": lead.attributes, "answers": sorted(answers), "updated_at": lead.updated_at,
                        "conversation_id": lead.conversation_id, "idempotency_key": lead.idempotency_key}
        finally:
            engine.dispose()

    def count(self) -> int:
        engine = create_engine(self.database_url, future=True)
        try:
            with Session(engine) as session:
                return len(session.execute(select(Lead.id)).all())
        finally:
            engine.dispose()


def signed(method: str, path: str, body: bytes = b"", **kwargs: Any) -> dict[str, str]:
    """The action server's headers for one request (``bot.actions.lead_service`` signs the same way)."""
    return sign(ACTION_SECRET, method, path, body, **kwargs)


@pytest.fixture(scope="module")
def module_service(module_database_url: str, playbook_path: Path,  # noqa: F811
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """The module's gunicorn on one database (see the module's docstring)."""
    env = services.service_env(
        module_database_url, endpoints={}, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY, playbook=playbook_path,
        LEADBOT_API_KEYS=json.dumps({"website": WEBSITE_KEY, "download": DOWNLOAD_KEY}),
    )
    process, url = services.start_web(env, tmp_path_factory.mktemp("lead-api") / "web.log")
    try:
        with requests.Session() as http:
            yield Service(url, module_database_url, http)
    finally:
        services.stop(process)


@pytest.fixture(name="service")
def service_fixture(module_service: Service) -> Service:
    """The module's service, its database emptied: each test starts with no lead, no booking, no used nonce."""
    services.empty_database(module_service.database_url)
    return module_service
