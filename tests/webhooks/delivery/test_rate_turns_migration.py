"""Migration 0022: the columns of a rate key's turns come and go, and a key paced before it starts with no turn."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import create_engine, inspect, text

from webhooks import migrate

TURNS = {"rate_slots": {"issued", "served", "send_seconds", "sending_until"}, "deliveries": {"rate_key", "rate_turn"}}


def columns(database_url: str) -> dict[str, set[str]]:
    engine = create_engine(database_url, future=True)
    try:
        found = inspect(engine)
        return {table: {c["name"] for c in found.get_columns(table)} for table in TURNS}
    finally:
        engine.dispose()


def test_0022_adds_the_turns_a_paced_key_starts_with_none_and_downgrade_takes_them_away(database_url: str) -> None:
    migrate.downgrade(database_url, "0021")
    assert all(not TURNS[table] & found for table, found in columns(database_url).items())
    engine = create_engine(database_url, future=True)
    try:
        with engine.begin() as connection:  # a channel paced before the upgrade
            connection.execute(text("INSERT INTO rate_slots (key, next_at) VALUES ('slack:C0EMEA', :at)"),
                               {"at": datetime(2026, 12, 5, 12, 0)})
        migrate.upgrade(database_url)
        assert all(TURNS[table] <= found for table, found in columns(database_url).items())
        with engine.connect() as connection:
            row = connection.execute(text("SELECT issued, served, send_seconds, sending_until FROM rate_slots")).one()
        assert tuple(row) == (0, 0, 0.0, None)
    finally:
        engine.dispose()
