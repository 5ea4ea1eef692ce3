"""The vendors' published API descriptions, as the fakes use them to refuse what the vendor refuses.

A ``Contract`` is a set of trimmed OpenAPI 3.0 documents
(``harness/fakes/contracts``, see its README for where they come from). For one
request it finds the documented operation (method and path template, under
the document's server path) and says what is wrong with the request:

- no such operation (an undocumented or removed endpoint, such as
  Pipedrive's v1 persons after their end of support);
- a path parameter that is not what its schema says (an ``integer`` id that
  is not digits, a ``uuid`` that is not one, a ``pattern`` or ``maxLength``
  not met): a validating server refuses the request, where a mere router
  would answer 404 and a client would take a malformed id for a deleted one;
- a query parameter missing, or not one of its enum values;
- a JSON body that does not match the operation's request schema; with
  ``strict_bodies`` an object property the schema does not name is refused
  too, as HubSpot's and Pipedrive v2's validators do;
- a token without the scopes the operation's ``security`` names.

Validation uses ``jsonschema`` (4.17, the version Rasa pins) with Draft 4
rules, which OpenAPI 3.0 schema objects follow; ``nullable`` is turned into
a ``null`` type first. openapi-core would do the matching too, but needs
jsonschema 4.18 or later, which Rasa 3.6 does not allow.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import unquote

from jsonschema import Draft4Validator, RefResolver

CONTRACTS = Path(__file__).with_name("contracts")


@dataclass(frozen=True)
class Problem:
    """What is wrong with a request: ``kind`` is ``route``, ``path``, ``query``, ``body`` or ``scope``."""

    kind: str
    message: str
    scopes: tuple[str, ...] = ()


def _nullable(node: Any) -> Any:
    """OpenAPI 3.0's ``nullable: true`` as JSON Schema's ``null`` type."""
    if isinstance(node, dict):
        out = {k: _nullable(v) for k, v in node.items() if k != "nullable"}
        if node.get("nullable") is True:
            if isinstance(out.get("type"), str):
                out["type"] = [out["type"], "null"]
            if isinstance(out.get("enum"), list):
                out["enum"] = [*out["enum"], None]
        return out
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


def _closed(node: Any) -> Any:
    """Objects that name their properties refuse others (``additionalProperties: false``); an
    ``allOf`` of object schemas is merged first, so each part does not refuse the others' properties.
    A schema that says ``additionalProperties: true`` stays open."""
    if isinstance(node, list):
        return [_closed(v) for v in node]
    if not isinstance(node, dict):
        return node
    parts = node.get("allOf")
    if isinstance(parts, list) and parts and all(isinstance(p, dict) and "properties" in p and "$ref" not in p
                                                 for p in parts):
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        merged["type"] = "object"
        merged["properties"] = {k: v for p in parts for k, v in p["properties"].items()}
        required = [r for p in parts for r in p.get("required") or []]
        if required:
            merged["required"] = required
        if any(p.get("additionalProperties") is True for p in parts):
            merged["additionalProperties"] = True
        node = merged
    out = {k: _closed(v) for k, v in node.items()}
    if isinstance(node.get("properties"), dict) and "additionalProperties" not in node \
            and not any(k in node for k in ("allOf", "anyOf", "oneOf")):
        out["additionalProperties"] = False
    return out


@dataclass(frozen=True)
class _Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    spec: Mapping[str, Any]
    document: Mapping[str, Any]

    def path_values(self, path: str) -> dict[str, str]:
        """The path parameters' values in ``path`` (which ``pattern`` matched), by name, as sent (still quoted)."""
        names = re.findall(r"\{([^}]+)\}", self.template)
        match = self.pattern.match(path)
        return dict(zip(names, match.groups())) if match else {}


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _path_problem(name: str, raw: str, schema: Mapping[str, Any]) -> str | None:
    """What is wrong with a path parameter's value for its schema (OpenAPI 3.0: ``type``, ``format``,
    ``pattern``, ``maxLength``), or None."""
    value = unquote(raw)
    if schema.get("type") == "integer" and not re.fullmatch(r"-?\d+", value):
        return f"path parameter {name}={value!r} is not an integer"
    if schema.get("format") == "uuid" and not _UUID.match(value):
        return f"path parameter {name}={value!r} is not a UUID"
    if isinstance(schema.get("pattern"), str) and not re.search(schema["pattern"], value):
        return f"path parameter {name}={value!r} does not match {schema['pattern']}"
    if isinstance(schema.get("maxLength"), int) and len(value) > schema["maxLength"]:
        return f"path parameter {name} is longer than {schema['maxLength']} characters"
    return None


