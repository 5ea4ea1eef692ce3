"""The published playbook every request scores against, from memory: ``PlaybookProvider`` and ``StaticPlaybook``.

``PlaybookProvider.current()`` is what the ingest path calls: it answers
from memory and asks the database only once per ``ttl`` (1 s) which version
is published, so a publish is live everywhere within a second without a
query per request. The text is fetched and parsed only when that number
changes. Until a version is published, the start-up file
(``watched_file.PlaybookFile``) is in force.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Callable

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from qualification import Playbook, PlaybookError, playbook_to_dict
from webhooks.models import PlaybookVersion
from webhooks.playbooks.snapshot import Snapshot, etag, jsonable, snapshot_of
from webhooks.playbooks.store import PUBLISHED_HEAD
from webhooks.playbooks.watched_file import PlaybookFile

log = logging.getLogger("leadbot.playbooks")


class StaticPlaybook:
    """A fixed playbook (tests that hand ``create_app`` a ``Playbook``): same interface as the provider."""

    def __init__(self, playbook: Playbook) -> None:
        data = playbook_to_dict(playbook)
        self._snapshot = Snapshot(None, playbook, jsonable(data), etag(None, json.dumps(data, sort_keys=True, default=str)))

    def current(self) -> Playbook:
        return self._snapshot.playbook

    def snapshot(self) -> Snapshot:
        return self._snapshot

    def invalidate(self) -> None:
        pass


class PlaybookProvider:
    """The published playbook, from memory, re-checked against the database at most once per ``ttl``.

    If the database cannot be asked, the last playbook known keeps serving
    (and the failure is logged): scoring never stops because the check did.
    """

    def __init__(self, sessions: sessionmaker, fallback: PlaybookFile, *, ttl: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.sessions = sessions
        self.fallback = fallback
        self.ttl = ttl
        self.clock = clock
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._expires = 0.0

    def current(self) -> Playbook:
        return self.snapshot().playbook

    def snapshot(self) -> Snapshot:
        snap = self._snapshot
        if snap is not None and self.clock() < self._expires:
            return snap
        with self._lock:
            if self._snapshot is not None and self.clock() < self._expires:
                return self._snapshot
            self._snapshot = self._refresh(self._snapshot)
            self._expires = self.clock() + self.ttl
            return self._snapshot

    def invalidate(self) -> None:
        """After a publish in this process: the next ``current()`` looks again."""
        self._expires = 0.0

    def _refresh(self, known: Snapshot | None) -> Snapshot:
        try:
            with self.sessions() as session:
                head = session.execute(PUBLISHED_HEAD).first()
                if head is None:
                    return self.fallback.current()
                if known is not None and known.version == head.version:
                    return known
                text = session.execute(
                    select(PlaybookVersion.text).where(PlaybookVersion.version == head.version)
                ).scalar_one()
        except SQLAlchemyError as exc:
            log.warning("cannot read the published playbook, keeping the one in use: %s", type(exc).__name__)
            return known or self.fallback.current()
        try:
            return snapshot_of(head.version, text, head.published_at)
        except PlaybookError:
            # Only valid versions are published; a hand-edited row must not stop scoring.
            log.error("published playbook version %s is invalid, keeping the one in use", head.version)
            return known or self.fallback.current()
