"""The database as a Flask extension, and the engine the worker and commands share.

SQLite is the embedded default and gets what it needs to serve a web process
and a worker at once: WAL, a busy timeout, foreign keys, and transactions
that take the write lock when they begin (``BEGIN IMMEDIATE``), so two
writers queue instead of failing half-way.

The file holds leads (names, emails) and studio password hashes, so it is
created readable by its owner only (0600; SQLite gives its ``-wal`` and
``-shm`` files the database's mode) in a folder created 0700; a file left
world-readable by an older version loses its "other" bits when opened.
"""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from flask import Flask, current_app
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from webhooks.delivery import wakeup


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # No pre-ping: it costs a round trip per request; recycling bounds how stale a connection gets.
        kwargs.setdefault("pool_recycle", 600)
        return create_engine(url, future=True, **kwargs)
    if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
        _private_file(Path(parsed.database))
    engine = create_engine(url, future=True, connect_args={"timeout": 30}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's begin() below emit BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _private_file(path: Path) -> None:
    """Create the database file 0600 (its folder 0700) before SQLite does with the umask's 0644."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            mode = each.stat().st_mode
            if mode & stat.S_IRWXO:
                os.chmod(each, stat.S_IMODE(mode) & ~stat.S_IRWXO)
        except (FileNotFoundError, PermissionError):  # not there yet, or another user's file: left as it is
            pass


def session_factory(engine: Engine, wake_address: tuple[str, int]) -> sessionmaker:
    """Sessions whose commits wake the worker when they queued deliveries (``webhooks.delivery.wakeup``)."""
    factory = sessionmaker(engine, future=True, expire_on_commit=False)
    wakeup.install(factory, wake_address)
    return factory


class Database:
    """``db.init_app(app)`` once; ``with db.transaction() as session`` in views."""

    def init_app(self, app: Flask) -> None:
        settings = app.config["LEADBOT_SETTINGS"]
        engine = make_engine(settings.database_url)
        app.extensions["leadbot.db"] = (engine, session_factory(engine, settings.wake_address))

    @property
    def engine(self) -> Engine:
        return current_app.extensions["leadbot.db"][0]

    @property
    def sessions(self) -> sessionmaker:
        return current_app.extensions["leadbot.db"][1]

    def session(self) -> Session:
        return current_app.extensions["leadbot.db"][1]()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any exception."""
        with self.session() as session, session.begin():
            yield session


db = Database()
