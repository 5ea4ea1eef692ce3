"""What emptying the tests' PostgreSQL database costs: ``harness.services.empty_database`` against TRUNCATE.

    TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/empty_database.py [--runs 8]

Every test of ``make test`` on PostgreSQL (``database_url``'s postgres half, some 450 tests) begins with the
session's database emptied by ``empty_database``: DELETE of each table, children first, and each identity sequence
restarted. The baseline, timed on the same database in turns, is what it did before: one TRUNCATE of the service's
tables, RESTART IDENTITY CASCADE, which leaves the same empty tables and numbering, but gives each truncated table
new files and syncs them at commit, so its cost follows the disk and the number of tables, not the rows. A few
rows are written before each emptying, as a test would leave them. Medians are printed with the load, the machine
being shared.
"""

from __future__ import annotations

import argparse
import os
import time
from statistics import median
from typing import Callable

from sqlalchemy import create_engine, text

from harness.services import ADMIN_POSTGRES_URL, empty_database, postgres_database
from webhooks import migrate


def by_truncate(url: str) -> None:
    """The baseline: the service's tables truncated in one statement, identities restarted."""
    names = ", ".join(f'"{table.name}"' for table in migrate.target_metadata().sorted_tables)
    engine = create_engine(url, future=True)
    try:
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()


def some_rows(url: str) -> None:
    """A row, as a test leaves some (a studio account): numbered 1, so each way of emptying is seen to leave the
    tables empty and the numbering restarted, as a fresh migrated database has them."""
    engine = create_engine(url, future=True)
    try:
        with engine.begin() as connection:
            numbered = connection.execute(text(
                "INSERT INTO studio_users (email, password_hash, active, created_at)"
                " VALUES ('a@example.com', 'x', true, now()) RETURNING id")).scalar_one()
    finally:
        engine.dispose()
    assert numbered == 1, f"the emptying before left the numbering at {numbered}"


def timed(empty: Callable[[str], None], url: str) -> float:
    some_rows(url)
    started = time.perf_counter()
    empty(url)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=8, help="emptyings of each kind, in turns")
    options = parser.parse_args()
    with postgres_database(ADMIN_POSTGRES_URL) as url:
        truncate: list[float] = []
        delete: list[float] = []
        for _ in range(options.runs):
            truncate.append(timed(by_truncate, url))
            delete.append(timed(empty_database, url))
    load = os.getloadavg()[0]
    print(f"TRUNCATE (baseline): median {median(truncate) * 1000:.0f} ms, "
          f"max {max(truncate) * 1000:.0f} ms ({options.runs} runs, load {load:.1f})")
    print(f"empty_database (DELETE, sequences restarted): median {median(delete) * 1000:.0f} ms, "
          f"max {max(delete) * 1000:.0f} ms, {median(delete) / median(truncate):.2f} of the baseline")


if __name__ == "__main__":
    main()
