"""Who can read the service's files on the machine it runs on.

Before: ``var/leadbot.db`` (leads' names and emails, studio password hashes) was created
0644, readable by every account on the machine, while ``var/local.env`` was 0600.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from sqlalchemy import text

from harness import services
from webhooks.database import make_engine


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def upgrade(database: Path) -> None:
    """``python -m webhooks db upgrade`` as ``make db`` runs it, on the embedded default."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(services.INHERIT_NOT)}
    subprocess.run([services.PYTHON, "-m", "webhooks", "db", "upgrade"], cwd=services.REPO, check=True,
                   env={**env, "DATABASE_URL": f"sqlite:///{database}"}, capture_output=True)


def test_a_new_database_and_its_folder_are_the_owners_only(tmp_path: Path) -> None:
    database = tmp_path / "var" / "leadbot.db"
    upgrade(database)
    assert mode(database) == 0o600
    assert mode(database.parent) == 0o700
    # The write-ahead log and shared-memory files exist while the service writes; they hold lead data too.
    engine = make_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS probe (x INTEGER)"))
        connection.execute(text("INSERT INTO probe VALUES (1)"))
        connection.commit()
        siblings = [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]
        assert all(path.exists() for path in siblings)
        assert [mode(path) for path in siblings] == [0o600, 0o600]
    engine.dispose()


def test_a_database_left_world_readable_is_closed_to_others(tmp_path: Path) -> None:
    database = tmp_path / "var" / "leadbot.db"
    database.parent.mkdir()
    database.touch(mode=0o644)
    os.chmod(database, 0o644)
    upgrade(database)
    assert mode(database) & stat.S_IRWXO == 0
