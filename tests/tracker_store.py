"""Reading and writing Rasa's SQL tracker store from a test.

``sql_store`` opens Rasa's own ``SQLTrackerStore`` on a test's database (the
class the bot's ``endpoints.yml`` uses, through ``bot.stores``), ``chat``
stores a conversation through it as the running bot does, and
``transcript_rows`` reads back what each conversation said.

Rasa's store is async. Playwright's sync API keeps an event loop running in
the test thread once a browser test has run, so ``asyncio.run`` there fails;
each call gets a thread and a loop of its own instead.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Coroutine, Iterator, TypeVar

from sqlalchemy import text

from webhooks.leads import TRACKER_TABLE

T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@contextmanager
def sql_store(database_url: str) -> Iterator[Any]:
    """Rasa's SQL tracker store on ``database_url``; its table is dropped afterwards."""
    from rasa.core.tracker_store import SQLTrackerStore

    store = SQLTrackerStore(host=database_url)
    try:
        yield store
    finally:
        with store.engine.begin() as connection:
            connection.execute(text(f"DROP TABLE IF EXISTS {TRACKER_TABLE}"))
        store.engine.dispose()


def chat(store: Any, sender_id: str, *lines: str) -> None:
    """Store a conversation the way the bot does: the visitor's and the bot's lines in turn, as Rasa events."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events: list[Any] = [ActionExecuted("action_session_start")]
    for number, line in enumerate(lines):
        events.append(UserUttered(line) if number % 2 == 0 else BotUttered(line))
    run(store.save(DialogueStateTracker.from_events(sender_id, events)))


def transcript_rows(app: Any) -> dict[str, list[str]]:
    """sender_id -> the text of each user or bot message stored for it."""
    engine = app.extensions["leadbot.db"][0]
    with engine.connect() as connection:
        found = connection.execute(text(
            f"SELECT sender_id, type_name, data FROM {TRACKER_TABLE} ORDER BY id"
        )).all()
    out: dict[str, list[str]] = {}
    for sender, kind, data in found:
        if kind in ("user", "bot"):
            out.setdefault(sender, []).append(data)
    return out
