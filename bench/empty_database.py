"""What emptying the tests' PostgreSQL database costs: ``harness.services.empty_database`` against DELETE.

    TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/empty_database.py [--runs 8]

Every test of ``make test`` on PostgreSQL (``database_url``'s postgres half, some 450 tests) begins with the
session's database emptied by ``empty_database``: one TRUNCATE of the service's tables, RESTART IDENTITY CASCADE.
PostgreSQL gives each truncated table new files and syncs them at commit, so the cost follows the disk and the
number of tables, not the rows. The other way timed here, on the same database in turns: DELETE of each table,
children first, and each identity sequence restarted, which leaves the same empty tables and the same numbering.
A few rows are written before each emptying, as a test would leave them. Medians are printed with the load, the
machine being shared. Nothing here changes ``empty_database``: the figures are for whoever decides.
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


def by_delete(url: str) -> None:
    """Each service table's rows deleted, children first, and every identity sequence restarted."""
    tables = migrate.target_metadata().sorted_tables
    engine = create_engine(url, future=True)
    try:
        with engine.begin() as connection:
            for table in reversed(tables):
                connection.execute(table.delete())
            for (sequence,) in connection.execute(text(
                    "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'")):
                connection.execute(text(f'ALTER SEQUENCE "{sequence}" RESTART'))
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
            truncate.append(timed(empty_database, url))
            delete.append(timed(by_delete, url))
    load = os.getloadavg()[0]
    print(f"empty_database (TRUNCATE): median {median(truncate) * 1000:.0f} ms, "
          f"max {max(truncate) * 1000:.0f} ms ({options.runs} runs, load {load:.1f})")
    print(f"DELETE, sequences restarted: median {median(delete) * 1000:.0f} ms, max {max(delete) * 1000:.0f} ms")
    print(f"per PostgreSQL test: {(median(truncate) - median(delete)) * 1000:.0f} ms less with DELETE")


if __name__ == "__main__":
    main()
