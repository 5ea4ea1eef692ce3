"""``harness.routes``: the Flask apps of one test process compile each URL builder once, and build the URLs
Werkzeug's own builders build."""

from __future__ import annotations

from typing import Any

import pytest
from werkzeug.routing import Map, Rule

from harness.routes import _ORIGINAL, SharedBuilders

# Static and dynamic parts, converters with arguments, a default for an argument of the rule and one that is not,
# characters to quote, a subdomain, merged slashes.
RULES: list[tuple[dict[str, Any], dict[str, Any]]] = [
    ({"string": "/"}, {}),
    ({"string": "/api/v1/leads/<lead_id>"}, {"lead_id": "a b/c"}),
    ({"string": "/files/<path:name>", "defaults": {"name": "index.html"}}, {}),
    ({"string": "/page/<int(min=1):number>"}, {"number": 7}),
    ({"string": "/page/<int:number>", "defaults": {"kind": "list"}}, {"number": 3}),
    ({"string": "/caf\u00e9//menu [1]"}, {}),
    ({"string": "/u/<any(day, week):span>", "subdomain": "<tenant>"}, {"span": "week", "tenant": "acme"}),
]


def _urls(url_map: Map) -> list[str]:
    adapter = url_map.bind("example.com", subdomain="acme")
    return [adapter.build(f"e{i}", {**values, "q": "x y"}) for i, (_, values) in enumerate(RULES)]


def test_a_second_map_builds_the_same_urls_as_werkzeug_without_compiling_its_builders_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _urls(Map([Rule(endpoint=f"e{i}", **spec) for i, (spec, _) in enumerate(RULES)]))
    compiled: list[str] = []

    def counting(rule: Rule, append_unknown: bool = True) -> Any:
        compiled.append(rule.rule)
        return _ORIGINAL(rule, append_unknown)

    shared = SharedBuilders(counting)
    monkeypatch.setattr(Rule, "_compile_builder", lambda self, append_unknown=True: shared.builder(self, append_unknown))

    first = _urls(Map([Rule(endpoint=f"e{i}", **spec) for i, (spec, _) in enumerate(RULES)]))
    after_first = len(compiled)
    second = _urls(Map([Rule(endpoint=f"e{i}", **spec) for i, (spec, _) in enumerate(RULES)]))

    assert first == second == expected
    assert after_first == 2 * len(RULES)  # with and without the query string
    assert len(compiled) == after_first


def test_rules_that_differ_only_in_a_default_for_their_argument_get_builders_of_their_own(
        monkeypatch: pytest.MonkeyPatch) -> None:
    shared = SharedBuilders()
    monkeypatch.setattr(Rule, "_compile_builder", lambda self, append_unknown=True: shared.builder(self, append_unknown))
    url_map = Map([Rule("/shop/<lang>", endpoint="en", defaults={"lang": "en"}),
                   Rule("/shop/<lang>", endpoint="de", defaults={"lang": "de"})])
    adapter = url_map.bind("example.com")
    assert (adapter.build("en"), adapter.build("de")) == ("/shop/en", "/shop/de")
