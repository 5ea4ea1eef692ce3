"""A salesperson in the visitor's chat (issue 19): the bot's side, at the channel layer.

The service (``webhooks.handoff``) decides who is in which chat; this module
carries it to and from the visitor's widget:

- ``HandoffChannel`` listens at ``/webhooks/handoff/relay``
  (``signing.HANDOFF_RELAY_PATH``, requests signed with
  ``LEADBOT_ACTION_SECRET`` and accepted once) for ``joined``, ``message`` and
  ``left``. On ``joined`` the Rasa conversation is paused (a
  ``ConversationPaused`` event): Rasa still reads and stores what the visitor
  writes, the extractor fills the slots, but predicts no action, so the bot
  says nothing; ``left`` resumes it (``ConversationResumed``) where the form was.
  Each event is shown in the widget on ``bot_uttered`` with the person's
  name in ``sender_name``.
- ``RELAY.visitor_line`` is called by the widget channel for every message of
  a conversation with a person in it: the line goes to the service (signed),
  which posts it in the alert's thread; "stop" ends the chat for both sides.
  ``RELAY.fetch_person``: when a visitor's message asked for a person (the bot
  set ``human_requested`` in that turn), the service says whether the team is
  at work; if so the visitor is told someone is being fetched and, if nobody
  joins within the service's wait (``LEADBOT_HANDOFF_WAIT``), offered a call or
  an email; outside working hours, or with the service unreachable, at once.
  ``RELAY.presence`` tells the service when the visitor's last tab closes
  (``gone``: the thread says so) and when a tab of theirs comes back
  (``back``: the person's lines written meanwhile are sent again).

Who is in which chat is remembered per Rasa process (``RELAY.agents``), from
the events the service sends; the pause itself is in the tracker, shared.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, Awaitable, Callable, Dict, Optional, Text

import aiohttp
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.core.events import ConversationPaused, ConversationResumed, SlotSet, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.settings import Settings
from signing import SignatureError, sign, verify
from signing.paths import HANDOFF_MESSAGES_PATH, HANDOFF_RELAY_PATH

logger = logging.getLogger(__name__)

JOINED, MESSAGE, LEFT = "joined", "message", "left"
STOP_WORDS = frozenset({"stop", "/stop", "end chat", "bye"})
MAX_EVENT_BYTES = 16 * 1024
# The slot the bot sets when a visitor asks for a person (``bot/domain.yml``, ``action_request_human``).
HUMAN_REQUESTED = "human_requested"
FETCHING = "I'm fetching someone from our team for you now. Please stay on this page; it usually takes a minute or two."
OFFER = "Would you like to book a call at a time that suits you? Or leave your email here and we'll write to you."
REPLAY_WINDOW = 300.0


class Relay:
    """Process-wide: the socket.io server to show lines on, who is in which chat, what was already received."""

    def __init__(self) -> None:
        self.sio: Any = None
        self.app: Any = None  # the Sanic app, for Rasa's agent (its tracker store)
        self.namespace: Optional[str] = None
        self.bot_event = "bot_uttered"
        self.agents: Dict[str, str] = {}  # conversation id -> the name of the person in it
        self._seen: Dict[str, float] = {}  # signature -> when it may be forgotten
        self._tasks: set = set()

    async def show(self, conversation_id: str, text: str, name: str) -> None:
        if self.sio is None:
            logger.warning("a handoff line arrived before the widget channel started")
            return
        await self.sio.emit(self.bot_event, {"text": text, "sender_name": name}, room=conversation_id,
                            namespace=self.namespace)

    async def say(self, conversation_id: str, text: str) -> None:
        """A line from the bot itself (no person's name): the chat's status."""
        if self.sio is not None:
            await self.sio.emit(self.bot_event, {"text": text}, room=conversation_id, namespace=self.namespace)

    def fresh(self, signature: str) -> bool:
        """Accept each signed event once within the signature's window."""
        now = time.monotonic()
        self._seen = {s: until for s, until in self._seen.items() if until > now}
        if signature in self._seen:
            return False
        self._seen[signature] = now + REPLAY_WINDOW
        return True

    def in_chat(self, conversation_id: str) -> bool:
        return conversation_id in self.agents

    def presence(self, conversation_id: str, kind: str) -> None:
        """The visitor's last tab closed (``gone``) or a tab came back (``back``): the service tells the thread."""
        self._later(self._post(conversation_id, "", kind, self.agents.get(conversation_id, "")))

    def _later(self, work: Any) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def visitor_line(self, conversation_id: str, text: str) -> bool:
        """Hand the visitor's line to the service for the thread (after this returns). True: the line was
        "stop", the chat is over and the bot must not take the line as an answer."""
        stop = text.strip().lower() in STOP_WORDS
        name = self.agents.pop(conversation_id, "") if stop else self.agents.get(conversation_id, "")
        self._later(self._post(conversation_id, text, "stop" if stop else "message", name))
        return stop

    async def _call(self, conversation_id: str, text: str, kind: str) -> dict | None:
        """One signed line to the service; its JSON answer, or None when it could not be reached."""
        settings = Settings.from_env()
        if not settings.action_secret:
            logger.warning("LEADBOT_ACTION_SECRET is unset: the salesperson's side cannot be reached")
            return None
        body = json.dumps({"conversation_id": conversation_id, "text": text, "kind": kind}).encode()
        headers = {"Content-Type": "application/json",
                   **sign(settings.action_secret, "POST", HANDOFF_MESSAGES_PATH, body)}
        url = settings.service_url.rstrip("/") + HANDOFF_MESSAGES_PATH
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=settings.service_timeout)) as http:
                async with http.post(url, data=body, headers=headers) as answer:
                    return dict(await answer.json()) if answer.status == 200 else None
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, TypeError) as error:
            logger.warning("the service did not take a handoff line: %s", type(error).__name__)
            return None

    async def _post(self, conversation_id: str, text: str, kind: str, name: str) -> None:
        answer = await self._call(conversation_id, text, kind)
        if answer is None:
            return
        if kind == "stop":
            await self.say(conversation_id, f"The chat with {name or 'our team'} has ended. Thanks for talking to us!")
        elif kind == "message" and answer.get("live") is not True:  # nobody is in: this process missed a "left"
            self.agents.pop(conversation_id, None)

    # A visitor asks for a person
    async def asked_for_person(self, conversation_id: str) -> bool:
        """Whether the visitor's last message asked for a person (the bot set ``human_requested`` in that turn)."""
        agent = getattr(getattr(self.app, "ctx", None), "agent", None) if self.app is not None else None
        if agent is None or self.in_chat(conversation_id):
            return False
        tracker = await agent.tracker_store.retrieve(conversation_id)
        if tracker is None:
            return False
        for event in reversed(list(tracker.events)):
            if isinstance(event, UserUttered):
                return False
            if isinstance(event, SlotSet) and event.key == HUMAN_REQUESTED and event.value is True:
                return True
        return False

    def fetch_person(self, conversation_id: str) -> None:
        """Ask the service whether someone can be fetched now, tell the visitor, and offer a call if nobody comes."""
        self._later(self._fetch(conversation_id))

    async def _fetch(self, conversation_id: str) -> None:
        answer = await self._call(conversation_id, "", "asked")
        if answer is None:
            await self.offer(conversation_id, "I'm sorry, I couldn't reach anyone from our team just now.")
            return
        if answer.get("live"):
            return
        if not answer.get("fetching"):
            await self.offer(conversation_id, "Our team isn't at work right now, so nobody can join this chat.")
            return
        await self.say(conversation_id, FETCHING)
        await asyncio.sleep(float(answer.get("wait_seconds") or 0))
        if not self.in_chat(conversation_id):
            await self.offer(conversation_id, "I'm sorry, nobody from our team could join the chat just now.")

    async def offer(self, conversation_id: str, why: str) -> None:
        if self.sio is None:
            return
        await self.sio.emit(self.bot_event, {"text": f"{why} {OFFER}", "buttons": [
            {"title": "Book a call", "payload": "/book_call"}]}, room=conversation_id, namespace=self.namespace)


