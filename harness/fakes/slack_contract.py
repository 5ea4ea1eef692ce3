"""Slack's published description of its Web API, Events API and Block Kit, as the Slack fake holds requests to it.

Read from ``harness/fakes/contracts/slack`` (see its README: Slack's own
``slack-api-specs``, cut down to the methods leadbot calls, plus what Slack
documented since) and from ``slack-app-manifest.yml`` (the scopes the app is
granted). For one Web API call it says what Slack would answer instead of
doing it, with Slack's error body:

- ``unknown_method`` for a method Slack does not describe;
- ``missing_scope`` (with ``needed`` and ``provided``, as Slack sends them)
  when no granted scope is one the method's ``security`` names, for the kind
  of conversation addressed (``channels:`` for C…, ``groups:`` for G…,
  ``im:`` for D…);
- ``invalid_arguments`` for a required argument missing, or an integer or
  boolean argument that is not one.

Arguments Slack does not describe are not refused (Slack ignores them) but
collected in ``ignored``, so a test can see a typo that would do nothing.

Blocks are checked by ``slack_sdk.models`` (the Slack SDK's Block Kit classes
validate lengths and counts when serialised) on top of the fake's own rules.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml
from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

HERE = Path(__file__).with_name("contracts") / "slack"
MANIFEST = Path(__file__).resolve().parents[2] / "slack-app-manifest.yml"
_KIND = {"C": ("channels:",), "G": ("groups:",), "D": ("im:",)}
_TRUE_FALSE = {"1", "0", "true", "false", "True", "False"}


@lru_cache(maxsize=1)
def web_api() -> dict[str, dict[str, Any]]:
    """Method name -> {"scopes": [...], "params": {name: {"required", "type"}}}, with Slack's later additions."""
    spec = json.loads((HERE / "web_api.json").read_text())
    since = json.loads((HERE / "since_2020.json").read_text())
    renamed = {k: v for k, v in since["bot_scopes"].items() if k != "why"}
    methods: dict[str, dict[str, Any]] = {}
    for path, verbs in spec["paths"].items():
        operation = next(iter(verbs.values()))
        scopes = [renamed.get(s, s) for entry in operation.get("security", []) for s in entry.get("slackAuth", [])]
        params = {p["name"]: {"required": bool(p.get("required")), "type": p.get("type", "string")}
                  for p in [*operation.get("parameters", []), *since["parameters"].get(path, [])]
                  if p["name"] != "token"}
        methods[path.lstrip("/")] = {"scopes": [s for s in dict.fromkeys(scopes) if s != "none"], "params": params}
    return methods


@lru_cache(maxsize=1)
def event_scopes() -> dict[str, list[str]]:
    """Event name as a manifest spells it (``message.im``, ``app_mention``) -> the scopes it needs."""
    spec = json.loads((HERE / "events_api.json").read_text())
    since = json.loads((HERE / "since_2020.json").read_text())["events"]
    found = {}
    for topic, body in spec["topics"].items():
        scopes = since.get(topic, {}).get("x-scopes-required") or body["subscribe"].get("x-scopes-required", [])
        name = topic if topic.startswith("message.") else topic.replace(".", "_")
        found[name] = list(scopes)
    return found


def manifest() -> dict[str, Any]:
    return yaml.safe_load(MANIFEST.read_text())


def granted_scopes() -> tuple[str, ...]:
    """The bot scopes an app made from ``slack-app-manifest.yml`` is granted."""
    return _bot_scopes(MANIFEST.read_text())


@lru_cache(maxsize=4)
def _bot_scopes(text: str) -> tuple[str, ...]:
    # Parsed once per text of the manifest (an edited manifest is parsed again): every SlackFake asks, and the
    # YAML took 30 ms each time (2.2 s of tests/webhooks/api and tests/webhooks/slack's in-process tests).
    return tuple(yaml.safe_load(text)["oauth_config"]["scopes"]["bot"])


def needed_scopes(method: str, channel: Any = None) -> list[str]:
    """Any one of these lets a bot call ``method`` on ``channel`` (empty: no scope needed)."""
    scopes = web_api()[method]["scopes"]
    prefixes = _KIND.get(str(channel or "")[:1])
    if prefixes and any(s.startswith(("channels:", "groups:", "im:", "mpim:")) for s in scopes):
        scopes = [s for s in scopes if s.startswith(prefixes)]
    return scopes


def call_problem(method: str, args: Mapping[str, Any], granted: Iterable[str]) -> dict[str, Any] | None:
    """Slack's error body for this call, or None when Slack would take it."""
    described = web_api().get(method)
    if described is None:
        return {"ok": False, "error": "unknown_method"}
    granted = tuple(granted)
    needed = needed_scopes(method, args.get("channel"))
    if needed and not set(needed) & set(granted):
        return {"ok": False, "error": "missing_scope", "needed": needed[0], "provided": ",".join(granted)}
    messages = []
    for name, param in described["params"].items():
        value = args.get(name)
        if value is None or value == "":
            if param["required"]:
                messages.append(f"[ERROR] missing required field: {name}")
            continue
        if param["type"] == "integer" and not _is_integer(value):
            messages.append(f"[ERROR] expected an integer for {name}")
        if param["type"] == "boolean" and not (isinstance(value, bool) or str(value) in _TRUE_FALSE):
            messages.append(f"[ERROR] expected a boolean for {name}")
    if messages:
        return {"ok": False, "error": "invalid_arguments", "response_metadata": {"messages": messages}}
    return None


def ignored_arguments(method: str, args: Mapping[str, Any]) -> list[str]:
    described = web_api().get(method)
    return [] if described is None else sorted(set(args) - set(described["params"]) - {"token"})


def sdk_block_problems(blocks: list[Any]) -> list[str]:
    """What the Slack SDK's Block Kit classes refuse in ``blocks``."""
    problems = []
    for i, block in enumerate(blocks):
        if not isinstance(block, dict):
            problems.append(f"[{i}]: not an object")
            continue
        try:
            parsed = Block.parse(block)
            if parsed is None:
                problems.append(f"[{i}]: unknown block type {block.get('type')!r}")
            else:
                parsed.to_dict()  # validates the block and every element and text object in it
        except (SlackObjectFormationError, KeyError, TypeError, ValueError) as error:
            problems.append(f"[{i}]: {error}")
    return problems


def _is_integer(value: Any) -> bool:
    try:
        int(str(value))
    except ValueError:
        return False
    return True
