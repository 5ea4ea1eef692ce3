"""The playbook as marketers last saved it, re-read when its file changes.

Questions, wording, privacy notice and offers are read per conversation turn
from here, so an edit is live on the next message without retraining or a
restart. A broken edit keeps the last good playbook (and says so in the log).
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from qualification import DEFAULT_PLAYBOOK, Playbook, PlaybookError, load_playbook

logger = logging.getLogger(__name__)


class PlaybookSource:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else DEFAULT_PLAYBOOK
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._playbook: Playbook | None = None

    def current(self) -> Playbook:
        stat = os.stat(self.path)
        stamp = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if stamp != self._stamp or self._playbook is None:
                try:
                    self._playbook = load_playbook(self.path)
                except PlaybookError as exc:
                    if self._playbook is None:
                        raise
                    logger.error("playbook %s is invalid, keeping the previous one: %s", self.path, exc)
                self._stamp = stamp
            return self._playbook
