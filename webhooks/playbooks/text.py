"""The playbook as the YAML a marketer edits: refused past its limits, checked field by field, dumped, located.

``validate_text`` is the one door every stored or served text goes through:
size, aliases, nesting and node count are checked on the YAML's events
before anything is built (a pasted novel or an alias bomb is refused with a
clear message), then the questions' counts, then ``qualification`` parses it.
"""

from __future__ import annotations

import copy
import re
import threading
from typing import Any

import yaml

from qualification import Playbook, PlaybookError, parse_playbook
from qualification.playbook_file import read_yaml

# What a marketer can store: generous for any real playbook, small enough that a pasted
# novel or a YAML alias bomb is refused with a clear message before it is parsed.
MAX_TEXT_BYTES = 128 * 1024
MAX_NODES = 20_000
MAX_DEPTH = 16
MAX_QUESTIONS = 60
MAX_VARIANTS = 12
MAX_WORDING_CHARS = 500
MAX_NOTE_CHARS = 500


def validate_text(text: str) -> tuple[dict[str, Any], Playbook]:
    """The YAML's data and the parsed playbook, or ``PlaybookError`` naming every problem by field path."""
    known = _VALID.get(text)
    if known is not None:  # the same text is the same playbook (immutable); the data is the caller's to change
        return copy.deepcopy(known[0]), known[1]
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_TEXT_BYTES:
        raise PlaybookError({"_size": [f"the playbook is {size // 1024} KiB; at most {MAX_TEXT_BYTES // 1024} KiB is accepted"]})
    _check_structure(text)
    data = read_yaml(text)
    if isinstance(data, dict):
        _check_limits(data)
    playbook = parse_playbook(data)
    _remember(text, (copy.deepcopy(data), playbook))
    return data, playbook


# Valid texts already checked, the newest kept: a studio save's new text is validated again by the page that
# follows it, by publishing it and by the service's refresh, and each check of the default playbook's size costs
# tens of milliseconds. A refused text is checked again each time (nothing is kept of it).
_VALID: dict[str, tuple[Any, Playbook]] = {}
_VALID_LOCK = threading.Lock()
_KEEP = 8


def _remember(text: str, entry: tuple[Any, Playbook]) -> None:
    with _VALID_LOCK:
        _VALID.pop(text, None)
        _VALID[text] = entry
        while len(_VALID) > _KEEP:
            del _VALID[next(iter(_VALID))]


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


DUMP_OPTIONS: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "width": 100, "default_flow_style": False}
# libyaml's emitter (the default playbook: ~10 ms against ~55 ms for PyYAML's own) writes the same text as
# PyYAML's except where the two disagree, and the marketer must see the text they wrote: libyaml escapes every
# character outside the Basic Multilingual Plane (an emoji becomes "\U0001F600"), writes NEL (U+0085), a key
# with a carriage return and an empty key differently, and leaves out the "..." line after a lone scalar. So libyaml
# writes only a mapping or a list with no empty key whose strings hold only what libyaml calls printable
# (tab, newline and the BMP's printable characters, less NEL, the byte-order mark and U+FFFE/FFFF): a whole
# sweep of the BMP found no other difference, and tests/webhooks/playbooks/test_text.py compares the two on
# generated data. Anything else (an emoji, a control character) takes PyYAML's emitter.
_LIBYAML_SAFE = re.compile(r"[\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
_FAST_DUMPER: type[Any] | None = getattr(yaml, "CSafeDumper", None)


def _libyaml_writes_it_alike(data: Any) -> bool:
    """Whether libyaml's emitter gives ``data`` the very text PyYAML's would (see ``_LIBYAML_SAFE``)."""
    if not isinstance(data, (dict, list)):
        return False
    pending: list[Any] = [data]
    seen: set[int] = set()  # a list or mapping met twice (or inside itself) is read once
    while pending:
        value = pending.pop()
        if isinstance(value, (dict, list, set)):
            if id(value) in seen:
                continue
            seen.add(id(value))
        if isinstance(value, str):
            if _LIBYAML_SAFE.fullmatch(value) is None:
                return False
        elif isinstance(value, dict):
            if "" in value:
                return False
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, (list, set)):
            pending.extend(value)
    return True


def dump_yaml(data: Any) -> str:
    """Plain data as the YAML the studio shows and stores (keys in the order given)."""
    if _FAST_DUMPER is not None and _libyaml_writes_it_alike(data):
        return yaml.dump(data, Dumper=_FAST_DUMPER, **DUMP_OPTIONS)
    return yaml.dump(data, Dumper=yaml.SafeDumper, **DUMP_OPTIONS)
