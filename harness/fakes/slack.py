"""A local Slack Web API for ``slack_sdk.WebClient(base_url=fake.url + "/api/")``:
``chat.postMessage`` (with threads and message metadata), ``chat.update`` and
``chat.delete`` (of the bot's own messages only, as a bot token may), ``chat.postEphemeral``,
``conversations.history`` (``include_all_metadata``), ``conversations.replies``,
``conversations.list``, ``conversations.info``, ``conversations.members``,
``auth.test`` and ``views.open``, plus the ``response_url`` webhooks bolt's
``respond`` posts to. It answers HTTP 200 with ``{"ok": false, "error": ...}``
the way Slack does and can rate-limit one channel (429 with ``Retry-After``), or
refuse the next calls of a method with an error Slack documents for it (``refuse_next``).
Web API methods take a form, JSON (POST) or the query string (GET), as Slack's do.

As strict as Slack (``harness.fakes.slack_contract``): every call is checked
against Slack's published Web API description first (``unknown_method``,
``invalid_arguments``, ``missing_scope`` against the scopes of
``slack-app-manifest.yml`` unless ``scopes`` says otherwise), every answer
carries ``X-OAuth-Scopes`` as Slack's do, blocks go through the Slack SDK's
Block Kit classes and the fake's own rules (``invalid_blocks``), and a
channel the app is not in answers ``not_in_channel``."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import uuid
from typing import Any

from harness.fakes import slack_contract
from harness.fakes.server import FakeServer, Recorded, Response, json_response

TEAM_ID = "T0FAKE"
BOT_USER, BOT_ID = "U0BOT", "B0BOT"  # the app's bot user, and the bot id its messages carry
# Whose a user token (``xoxp-``, the app's User OAuth Token) is: the person who installed the app.
INSTALLER = "U0INSTALLER"
TEXT_LIMITS = {"header": 150, "section": 3000, "field": 2000, "button": 75, "context": 3000}


def _ok(**body: Any) -> Response:
    return json_response(200, {"ok": True, **body})


def _error(error: str, status: int = 200, headers: dict[str, str] | None = None, **extra: Any) -> Response:
    return json_response(status, {"ok": False, "error": error, **extra}, headers)


def block_problems(blocks: Any) -> list[str]:
    """What Slack would refuse in these blocks (a subset of Block Kit's rules)."""
    if not isinstance(blocks, list) or len(blocks) > 50:
        return ["blocks must be a list of at most 50"]
    problems: list[str] = slack_contract.sdk_block_problems(blocks)

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
        if element.get("action_id") is not None:  # Slack makes one up for an element without
            if element["action_id"] in ids:
                problems.append("duplicate action_id")
            ids.add(element["action_id"])
    return problems


class SlackFake(FakeServer):
    def __init__(self, token: str = "xoxb-test-token", channels: tuple[str, ...] = ("C0LEADS", "C0SALES", "C0EMEA"),
                 not_member: tuple[str, ...] = (),
                 names: dict[str, str] | None = None, scopes: tuple[str, ...] | None = None,
                 members: dict[str, tuple[str, ...]] | None = None,
                 people: dict[str, str] | None = None) -> None:
        """``names`` maps ``#channel-name`` to an id: chat.postMessage takes either, chat.update ids only.
        ``scopes`` are the token's (default: what ``slack-app-manifest.yml`` asks for); ``members``
        the people in a channel (``conversations.members``; default: nobody listed); ``people`` their
        names (``users.info``). A ``token`` starting ``xoxp-`` is a user token: ``auth.test`` names no bot, and
        its messages are its person's (``user``, no ``bot_id``), the only ones it may edit."""
        super().__init__()
        self.token = token
        # A user token (``xoxp-``) acts as the person who installed the app, not as its bot.
        self.user_token = token.startswith("xoxp-")
        self.scopes = tuple(slack_contract.granted_scopes() if scopes is None else scopes)
        self.members = {channel: tuple(users) for channel, users in (members or {}).items()}
        self.ignored: list[tuple[str, str]] = []  # (method, argument) Slack would ignore
        self.people = dict(people or {})  # user id -> name (``users.info``)
        self.channels = set(channels)
        self.names = names if names is not None else {"#leads": "C0LEADS", "#sales": "C0SALES",
                                                      "#sales-emea": "C0EMEA"}
        self.not_member = set(not_member)
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.views: list[dict[str, Any]] = []
        self.ephemeral: list[dict[str, Any]] = []
        self.responses: list[dict[str, Any]] = []  # what arrived at response_url webhooks
        self.limited: dict[str, list[int]] = {}  # channel id -> Retry-After of the next posts to refuse
        self._seq = itertools.count(1)
        self._hooks = itertools.count(1)
        self._refusals: list[dict[str, Any]] = []  # ``refuse_next``: scripted answers of one method, in order

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def default_error_body(self, status: int) -> Any:
        return {"ok": False, "error": "ratelimited" if status == 429 else "internal_error"}

    # scripting and reading back
    def rate_limit_channel(self, channel: str, retry_after: int = 2, times: int = 1) -> None:
        """Refuse the next ``times`` posts to ``channel`` (an id) with 429 and ``Retry-After``."""
        with self._lock:
            self.limited.setdefault(channel, []).extend([retry_after] * times)

    def refuse_next(self, method: str, error: str, *, status: int = 200, times: int = 1, after: int = 0,
                    retry_after: int | None = None, **extra: Any) -> None:
        """Answer ``times`` calls of ``method``, once ``after`` more have been served, with Slack's
        ``{"ok": false, "error": error}`` (and ``Retry-After`` when given).

        An HTTP 200 refusal must be one Slack's description lists for the method (``contracts/slack/errors.json``):
        a test cannot make the fake say what Slack never would. A 429 (Slack's rate limit) or a 5xx (Slack down)
        may answer any method."""
        documented = json.loads((slack_contract.HERE / "errors.json").read_text()).get(method)
        if status == 200 and isinstance(documented, dict) and error not in documented["errors"]:
            raise ValueError(f"Slack's description of {method} lists no {error!r}")
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        with self._lock:
            self._refusals.append({"method": method, "after": after, "times": times,
                                   "answer": _error(error, status, headers, **extra)})

    def _refusal(self, method: str) -> Response | None:
        """The scripted refusal due for this call of ``method``, if any (``refuse_next``)."""
        with self._lock:
            for refusal in self._refusals:
                if refusal["method"] != method:
                    continue
                if refusal["after"] > 0:
                    refusal["after"] -= 1
                    return None
                refusal["times"] -= 1
                if refusal["times"] <= 0:
                    self._refusals.remove(refusal)
                return refusal["answer"]
        return None

    def delete(self, channel: str, ts: str) -> None:
        """Someone deletes a message in Slack: a thread's parent with replies leaves a tombstone, as Slack's does."""
        with self._lock:
            self._remove(channel, ts)

    def response_url(self) -> str:
        return f"{self.url}/commands/{TEAM_ID}/{next(self._hooks)}/{uuid.uuid4().hex[:16]}"

    def thread(self, channel: str, ts: str) -> list[dict[str, Any]]:
        return [m for (c, _), m in sorted(self.messages.items()) if c == channel and m.get("thread_ts") == ts]

    def alerts(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Top-level messages kept (not thread replies), optionally in one channel."""
        return [m for (c, _), m in sorted(self.messages.items())
                if not m.get("thread_ts") and (channel is None or c == channel)]

    def told(self, user: str) -> list[str]:
        """What ``user`` was told ephemerally, in order."""
        return [m["text"] for m in self.ephemeral if m.get("user") == user]

    def acted(self) -> list[Recorded]:
        """Requests that do something in Slack (bolt's one ``auth.test`` per process only reads)."""
        return [r for r in self.calls() if r.path != "/api/auth.test"]

    def updates(self) -> list[dict[str, Any]]:
        return [self.args(r) for r in self.calls("POST", "/api/chat.update")]

    def posts(self) -> list[dict[str, Any]]:
        return [self.args(r) for r in self.calls("POST", "/api/chat.postMessage")]

    @staticmethod
    def args(request: Recorded) -> dict[str, Any]:
        """A Web API call's arguments, however they were sent."""
        if request.method == "GET":
            return {k: v[-1] for k, v in request.query.items()}
        if request.headers.get("content-type", "").startswith("application/json"):
            return dict(request.json() or {})
        return request.form()

    # the Events API: what Slack posts to the app's Request URL
    def reply_in_thread(self, channel: str, thread_ts: str, user: str, text: str) -> dict[str, Any]:
        """A person writes ``text`` in the thread of ``channel``/``thread_ts``: kept as Slack keeps it, and
        returned as the ``event_callback`` Slack posts for it (``message.channels``), field for field."""
        ts = f"{time.time():.6f}"
        with self._lock:
            self.messages[(channel, ts)] = {"type": "message", "ts": ts, "text": text, "user": user,
                                            "thread_ts": thread_ts}
        event = {
            "client_msg_id": str(uuid.uuid4()), "type": "message", "text": text, "user": user, "ts": ts,
            "blocks": [{"type": "rich_text", "block_id": uuid.uuid4().hex[:5], "elements": [
                {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}],
            "team": TEAM_ID, "thread_ts": thread_ts, "parent_user_id": "U0BOT", "channel": channel,
            "event_ts": ts, "channel_type": "group" if channel.startswith("G") else "channel",
        }
        return {
            "token": "verification-token-unused", "team_id": TEAM_ID, "context_team_id": TEAM_ID,
            "api_app_id": "A0LEADBOT", "event": event, "type": "event_callback",
            "event_id": f"Ev{uuid.uuid4().hex[:10].upper()}", "event_time": int(float(ts)),
            "authorizations": [{"enterprise_id": None, "team_id": TEAM_ID, "user_id": "U0BOT", "is_bot": True,
                                "is_enterprise_install": False}],
            "is_ext_shared_channel": False, "event_context": f"4-{uuid.uuid4().hex}",
        }

    def left_channel(self, channel: str, user: str) -> dict[str, Any]:
        """``user`` leaves ``channel``: no longer a member, and the ``event_callback`` Slack posts for it
        (``member_left_channel``; ``channel_type`` is ``C`` for a public channel, ``G`` for a private one)."""
        with self._lock:
            self.members[channel] = tuple(m for m in self.members.get(channel, ()) if m != user)
        event = {"type": "member_left_channel", "user": user, "channel": channel,
                 "channel_type": "G" if channel.startswith("G") else "C", "team": TEAM_ID,
                 "event_ts": f"{time.time():.6f}"}
        return {"token": "verification-token-unused", "team_id": TEAM_ID, "api_app_id": "A0LEADBOT", "event": event,
                "type": "event_callback", "event_id": f"Ev{uuid.uuid4().hex[:10].upper()}",
                "event_time": int(time.time()), "authorizations": [
                    {"enterprise_id": None, "team_id": TEAM_ID, "user_id": "U0BOT", "is_bot": True,
                     "is_enterprise_install": False}]}

    @staticmethod
    def signed(body: bytes, secret: str, *, timestamp: int | None = None,
               content_type: str = "application/json") -> dict[str, str]:
        """The headers Slack sends with a request to the app: ``v0`` HMAC-SHA256 of ``v0:<ts>:<body>``."""
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        digest = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256).hexdigest()
        return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}", "Content-Type": content_type}

    def send_event(self, url: str, envelope: dict[str, Any], secret: str) -> Any:
        """POST an Events API envelope to the app's Request URL, signed with the app's signing secret."""
        import requests  # only the tests that play Slack's side need it

        body = json.dumps(envelope).encode()
        return requests.post(url, data=body, headers=self.signed(body, secret), timeout=10)

    # serving
    def handle(self, request: Recorded) -> Response:
        if request.method == "POST" and request.path.startswith("/commands/"):
            self.responses.append(request.json())
            return 200, {"Content-Type": "text/html"}, b"ok"
        if request.method not in ("GET", "POST") or not request.path.startswith("/api/"):
            return json_response(404, {"ok": False, "error": "unknown_method"})
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return _error("invalid_auth")
        args = self.args(request)
        method = request.path[len("/api/"):]
        status, headers, body = self._refusal(method) or self._method(method, args)
        return status, {**headers, "X-OAuth-Scopes": ",".join(self.scopes),
                        "X-Accepted-OAuth-Scopes": ",".join(slack_contract.web_api().get(method, {}).get("scopes", []))
                        }, body

    def _method(self, method: str, args: dict[str, Any]) -> Response:
        problem = slack_contract.call_problem(method, args, self.scopes)
        if problem is not None:
            return json_response(200, problem)
        self.ignored += [(method, name) for name in slack_contract.ignored_arguments(method, args)]
        if method == "auth.test":
            if self.user_token:  # auth.test names a bot only for a bot token
                return _ok(url="https://fake.slack.com/", team="Fake", user="installer", team_id=TEAM_ID,
                           user_id=INSTALLER)
            return _ok(url="https://fake.slack.com/", team="Fake", user="leadbot", team_id=TEAM_ID,
                       user_id=BOT_USER, bot_id=BOT_ID)
        if method == "views.open":
            if not args.get("trigger_id"):
                return _error("invalid_arguments")
            view = args.get("view")
            view = json.loads(view) if isinstance(view, str) else view
            self.views.append(view)
            return _ok(view={"id": f"V{next(self._seq):08d}", **view})
        if method == "conversations.list":
            return self._list(args)
        if method == "users.info":
            person = self.people.get(args.get("user") or "")
            if person is None:
                return _error("user_not_found")
            return _ok(user={"id": args["user"], "team_id": TEAM_ID, "name": person.lower().replace(" ", "."),
                             "real_name": person, "profile": {"real_name": person, "display_name": person}})
        if method == "conversations.info":
            return self._info(args)
        if method == "conversations.members":
            if args.get("channel") not in self.channels:
                return _error("channel_not_found")
            return _ok(members=list(self.members.get(args["channel"], ())), response_metadata={"next_cursor": ""})
        if method == "conversations.history":
            return self._history(args)
        if method == "conversations.replies":
            return self._replies(args)
        if method == "chat.postEphemeral":
            return self._ephemeral(args)
        if method in ("chat.postMessage", "chat.update"):
            return self._chat(method, args)
        if method == "chat.delete":
            return self._delete(args)
        return _error("unknown_method")

    def _chat(self, method: str, args: dict[str, Any]) -> Response:
        channel = args.get("channel")
        if method == "chat.postMessage":
            channel = self.names.get(channel, channel)
        if channel not in self.channels:
            return _error("channel_not_found")
        if channel in self.not_member:
            return _error("not_in_channel")
        if method == "chat.postMessage" and self.limited.get(channel):
            retry_after = self.limited[channel].pop(0)
            return _error("ratelimited", status=429, headers={"Retry-After": str(retry_after)})
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
            if not self._own(message):
                return _error("cant_update_message")
            # "If you don't include this field, the message's previous blocks will be retained. To remove
            # previous blocks, include an empty array" (chat.update's ``blocks``, contracts/slack/errors.json).
            message.update({"text": args.get("text"), "edited": True,
                            **({"blocks": blocks} if blocks is not None else {})})
            return _ok(channel=channel, ts=args["ts"], text=args.get("text"), message=message)
        thread_ts = args.get("thread_ts")
        if thread_ts and (channel, thread_ts) not in self.messages:
            return _error("thread_not_found")
        metadata = args.get("metadata")
        metadata = json.loads(metadata) if isinstance(metadata, str) else metadata
        if metadata is not None and not (isinstance(metadata, dict) and isinstance(metadata.get("event_type"), str)
                                         and isinstance(metadata.get("event_payload"), dict)):
            return _error("invalid_metadata_format")
        ts = f"{int(time.time())}.{next(self._seq):06d}"
        message = {"type": "message", "ts": ts, "text": args.get("text"), "blocks": blocks,
                   "thread_ts": thread_ts,
                   **({"user": INSTALLER} if self.user_token else {"bot_id": BOT_ID, "app_id": "A0LEADBOT"})}
        if metadata is not None:
            message["metadata"] = metadata
        self.messages[(channel, ts)] = message
        return _ok(channel=channel, ts=ts, message=message)

    def _delete(self, args: dict[str, Any]) -> Response:
        """``chat.delete``: the errors Slack's description lists for it, for a message not there or not this token's."""
        channel, ts = args.get("channel"), args.get("ts")
        if channel not in self.channels:
            return _error("channel_not_found")
        message = self.messages.get((channel, ts))
        if message is None or message.get("subtype") == "tombstone":
            return _error("message_not_found")
        if not self._own(message):
            return _error("cant_delete_message")
        self._remove(channel, str(ts))
        return _ok(channel=channel, ts=ts)

    def _remove(self, channel: str, ts: str) -> None:
        if self.thread(channel, ts):
            self.messages[(channel, ts)] = {"type": "message", "subtype": "tombstone", "ts": ts, "hidden": True,
                                            "text": "This message was deleted.", "user": "USLACKBOT"}
        else:
            self.messages.pop((channel, ts), None)

    def _own(self, message: dict[str, Any]) -> bool:
        """Whether this token may edit ``message``: a bot token what its bot posted, a user token what its
        person wrote (not a bot's message, though the same app's)."""
        if self.user_token:
            return message.get("user") == INSTALLER and not message.get("bot_id")
        return message.get("bot_id") == BOT_ID

    def _history(self, args: dict[str, Any]) -> Response:
        """Top-level messages, newest first; metadata only with ``include_all_metadata``."""
        channel = args.get("channel")
        if channel not in self.channels:  # ids only, as Slack's
            return _error("channel_not_found")
        try:
            limit = min(int(args.get("limit") or 100), 999)
            oldest = float(args.get("oldest") or 0)
            start = int(args.get("cursor") or 0)
        except ValueError:
            return _error("invalid_arguments")
        with_metadata = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
        found = []
        for message in reversed(self.alerts(channel)):
            if float(message["ts"].split(".")[0]) + 1 <= oldest:  # ts seconds are whole here
                continue
            shown = {k: v for k, v in message.items() if k != "thread_ts" and (with_metadata or k != "metadata")}
            found.append(shown)
        page = found[start:start + limit]
        more = start + limit < len(found)
        return _ok(messages=page, has_more=more, pin_count=0,
                   response_metadata={"next_cursor": str(start + limit) if more else ""})

    def _replies(self, args: dict[str, Any]) -> Response:
        """A thread: its parent first, then the replies in order, ``limit`` a page. ``ts`` names the parent or, as
        Slack's current page for the method says ("either a thread's parent message or a message in the
        thread"), one of its replies: the whole thread comes back either way."""
        channel, ts = args.get("channel"), args.get("ts")
        if channel not in self.channels:
            return _error("channel_not_found")
        parent = self.messages.get((channel, ts))
        if parent is not None and parent.get("thread_ts"):
            ts = parent["thread_ts"]
            parent = self.messages.get((channel, ts))
        if parent is None:
            return _error("thread_not_found")
        try:
            limit = min(int(args.get("limit") or 1000), 1000)
            start = int(args.get("cursor") or 0)
        except ValueError:
            return _error("invalid_arguments")
        thread = [{k: v for k, v in parent.items() if k != "metadata"},
                  *({k: v for k, v in m.items() if k != "metadata"} for m in self.thread(channel, ts))]
        page, more = thread[start:start + limit], start + limit < len(thread)
        return _ok(messages=page, has_more=more, response_metadata={"next_cursor": str(start + limit) if more else ""})

    def _list(self, args: dict[str, Any]) -> Response:
        ids = {v: k.lstrip("#") for k, v in self.names.items()}
        channels = [{"id": c, "name": ids.get(c, c.lower()), "is_channel": True, "is_archived": False,
                     "is_member": c not in self.not_member} for c in sorted(self.channels)]
        return _ok(channels=channels, response_metadata={"next_cursor": ""})

    def _info(self, args: dict[str, Any]) -> Response:
        channel = args.get("channel")
        if channel not in self.channels:
            return _error("channel_not_found")
        ids = {v: k.lstrip("#") for k, v in self.names.items()}
        return _ok(channel={"id": channel, "name": ids.get(channel, channel.lower()), "is_channel": channel[:1] == "C",
                            "is_private": channel[:1] == "G", "is_im": channel[:1] == "D", "is_archived": False,
                            "is_member": channel not in self.not_member})

    def _ephemeral(self, args: dict[str, Any]) -> Response:
        if args.get("channel") not in self.channels:
            return _error("channel_not_found")
        if not args.get("user"):
            return _error("user_not_in_channel")
        if not args.get("text") and not args.get("blocks"):
            return _error("no_text")
        self.ephemeral.append(dict(args))
        return _ok(message_ts=f"{time.time():.6f}")
