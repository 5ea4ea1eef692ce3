"""Erasure reaches the bot's transcript: Rasa's SQL tracker store rows go with the lead.

The transcript is written by Rasa's own ``SQLTrackerStore`` (the class the
bot's ``endpoints.yml`` uses, through ``bot.stores``) into the service's
database, exactly as the running bot stores a conversation.
"""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from sqlalchemy import text

from tests.tracker_store import chat, sql_store, transcript_rows
from tests.webhooks.conftest import lead_body
from webhooks.leads import TRACKER_TABLE


@pytest.fixture
def store(database_url: str) -> Iterator[Any]:
    with sql_store(database_url) as store:
        yield store


def test_erasing_a_lead_deletes_its_conversation_from_the_tracker_store(app, client, admin, store):
    chat(store, "conv-jane", "hi, I'm Jane from Acme, jane.doe@acme.io", "Thanks Jane! What's your budget?",
         "about 50k for the year")
    chat(store, "conv-other", "hello, just browsing")
    before = transcript_rows(app)
    assert any("jane.doe@acme.io" in row for row in before["conv-jane"])  # the chat text really is stored there
    lead_id = client.post("/api/v1/leads", json=lead_body("conv-jane"), headers=admin).get_json()["id"]

    response = client.delete(f"/api/v1/leads/{lead_id}", headers=admin)

    assert response.status_code == 200
    after = transcript_rows(app)
    assert "conv-jane" not in after
    assert after["conv-other"] == before["conv-other"]  # other conversations are untouched
    engine = app.extensions["leadbot.db"][0]
    with engine.connect() as connection:
        left = connection.execute(text(f"SELECT COUNT(*) FROM {TRACKER_TABLE} WHERE sender_id = 'conv-jane'"))
        assert left.scalar_one() == 0  # not only the messages: every event of the conversation


def test_erasure_rolls_back_with_the_transcript_when_it_fails(app, client, admin, store, monkeypatch):
    """One transaction: if anything after the transcript delete fails, the transcript is still there."""
    from webhooks import leads

    chat(store, "conv-keep", "I'm Jane, call me on 555-0101", "Sure!")
    lead_id = client.post("/api/v1/leads", json=lead_body("conv-keep"), headers=admin).get_json()["id"]

    def broken_enqueue(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("the outbox is unavailable")

    monkeypatch.setattr(leads, "_enqueue", broken_enqueue)
    assert client.delete(f"/api/v1/leads/{lead_id}", headers=admin).status_code == 500
    assert len(transcript_rows(app)["conv-keep"]) == 2
    monkeypatch.undo()
    assert client.delete(f"/api/v1/leads/{lead_id}", headers=admin).status_code == 200
    assert "conv-keep" not in transcript_rows(app)


def test_erasure_works_before_the_bot_ever_created_its_table(app, client, admin):
    engine = app.extensions["leadbot.db"][0]
    with engine.begin() as connection:  # a fresh database: the bot has not started yet
        connection.execute(text(f"DROP TABLE IF EXISTS {TRACKER_TABLE}"))
    lead_id = client.post("/api/v1/leads", json=lead_body("conv-new"), headers=admin).get_json()["id"]
    response = client.delete(f"/api/v1/leads/{lead_id}", headers=admin)
    assert response.status_code == 200
    assert client.get(f"/api/v1/leads/{lead_id}", headers=admin).get_json()["erased_at"] is not None
