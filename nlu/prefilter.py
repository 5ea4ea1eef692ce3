"""Which of many big alternations may match a text, told cheaply before any of them is searched.

The readers search one message with a tuple of large patterns in turn (``nlu.industries``' trades, ``nlu.needs``'
categories), and most patterns match nowhere in most messages: scanning each pattern over the text cost more than
anything else in ``extract``. A union of the patterns costs as much as the patterns one by one (the regular expression
engine tries each alternative at each word boundary either way), so instead each pattern's *needles* are read from its
syntax once: strings one of which every match of the pattern contains ("bank", "insurance", "steuerberat", and for
"(?:é|e)tudes" both "études" and "etudes"). A text that holds none of a pattern's needles cannot match it, and that
pattern's search is skipped; a pattern whose matches share no needle (one that may start with ``\\w+``) is always
searched. The answer is only ever "maybe" or "certainly not", so a search skipped is one that would have found nothing.

The text's three-letter pieces are put in a set once, and each needle is looked up by its first three letters, so the
cost is one pass over the text whatever the number of patterns.
"""

from __future__ import annotations

try:  # Python 3.11+ names the parser re._parser; 3.10 has sre_parse
    from re import _constants as _c
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

from collections.abc import Iterable, Sequence
from typing import Any

_K = 3  # needles are looked up by their first _K characters
_MAX_SET = 64  # a part of a pattern with more possible strings than this is no needle of its own


def _chars(av: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a class such as ``[éè]`` matches, when it is a short list (no ranges of many, no \\w)."""
    out: set[str] = set()
    for op, value in av:
        if op is _c.LITERAL:
            out.add(chr(value))
        elif op is _c.RANGE and value[1] - value[0] < 8:
            out.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None  # a negation, a category (\w, \d, \s) or a wide range: too many characters
    return out


def _strings(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """Every string a part of a pattern can match, when they are few (at most _MAX_SET) and none of unknown length;
    else None. Zero-width parts (``\\b``, lookarounds) match the empty string: they only say where."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            one = {chr(av)}
        elif op is _c.IN:
            one = _chars(av)
        elif op is _c.SUBPATTERN:
            one = None if av[1] or av[2] else _strings(av[3].data)  # (flags of its own, such as case: other strings)
        elif op is _c.BRANCH:
            one = set()
            for alternative in av[1]:
                strings = _strings(alternative.data)
                if strings is None:
                    one = None
                    break
                one |= strings
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[1] <= 2:
            inner = _strings(av[2].data)
            one = None
            if inner is not None:
                one, step = set(), {""}
                for count in range(av[1] + 1):
                    if count:
                        step = {s + t for s in step for t in inner}
                    if count >= av[0]:
                        one |= step
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            one = {""}
        else:
            one = None  # any character, \w+, a back-reference: unknown
        if one is None:
            return None
        out = {s + t for s in out for t in one}
        if len(out) > _MAX_SET:
            return None
    return out


def _needles(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which every match of ``items`` (a sequence of a parsed pattern) contains, or None.

    Among the parts every match goes through, the one whose strings are the longest is taken: a run of parts whose
    strings are known ("caisse d'" + "é|e" + "pargne"), or a group, an alternation whose every alternative has needles
    of its own, or a part repeated at least once."""
    best: set[str] | None = None

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    run: set[str] = {""}
    for op, av in items:
        known = _strings([(op, av)])
        if known is not None:
            joined = {s + t for s in run for t in known}
            if len(joined) <= _MAX_SET:
                run = joined
            else:
                consider(run)
                run = known
            continue
        consider(run)
        run = {""}
        if op is _c.SUBPATTERN and not (av[1] or av[2]):
            consider(_needles(av[3].data))
        elif op is _c.BRANCH:
            union: set[str] | None = set()
            for alternative in av[1]:
                one = _needles(alternative.data)
                if one is None:
                    union = None
                    break
                union |= one
            consider(union)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            consider(_needles(av[2].data))
    consider(run)
    return best


def needles(source: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of the pattern ``source`` contains; None when none are known (the pattern may
    match text that holds none of them, so it must always be searched)."""
    parsed = _sre.parse(source, flags)
    if parsed.state.flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_LOCALE):
        return None  # (matching without case would need every casing of each needle)
    found = _needles(parsed.data)
    return frozenset(found) if found else None


class Prefilter:
    """For a tuple of patterns, the ones that may match a text: ``maybe(text)`` is the set of their indices."""

    def __init__(self, sources: Iterable[str]) -> None:
        self.always: set[int] = set()
        self.by_gram: dict[str, list[tuple[str, int]]] = {}
        self.short: list[tuple[str, int]] = []  # needles shorter than _K, looked up in the text itself
        for index, source in enumerate(sources):
            found = needles(source)
            if found is None:
                self.always.add(index)
                continue
            for needle in sorted(found):
                if len(needle) < _K:
                    self.short.append((needle, index))
                else:
                    self.by_gram.setdefault(needle[:_K], []).append((needle, index))
        self.grams = frozenset(self.by_gram)

    def maybe(self, text: str) -> set[int]:
        """Indices of the patterns that may match ``text``; the others certainly do not."""
        found = set(self.always)
        by_gram = self.by_gram
        # (the text's pieces of _K characters, built without a Python loop, met with the needles' in one set operation)
        for gram in self.grams.intersection(map("".join, zip(*(text[i:] for i in range(_K))))):
            for needle, index in by_gram[gram]:
                if index not in found and (len(needle) == _K or needle in text):
                    found.add(index)
        for needle, index in self.short:
            if index not in found and needle in text:
                found.add(index)
        return found
