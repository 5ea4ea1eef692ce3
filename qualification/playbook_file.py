"""Reading a playbook file: YAML with PyYAML's safe loader, then ``parse_playbook``; and watching one.

``WatchedPlaybookFile`` is the one watcher of a playbook file, for the service (its start-up file, in
force until a version is published) and the bot (without a service, or before it answers).
"""

from __future__ import annotations

import copy
import functools
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .playbook import Playbook
from .schema import PlaybookError, parse_playbook

DEFAULT_PLAYBOOK = Path(__file__).with_name("default_playbook.yml")

log = logging.getLogger("leadbot.playbooks")

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, refusing a key written twice (YAML would silently keep the last).

    Only ``true`` and ``false`` are booleans (as in YAML 1.2): a country list
    with Norway (``NO``) or an answer "yes" stays the text the marketer wrote.
    """

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                repeated = key in seen
            except TypeError:
                continue  # an unhashable key: the base loader says so
            if repeated:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key '{key}'", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(text: str) -> Any:
    """Parsed YAML; syntax errors become a ``PlaybookError`` under ``_yaml`` with line and column.

    Each caller gets its own copy: they edit what they read (a studio save, the tests' playbooks)."""
    return copy.deepcopy(_yaml_of(text))


# The service parses the same stored text many times over (each studio page validates it, each snapshot refresh
# and routing read), and PyYAML's loader is pure Python here: 18 ms for the default playbook, where a copy of
# what it gave takes 1.6 ms. A text that fails raises each time (nothing is kept of it).
@functools.lru_cache(maxsize=8)
def _yaml_of(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = e.problem or e.context or "not valid YAML"
        raise PlaybookError({"_yaml": [f"{where}{problem}"]}) from None
    except yaml.YAMLError as e:
        raise PlaybookError({"_yaml": [str(e)]}) from None


@dataclass(frozen=True)
class PlaybookRead:
    """A playbook file as read: its text (the service's ETag is of it), its YAML as data, and the playbook."""

    text: str
    data: Any
    playbook: Playbook


def _cannot_read(file: Path, error: Exception) -> PlaybookError:
    return PlaybookError({"_file": [f"cannot read {file}: {getattr(error, 'strerror', None) or error}"]})


def read_playbook_file(file: Path) -> PlaybookRead:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise _cannot_read(file, e) from None
    data, playbook = _parsed(text)
    return PlaybookRead(text, copy.deepcopy(data), playbook)


@functools.lru_cache(maxsize=8)
def _parsed(text: str) -> tuple[Any, Playbook]:
    """The same text is the same (immutable) playbook: parsed once per process, however often it is read.

    Reading and checking the default playbook costs about 0.1 s of CPU; every app a test creates, and every
    bot or service watcher, reads it again. Callers get their own copy of the data, which they may change.
    """
    data = read_yaml(text)
    return data, parse_playbook(data)


def load_playbook(path: str | Path | None = None) -> Playbook:
    """The playbook in ``path``, or the packaged default (``default_playbook.yml``) when None."""
    return read_playbook_file(Path(path) if path is not None else DEFAULT_PLAYBOOK).playbook


class WatchedPlaybookFile:
    """A playbook file (or the packaged default), re-read when it changes on disk: its modification time or size.

    The first read raises ``PlaybookError``, so a broken file stops start-up; a
    later broken edit, or the file gone, keeps the last good playbook and is
    logged once per change, so an operator's typo never takes a running bot or
    service down. Safe to share between threads.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else DEFAULT_PLAYBOOK
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._read: PlaybookRead | None = None

    def current(self) -> PlaybookRead:
        with self._lock:
            try:
                stat = os.stat(self.path)
                stamp = (stat.st_mtime_ns, stat.st_size)
            except OSError as e:
                if self._read is None:
                    raise _cannot_read(self.path, e) from None
                stamp = None
            if self._read is None or stamp != self._stamp:
                try:
                    self._read = read_playbook_file(self.path)
                except PlaybookError as exc:
                    if self._read is None:
                        raise
                    log.error("playbook file %s cannot be used, keeping the previous one: %s", self.path, exc)
                self._stamp = stamp
            return self._read
