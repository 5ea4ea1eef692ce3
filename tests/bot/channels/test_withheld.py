"""The gate's reads of the stored chat around each turn (``bot.channels.withheld``) hold no other visitor up.

Every message passes the gate (``bot.channels.stopped.gated``), which reads the conversation's consent events
before and after the turn and, after a "no", rewrites the stored chat. On the Rasa server's event loop, a slow
database (PostgreSQL far away, SQLite queued behind the service's writes) held every other visitor's reply for
as long. Here visitor A's conversation is slow to read (each statement on it waits), and visitor B chats
meanwhile through the same gate: B's replies wait only for what Rasa itself reads on the loop (its tracker,
once per message), not for the gate's reads and rewrite. A's refusal is still withheld.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from typing import Any

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import event

from bot.channels.stopped import gated
from bot.channels.withheld import consent_mark, off_the_loop, withhold_after_refusal
from bot.stores import DatabaseUrlTrackerStore

SLOW, FAST = "visitor-a", "visitor-b"
# How long each statement on A's conversation takes (a database far away, or busy).
STATEMENT_SECONDS = 0.4


def a_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> tuple[DatabaseUrlTrackerStore, str, list[str]]:
    """The store, its file, and the threads A's statements ran in, in order."""
    path = tmp_path / "leadbot.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("LEADBOT_ACTIONS_TOKEN", "a-token-rasa-sends-the-action-server")
    store = DatabaseUrlTrackerStore()
    for sender in (SLOW, FAST):
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, [
            UserUttered("hi, I'm Pat Lee, pat@northwind.io"), SlotSet("name", "Pat Lee")])))

    threads: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def slow_for_a(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if SLOW in json.dumps(parameters, default=str):
            threads.append(threading.current_thread().name)
            time.sleep(STATEMENT_SECONDS)

    return store, str(path), threads


class Agent:
    """Rasa's agent as the gate uses it: its tracker store, and a turn that stores A's "no" to the privacy
    question (written apart from the slowed engine: Rasa's own save is not what is measured here)."""

    def __init__(self, store: DatabaseUrlTrackerStore, path: str) -> None:
        self.tracker_store, self.path = store, path

    async def handle_message(self, message: UserMessage) -> None:
        if message.sender_id == SLOW:
            data = json.dumps({"event": "slot", "name": "consent", "value": False, "timestamp": time.time()})
            with sqlite3.connect(self.path) as db:
                db.execute("INSERT INTO events (sender_id, type_name, timestamp, action_name, data) "
                           "VALUES (?, 'slot', ?, 'consent', ?)", (SLOW, time.time(), data))
        await message.output_channel.send_text_message(message.sender_id, "Got it.")


async def b_waits_while_a_refuses(agent: Agent) -> float:
    """The longest B waited for a reply, from when B wrote (every 20 ms) while A's turn went through the gate."""
    handler = gated(lambda: agent)
    await handler(UserMessage("hello", CollectingOutputChannel(), FAST))  # the gate's first call loads its readers
    a_turn = asyncio.create_task(handler(UserMessage("no", CollectingOutputChannel(), SLOW)))
    longest, wrote = 0.0, time.monotonic()
    while not a_turn.done():
        wrote += 0.02
        await asyncio.sleep(max(0.0, wrote - time.monotonic()))  # late when the loop was held
        await handler(UserMessage("we're 40 people", CollectingOutputChannel(), FAST))
        longest = max(longest, time.monotonic() - wrote)
        wrote = max(wrote, time.monotonic())
    await a_turn
    return longest


def test_another_visitor_is_answered_while_a_slow_chat_is_read_and_rewritten_after_a_refusal(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    store, path, threads = a_store(monkeypatch, tmp_path)
    longest = asyncio.run(b_waits_while_a_refuses(Agent(store, path)))
    # On the loop's thread, only Rasa's own read of A's tracker (``held``): B waits for that one statement
    # (0.4-0.6 s measured). The gate's three (the mark, the check, the rewrite's read) ran there too, and B
    # waited for all four (1.7 s measured).
    assert threads.count(threading.main_thread().name) == 1 and len(threads) == 4, threads
    assert longest < 2.5 * STATEMENT_SECONDS, f"B waited {longest:.2f} s for a reply"
    with sqlite3.connect(path) as db:
        stored = " ".join(data for (data,) in db.execute("SELECT data FROM events WHERE sender_id = ?", (SLOW,)))
    assert "pat@northwind.io" not in stored and "Pat Lee" not in stored and "(withheld)" in stored


def test_a_no_followed_at_once_by_a_yes_still_withholds_what_was_said_before_the_no(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """Off the loop, the next turn may store its "yes" before the check after the "no" reads the chat."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'leadbot.db'}")
    monkeypatch.setenv("LEADBOT_ACTIONS_TOKEN", "a-token-rasa-sends-the-action-server")
    store = DatabaseUrlTrackerStore()
    asyncio.run(store.save(DialogueStateTracker.from_events("c", [UserUttered("I'm Pat Lee, pat@northwind.io"),
                                                                  SlotSet("name", "Pat Lee")])))
    before = consent_mark(store, "c")
    tracker = asyncio.run(store.retrieve("c"))
    for event_ in (SlotSet("consent", False), UserUttered("actually yes, write to pat@northwind.io"),
                   SlotSet("consent", True)):
        tracker.update(event_)
    asyncio.run(store.save(tracker))
    assert asyncio.run(off_the_loop(withhold_after_refusal, store, "c", before)) == 2  # the message and the slot
    texts = [e.text for e in asyncio.run(store.retrieve("c")).events if isinstance(e, UserUttered)]
    assert texts == ["I'm (withheld), (withheld)", "actually yes, write to pat@northwind.io"], texts
