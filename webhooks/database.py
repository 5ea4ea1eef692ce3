"""The database as a Flask extension, and the engine the worker and commands share.

SQLite is the embedded default and gets what it needs to serve a web process
and a worker at once: WAL, a busy timeout, foreign keys, and transactions
that take the write lock when they begin (``BEGIN IMMEDIATE``), so two
writers queue instead of failing half-way.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from flask import Flask, current_app
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from webhooks import wakeup


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # No pre-ping: it costs a round trip per request; recycling bounds how stale a connection gets.
        kwargs.setdefault("pool_recycle", 600)
        return create_engine(url, future=True, **kwargs)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
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


def session_factory(engine: Engine, wake_address: tuple[str, int]) -> sessionmaker:
    """Sessions whose commits wake the worker when they queued deliveries (``webhooks.wakeup``)."""
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