class Contract:
    """The operations of one vendor's documents; ``prefix`` is where the documents' paths start."""

    def __init__(self, documents: Iterable[tuple[str, Mapping[str, Any]]], strict_bodies: bool = True) -> None:
        self._operations: list[_Operation] = []
        for prefix, raw in documents:
            document = _nullable(copy.deepcopy(dict(raw)))
            if strict_bodies:
                document["components"] = {**document.get("components", {}),
                                          "schemas": _closed(document.get("components", {}).get("schemas", {}))}
            for template, item in document["paths"].items():
                regex = re.sub(r"\\\{[^}]+\\\}", r"([^/]+)", re.escape(prefix + template))
                for method, spec in item.items():
                    if method in ("get", "post", "put", "patch", "delete"):
                        if strict_bodies:
                            spec = _closed(spec)
                        self._operations.append(_Operation(method.upper(), prefix + template,
                                                           re.compile(f"^{regex}/?$"), spec, document))
        # a literal path (/persons/search) wins over a template (/persons/{id})
        self._operations.sort(key=lambda op: op.template.count("{"))

    @classmethod
    def load(cls, *names: tuple[str, str], strict_bodies: bool = True) -> "Contract":
        """``names``: (path prefix, file under ``contracts``) pairs."""
        return cls(((prefix, _read(name)) for prefix, name in names), strict_bodies)

    def operation(self, method: str, path: str) -> _Operation | None:
        return next((op for op in self._operations if op.method == method and op.pattern.match(path)), None)

    def check(self, method: str, path: str, query: Mapping[str, list[str]], body: bytes,
              granted: set[str] | None = None) -> Problem | None:
        """The first thing wrong with this request, or None. ``granted``: the token's scopes (None: all)."""
        op = self.operation(method, path)
        if op is None:
            return Problem("route", f"{method} {path} is not an operation of the API")
        if granted is not None and (missing := self._missing_scopes(op, granted)):
            return Problem("scope", f"{method} {op.template} needs one of the scopes {sorted(missing)}",
                           tuple(sorted(missing)))
        values_in_path = op.path_values(path)
        for parameter in op.spec.get("parameters") or ():
            parameter = self._deref(op, parameter)
            if parameter.get("in") == "path" and parameter["name"] in values_in_path:
                wrong = _path_problem(parameter["name"], values_in_path[parameter["name"]],
                                      parameter.get("schema") or {})
                if wrong:
                    return Problem("path", wrong)
                continue
            if parameter.get("in") != "query":
                continue
            values = query.get(parameter["name"])
            if not values:
                if parameter.get("required"):
                    return Problem("query", f"query parameter {parameter['name']} is required")
                continue
            schema = parameter.get("schema") or {}
            allowed = schema.get("enum")
            if allowed and any(part not in allowed for part in values[-1].split(",")):
                return Problem("query", f"{parameter['name']}={values[-1]!r} is not one of {allowed}")
        request = op.spec.get("requestBody")
        if request is None:
            return None
        request = self._deref(op, request)
        content = request.get("content") or {}
        schema = (content.get("application/json") or next(iter(content.values()), {})).get("schema")
        if not body:
            return Problem("body", "a request body is required") if request.get("required") else None
        try:
            value = json.loads(body)
        except ValueError:
            return Problem("body", "the body is not JSON")
        if schema is None:
            return None
        validator = Draft4Validator(schema, resolver=RefResolver("", op.document))
        error = next(iter(sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))), None)
        if error is None:
            return None
        where = "/".join(str(p) for p in error.absolute_path) or "(body)"
        return Problem("body", f"{where}: {error.message}")

    @staticmethod
    def _missing_scopes(op: _Operation, granted: set[str]) -> set[str]:
        """The scopes of the cheapest requirement not granted; empty when one requirement is met."""
        requirements = op.spec.get("security", op.document.get("security")) or []
        options = [set(scopes) for requirement in requirements for scheme, scopes in requirement.items()
                   if scheme in ("oauth2", "oauth")]
        if not options or any(option <= granted for option in options):
            return set()
        return set().union(*options) - granted

    @staticmethod
    def _deref(op: _Operation, node: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in node:
            target: Any = op.document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node


@lru_cache(maxsize=None)
def _read(name: str) -> Mapping[str, Any]:
    return json.loads((CONTRACTS / name).read_text(encoding="utf-8"))
