"""The gate's check of the ``stopped`` slot reads one stored event, and says what the whole tracker would.

``bot.channels.stopped`` asks, for every message, whether the conversation is stopped. It used to read and
replay the whole tracker for that; ``DatabaseUrlTrackerStore.slot_value`` reads the latest event that sets
the slot or resets every slot, in the same session window as ``retrieve``. Each history here is stored, then
the narrow answer is compared with the retrieved tracker's: a stop, a slot set back, a restart, a reset, a
new session (with and without the slot carried over), another slot's events, and an erasure.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Callable

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    AllSlotsReset,
    BotUttered,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

from bot.channels.stopped import held
from bot.stores import DatabaseUrlTrackerStore

DOMAIN = Domain.from_dict({"slots": {
    "stopped": {"type": "bool", "initial_value": False, "influence_conversation": False,
                "mappings": [{"type": "custom"}]},
    "language": {"type": "any", "influence_conversation": False, "mappings": [{"type": "custom"}]},
    "booking": {"type": "any", "influence_conversation": False, "mappings": [{"type": "custom"}]},
}})


def session(*events: Event) -> list[Event]:
    return [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"), *events]


def stop() -> list[Event]:
    return [UserUttered("stop"), SlotSet("stopped", True), BotUttered("Stopped.")]


HISTORIES: dict[str, Callable[[], list[Event]]] = {
    "never stopped": lambda: session(UserUttered("hi"), SlotSet("language", "en")),
    "stopped": lambda: session(UserUttered("hi"), *stop(), UserUttered("hello?")),
    "stopped, then the slot set back": lambda: session(*stop(), UserUttered("start again"), SlotSet("stopped", False)),
    "stopped, then set again": lambda: session(*stop(), SlotSet("stopped", False), SlotSet("stopped", True)),
    "stopped, then restarted": lambda: session(*stop(), Restarted(), UserUttered("hi")),
    "stopped, then every slot reset": lambda: session(*stop(), AllSlotsReset()),
    "stopped, then a new session": lambda: [*session(*stop()), *session(UserUttered("hi"))],
    "stopped, carried into a new session": lambda: [*session(*stop()), *session(SlotSet("stopped", True))],
    "stopped, another slot set after": lambda: session(*stop(), SlotSet("language", "de")),
    "stopped in a session before, reset in it": lambda: [*session(*stop(), Restarted()), *session(UserUttered("x"))],
}


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> DatabaseUrlTrackerStore:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'leadbot.db'}")
    monkeypatch.setenv("LEADBOT_ACTIONS_TOKEN", "a-token-rasa-sends-the-action-server")
    return DatabaseUrlTrackerStore(domain=DOMAIN)


def saved(store: DatabaseUrlTrackerStore, sender: str, events: list[Event]) -> DialogueStateTracker:
    # Stamped in list order, as a chat's turns are: the session window is chosen by timestamp.
    started = time.time()
    for number, event in enumerate(events):
        event.timestamp = started + number / 1000
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, events, DOMAIN.slots)))
    tracker = asyncio.run(store.retrieve(sender))
    assert tracker is not None
    return tracker


@pytest.mark.parametrize("history", HISTORIES)
def test_the_one_event_read_says_what_the_whole_tracker_says(store: DatabaseUrlTrackerStore, history: str) -> None:
    tracker = saved(store, history, HISTORIES[history]())
    assert store.slot_value(history, "stopped", False) == (True, tracker.get_slot("stopped")), history


def test_the_histories_cover_both_answers(store: DatabaseUrlTrackerStore) -> None:
    answers = {saved(store, name, make()).get_slot("stopped") for name, make in HISTORIES.items()}
    assert answers == {True, False}


def test_a_conversation_not_stored_or_erased_holds_the_initial_value(store: DatabaseUrlTrackerStore) -> None:
    assert store.slot_value("nobody", "stopped", False) == (True, False)
    saved(store, "erased", session(*stop()))
    assert store.slot_value("erased", "stopped", False) == (True, True)
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM events WHERE sender_id = 'erased'"))
    assert store.slot_value("erased", "stopped", False) == (True, False)


def test_a_reverted_turn_after_the_slot_leaves_the_answer_to_the_whole_tracker(
        store: DatabaseUrlTrackerStore) -> None:
    # Rasa's fallback reverts the turn it ran in: which events it undid only the replay knows.
    saved(store, "reverted", session(*stop(), UserUttered("???"), UserUtteranceReverted()))
    assert store.slot_value("reverted", "stopped", False) == (False, None)


class Agent:
    """Rasa's agent as ``held`` uses it before it parses: the tracker store, and a processor that must not run
    for a conversation that is not stopped."""

    def __init__(self, store: DatabaseUrlTrackerStore) -> None:
        self.tracker_store = store

    @property
    def processor(self) -> Any:
        raise AssertionError("a conversation that is not stopped is not parsed by the gate")


NOT_STOPPED = ("never stopped", "stopped, then the slot set back", "stopped, then restarted",
               "stopped, then every slot reset", "stopped, then a new session", "stopped in a session before, reset in it")


@pytest.mark.parametrize("history", NOT_STOPPED)
def test_a_message_in_a_conversation_no_longer_stopped_goes_on_to_rasa(
        store: DatabaseUrlTrackerStore, history: str) -> None:
    assert saved(store, history, HISTORIES[history]()).get_slot("stopped") is False
    message = UserMessage("we need leads", CollectingOutputChannel(), history)
    assert asyncio.run(held(Agent(store), message)) is message


class Parsing(Agent):
    """Rasa's agent for a stopped conversation: its store, and a processor that reads every message as nothing."""

    @property
    def processor(self) -> Any:
        class Processor:
            async def parse_message(self, message: UserMessage) -> dict[str, Any]:
                return {"intent": {"name": "nlu_fallback", "confidence": 0.3}}

        return Processor()


