"""The start-up playbook file (``LEADBOT_PLAYBOOK`` or the packaged default), re-read when it changes on disk."""

from __future__ import annotations

from pathlib import Path

from qualification.playbook_file import PlaybookRead, WatchedPlaybookFile
from webhooks.playbooks.snapshot import Snapshot, etag, jsonable


class PlaybookFile:
    """The start-up file, in force until a version is published, as a ``Snapshot`` the API can serve.

    Watched by ``qualification.playbook_file.WatchedPlaybookFile`` (the bot's
    watcher too): a broken file stops the service at start, a later broken
    edit keeps the last good one and says so in the log.
    """

    def __init__(self, path: str | Path | None) -> None:
        self._file = WatchedPlaybookFile(path)
        self.path = self._file.path
        self._read: PlaybookRead | None = None
        self._snapshot = self.current()

    def current(self) -> Snapshot:
        read = self._file.current()
        if read is not self._read:
            self._read, self._snapshot = read, Snapshot(None, read.playbook, jsonable(read.data), etag(None, read.text))
        return self._snapshot
