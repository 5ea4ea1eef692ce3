"""Regular expressions compiled on first use.

The readers hold hundreds of large alternations (titles, industries, needs,
dates, heads); compiling them all when ``nlu`` is imported took seconds
(issue 15: ``import nlu`` <= 1 s), so each module-level pattern is a
``lazy_compile(...)`` that compiles on its first match and behaves as the
compiled pattern from then on.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """``re.compile(source, flags)`` put off until the pattern is first used.

    Two threads racing on the first use may both compile: harmless, both
    results are equal and either one is kept.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # Only reached for what this object lacks (search, finditer, groups...):
        # the compiled pattern's attribute is kept here so later calls skip this hook.
        if name.startswith("__"):
            raise AttributeError(name)  # copy and pickle probe dunders before __init__ ran
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


def lazy_compile(source: str, flags: int = 0) -> LazyPattern:
    """The pattern ``re.compile(source, flags)`` would give, compiled on first use."""
    return LazyPattern(source, flags)
