"""The playbook's versions in the database, and the cached "published now" every request scores against.

Marketers save versions in the studio; the newest *published* version is
the one the service scores with and the bot asks from. Until anyone saves
one, the file the service was started with (``LEADBOT_PLAYBOOK`` or the
packaged default) is in force, and the studio stores it as version 1 the
first time it is opened.

``PlaybookProvider.current()`` is what the ingest path calls: it answers
from memory and asks the database only once per ``ttl`` (1 s) which version
is published, so a publish is live everywhere within a second without a
query per request. The text is fetched and parsed only when that number
changes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

import yaml
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from qualification import DEFAULT_PLAYBOOK, Playbook, PlaybookError, parse_playbook, playbook_to_dict
from qualification.playbook_file import read_yaml
from webhooks.errors import Conflict, NotFound
from webhooks.models import PlaybookVersion, utcnow

log = logging.getLogger("leadbot.playbooks")

# What a marketer can store: generous for any real playbook, small enough that a pasted
# novel or a YAML alias bomb is refused with a clear message before it is parsed.
MAX_TEXT_BYTES = 128 * 1024
MAX_NODES = 20_000
MAX_DEPTH = 16
MAX_QUESTIONS = 60
MAX_VARIANTS = 12
MAX_WORDING_CHARS = 500
MAX_NOTE_CHARS = 500


@dataclass(frozen=True)
class Snapshot:
    """One playbook as served: ``version`` is None for the start-up file, before any is published."""

    version: int | None
    playbook: Playbook
    data: dict[str, Any]
    etag: str
    published_at: datetime | None = None


class StaleVersion(Conflict):
    """Someone saved a newer version since this edit began; nothing was written."""

    def __init__(self, based_on: int | None, latest: PlaybookVersion | None) -> None:
        if latest is None:
            message = "the playbook changed since you opened it; reload it"
        else:
            message = (
                f"version {latest.version} was saved by {latest.author} at "
                f"{latest.created_at:%Y-%m-%d %H:%M} UTC after you opened version {based_on}; "
                "your changes were not saved. Open the newest version and make them again."
            )
        super().__init__(message, fields={"base_version": ["stale"]})
        # A number, not the row: the transaction that loaded it is rolled back by the time anyone reads this.
        self.latest_version = latest.version if latest is not None else None


def validate_text(text: str) -> tuple[dict[str, Any], Playbook]:
    """The YAML's data and the parsed playbook, or ``PlaybookError`` naming every problem by field path."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_TEXT_BYTES:
        raise PlaybookError({"_size": [f"the playbook is {size // 1024} KiB; at most {MAX_TEXT_BYTES // 1024} KiB is accepted"]})
    _check_structure(text)
    data = read_yaml(text)
    if isinstance(data, dict):
        _check_limits(data)
    return data, parse_playbook(data)


def _check_structure(text: str) -> None:
    """Refuses aliases (``&a`` / ``*a``: one line can expand to gigabytes), deep nesting and too many nodes."""
    nodes = depth = 0
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                mark = event.start_mark
                raise PlaybookError({"_yaml": [f"line {mark.line + 1}: anchors and aliases (& and *) are not allowed; write the values out"]})
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise PlaybookError({"_yaml": [f"line {event.start_mark.line + 1}: nested deeper than {MAX_DEPTH} levels"]})
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            nodes += 1
            if nodes > MAX_NODES:
                raise PlaybookError({"_size": [f"the playbook has more than {MAX_NODES} values; that is not a playbook a person can edit"]})
    except yaml.YAMLError:
        return  # the loader reports syntax errors with line and column


def _check_limits(data: dict[str, Any]) -> None:
    errors: dict[str, list[str]] = {}
    questions = data.get("questions")
    if isinstance(questions, list):
        if len(questions) > MAX_QUESTIONS:
            errors["questions"] = [f"{len(questions)} questions; at most {MAX_QUESTIONS}"]
        for i, question in enumerate(questions[:MAX_QUESTIONS]):
            wording = question.get("wording") if isinstance(question, dict) else None
            if not isinstance(wording, list):
                continue
            if len(wording) > MAX_VARIANTS:
                errors[f"questions.{i}.wording"] = [f"{len(wording)} variants; at most {MAX_VARIANTS}"]
            for j, variant in enumerate(wording):
                if isinstance(variant, str) and len(variant) > MAX_WORDING_CHARS:
                    errors[f"questions.{i}.wording.{j}"] = [f"{len(variant)} characters; at most {MAX_WORDING_CHARS}"]
    if errors:
        raise PlaybookError(errors)


def line_of(text: str, path: str) -> int | None:
    """The 1-based line in ``text`` where the field at dotted ``path`` is written (its parent's, if it is missing)."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    line = None
    for part in path.split("."):
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part), None)
            if match is None:
                break
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def dump_yaml(data: Any) -> str:
    """Plain data as the YAML the studio shows and stores (keys in the order given)."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def _etag(version: int | None, text: str) -> str:
    return f'"{version or 0}-{hashlib.sha256(text.encode()).hexdigest()[:16]}"'


def _jsonable(data: Any) -> dict[str, Any]:
    return json.loads(json.dumps(data, default=str))


def snapshot_of(version: int | None, text: str, published_at: datetime | None = None) -> Snapshot:
    data, playbook = validate_text(text)
    return Snapshot(version, playbook, _jsonable(data), _etag(version, text), published_at)