RELAY = Relay()


class HandoffChannel(InputChannel):
    """Not a chat channel of its own: the service's way to the widget while a person is in the chat."""

    @classmethod
    def name(cls) -> Text:
        return "handoff"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = Blueprint("handoff_webhook", __name__)
        secret = Settings.from_env().action_secret

        @blueprint.route("/relay", methods=["POST"])
        async def relay(request: Request) -> HTTPResponse:
            body = request.body or b""
            if not secret:
                return response.json({"error": "handoff is not enabled (LEADBOT_ACTION_SECRET)"}, status=503)
            if len(body) > MAX_EVENT_BYTES:
                return response.json({"error": "too large"}, status=413)
            try:
                signature = verify(secret, "POST", HANDOFF_RELAY_PATH, body, request.headers)
            except SignatureError as error:
                return response.json({"error": str(error)}, status=401)
            if not RELAY.fresh(signature):
                return response.json({"error": "this request was already received"}, status=401)
            try:
                event = json.loads(body)
                conversation_id, kind = str(event["conversation_id"]), str(event["kind"])
                name, text = str(event.get("name") or "")[:100], str(event.get("text") or "")[:4000]
            except (ValueError, KeyError, TypeError):
                return response.json({"error": "conversation_id and kind are required"}, status=400)
            if kind == JOINED:
                await _pause(request, conversation_id, ConversationPaused())
                RELAY.agents[conversation_id] = name
                await RELAY.show(conversation_id, f"{name} joined the chat", name)
            elif kind == MESSAGE:
                RELAY.agents.setdefault(conversation_id, name)
                await RELAY.show(conversation_id, text, name)
            elif kind == LEFT:
                RELAY.agents.pop(conversation_id, None)
                await _pause(request, conversation_id, ConversationResumed())
                await RELAY.say(conversation_id, f"{name} left the chat. I'm back: let's carry on where we were.")
            else:
                return response.json({"error": f"unknown kind {kind[:20]!r}"}, status=400)
            return response.json({"ok": True})

        return blueprint


async def _pause(request: Request, conversation_id: str, event: Any) -> None:
    """Pause or resume the Rasa conversation (a tracker event, under the conversation's lock)."""
    agent = request.app.ctx.agent
    if agent is None or agent.processor is None:
        return
    async with agent.lock_store.lock(conversation_id):
        tracker = await agent.processor.get_tracker(conversation_id)
        if isinstance(event, ConversationPaused) == tracker.is_paused():
            return
        tracker.update(event)
        await agent.processor.save_tracker(tracker)
