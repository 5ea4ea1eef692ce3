"""Werkzeug's URL builders shared by every Flask app a test process makes.

Each test makes its own app, and each app's 42 rules had Werkzeug generate and compile two Python functions per
rule (``Rule._compile_builder``: an AST built, walked and compiled): about half of ``create_app``'s 70 ms CPU, paid
by some 2,000 tests of ``make test-fast``. A builder is a plain function of the rule's parts, so one compiled for
a rule serves every equal rule of a later app. The gunicorn the stacks start is not concerned (one app per
process, as in production).
"""

from __future__ import annotations

from typing import Any, Callable
from urllib.parse import quote

from werkzeug.routing.rules import Rule

Builder = Callable[..., tuple[str, str]]
# What Werkzeug's generated code is made of, in its words: (constant?, text) per step of the host part and of the
# path, whether unknown arguments go to the query string, and the rule (it names the function).
Key = tuple[bool, str, tuple[tuple[bool, str], ...], tuple[tuple[bool, str], ...], tuple[str, ...]]

_ORIGINAL: Callable[[Rule, bool], Builder] = Rule._compile_builder


def _key(rule: Rule, append_unknown: bool) -> Key:
    """Everything ``Rule._compile_builder`` reads, turned into what it generates code from, as it does: a default
    given for an argument of the rule is a constant of the URL (converted by the rule's own converter)."""
    defaults = rule.defaults or {}
    ops: tuple[list[tuple[bool, str]], list[tuple[bool, str]]] = ([], [])
    part = 0
    for is_dynamic, data in rule._trace:
        if data == "|" and part == 0:
            part = 1
            continue
        if is_dynamic and data in defaults:
            ops[part].append((False, rule._converters[data].to_url(defaults[data])))
        elif not is_dynamic:
            ops[part].append((False, quote(data, safe="!$&'()*+,/:;=@")))
        else:
            ops[part].append((True, data))
    return append_unknown, rule.rule, tuple(ops[0]), tuple(ops[1]), tuple(str(k) for k in defaults)


class SharedBuilders:
    """Builders compiled once per distinct ``Key``; Werkzeug binds each to its rule as it does its own."""

    def __init__(self, compile_builder: Callable[[Rule, bool], Builder] = _ORIGINAL) -> None:
        self._compile = compile_builder
        self._compiled: dict[Key, Builder] = {}

    def builder(self, rule: Rule, append_unknown: bool = True) -> Builder:
        key = _key(rule, append_unknown)
        if key not in self._compiled:
            self._compiled[key] = self._compile(rule, append_unknown)
        return self._compiled[key]


def share_url_builders() -> None:
    """Every Werkzeug rule bound from now on in this process takes its builders from one ``SharedBuilders``."""
    if Rule._compile_builder is _ORIGINAL:
        shared = SharedBuilders()

        def compile_builder(self: Rule, append_unknown: bool = True) -> Any:
            return shared.builder(self, append_unknown)

        Rule._compile_builder = compile_builder  # type: ignore[method-assign]
