"""The playbook the bot asks from: the one marketers published in the studio, else the file.

With the service configured (``LEADBOT_SERVICE_URL`` and ``LEADBOT_ACTION_SECRET``),
a background thread asks ``GET /api/v1/playbook`` about once a second with
``If-None-Match``, so an unchanged playbook costs a 304 and a publish is in
the bot's hands within about a second, without retraining or a restart.
Conversation turns never wait for that request: ``current()`` answers from
memory. When the service is unreachable or answers something unusable, the
last good playbook stays in use (the failure is logged once, not every
second). Before the first good answer, and while nothing has been published
in the studio, the file is used (and re-read when it changes).

Without a service (tests, ``rasa shell`` alone), the file is re-read when it
changes, as before: an edit is live on the next message.

The studio's preview chat: for a conversation whose sender id is a signed
``signing.preview`` id, ``preview(sender_id)`` (entered by the action server
for each call) makes ``current()`` answer with that draft version, fetched
once with a signed ``GET /api/v1/playbook?version=N`` and kept; every other
conversation keeps the published playbook. ``previewing()`` tells the lead
service client that nothing from this conversation is to be stored.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable

import requests

import signing
from bot.actions.language import spoken
from qualification import DEFAULT_PLAYBOOK, Playbook, PlaybookError, parse_playbook
from qualification.playbook_file import WatchedPlaybookFile
from qualification.translation import localized
from signing.preview import is_preview, preview_version

logger = logging.getLogger(__name__)
# The draft version this action call's conversation previews (None: a visitor's, the published playbook).
_previewing: contextvars.ContextVar[int | None] = contextvars.ContextVar("leadbot_preview_version", default=None)
_preview_claimed: contextvars.ContextVar[bool] = contextvars.ContextVar("leadbot_preview_claimed", default=False)
DRAFTS_KEPT = 8


def previewing() -> bool:
    """Whether this action call belongs to a studio preview conversation (signed or not): nothing is stored."""
    return _preview_claimed.get()


class PlaybookSource:
    def __init__(
        self,
        path: str | Path | None = None,
        *,
        service_url: str | None = None,
        secret: str | None = None,
        session: requests.Session | None = None,
        interval: float = 1.0,
        timeout: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = Path(path) if path else DEFAULT_PLAYBOOK
        self.url = service_url.rstrip("/") + signing.PLAYBOOK_PATH if service_url and secret else None
        self.secret = secret
        self.session = session or requests.Session()
        self.interval = interval
        self.timeout = timeout
        self.clock = clock
        self._lock = threading.Lock()
        self._file = WatchedPlaybookFile(self.path)
        self._playbook: Playbook | None = None
        # From the service: the version number and ETag of what we hold, and whether the last poll failed.
        self.version: int | None = None
        self._etag: str | None = None
        self._failing = False
        self._answered = False
        self._poller: threading.Thread | None = None
        self._stop = threading.Event()
        self._drafts: OrderedDict[int, Playbook] = OrderedDict()  # preview versions, the newest used last

    @classmethod
    def from_settings(cls, settings: Any) -> "PlaybookSource":
        """Service-backed when the service's address and the shared secret are configured."""
        return cls(settings.playbook_path, service_url=settings.service_url, secret=settings.action_secret,
                   timeout=min(2.0, settings.service_timeout))

    def preview(self, sender_id: str) -> None:
        """Enter this action call's conversation: a signed preview id makes ``current()`` its draft version."""
        claimed = is_preview(sender_id)
        version = preview_version(self.secret, sender_id) if claimed else None
        if claimed and version is None:
            logger.warning("a conversation claims to be a studio preview without the studio's signature")
        _preview_claimed.set(claimed)
        _previewing.set(version)

    def current(self) -> Playbook:
        """The playbook in use, in the language of this call's conversation (``bot.actions.language``)."""
        return localized(self._current(), spoken())

    def _current(self) -> Playbook:
        version = _previewing.get()
        if version is not None and self.url is not None:
            draft = self._draft(version)
            if draft is not None:
                return draft
        if self.url is None:
            return self._from_file()
        if self._poller is None:
            self._start()
        playbook = self._playbook
        return playbook if playbook is not None else self._from_file()

    def refresh(self) -> bool:
        """One conditional GET; True when a new playbook was taken. Never raises."""
        assert self.url is not None and self.secret
        headers = signing.sign(self.secret, "GET", signing.PLAYBOOK_PATH)
        if self._etag and self._answered:
            headers["If-None-Match"] = self._etag
        try:
            response = self.session.get(self.url, headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            return self._failed(f"unreachable ({type(exc).__name__})")
        if response.status_code == 304:
            return self._ok(False)
        if response.status_code != 200:
            return self._failed(f"answered {response.status_code}")
        try:
            body = response.json()
            # Nothing published yet: the service runs on its start-up file, which is ours too; read it ourselves.
            playbook = None if body.get("version") is None else parse_playbook(body["playbook"])
        except (ValueError, KeyError, TypeError) as exc:  # PlaybookError is a ValueError
            detail = "; ".join(f"{p}: {m[0]}" for p, m in exc.errors.items())[:300] if isinstance(exc, PlaybookError) else type(exc).__name__
            return self._failed(f"sent a playbook this bot cannot use ({detail})")
        self._playbook, self.version, self._etag = playbook, body.get("version"), response.headers.get("ETag")
        self._answered = True
        logger.info("playbook version %s from the service is in use", self.version or "(none published: the file)")
        return self._ok(True)

    def _draft(self, version: int) -> Playbook | None:
        """Draft ``version`` from the service, fetched once; None (and a log line) when it cannot be had."""
        with self._lock:
            held = self._drafts.get(version)
            if held is not None:
                self._drafts.move_to_end(version)
                return held
        target = signing.target(signing.PLAYBOOK_PATH, f"version={version}")
        assert self.url is not None and self.secret
        try:
            response = self.session.get(self.url + f"?version={version}", timeout=self.timeout,
                                        headers=signing.sign(self.secret, "GET", target))
            if response.status_code != 200:
                raise ValueError(f"answered {response.status_code}")
            playbook = parse_playbook(response.json()["playbook"])
        except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
            logger.warning("preview: draft version %s could not be had (%s); the published playbook answers",
                           version, type(exc).__name__ if not isinstance(exc, ValueError) else str(exc)[:200])
            return None
        with self._lock:
            self._drafts[version] = playbook
            while len(self._drafts) > DRAFTS_KEPT:
                self._drafts.popitem(last=False)
        return playbook

    def stop(self) -> None:
        self._stop.set()

    def _start(self) -> None:
        with self._lock:
            if self._poller is not None:
                return
            self.refresh()  # the first turn gets the published playbook, not the file, when the service is up
            self._poller = threading.Thread(target=self._poll, name="playbook-poller", daemon=True)
            self._poller.start()

    def _poll(self) -> None:
        while not self._stop.wait(self.interval):
            self.refresh()

    def _ok(self, changed: bool) -> bool:
        if self._failing:
            logger.info("the lead service answers again; playbook version %s", self.version)
            self._failing = False
        return changed

    def _failed(self, why: str) -> bool:
        if not self._failing:
            held = f"version {self.version}" if self._playbook is not None else f"the file {self.path.name}"
            logger.warning("playbook: the lead service %s; keeping %s", why, held)
            self._failing = True
        return False

    def _from_file(self) -> Playbook:
        return self._file.current().playbook
