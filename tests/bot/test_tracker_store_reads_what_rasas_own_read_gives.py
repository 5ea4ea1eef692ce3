"""``DatabaseUrlTrackerStore._retrieve`` reads with a Core statement built once, where Rasa's ``SQLTrackerStore`` builds
an ORM query at every read: the trackers it gives are Rasa's own, event for event, on SQLite and PostgreSQL.

Conversations are stored as Rasa's saves append them (several turns, sessions started anew, other conversations'
turns in between) and each is read both ways after every save: the latest session (``retrieve``, every turn) and
the whole conversation (``retrieve_full_tracker``).
"""

from __future__ import annotations

import asyncio
import random
import time
from typing import Iterator

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from bot.settings import REPO
from bot.stores import DatabaseUrlTrackerStore
from harness.services import ADMIN_POSTGRES_URL, postgres_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DatabaseUrlTrackerStore]:
    monkeypatch.setenv("LEADBOT_ACTIONS_TOKEN", "a-token-rasa-sends-the-action-server")
    domain = Domain.load(str(REPO / "bot" / "domain.yml"))
    if request.param == "sqlite":
        monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'leadbot.db'}")
        yield DatabaseUrlTrackerStore(domain=domain)
        return
    try:
        create_engine(ADMIN_POSTGRES_URL, future=True).connect().close()
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL unavailable: {type(exc).__name__}")
    with postgres_database(ADMIN_POSTGRES_URL) as url:
        monkeypatch.setenv("DATABASE_URL", url)
        tracker_store = DatabaseUrlTrackerStore(domain=domain)
        yield tracker_store
        tracker_store.engine.dispose()


def a_turn(rng: random.Random, clock: list[float]) -> list[Event]:
    """A turn as Rasa appends it, sometimes opening a new session; stamped in order (sessions are found by time)."""
    events: list[Event] = []
    if rng.random() < 0.25:
        events += [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    said = rng.choice(("hi", "we are 40 people", "skip", "about 20k a month", "next week"))
    events += [UserUttered(said, {"name": "inform", "confidence": 0.9}), ActionExecuted("action_extract_slots"),
               SlotSet("requested_slot", rng.choice(("need", "size", "budget"))), ActionExecuted("lead_form"),
               BotUttered(f"you said {said}"), ActionExecuted("action_listen")]
    for event in events:
        clock[0] += 0.001
        event.timestamp = clock[0]
    return events


def rasas_read(store: DatabaseUrlTrackerStore, sender: str, everything: bool) -> DialogueStateTracker | None:
    return asyncio.run(SQLTrackerStore._retrieve(store, sender, fetch_events_from_all_sessions=everything))


def events_of(tracker: DialogueStateTracker | None) -> list[dict] | None:
    return None if tracker is None else [event.as_dict() for event in tracker.events]


def test_every_read_of_a_growing_conversation_gives_rasas_own_tracker(store: DatabaseUrlTrackerStore) -> None:
    rng = random.Random(18)
    clock = [time.time()]
    senders = ("visitor-a", "visitor-b", "visitor-c")
    stored: dict[str, list[Event]] = {sender: [] for sender in senders}
    sessions_read = 0
    for _ in range(24):
        sender = rng.choice(senders)
        stored[sender] += a_turn(rng, clock)
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, stored[sender], store.domain.slots)))
        for everything in (False, True):
            ours = asyncio.run(store.retrieve_full_tracker(sender) if everything else store.retrieve(sender))
            assert events_of(ours) == events_of(rasas_read(store, sender, everything)), (sender, everything)
            assert ours is not None and ours.sender_id == sender
            assert ours.current_slot_values() == rasas_read(store, sender, everything).current_slot_values()
        latest = asyncio.run(store.retrieve(sender))
        if len(latest.events) < len(stored[sender]):
            sessions_read += 1
    assert sessions_read, "no read left an earlier session out: the test would not see the session rule"


def test_a_conversation_never_stored_reads_as_none_as_in_rasa(store: DatabaseUrlTrackerStore) -> None:
    asyncio.run(store.save(DialogueStateTracker.from_events("someone-else", a_turn(random.Random(1), [time.time()]),
                                                            store.domain.slots)))
    assert asyncio.run(store.retrieve("nobody")) is None
    assert asyncio.run(store.retrieve_full_tracker("nobody")) is None
    assert rasas_read(store, "nobody", False) is None
