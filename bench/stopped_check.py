"""What the gate's "is this conversation stopped?" costs per message: one event read against the whole tracker.

    .venv/bin/python bench/stopped_check.py [--turns 10] [--runs 300] [--postgres]

``bot.channels.stopped`` asks it of every message before Rasa sees it. The baseline, timed in turns with the
new way on the same conversation in the same run, is what it did before: ``retrieve`` the tracker (every event
of the session read, decoded and replayed against the bot's domain) and read its ``stopped`` slot. The new way
is ``DatabaseUrlTrackerStore.slot_value``: one row, the latest event that sets the slot or resets them all.
The conversation is ``--turns`` qualification turns stored as the bot stores them (the user's message with
its parse data, the form's actions and slots, the bot's lines), not stopped, so both ways find it running.
SQLite by default (the tests' and a single server's store), PostgreSQL with ``--postgres`` (TEST_POSTGRES_URL).
Prints the median and p95 of each, the ratio of the medians, and the load (the machine is shared).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from statistics import median
from typing import Any, Awaitable, Callable

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.stores import DatabaseUrlTrackerStore
from harness.services import postgres_database

sys.path.insert(0, str(Path(__file__).parent))
from _stats import percentile  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SENDER = "bench-stopped-check"
INTENTS = ("inform", "greet", "affirm", "deny", "stop", "start_again", "ask_faq", "thanks", "goodbye", "chitchat")


def turn(number: int) -> list[Event]:
    """One qualification turn as Rasa stores it."""
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
    events: list[Event] = [ActionExecuted("action_session_start"), SessionStarted(), SlotSet("language", "en"),
                           SlotSet("stopped", False), ActionExecuted("action_listen")]
    for number in range(turns):
        events += turn(number)
    started = time.time()
    for number, event in enumerate(events):  # stamped in order, as a chat's turns are
        event.timestamp = started + number / 1000
    return events


async def by_tracker(store: DatabaseUrlTrackerStore) -> bool:
    """The baseline: the whole tracker, then its slot."""
    tracker = await store.retrieve(SENDER)
    return tracker is not None and bool(tracker.get_slot("stopped"))


async def by_one_event(store: DatabaseUrlTrackerStore) -> bool:
    known, value = store.slot_value(SENDER, "stopped", False)
    assert known
    return bool(value)


async def timed(check: Callable[[DatabaseUrlTrackerStore], Awaitable[bool]], store: Any) -> float:
    started = time.perf_counter()
    assert await check(store) is False, "the conversation is running"
    return (time.perf_counter() - started) * 1000


async def run(store: DatabaseUrlTrackerStore, turns: int, runs: int) -> dict[str, list[float]]:
    events = conversation(turns)
    await store.save(DialogueStateTracker.from_events(SENDER, events, store.domain.slots))
    times: dict[str, list[float]] = {"whole tracker (before)": [], "one event (after)": []}
    for _ in range(20):  # warm-up: the first statements compile and connect
        await by_tracker(store)
        await by_one_event(store)
    for _ in range(runs):
        times["whole tracker (before)"].append(await timed(by_tracker, store))
        times["one event (after)"].append(await timed(by_one_event, store))
    print(f"{len(events)} events stored, {turns} turns")
    return times


def bench_database(stack: ExitStack, *, postgres: bool) -> Domain:
    """A database of the bench's own for the tracker store (``DATABASE_URL``), gone when ``stack`` closes: SQLite in a
    temporary folder, or on TEST_POSTGRES_URL's server one created and dropped (the tracker store makes its table);
    returns the bot's domain, which the store needs."""
    workdir = stack.enter_context(tempfile.TemporaryDirectory())
    os.environ["DATABASE_URL"] = stack.enter_context(postgres_database()) if postgres else f"sqlite:///{workdir}/leadbot.db"
    os.environ.setdefault("LEADBOT_ACTIONS_TOKEN", "bench")
    return Domain.load(str(ROOT / "bot" / "domain.yml"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=10, help="qualification turns in the conversation")
    parser.add_argument("--runs", type=int, default=300, help="checks of each kind, in turns")
    parser.add_argument("--postgres", action="store_true", help="TEST_POSTGRES_URL's database instead of SQLite")
    args = parser.parse_args()
    with ExitStack() as stack:
        store = DatabaseUrlTrackerStore(domain=bench_database(stack, postgres=args.postgres))
        stack.callback(store.engine.dispose)
        times = asyncio.run(run(store, args.turns, args.runs))
    for name, values in times.items():
        print(f"{name:24} median {median(values):6.2f} ms   p95 {percentile(values, 0.95):6.2f} ms")
    before, after = (median(values) for values in times.values())
    print(f"ratio after/before (medians): {after / before:.3f}   load: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
