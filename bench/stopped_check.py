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

import os
import sys
import time
from pathlib import Path
from statistics import median
from typing import Any, Awaitable, Callable

from rasa.shared.core.trackers import DialogueStateTracker

from bot.stores import DatabaseUrlTrackerStore

sys.path.insert(0, str(Path(__file__).parent))
from _stats import percentile  # noqa: E402
from _tracker_store import arguments, conversation, with_store  # noqa: E402

SENDER = "bench-stopped-check"


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


def main() -> int:
    args = arguments(300, "checks")
    times = with_store(args.postgres, lambda store: run(store, args.turns, args.runs))
    for name, values in times.items():
        print(f"{name:24} median {median(values):6.2f} ms   p95 {percentile(values, 0.95):6.2f} ms")
    before, after = (median(values) for values in times.values())
    print(f"ratio after/before (medians): {after / before:.3f}   load: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