class StaticPlaybook:
    """A fixed playbook (tests that hand ``create_app`` a ``Playbook``): same interface as the provider."""

    def __init__(self, playbook: Playbook) -> None:
        data = playbook_to_dict(playbook)
        self._snapshot = Snapshot(None, playbook, _jsonable(data), _etag(None, json.dumps(data, sort_keys=True, default=str)))

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

    def __init__(self, sessions: sessionmaker, fallback: "PlaybookFile", *, ttl: float = 1.0,
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
                head = session.execute(_PUBLISHED_HEAD).first()
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


_PUBLISHED_HEAD = (
    select(PlaybookVersion.version, PlaybookVersion.published_at)
    .where(PlaybookVersion.published.is_(True))
    .order_by(PlaybookVersion.published_at.desc(), PlaybookVersion.version.desc())
    .limit(1)
)


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
        return Snapshot(None, parse_playbook(data), _jsonable(data), _etag(None, text))

    def current(self) -> Snapshot:
        try:
            stat = os.stat(self.path)
            if (stat.st_mtime_ns, stat.st_size) != self._stamp:
                self._snapshot = self._read()
        except (OSError, PlaybookError) as exc:
            log.error("playbook file %s cannot be used, keeping the previous one: %s", self.path.name, type(exc).__name__)
        return self._snapshot


class PlaybookStore:
    """Versions of the playbook: save (as a draft), publish, roll back; each in the caller's transaction.

    A save names the version it was based on; when someone saved since, it
    is refused (``StaleVersion``) so nobody's work is silently overwritten.
    Version numbers are the primary key, so two saves racing for the same
    number cannot both win either.
    """

    def __init__(self, seed_path: str | Path | None) -> None:
        self.seed_path = Path(seed_path) if seed_path else DEFAULT_PLAYBOOK

    def ensure_seeded(self, session: Session) -> None:
        if session.execute(select(PlaybookVersion.version).limit(1)).first() is not None:
            return
        # Stored as the studio writes YAML, so the first diff shows what a marketer changed, not reformatting.
        text = dump_yaml(read_yaml(self.seed_path.read_text(encoding="utf-8")))
        now = utcnow()
        session.add(PlaybookVersion(
            version=1, text=text, author="system", note=f"seeded from {self.seed_path.name}",
            created_at=now, published=True, published_at=now,
        ))
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError:
            pass  # another process seeded it first

    def latest(self, session: Session) -> PlaybookVersion:
        row = session.execute(select(PlaybookVersion).order_by(PlaybookVersion.version.desc()).limit(1)).scalar_one_or_none()
        if row is None:
            raise NotFound("no playbook version exists yet")
        return row

    def published(self, session: Session) -> PlaybookVersion | None:
        head = session.execute(_PUBLISHED_HEAD).first()
        return None if head is None else session.get(PlaybookVersion, head.version)

    def get(self, session: Session, version: int) -> PlaybookVersion:
        row = session.get(PlaybookVersion, version)
        if row is None:
            raise NotFound(f"there is no version {version}", fields={"version": ["unknown"]})
        return row

    def versions(self, session: Session, limit: int = 200) -> list[PlaybookVersion]:
        return list(session.execute(
            select(PlaybookVersion).order_by(PlaybookVersion.version.desc()).limit(limit)
        ).scalars())

    def count(self, session: Session) -> int:
        return int(session.execute(select(func.count()).select_from(PlaybookVersion)).scalar_one())

    def save(self, session: Session, text: str, *, based_on: int | None, author: str, note: str = "",
             publish: bool = False) -> PlaybookVersion:
        """A new version from ``text`` (validated first); published at once when ``publish``."""
        validate_text(text)
        latest = session.execute(
            select(PlaybookVersion).order_by(PlaybookVersion.version.desc()).limit(1)
        ).scalar_one_or_none()
        latest_number = latest.version if latest else 0
        if based_on != latest_number:
            raise StaleVersion(based_on, latest)
        now = utcnow()
        row = PlaybookVersion(
            version=latest_number + 1, text=text, author=author, note=(note or "")[:MAX_NOTE_CHARS] or None,
            created_at=now, published=publish, published_at=now if publish else None,
        )
        session.add(row)
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError:
            raise StaleVersion(based_on, None) from None
        return row

    def publish(self, session: Session, version: int, *, based_on: int | None) -> PlaybookVersion:
        """Make ``version`` live; only the newest version can be (older ones go live through a rollback)."""
        row = self.get(session, version)
        latest = self.latest(session)
        if based_on != latest.version or version != latest.version:
            raise StaleVersion(based_on, latest)
        validate_text(row.text)
        if not row.published:
            row.published, row.published_at = True, utcnow()
        return row

    def rollback(self, session: Session, version: int, *, based_on: int | None, author: str) -> PlaybookVersion:
        """Publish an old version's text again, as a new version (history stays as it was)."""
        old = self.get(session, version)
        return self.save(session, old.text, based_on=based_on, author=author,
                         note=f"rollback to version {version}", publish=True)


def provider(settings: Any, sessions: sessionmaker, playbook: Playbook | None = None) -> PlaybookProvider | StaticPlaybook:
    """What ``create_app`` installs as ``app.extensions["leadbot.playbook"]``: call ``.current()`` per use."""
    if playbook is not None:
        return StaticPlaybook(playbook)
    return PlaybookProvider(sessions, PlaybookFile(settings.playbook_path))
