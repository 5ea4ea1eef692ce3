"""Helpers for the leads and funnel page tests: reading tables back, and Rasa's tracker store.

Conversations are written by Rasa's own ``SQLTrackerStore`` from real Rasa
event objects, so the ``events`` rows have exactly the shape the bot's
tracker store gives them (``type_name``, ``action_name``, JSON ``data``).
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any, Sequence

from sqlalchemy import create_engine, text

from tests import tracker_store


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self._current: str | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._current = dict(attrs).get("id") or f"table-{len(self.tables)}"
            self.tables[self._current] = []
        elif tag == "tr" and self._current:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None and self._current:
            self.tables[self._current].append(self._row)
            self._row = None
        elif tag == "table":
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def tables(html: str) -> dict[str, list[list[str]]]:
    """Every table's rows as the cells' visible text (header rows included), by table id."""
    parser = _Tables()
    parser.feed(html)
    return parser.tables


# ----------------------------------------------------------------------------- Rasa's tracker store


def user(text_: str, ts: float, intent: str = "inform") -> Any:
    from rasa.shared.core.events import UserUttered

    return UserUttered(text_, intent={"name": intent, "confidence": 1.0}, timestamp=ts)


def bot(text_: str, ts: float) -> Any:
    from rasa.shared.core.events import BotUttered

    return BotUttered(text_, timestamp=ts)


def ask(slot: str | None, ts: float) -> Any:
    """What the form records when it asks a question (``None``: the form is done or was stopped)."""
    from rasa.shared.core.events import SlotSet

    return SlotSet("requested_slot", slot, timestamp=ts)


def listen(ts: float) -> Any:
    from rasa.shared.core.events import ActionExecuted

    return ActionExecuted("action_listen", timestamp=ts)


def record(database_url: str, conversations: dict[str, Sequence[Any]]) -> None:
    """Store each conversation's events through Rasa's SQL tracker store, as the bot does."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import ActionExecuted, SessionStarted
    from rasa.shared.core.trackers import DialogueStateTracker

    store = SQLTrackerStore(host=database_url)
    try:
        for sender_id, events in conversations.items():
            first = min(e.timestamp for e in events)
            opening = [
                ActionExecuted("action_session_start", timestamp=first - 0.002),
                SessionStarted(timestamp=first - 0.001),
                listen(first - 0.0005),
            ]
            tracker = DialogueStateTracker.from_events(sender_id, [*opening, *events])
            tracker_store.run(store.save(tracker))
    finally:
        store.engine.dispose()


def drop_tracker(database_url: str) -> None:
    """Remove Rasa's table if a previous test made one (the PostgreSQL database lives for the session)."""
    engine = create_engine(database_url, future=True)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS events"))
    finally:
        engine.dispose()


def asked_in(slot: str, variants: Sequence[str], conversation_id: str, ts: float, asked_before: int = 0) -> list[Any]:
    """The bot asking ``slot`` in the wording this conversation is assigned, recorded as the bot records it.

    The message goes through rasa_sdk's dispatcher and Rasa's own
    ``create_bot_utterance`` (after the action server's empty values are
    dropped, as ``RemoteAction`` does), so the ``bot`` event carries the
    wording in its metadata exactly as it would from the action server.
    """
    from rasa.core.actions.action import create_bot_utterance
    from rasa_sdk.executor import CollectingDispatcher

    from qualification.wording import METADATA_KEY, shown

    words = shown(variants, conversation_id, slot, asked_before)
    dispatcher = CollectingDispatcher()
    dispatcher.utter_message(text=words.text, **{METADATA_KEY: words.metadata()})
    message = {k: v for k, v in dispatcher.messages[0].items() if v}
    event = create_bot_utterance(message)
    event.timestamp = ts
    return [ask(slot, ts), event]


def answer(slot: str, value: Any, ts: float) -> Any:
    """The form filling (or, with ``None``, clearing) a question's slot after the visitor's reply."""
    from rasa.shared.core.events import SlotSet

    return SlotSet(slot, value, timestamp=ts)
