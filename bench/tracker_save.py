"""What a turn's save costs in the tracker store: one INSERT of the turn's rows, against an ORM object per event.

    .venv/bin/python bench/tracker_save.py [--turns 10] [--runs 150] [--postgres]

``DatabaseUrlTrackerStore.save`` appends a turn's events and guards against the service's erasure landing in
the middle (it counts the conversation before and after the append, in one Core statement each). The baseline,
timed in turns with the shipped save in the same run, is the save as it was before: the same counts, but each
event added to the session as a ``SQLEvent`` object and written by the ORM's flush (its unit of work, identity
map and one INSERT per row through the ORM). Now the rows are one Core INSERT with every row's values (an
executemany). (The save before that one, Rasa's three ORM counts, measured 0.62 SQLite / 0.58 PostgreSQL of them.)
Each timed save appends one qualification turn (bench/_tracker_store.py's, 9 events) to a conversation of
``--turns`` turns read back just before, as Rasa does. SQLite by default, PostgreSQL with ``--postgres`` (a
database of the bench's own). Prints the median and p95 of each (wall) and its median CPU (this thread's: the
save runs in it; SQLite's commit waits on the disk), the ratios of the medians, and the load (the machine is shared).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from statistics import median
from typing import Any

from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

from bot.stores import DatabaseUrlTrackerStore

sys.path.insert(0, str(Path(__file__).parent))
from _stats import percentile  # noqa: E402
from _tracker_store import OrmRows, arguments, bench_database, conversation, turn  # noqa: E402


async def timed_save(store: Any, sender: str, turns: int, number: int) -> float:
    """Store a conversation, read it back, add a turn and time its save."""
    await store.save(DialogueStateTracker.from_events(sender, conversation(turns), store.domain.slots))
    tracker = await store.retrieve(sender)
    started = time.time()
    for offset, event in enumerate(turn(turns + number)):
        event.timestamp = started + offset / 1000
        tracker.update(event)
    began, cpu = time.perf_counter(), time.thread_time()
    await store.save(tracker)
    return (time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000


async def run(stores: dict[str, Any], turns: int, runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    times: dict[str, list[float]] = {name: [] for name in stores}
    cpu: dict[str, list[float]] = {name: [] for name in stores}
    for number in range(runs + 5):  # the first five warm up: statements compile, connections open
        for name, store in stores.items():
            took, used = await timed_save(store, f"{name}-{number}", turns, number)
            if number >= 5:
                times[name].append(took)
                cpu[name].append(used)
    checker = next(iter(stores.values()))
    with checker.engine.connect() as connection:  # both appended the turn whole, once
        for name in stores:
            stored = connection.execute(text("SELECT count(*) FROM events WHERE sender_id = :s"),
                                        {"s": f"{name}-{runs}"}).scalar_one()
            assert stored == len(conversation(turns)) + len(turn(0)), (name, stored)
    return times, cpu


def main() -> int:
    args = arguments(150, "saves")
    with ExitStack() as stack:
        domain = bench_database(stack, postgres=args.postgres)
        stores = {"ORM rows (before)": OrmRows(domain=domain),
                  "one INSERT (after)": DatabaseUrlTrackerStore(domain=domain)}
        for store in stores.values():
            stack.callback(store.engine.dispose)
        times, cpu = asyncio.run(run(stores, args.turns, args.runs))
    for name, values in times.items():
        print(f"{name:26} median {median(values):6.2f} ms   p95 {percentile(values, 0.95):6.2f} ms   "
              f"CPU median {median(cpu[name]):6.2f} ms")
    before, after = (median(values) for values in times.values())
    cpu_before, cpu_after = (median(values) for values in cpu.values())
    print(f"ratio after/before (medians): {after / before:.3f} wall, {cpu_after / cpu_before:.3f} CPU (this thread's)"
          f"   load: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
