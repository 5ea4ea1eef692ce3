"""``harness.services.empty_database``, which ``database_url`` runs before every PostgreSQL test and the modules' shared
services between tests: the numbering starts at 1 again, as in a fresh migrated database, and on PostgreSQL without
giving any sequence a new file (``ALTER SEQUENCE ... RESTART`` did, synced at commit: 22-26 ms of each emptying)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from harness.fakes.webhook_receiver import WebhookReceiver
from harness.services import empty_database, lead_body
from tests.webhooks.conftest import ADMIN_KEY, service_config
from webhooks import create_app
from webhooks.models import Answer, Lead


def post_leads(database_url: str, playbook_path: Path, receiver: WebhookReceiver, conversations: list[str]) -> None:
    app = create_app(service_config(database_url, playbook_path, receiver))
    try:
        client = app.test_client()
        for conversation in conversations:
            response = client.post("/api/v1/leads", json=lead_body(conversation),
                                   headers={"Authorization": f"Bearer {ADMIN_KEY}"})
            assert response.status_code == 201, response.get_json()
    finally:
        app.extensions["leadbot.db"][0].dispose()


def numbers(database_url: str) -> tuple[list[int], list[int]]:
    """The leads' and the answers' numbers (``seq``), in order."""
    engine = create_engine(database_url, future=True)
    try:
        with Session(engine) as session:
            return (list(session.execute(select(Lead.seq).order_by(Lead.seq)).scalars()),
                    list(session.execute(select(Answer.seq).order_by(Answer.seq)).scalars()))
    finally:
        engine.dispose()


def sequence_files(database_url: str) -> dict[str, tuple[int, Any]]:
    """PostgreSQL's sequences in the public schema: name -> (the file that holds it, its last value)."""
    engine = create_engine(database_url, future=True)
    try:
        with engine.connect() as connection:
            return {name: (file, last) for name, file, last in connection.execute(text(
                "SELECT c.relname, c.relfilenode, s.last_value FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_sequences s ON s.schemaname = n.nspname AND s.sequencename = c.relname "
                "WHERE c.relkind = 'S' AND n.nspname = 'public'"))}
    finally:
        engine.dispose()


def test_an_emptied_database_numbers_its_rows_from_one_again(
    database_url: str, playbook_path: Path, receiver: WebhookReceiver
) -> None:
    post_leads(database_url, playbook_path, receiver, ["conv-numbered-1", "conv-numbered-2", "conv-numbered-3"])
    assert numbers(database_url) == ([1, 2, 3], [1, 2, 3])

    empty_database(database_url)
    assert numbers(database_url) == ([], [])
    post_leads(database_url, playbook_path, receiver, ["conv-numbered-4"])
    assert numbers(database_url) == ([1], [1])

    # Emptied twice over, the second time with nothing used since: the same.
    empty_database(database_url)
    empty_database(database_url)
    post_leads(database_url, playbook_path, receiver, ["conv-numbered-5", "conv-numbered-6"])
    assert numbers(database_url) == ([1, 2], [1, 2])


def test_emptying_postgresql_gives_no_sequence_a_new_file_and_leaves_each_as_fresh(
    postgres_url: str, playbook_path: Path, receiver: WebhookReceiver
) -> None:
    empty_database(postgres_url, drop_other_tables=True)
    fresh = sequence_files(postgres_url)
    assert fresh and all(last is None for _, last in fresh.values())
    post_leads(postgres_url, playbook_path, receiver, ["conv-files-1", "conv-files-2"])
    used = sequence_files(postgres_url)
    assert used["leads_seq_seq"][1] == 2 and used["answers_seq_seq"][1] == 2

    empty_database(postgres_url, drop_other_tables=True)
    # The same files (no new one to write and sync at commit), each sequence as a fresh one: never read from.
    assert sequence_files(postgres_url) == fresh
