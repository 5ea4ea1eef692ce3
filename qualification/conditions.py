"""When a question is asked, or a lead counts as interested: small rules marketers write.

A condition names a field (a contract path such as ``company_size.max`` or a
signal such as ``signals.existing_customer``), an operator and a value. The
playbook compiles each one into a closure once, so checking them per lead is a
few attribute reads.

A comparison on a field the visitor has not answered is false: "size above
200" does not hold for an unknown size. Use ``unknown`` to ask about that.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Callable

from nlu.attributes import Attributes, Authority, Budget, Email, Location, Need, Range, Revenue, Timing

from .signals import Signals

Test = Callable[[Attributes, Signals], bool]

_NESTED_TYPES: dict[str, type] = {
    "budget": Budget,
    "authority": Authority,
    "need": Need,
    "timing": Timing,
    "company_size": Range,
    "revenue": Revenue,
    "location": Location,
    "email": Email,
}


def _field_paths() -> tuple[str, ...]:
    paths: list[str] = []
    for f in fields(Attributes):
        if f.name == "extra":
            continue
        paths.append(f.name)
        nested = _NESTED_TYPES.get(f.name)
        if nested is not None:
            paths.extend(f"{f.name}.{sub.name}" for sub in fields(nested) if sub.name != "extra")
    paths.extend(f"signals.{f.name}" for f in fields(Signals))
    return tuple(paths)


FIELDS: tuple[str, ...] = _field_paths()
"""Every path a condition may name."""

NUMERIC_FIELDS = frozenset(
    {"budget.min", "budget.max", "timing.horizon_days", "company_size.min", "company_size.max",
     "revenue.min", "revenue.max"}
)
LIST_FIELDS = frozenset({"tech_stack", "need.categories", "signals.pages"})

VALUELESS_OPS = ("known", "unknown")
NUMERIC_OPS = ("gt", "gte", "lt", "lte")
LIST_OPS = ("in", "not_in")
OPS = VALUELESS_OPS + ("eq", "ne") + NUMERIC_OPS + LIST_OPS + ("contains",)


def _getter(path: str) -> Callable[[Attributes, Signals], Any]:
    head, _, tail = path.partition(".")
    if head == "signals":
        return lambda attrs, signals: getattr(signals, tail)
    if not tail:
        return lambda attrs, signals: getattr(attrs, head)

    def get(attrs: Attributes, signals: Signals) -> Any:
        parent = getattr(attrs, head)
        return None if parent is None else getattr(parent, tail)

    return get


def _known(value: Any) -> bool:
    return value is not None and value != () and value != "" and value != "unknown"


def compile_condition(path: str, op: str, value: Any) -> Test:
    """A closure for one validated condition (the schema has checked path, op and value)."""
    get = _getter(path)
    if op == "known":
        return lambda a, s: _known(get(a, s))
    if op == "unknown":
        return lambda a, s: not _known(get(a, s))
    if op == "contains":
        wanted = frozenset(value) if isinstance(value, (list, tuple)) else frozenset((value,))
        return lambda a, s: not wanted.isdisjoint(get(a, s) or ())
    if op in LIST_OPS:
        options = frozenset(value)
        if op == "in":
            return lambda a, s: (v := get(a, s)) is not None and v in options
        return lambda a, s: (v := get(a, s)) is not None and v not in options
    compare: Callable[[Any], bool] = {
        "eq": lambda v: v == value,
        "ne": lambda v: v != value,
        "gt": lambda v: v > value,
        "gte": lambda v: v >= value,
        "lt": lambda v: v < value,
        "lte": lambda v: v <= value,
    }[op]
    return lambda a, s: (v := get(a, s)) is not None and compare(v)


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: Any = None
    test: Test = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "test", compile_condition(self.field, self.op, self.value))

    def __reduce__(self) -> tuple[type, tuple[str, str, Any]]:
        # The compiled closure cannot be pickled; rebuild it from the condition's words.
        return (Condition, (self.field, self.op, self.value))

    def describe(self) -> str:
        """The condition as a reason reads it: "need known", "company_size.max > 200"."""
        if self.op in VALUELESS_OPS:
            return f"{self.field} {self.op}"
        symbol = {"eq": "=", "ne": "!=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<=",
                  "in": "in", "not_in": "not in", "contains": "contains"}[self.op]
        value = self.value
        if isinstance(value, bool):
            value = str(value).lower()
        elif isinstance(value, tuple):
            value = ", ".join(map(str, value))
        return f"{self.field} {symbol} {value}"


@dataclass(frozen=True)
class ConditionGroup:
    """Holds when every ``all`` condition holds and, if there are any, at least one ``any``."""

    any: tuple[Condition, ...] = ()
    all: tuple[Condition, ...] = ()

    def met(self, attrs: Attributes, signals: Signals) -> tuple[Condition, ...]:
        """The conditions that hold, to name them in a reason."""
        return tuple(c for c in self.all + self.any if c.test(attrs, signals))

    def holds(self, attrs: Attributes, signals: Signals) -> bool:
        for c in self.all:
            if not c.test(attrs, signals):
                return False
        if not self.any:
            return True
        for c in self.any:
            if c.test(attrs, signals):
                return True
        return False
