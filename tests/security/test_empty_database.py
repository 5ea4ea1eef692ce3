"""``harness.services.empty_database``, which a module's shared gunicorn (``lead_api.service``) relies on between tests:
every row goes, the schema and its migration version stay, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from harness.fakes.webhook_receiver import WebhookReceiver
from harness.services import empty_database, lead_body
from signing import LEADS_PATH, sign
from tests.webhooks.conftest import (  # noqa: F401 (fixtures)
    ACTION_SECRET,
    database_url,
    receiver,
    service_config,
)
from webhooks import create_app, migrate
from webhooks.models import Answer, Lead, UsedNonce


def counts(url: str) -> tuple[int, int, int, str | None]:
    """Leads, answers and used nonces, and the schema's migration version."""
    engine = create_engine(url, future=True)
    try:
        with Session(engine) as session:
            version = session.execute(text(f"SELECT version_num FROM {migrate.VERSION_TABLE}")).scalar()
            return (session.execute(select(func.count()).select_from(Lead)).scalar_one(),
                    session.execute(select(func.count()).select_from(Answer)).scalar_one(),
                    session.execute(select(func.count()).select_from(UsedNonce)).scalar_one(), version)
    finally:
        engine.dispose()


def post_leads(config: dict[str, Any], bodies: list[dict[str, Any]]) -> list[int]:
    """The statuses of the bodies posted as the action server, through a new app."""
    app = create_app(config)
    try:
        client = app.test_client()
        statuses = []
        for body in bodies:
            raw = json.dumps(body).encode()
            headers = {**sign(ACTION_SECRET, "POST", LEADS_PATH, raw), "Content-Type": "application/json"}
            statuses.append(client.post(LEADS_PATH, data=raw, headers=headers).status_code)
        return statuses
    finally:
        app.extensions["leadbot.db"][0].dispose()


def test_an_emptied_database_has_no_row_left_and_keeps_its_schema_and_version(
    database_url: str, playbook_path: Path, receiver: WebhookReceiver  # noqa: F811
) -> None:
    config = service_config(database_url, playbook_path, receiver)
    bodies = [lead_body("conv-emptied-1"), lead_body("conv-emptied-2")]
    assert post_leads(config, bodies) == [201, 201]
    leads, answers, nonces, version = counts(database_url)
    assert (leads, answers, nonces) == (2, 2, 2) and version is not None

    empty_database(database_url)
    assert counts(database_url) == (0, 0, 0, version)
    # The same conversation is a new lead again (201, not the 200 of an update): the service finds nothing of it.
    assert post_leads(config, bodies[:1]) == [201]
