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
from typing import Any, Iterable

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
_RESOLVER = _StrictLoader("")  # its ``resolve``, for ``_from_events``


def read_yaml(text: str) -> Any:
    """Parsed YAML; syntax errors become a ``PlaybookError`` under ``_yaml`` with line and column.

    Each caller gets its own copy: they edit what they read (a studio save, the tests' playbooks)."""
    data, plain = _yaml_of(text)
    return copy_plain(data) if plain else copy.deepcopy(data)


def kept_yaml(text: str, events: Iterable[yaml.Event] | None = None) -> tuple[Any, bool]:
    """``text``'s data as kept for every reader (never to be changed: ``read_yaml`` gives a copy), and whether it is
    plain (mappings, lists and scalars, nothing shared: ``copy_plain`` copies it, else ``copy.deepcopy``).

    ``events``: the text's parser events, when the caller reads them anyway (``webhooks.playbooks.text`` checks
    them for aliases and size): the data is built from them, so the text is parsed once. They are read to their
    end whatever is kept; a ``yaml.YAMLError`` they raise propagates (the caller decides)."""
    if events is None:
        return _yaml_of(text)
    known = _YAML_OF.get(text)
    if known is not None:
        for _ in events:  # already parsed: the caller's checks still see every event
            pass
        return known
    built = _from_events(events)
    if built is _LOAD_IT:
        return _yaml_of(text)
    entry = (built, True)
    _remember(text, entry)
    return entry


# The service parses the same stored text many times over (each studio page validates it, each snapshot refresh
# and routing read), and PyYAML's constructor is pure Python: ~14 ms for the default playbook, where a copy of
# what it gave takes ~0.5 ms. A text that fails raises each time (nothing is kept of it). Eight texts, the newest
# kept: a studio save's new text is read again by the page that follows it.
_YAML_OF: dict[str, tuple[Any, bool]] = {}
_YAML_OF_LOCK = threading.Lock()
_KEEP = 8


def _remember(text: str, entry: tuple[Any, bool]) -> None:
    with _YAML_OF_LOCK:
        _YAML_OF.pop(text, None)
        _YAML_OF[text] = entry
        while len(_YAML_OF) > _KEEP:
            del _YAML_OF[next(iter(_YAML_OF))]


def _yaml_of(text: str) -> tuple[Any, bool]:
    """The text's data (not to be changed: it is kept) and whether it is plain (``copy_plain`` copies it)."""
    known = _YAML_OF.get(text)
    if known is not None:
        return known
    try:
        built = _from_events(yaml.parse(text, Loader=_BaseLoader))
    except yaml.YAMLError:
        built = _LOAD_IT  # the loader says what and where
    entry = (_load(text), False) if built is _LOAD_IT else (built, True)
    _remember(text, entry)
    return entry


def _load(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = e.problem or e.context or "not valid YAML"
        raise PlaybookError({"_yaml": [f"{where}{problem}"]}) from None
    except yaml.YAMLError as e:
        raise PlaybookError({"_yaml": [str(e)]}) from None


# ``_from_events``: what ``yaml.load(text, Loader=_StrictLoader)`` gives, built straight from the parser's events
# for what a playbook is made of (mappings, lists, untagged scalars read as text, numbers, true/false or null), in
# half the time (default playbook: 7 against 14 ms): PyYAML's composer and constructor are Python. Anything
# else (an anchor or alias, a tag, a key written twice, a list or mapping as a key, a date, ``<<`` or ``=``, more
# or less than one document, a scalar the constructor would refuse) is left to the loader itself (``_LOAD_IT``),
# so what it refuses, and how it says so, stays its own.
# tests/webhooks/playbooks/test_read_once.py compares the two.
_LOAD_IT = object()
_STR = "tag:yaml.org,2002:str"
_TAG_OF: dict[str, str] = {}  # a plain scalar's resolved tag, by its text (the resolver tries up to 9 patterns)
_CONSTRUCTOR = yaml.constructor.SafeConstructor()  # its scalar constructors read only the node's value
_SCALARS = {tag: _StrictLoader.yaml_constructors[tag] for tag in
            ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")}


def _plain_tag(value: str) -> str:
    tag = _TAG_OF.get(value)
    if tag is None:
        tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
        if len(_TAG_OF) < 20_000:
            _TAG_OF[value] = tag
    return tag


def _from_events(events: Iterable[yaml.Event]) -> Any:
    """The one document's data, or ``_LOAD_IT``; every event is read either way."""
    iterator = iter(events)
    stack: list[Any] = []  # the lists and mappings open, outermost first
    keys: list[Any] = []  # per open mapping: its key waiting for a value, or _LOAD_IT when none is
    documents = 0
    result: Any = _LOAD_IT
    scalar, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    for event in iterator:
        kind = type(event)
        if kind is scalar:
            if event.anchor is not None or event.tag is not None:
                break
            value = event.value
            if event.implicit[0]:
                tag = _plain_tag(value)
                if tag != _STR:
                    construct = _SCALARS.get(tag)
                    if construct is None:
                        break
                    try:
                        value = construct(_CONSTRUCTOR, yaml.ScalarNode(tag, value))
                    except Exception:  # noqa: BLE001 (the loader raises it, as it always did)
                        break
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag is not None or (stack and keys[-1] is _LOAD_IT
                                                                      and type(stack[-1]) is dict):
                break  # tagged, anchored, or a list or mapping as a key
            value = {} if kind is mapping_start else []
            stack.append(value)
            keys.append(_LOAD_IT)
            continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            value = stack.pop()
            keys.pop()
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                break
            continue
        elif kind is yaml.StreamStartEvent or kind is yaml.DocumentEndEvent:
            continue
        elif kind is yaml.StreamEndEvent:
            return result if documents == 1 else _LOAD_IT
        else:  # an alias
            break
        if not stack:
            result = value
        elif type(stack[-1]) is list:
            stack[-1].append(value)
        elif keys[-1] is _LOAD_IT:
            if value in stack[-1]:
                break  # a key written twice: the loader says where
            keys[-1] = value
        else:
            stack[-1][keys[-1]] = value
            keys[-1] = _LOAD_IT
    for _ in iterator:  # the caller's checks see every event
        pass
    return _LOAD_IT


def copy_plain(data: Any) -> Any:
    """A copy of ``_from_events``' data (mappings, lists, scalars; nothing shared), four times faster than deepcopy."""
    kind = type(data)
    if kind is dict:
        return {key: copy_plain(value) if type(value) in _CONTAINERS else value for key, value in data.items()}
    if kind is list:
        return [copy_plain(value) if type(value) in _CONTAINERS else value for value in data]
    return data


_CONTAINERS = (dict, list)


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
