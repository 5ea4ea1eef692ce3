"""An app's engine disposed (as each in-process test's app is, at its end) leaves no PostgreSQL connection of its own
open: not its pool's, nor those of the small autocommit pool a new lead takes its routing turn on
(``webhooks.lead_sql._turn_engine``), which waited for the garbage collector. A CI run found PostgreSQL's 100
connections taken by idle ones ("sorry, too many clients already"): 23 idle on one test worker's database."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.webhooks.conftest import lead_body
from webhooks import create_app


def connections_to(database_url: str) -> int:
    """Client connections to the database now, counted from another database (the count's own is not one of them)."""
    admin = create_engine(make_url(database_url).set(database="postgres"), future=True)
    try:
        with admin.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name"),
                                      {"name": make_url(database_url).database}).scalar_one()
    finally:
        admin.dispose()


# PostgreSQL's only: SQLite takes the routing turn in the lead's own transaction.
@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_new_leads_then_the_engine_disposed_leave_no_connection_of_the_app_open(
    config: dict[str, Any], database_url: str, admin: dict[str, str]
) -> None:
    before = connections_to(database_url)
    app = create_app(config)
    client = app.test_client()
    for n in range(3):
        assert client.post("/api/v1/leads", json=lead_body(f"conv-dispose-{n}"), headers=admin).status_code == 201
    assert connections_to(database_url) > before  # the app's own, kept in its pools
    app.extensions["leadbot.db"][0].dispose()
    assert connections_to(database_url) == before
