"""A local Slack Web API for ``slack_sdk.WebClient(base_url=fake.url + "/api/")``:
``chat.postMessage`` (with threads), ``chat.update``, ``auth.test`` and
``views.open``, answering HTTP 200 with ``{"ok": false, "error": ...}`` the way
Slack does, and refusing blocks that break Block Kit's limits
(``invalid_blocks``) so a test catches an alert Slack would reject."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

from tests.fakes.server import FakeServer, Recorded, Response, json_response

TEXT_LIMITS = {"header": 150, "section": 3000, "field": 2000, "button": 75, "context": 3000}


def _ok(**body: Any) -> Response:
    return json_response(200, {"ok": True, **body})


def _error(error: str, status: int = 200, **extra: Any) -> Response:
    return json_response(status, {"ok": False, "error": error, **extra})


def block_problems(blocks: Any) -> list[str]:
    """What Slack would refuse in these blocks (a subset of Block Kit's rules)."""
    if not isinstance(blocks, list) or len(blocks) > 50:
        return ["blocks must be a list of at most 50"]
    problems: list[str] = []

    def text(obj: Any, where: str, limit: int) -> None:
        if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
            problems.append(f"{where}: not a text object")
        elif not isinstance(obj.get("text"), str) or not obj["text"] or len(obj["text"]) > limit:
            problems.append(f"{where}: text empty or over {limit}")
        elif obj["type"] == "plain_text" and "verbatim" in obj:
            problems.append(f"{where}: plain_text has no verbatim")

    for i, block in enumerate(blocks):
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "header":
            text(block.get("text"), f"[{i}].text", TEXT_LIMITS["header"])
            if (block.get("text") or {}).get("type") != "plain_text":
                problems.append(f"[{i}]: header text must be plain_text")
        elif kind == "section":
            if "text" not in block and "fields" not in block:
                problems.append(f"[{i}]: section needs text or fields")
            if "text" in block:
                text(block["text"], f"[{i}].text", TEXT_LIMITS["section"])
            fields = block.get("fields", [])
            if len(fields) > 10:
                problems.append(f"[{i}]: more than 10 fields")
            for j, item in enumerate(fields):
                text(item, f"[{i}].fields[{j}]", TEXT_LIMITS["field"])
            if "accessory" in block:
                elements = [block["accessory"]]
                problems += [f"[{i}].accessory: {p}" for p in _element_problems(elements)]
        elif kind == "context":
            elements = block.get("elements") or []
            if not elements or len(elements) > 10:
                problems.append(f"[{i}]: context needs 1 to 10 elements")
            for j, item in enumerate(elements):
                text(item, f"[{i}].elements[{j}]", TEXT_LIMITS["context"])
        elif kind == "actions":
            elements = block.get("elements") or []
            if not elements or len(elements) > 25:
                problems.append(f"[{i}]: actions needs 1 to 25 elements")
            problems += [f"[{i}].elements: {p}" for p in _element_problems(elements)]
        elif kind != "divider":
            problems.append(f"[{i}]: unknown block type {kind!r}")
    return problems


def _element_problems(elements: list[Any]) -> list[str]:
    problems, ids = [], set()
    for element in elements:
        if element.get("type") != "button":
            problems.append("only buttons are drawn here")
            continue
        label = (element.get("text") or {}).get("text") or ""
        if not label or len(label) > TEXT_LIMITS["button"]:
            problems.append("button text empty or too long")
        if len(element.get("value") or "") > 2000 or len(element.get("url") or "") > 3000:
            problems.append("button value or url too long")
        if element.get("action_id") in ids:
            problems.append("duplicate action_id")
        ids.add(element.get("action_id"))
    return problems


class SlackFake(FakeServer):
    def __init__(self, token: str = "xoxb-test-token", channels: tuple[str, ...] = ("C0LEADS", "C0SALES", "C0EMEA"),
                 not_member: tuple[str, ...] = (),
                 names: dict[str, str] | None = None) -> None:
        """``names`` maps ``#channel-name`` to an id: chat.postMessage takes either, chat.update ids only."""
        super().__init__()
        self.token = token
        self.channels = set(channels)
        self.names = names if names is not None else {"#leads": "C0LEADS", "#sales": "C0SALES",
                                                      "#sales-emea": "C0EMEA"}
        self.not_member = set(not_member)
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.views: list[dict[str, Any]] = []
        self._seq = itertools.count(1)

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def default_error_body(self, status: int) -> Any:
        return {"ok": False, "error": "ratelimited" if status == 429 else "internal_error"}

    def thread(self, channel: str, ts: str) -> list[dict[str, Any]]:
        return [m for (c, _), m in sorted(self.messages.items()) if c == channel and m.get("thread_ts") == ts]

    def handle(self, request: Recorded) -> Response:
        if request.method != "POST" or not request.path.startswith("/api/"):
            return json_response(404, {"ok": False, "error": "unknown_method"})
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return _error("invalid_auth")
        content_type = request.headers.get("content-type", "")
        args = request.json() if content_type.startswith("application/json") else request.form()
        method = request.path[len("/api/"):]
        if method == "auth.test":
            return _ok(url="https://fake.slack.com/", team="Fake", user="leadbot", team_id="T0FAKE",
                       user_id="U0BOT", bot_id="B0BOT")
        if method == "views.open":
            if not args.get("trigger_id"):
                return _error("invalid_arguments")
            view = args.get("view")
            view = json.loads(view) if isinstance(view, str) else view
            self.views.append(view)
            return _ok(view={"id": f"V{next(self._seq):08d}", **view})
        if method in ("chat.postMessage", "chat.update"):
            channel = args.get("channel")
            if method == "chat.postMessage":
                channel = self.names.get(channel, channel)
            if channel not in self.channels:
                return _error("channel_not_found")
            if channel in self.not_member:
                return _error("not_in_channel")
            blocks = args.get("blocks")
            blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
            if blocks is not None and (problems := block_problems(blocks)):
                return _error("invalid_blocks", errors=problems)
            if not args.get("text") and not blocks:
                return _error("no_text")
            if method == "chat.update":
                message = self.messages.get((channel, args.get("ts")))
                if message is None:
                    return _error("message_not_found")
                message.update({"text": args.get("text"), "blocks": blocks, "edited": True})
                return _ok(channel=channel, ts=args["ts"], text=args.get("text"), message=message)
            thread_ts = args.get("thread_ts")
            if thread_ts and (channel, thread_ts) not in self.messages:
                return _error("thread_not_found")
            ts = f"{int(time.time())}.{next(self._seq):06d}"
            message = {"type": "message", "ts": ts, "text": args.get("text"), "blocks": blocks,
                       "thread_ts": thread_ts, "bot_id": "B0BOT"}
            self.messages[(channel, ts)] = message
            return _ok(channel=channel, ts=ts, message=message)
        return _error("unknown_method")
