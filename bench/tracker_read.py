"""What a turn's read costs in the tracker store: a Core statement built once, against Rasa's ORM query (issue 18).

    .venv/bin/python bench/tracker_read.py [--turns 10] [--runs 300] [--postgres]

Every turn starts with the tracker store's ``retrieve``: the conversation's latest session read from the ``events``
table and replayed into a tracker. Rasa's ``SQLTrackerStore._retrieve`` builds its ORM query anew each time (a
subquery for the latest ``session_started``) and loads every row as a ``SQLEvent`` object; the shipped
``DatabaseUrlTrackerStore._retrieve`` executes a Core statement built once that fetches the ``data`` column alone,
then decodes and replays the same rows as Rasa does. Both are timed, alternately, in the same run and on the same
store (Rasa's as the baseline, called on it unbound), on a conversation of a new session and ``--turns``
qualification turns (bench/_tracker_store.py's, 9 events each) stored beforehand. It checks both read the same
events. SQLite by default, PostgreSQL with ``--postgres`` (a database of the bench's own). Prints the median wall and
CPU (this thread's: the read runs in it) of each, the ratios of the medians, and the load (the machine is shared).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from statistics import median
from typing import Any, Awaitable, Callable

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

from bot.stores import DatabaseUrlTrackerStore

sys.path.insert(0, str(Path(__file__).parent))
from _tracker_store import arguments, conversation, with_store  # noqa: E402

SENDER = "bench-tracker-read"


async def rasas_own(store: DatabaseUrlTrackerStore) -> DialogueStateTracker | None:
    return await SQLTrackerStore._retrieve(store, SENDER, fetch_events_from_all_sessions=False)


async def shipped(store: DatabaseUrlTrackerStore) -> DialogueStateTracker | None:
    return await store._retrieve(SENDER, fetch_events_from_all_sessions=False)


async def timed(read: Callable[[DatabaseUrlTrackerStore], Awaitable[Any]], store: Any) -> tuple[float, float]:
    began, cpu = time.perf_counter(), time.thread_time()
    assert await read(store) is not None
    return (time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000


async def run(store: DatabaseUrlTrackerStore, turns: int, runs: int) -> dict[str, tuple[list[float], list[float]]]:
    # An older session first: the read takes the latest one only.
    await store.save(DialogueStateTracker.from_events(SENDER, conversation(2), store.domain.slots))
    await asyncio.sleep(0.01)
    await store.save(DialogueStateTracker.from_events(SENDER, conversation(turns), store.domain.slots))
    reads = {"Rasa's ORM query (before)": rasas_own, "Core statement (after)": shipped}
    first, second = [await read(store) for read in reads.values()]
    assert first is not None and second is not None
    assert [e.as_dict() for e in first.events] == [e.as_dict() for e in second.events], "the reads differ"
    print(f"{len(first.events)} events read a turn (the latest of two sessions, {turns} turns)")
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in reads}
    for number in range(runs + 20):  # the first twenty warm up: statements compile, connections open
        for name, read in (reads.items() if number % 2 else reversed(reads.items())):
            wall, cpu = await timed(read, store)
            if number >= 20:
                times[name][0].append(wall)
                times[name][1].append(cpu)
    return times


def main() -> int:
    args = arguments(300, "reads")
    times = with_store(args.postgres, lambda store: run(store, args.turns, args.runs))
    for name, (wall, cpu) in times.items():
        print(f"{name:26} median {median(wall):6.2f} ms wall, {median(cpu):6.2f} ms CPU")
    (before_wall, before_cpu), (after_wall, after_cpu) = (
        (median(wall), median(cpu)) for wall, cpu in times.values())
    print(f"ratio after/before (medians): {after_wall / before_wall:.3f} wall, {after_cpu / before_cpu:.3f} CPU"
          f"   load: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
