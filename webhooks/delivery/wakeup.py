"""Telling the worker "there is new work" the moment it is committed, not at the next poll.

On PostgreSQL the writer issues ``NOTIFY`` inside its transaction, which the
server delivers only if and when it commits; workers ``LISTEN``. SQLite has no
such channel, so the writing process sends a one-byte datagram to the
worker's loopback port right after commit. Either way the message is only a
hint: the outbox table stays the truth and the worker's slow poll is the net.
"""

from __future__ import annotations

import select
import socket
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

CHANNEL = "leadbot_outbox"
_FLAG = "leadbot.wake"


def announce(session: Session) -> None:
    """Mark this transaction as one that adds due work."""
    if session.info.get(_FLAG):
        return
    session.info[_FLAG] = True
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"NOTIFY {CHANNEL}"))


def install(factory: sessionmaker, wake_address: tuple[str, int]) -> None:
    """Send the datagram after each SQLite commit that announced work."""

    @event.listens_for(factory, "after_commit")
    def _after_commit(session: Session) -> None:
        if session.info.pop(_FLAG, False) and session.get_bind().dialect.name != "postgresql":
            poke(wake_address)

    @event.listens_for(factory, "after_rollback")
    def _after_rollback(session: Session) -> None:
        session.info.pop(_FLAG, None)


def poke(address: tuple[str, int]) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.sendto(b"!", address)
        except OSError:
            pass  # no worker listening yet: it polls the table when it starts


class Listener:
    """The worker's ear: ``wait(timeout)`` returns early when work was announced or ``wake()`` was called."""

    def __init__(self, engine: Engine, wake_address: tuple[str, int]) -> None:
        self._pg: Any = None
        self._udp: socket.socket | None = None
        if engine.dialect.name == "postgresql":
            self._pg = engine.raw_connection()
            self._dbapi().set_session(autocommit=True)
            cursor = self._dbapi().cursor()
            cursor.execute(f"LISTEN {CHANNEL}")
            cursor.close()
        else:
            self._udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                self._udp.bind(wake_address)
            except OSError as exc:
                self._udp.close()
                raise RuntimeError(
                    f"cannot listen for wake-ups on {wake_address[0]}:{wake_address[1]} ({exc.strerror}); "
                    "on SQLite only one worker runs per machine"
                ) from None
            self._udp.setblocking(False)
        self._inner, self._outer = socket.socketpair()
        self._inner.setblocking(False)
        self._outer.setblocking(False)

    def wake(self) -> None:
        """From any thread: end the current ``wait`` now."""
        try:
            self._outer.send(b"!")
        except OSError:
            pass

    def wait(self, timeout: float) -> bool:
        sources: list[Any] = [self._inner]
        if self._pg is not None:
            sources.append(self._dbapi())
        if self._udp is not None:
            sources.append(self._udp)
        ready, _, _ = select.select(sources, [], [], max(0.0, timeout))
        self._drain()
        return bool(ready)

    def _dbapi(self) -> Any:
        return getattr(self._pg, "driver_connection", None) or self._pg.connection

    def _drain(self) -> None:
        for sock in (self._inner, self._udp):
            if sock is None:
                continue
            try:
                while sock.recv(64):
                    pass
            except (BlockingIOError, OSError):
                pass
        if self._pg is not None:
            connection = self._dbapi()
            connection.poll()
            connection.notifies.clear()

    def close(self) -> None:
        for sock in (self._inner, self._outer, self._udp):
            if sock is not None:
                sock.close()
        if self._pg is not None:
            self._pg.close()
