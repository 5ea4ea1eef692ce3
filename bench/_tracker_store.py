"""The tracker store as the store benchmarks drive it, written once: a database of the bench's own, a qualification
conversation as the bot stores it, the command line they share, and the save as it was before fbd2987 (their
baseline, and bench/stack_cpu.py's ``--compare``)."""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Awaitable, Callable, TypeVar

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.stores import DatabaseUrlTrackerStore, _additional_events, _hold_conversation
from harness.services import postgres_database

ROOT = Path(__file__).resolve().parents[1]
INTENTS = ("inform", "greet", "affirm", "deny", "stop", "start_again", "ask_faq", "thanks", "goodbye", "chitchat")
Result = TypeVar("Result")


def turn(number: int) -> list[Event]:
    """One qualification turn as Rasa stores it (9 events)."""
    said = f"we are about {number * 10 + 20} people and need more qualified leads"
    parse = {"text": said, "intent": {"name": "inform", "confidence": 0.93},
             "intent_ranking": [{"name": name, "confidence": 0.9 / (rank + 1)} for rank, name in enumerate(INTENTS)],
             "entities": [{"entity": "number", "value": number * 10 + 20, "start": 9, "end": 11,
                           "extractor": "LeadbotExtractor"}]}
    return [
        UserUttered(said, parse["intent"], parse["entities"], parse, metadata={"tz": "Europe/Berlin"}),
        ActionExecuted("action_extract_slots"),
        SlotSet("attributes", {"size": number * 10 + 20, "need": "qualified leads", "country": "DE"}),
        ActionExecuted("validate_lead_form"),
        SlotSet("heard", {"attributes": {"size": number * 10 + 20}, "texts": {"size": said}}),
        SlotSet("requested_slot", f"question_{number}"),
        ActionExecuted("lead_form"),
        BotUttered(f"Thanks. And question {number}: how big is your budget for this?",
                   {"buttons": [{"title": "Skip", "payload": "/skip"}]}, metadata={"utter_action": "utter_ask"}),
        ActionExecuted("action_listen"),
    ]


def conversation(turns: int) -> list[Event]:
    """A new session, not stopped, and ``turns`` qualification turns, stamped in order."""
    events: list[Event] = [ActionExecuted("action_session_start"), SessionStarted(), SlotSet("language", "en"),
                           SlotSet("stopped", False), ActionExecuted("action_listen")]
    for number in range(turns):
        events += turn(number)
    started = time.time()
    for number, event in enumerate(events):  # stamped in order, as a chat's turns are
        event.timestamp = started + number / 1000
    return events


def bench_database(stack: ExitStack, *, postgres: bool) -> Domain:
    """A database of the bench's own for the tracker store (``DATABASE_URL``), gone when ``stack`` closes: SQLite in a
    temporary folder, or on TEST_POSTGRES_URL's server one created and dropped (the tracker store makes its table);
    returns the bot's domain, which the store needs."""
    workdir = stack.enter_context(tempfile.TemporaryDirectory())
    os.environ["DATABASE_URL"] = stack.enter_context(postgres_database()) if postgres else f"sqlite:///{workdir}/leadbot.db"
    os.environ.setdefault("LEADBOT_ACTIONS_TOKEN", "bench")
    return Domain.load(str(ROOT / "bot" / "domain.yml"))


def arguments(runs: int, what: str) -> argparse.Namespace:
    """The store benchmarks' command line: ``--turns`` stored, ``--runs`` of each kind timed, ``--postgres``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=10, help="qualification turns in the stored conversation")
    parser.add_argument("--runs", type=int, default=runs, help=f"{what} of each kind, in turns")
    parser.add_argument("--postgres", action="store_true", help="a PostgreSQL database (TEST_POSTGRES_URL's server)")
    return parser.parse_args()


def with_store(postgres: bool, run: Callable[[DatabaseUrlTrackerStore], Awaitable[Result]]) -> Result:
    """``run(store)`` on a shipped tracker store over a database of the bench's own, closed afterwards."""
    with ExitStack() as stack:
        store = DatabaseUrlTrackerStore(domain=bench_database(stack, postgres=postgres))
        stack.callback(store.engine.dispose)
        return asyncio.run(run(store))


async def orm_rows_save(self: DatabaseUrlTrackerStore, tracker: DialogueStateTracker) -> None:
    """``DatabaseUrlTrackerStore.save`` before fbd2987: the same lock and counts, but a ``SQLEvent`` object per event
    flushed by the ORM's unit of work, where the shipped save writes one INSERT of every row."""
    await self.stream_events(tracker)
    sender = {"sender": tracker.sender_id}
    with self.session_scope() as session:
        _hold_conversation(session, tracker.sender_id)
        before, in_session = session.execute(self._stored_counts, sender).one()
        events = list(_additional_events(tracker, in_session))
        for event in events:
            session.add(self.SQLEvent(**self._row_values(tracker.sender_id, event)))
        session.flush()
        if events and session.execute(self._stored_count, sender).scalar_one() != before + len(events):
            session.rollback()
            return
        session.commit()


class OrmRows(DatabaseUrlTrackerStore):
    """A tracker store that saves as before fbd2987 (``orm_rows_save``) and reads as shipped."""

    save = orm_rows_save
