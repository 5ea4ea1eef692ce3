"""Scoring an extractor's output against a labelled answer's ``expect`` object.

The corpus format (``shared/lead-contract.md``): keys are dotted paths into
the attributes JSON; a two-number list is an inclusive range, a list of
strings the accepted values, a key ending in ``:has`` lists items that must
all be present, and ``null`` means absent or null.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

_MISSING = object()


def lookup(output: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path, or a marker when any part is missing."""
    value: Any = output
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return _MISSING
        value = value[part]
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check(output: Mapping[str, Any], path: str, expected: Any) -> bool:
    """Whether one expectation holds for one output."""
    if path.endswith(":has"):
        value = lookup(output, path[: -len(":has")])
        if value is _MISSING or not isinstance(value, list):
            return False
        wanted = expected if isinstance(expected, list) else [expected]
        return all(item in value for item in wanted)
    value = lookup(output, path)
    if expected is None:
        return value is _MISSING or value is None
    if value is _MISSING:
        return False
    if isinstance(expected, list):
        if len(expected) == 2 and all(_is_number(e) for e in expected):
            return _is_number(value) and expected[0] <= value <= expected[1]
        return value in expected
    if _is_number(expected):
        return _is_number(value) and abs(value - expected) < 1e-6
    return value == expected


def passes(output: Mapping[str, Any], expect: Mapping[str, Any]) -> bool:
    """An answer is right only when every expectation about it holds."""
    return all(check(output, path, expected) for path, expected in expect.items())


@dataclass
class Score:
    """Share of answers fully right, overall and per field asked."""

    total: int = 0
    right: int = 0
    by_field: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_attribute: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    failures: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    # Expectations that a value is absent ("budget": null), and those the output broke
    # by stating one: an invented value, the worst miss (a salesperson calls on it).
    no_value: int = 0
    invented: list[tuple[dict[str, Any], str, Any]] = field(default_factory=list)

    def add(self, example: Mapping[str, Any], output: Mapping[str, Any]) -> None:
        expect = example.get("expect") or {}
        ok = passes(output, expect)
        for path, expected in expect.items():
            attribute = path.split(".")[0].split(":")[0]
            held = check(output, path, expected)
            self.by_attribute[attribute][0] += held
            self.by_attribute[attribute][1] += 1
            if expected is None:
                self.no_value += 1
                if not held:
                    self.invented.append((dict(example), path, lookup(output, path)))
        key = example.get("field") or "free_text"
        self.total += 1
        self.right += ok
        self.by_field[key][0] += ok
        self.by_field[key][1] += 1
        if not ok:
            self.failures.append((dict(example), dict(output)))

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def free_text(self) -> tuple[int, int]:
        """(right, total) for answers to no particular question (``field: null``)."""
        right, total = self.by_field.get("free_text", (0, 0))
        return right, total

    def field_accuracy(self) -> dict[str, float]:
        """Answers fully right, by the question they answered."""
        return {k: right / total for k, (right, total) in sorted(self.by_field.items())}

    def attribute_accuracy(self) -> dict[str, float]:
        """Single expectations met, by the attribute they are about (free text included)."""
        return {k: right / total for k, (right, total) in sorted(self.by_attribute.items())}


def load(path: str | Path) -> list[dict[str, Any]]:
    """Labelled answers from a JSONL file (blank lines skipped)."""
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def score(examples: Iterable[Mapping[str, Any]], extractor: Callable[[Mapping[str, Any]], Mapping[str, Any]]) -> Score:
    result = Score()
    for example in examples:
        result.add(example, extractor(example))
    return result