def test_a_stopped_conversation_whose_turn_was_reverted_is_read_from_the_store_once(
        store: DatabaseUrlTrackerStore, monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the replay tells a reverted turn's slots, so the check reads the whole tracker; the answer in the
    # conversation's language needs it too, and gets that same one, not a second read.
    tracker = saved(store, "reverted", session(*stop(), ActionExecuted("action_listen"), UserUttered("???"),
                                               UserUtteranceReverted()))
    assert tracker.get_slot("stopped") is True and store.slot_value("reverted", "stopped", False) == (False, None)
    retrieve, reads = store.retrieve, []

    async def counted(sender_id: str) -> DialogueStateTracker | None:
        reads.append(sender_id)
        return await retrieve(sender_id)

    monkeypatch.setattr(store, "retrieve", counted)
    monkeypatch.setattr("bot.channels.stopped._faq_answers", lambda text, intent, confidence: [])
    channel = CollectingOutputChannel()
    assert asyncio.run(held(Parsing(store), UserMessage("hello?", channel, "reverted"))) is None
    assert reads == ["reverted"]
    assert [m["text"] for m in channel.messages] == ["Say \"start again\" whenever you'd like to go on."]


BOOKING = {"id": "bk-1", "starts_at": "2026-12-07T09:30:00Z", "ends_at": "2026-12-07T10:00:00Z",
           "label": "Mon 7 Dec, 09:30–10:00", "time_zone": "Europe/Berlin", "owner": {"name": "Lena Fischer"},
           "ics_url": "http://127.0.0.1:5200/calendar/abc.ics"}


@pytest.mark.parametrize("lang, text, cannot", [
    ("en", "please cancel my call anyway", "I can't cancel the call from this chat"),
    ("de", "bitte sagen Sie den Termin trotzdem ab", "Termin"),
    ("fr", "je dois annuler le rendez-vous", "annuler"),
    ("es", "tengo que cancelar la llamada", "cancelar"),
])
def test_a_request_to_cancel_a_call_booked_before_the_stop_hears_it_still_stands_and_how_and_nothing_is_stored(
        store: DatabaseUrlTrackerStore, monkeypatch: pytest.MonkeyPatch, lang: str, text: str, cannot: str) -> None:
    # Played: after "stop", "bitte sagen Sie den Termin trotzdem ab" got only the "start again" hint, and the call
    # stayed booked without a word. Stopping the chat cancels no call: the visitor hears it stands, and how to cancel.
    before = len(saved(store, f"booked-{lang}",
                       session(SlotSet("language", lang), SlotSet("booking", BOOKING), *stop())).events)
    monkeypatch.setattr("bot.channels.stopped._faq_answers", lambda text, intent, confidence: [])
    channel = CollectingOutputChannel()
    assert asyncio.run(held(Parsing(store), UserMessage(text, channel, f"booked-{lang}"))) is None
    said = [m["text"] for m in channel.messages]
    assert "Lena Fischer" in said[0], said
    assert cannot in said[1] and len(said) == 3, said
    assert len(asyncio.run(store.retrieve(f"booked-{lang}")).events) == before, "nothing stored"


@pytest.mark.parametrize("text", ["please delete nothing, just stop", "what do you charge?", "hello?"])
def test_a_stopped_conversation_with_a_call_booked_hears_only_the_hint_to_anything_but_a_cancellation(
        store: DatabaseUrlTrackerStore, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    saved(store, "booked", session(SlotSet("language", "en"), SlotSet("booking", BOOKING), *stop()))
    monkeypatch.setattr("bot.channels.stopped._faq_answers", lambda text, intent, confidence: [])
    channel = CollectingOutputChannel()
    assert asyncio.run(held(Parsing(store), UserMessage(text, channel, "booked"))) is None
    assert [m["text"] for m in channel.messages] == ["Say \"start again\" whenever you'd like to go on."]
