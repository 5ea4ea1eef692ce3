"""A visitor's request to delete the chat, made while a turn of theirs is still in flight (``bot.channels.erasure``).

The service deletes the chat's events in a transaction that also erases the lead and queues its notices; a turn
that read the chat before and appends its events while that transaction is open used to land after it (its count
of stored events read the old rows, its append queued behind the service's write lock), so the visitor who asked
to be forgotten kept the turn's events. Here the service is the real deletion (``webhooks.leads``) on the real
SQLite setup (``webhooks.database``: WAL, ``BEGIN IMMEDIATE``), and the turn is Rasa's tracker store under Rasa's
lock store, as the bot runs them.
"""

from __future__ import annotations

import asyncio
import threading
import time
from types import SimpleNamespace
from typing import Any

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from bot.channels import erasure
from bot.stores import DatabaseUrlTrackerStore
from webhooks.database import make_engine
from webhooks.leads import forget_conversation

CONVERSATION = "c0ffee"
# How long the service's erasure keeps its transaction open after deleting the events (the lead, its
# deliveries, the outbox), and how long the turn in flight may still be waiting for the action server.
SERVICE_BUSY, ACTION_SERVER = 0.4, 1.0


def stored(store: DatabaseUrlTrackerStore) -> list[str]:
    with store.session_scope() as session:
        return list(session.execute(text("SELECT type_name FROM events WHERE sender_id = :s ORDER BY id"),
                                    {"s": CONVERSATION}).scalars())


@pytest.mark.parametrize("request_text", ["please delete my data", "forget me", "bitte löschen Sie meine Daten"])
def test_a_visitor_asking_to_be_forgotten_while_a_reply_is_in_flight_keeps_nothing_of_that_turn(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any, request_text: str) -> None:
    url = f"sqlite:///{tmp_path / 'leadbot.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("LEADBOT_ACTIONS_TOKEN", "a-token-rasa-sends-the-action-server")
    store = DatabaseUrlTrackerStore()
    asyncio.run(store.save(DialogueStateTracker.from_events(CONVERSATION, [UserUttered("hi, I'm jane.doe@acme.io")])))
    service = sessionmaker(make_engine(url), future=True)
    deleted = threading.Event()

    def erase_in_the_service() -> dict[str, Any]:
        with service() as session, session.begin():
            forget_conversation(session, CONVERSATION)
            deleted.set()
            time.sleep(SERVICE_BUSY)
        return {"lead": None}

    async def post_signed(path: str, payload: Any, what: str) -> dict[str, Any]:
        assert path.endswith(f"/conversations/{CONVERSATION}/erasure")
        return await asyncio.to_thread(erase_in_the_service)

    monkeypatch.setattr(erasure, "post_signed", post_signed)
    agent = SimpleNamespace(tracker_store=store, lock_store=InMemoryLockStore())
    read = asyncio.Event()

    async def turn_in_flight() -> None:
        """Rasa's turn for the visitor's line before: read, the action server's answer awaited, then saved."""
        async with agent.lock_store.lock(CONVERSATION):
            tracker = await store.retrieve(CONVERSATION)
            read.set()
            await asyncio.to_thread(deleted.wait, ACTION_SERVER)
            tracker.update(SlotSet("attributes", {"email": "jane.doe@acme.io", "company_size": 200}))
            await store.save(tracker)

    async def both() -> bool:
        turn = asyncio.create_task(turn_in_flight())
        await read.wait()
        channel = CollectingOutputChannel()
        answered = await erasure.forgotten(agent, UserMessage(request_text, channel, CONVERSATION))
        await turn
        assert [m["text"] for m in channel.messages][0].startswith(("Done", "Erledigt", "Fertig")), channel.messages
        return answered

    assert asyncio.run(both())
    assert stored(store) == [], "the turn that ended after the request was kept"
