"""The start-up playbook file (``LEADBOT_PLAYBOOK`` or the packaged default), re-read when it changes on disk."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from qualification import DEFAULT_PLAYBOOK, PlaybookError, parse_playbook
from qualification.playbook_file import read_yaml
from webhooks.playbooks.snapshot import Snapshot, etag, jsonable

log = logging.getLogger("leadbot.playbooks")


class PlaybookFile:
    """The start-up file, in force until a version is published; re-read when it changes on disk.

    A broken file stops the service at start, as before; a later broken edit
    keeps the last good one (and says so in the log).
    """

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path else DEFAULT_PLAYBOOK
        self._stamp: tuple[int, int] | None = None
        self._snapshot = self._read()

    def _read(self) -> Snapshot:
        try:
            stat = os.stat(self.path)
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise PlaybookError({"_file": [f"cannot read {self.path}: {getattr(e, 'strerror', None) or e}"]}) from None
        self._stamp = (stat.st_mtime_ns, stat.st_size)
        data = read_yaml(text)
        return Snapshot(None, parse_playbook(data), jsonable(data), etag(None, text))

    def current(self) -> Snapshot:
        try:
            stat = os.stat(self.path)
            if (stat.st_mtime_ns, stat.st_size) != self._stamp:
                self._snapshot = self._read()
        except (OSError, PlaybookError) as exc:
            log.error("playbook file %s cannot be used, keeping the previous one: %s", self.path.name, type(exc).__name__)
        return self._snapshot
