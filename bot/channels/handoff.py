"""A salesperson in the visitor's chat (issue 19): the bot's side, at the channel layer.

The service (``webhooks.handoff``) decides who is in which chat; this module
carries it to and from the visitor's widget:

- ``HandoffChannel`` listens at ``/webhooks/handoff/relay``
  (``signing.HANDOFF_RELAY_PATH``, requests signed with
  ``LEADBOT_ACTION_SECRET`` and accepted once) for ``joined``, ``message`` and
  ``left``. On ``joined`` the Rasa conversation is paused (a
  ``ConversationPaused`` event): Rasa still reads and stores what the visitor
  writes but predicts no action, so the bot says nothing; after each of the
  visitor's messages the channel runs ``action_read_chat`` itself
  (``bot.actions.chat``), which reads the message into the lead at once (answers
  with the source ``chat``); ``left`` resumes the conversation
  (``ConversationResumed``) where the form was.
  Each event is shown in the widget on ``bot_uttered`` with the person's
  name in ``sender_name``.
- ``RELAY.visitor_line`` is called by the widget channel for every message of
  a conversation with a person in it: the line goes to the service (signed),
  which posts it in the alert's thread; "stop" ends the chat for both sides
  (the widget channel then resumes Rasa, which takes it as the visitor's stop).
  ``RELAY.fetch_person``: when a visitor's message asked for a person (the bot
  set ``human_requested`` in that turn), the service says whether the team is
  at work; if so the visitor is told someone is being fetched and, if nobody
  joins within the service's wait (``LEADBOT_HANDOFF_WAIT``), offered a call or
  an email; outside working hours, or with the service unreachable, at once.
  Whether someone joined is counted (``chats.joins``), not read from who is in
  at the end of the wait: a person who joined and handed back meanwhile came.
  ``RELAY.presence`` tells the service when the visitor's last tab closes or
  its heartbeat stops (``gone``) and when a tab of theirs is open (``back``),
  in any conversation: the lead's alert shows whether the visitor is on the
  page; in a live chat the thread says so, and on ``back`` the person's lines
  written meanwhile are sent again.

Who is in which chat, and which of the service's events were taken, is kept
where every Rasa server of the deployment reads it (``bot.channels.chats``:
Redis with ``REDIS_URL``, else this process's memory); the pause itself is in
the tracker, shared. With several servers the service's event reaches any of
them while the visitor's socket.io connection lives on one: the widget's
socket.io server then shares its rooms through Redis (``bot.channels.widget``),
so a line shown by one server reaches the visitor on another.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Awaitable, Callable, Optional, Text

import aiohttp
from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.shared.core.events import ConversationPaused, ConversationResumed, SlotSet, UserUttered
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.actions.chat import ACTION_READ_CHAT
from bot.actions.language import said_in
from bot.actions.phrasebook import ENGLISH, translate
from bot.channels.chats import ChatState, chat_state
from bot.channels.service import post_signed
from bot.settings import Settings
from signing import SignatureError, verify
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
    """Process-wide: the socket.io server to show lines on; who is in which chat and what was already
    received live in ``chats`` (shared by the deployment's Rasa servers)."""

    def __init__(self, chats: Optional[ChatState] = None) -> None:
        self.sio: Any = None
        self.app: Any = None  # the Sanic app, for Rasa's agent (its tracker store)
        self.namespace: Optional[str] = None
        self.bot_event = "bot_uttered"
        self._chats = chats
        self._tasks: set = set()

    @property
    def chats(self) -> ChatState:
        """Chosen on first use, from the environment the server started with."""
        if self._chats is None:
            self._chats = chat_state(Settings.from_env())
        return self._chats

    async def show(self, conversation_id: str, text: str, name: str) -> None:
        if self.sio is None:
            logger.warning("a handoff line arrived before the widget channel started")
            return
        await self.sio.emit(self.bot_event, {"text": text, "sender_name": name}, room=conversation_id,
                            namespace=self.namespace)

    async def say(self, conversation_id: str, sentence: str, **values: object) -> None:
        """A line from the bot itself (no person's name): the chat's status, in the chat's language."""
        if self.sio is not None:
            text = translate(sentence, await self.spoken(conversation_id), **values)
            await self.sio.emit(self.bot_event, {"text": text}, room=conversation_id, namespace=self.namespace)

    async def spoken(self, conversation_id: str) -> str:
        """The conversation's language (the bot's ``language`` slot), so the relay's own lines are in it too: an
        Italian visitor who asked for a person was told in Italian that the team was called, then in English
        that nobody came."""
        agent = self.agent()
        if agent is None:
            return ENGLISH
        try:
            tracker = await agent.tracker_store.retrieve(conversation_id)
        except Exception:  # noqa: BLE001 - a line in English beats no line at all
            logger.warning("the language of conversation %s could not be read", conversation_id)
            return ENGLISH
        language = tracker.get_slot("language") if tracker is not None else None
        if not isinstance(language, str) or not language:
            return ENGLISH
        # In the conversation's variant ("pt-BR"), as the actions speak it.
        return said_in([e.as_dict() for e in tracker.events], language)

    async def fresh(self, signature: str) -> bool:
        """Accept each signed event once within the signature's window, on whichever server it arrives."""
        return await self.chats.first_time(signature, REPLAY_WINDOW)

    async def in_chat(self, conversation_id: str) -> bool:
        return await self.chats.agent(conversation_id) is not None

    async def presence(self, conversation_id: str, kind: str) -> None:
        """The visitor's last tab closed (``gone``) or a tab came back (``back``): the service tells the thread."""
        self._later(self._post(conversation_id, "", kind, await self.chats.agent(conversation_id) or ""))

    def _later(self, work: Any) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def visitor_line(self, conversation_id: str, text: str) -> bool:
        """Hand the visitor's line to the service for the thread, before Rasa reads it: Rasa's parse holds
        this server's loop for a while (and nobody waits for its reply, the bot being silent), so a line
        posted in the background reached the thread only after it (p95 536 ms at load 11, 237 ms at rest).
        True: the line was "stop", the chat is over and the bot must not take the line as an answer."""
        stop = text.strip().lower() in STOP_WORDS
        name = await (self.chats.left(conversation_id) if stop else self.chats.agent(conversation_id))
        await self._post(conversation_id, text, "stop" if stop else "message", name or "")
        return stop

    async def _call(self, conversation_id: str, text: str, kind: str) -> dict | None:
        """One signed line to the service; its JSON answer, or None when it could not be reached."""
        return await post_signed(HANDOFF_MESSAGES_PATH, {"conversation_id": conversation_id, "text": text,
                                                         "kind": kind}, "a handoff line")

    async def _post(self, conversation_id: str, text: str, kind: str, name: str) -> None:
        answer = await self._call(conversation_id, text, kind)
        if answer is None:
            return
        if kind == "stop":
            if name:
                await self.say(conversation_id, "The chat with {name} has ended. Thanks for talking to us!", name=name)
            else:
                await self.say(conversation_id, "The chat with our team has ended. Thanks for talking to us!")
        elif kind == "message" and answer.get("live") is not True:  # nobody is in: a "left" was lost on the way
            await self.chats.left(conversation_id)
            await self.resume(conversation_id)  # or the bot would stay silent: Rasa reads this line as usual

    async def resume(self, conversation_id: str) -> None:
        """Rasa's conversation goes on (``ConversationResumed``) if it is paused."""
        agent = self.agent()
        if agent is None or agent.processor is None:
            return
        async with agent.lock_store.lock(conversation_id):
            tracker = await agent.processor.get_tracker(conversation_id)
            if tracker.is_paused():
                tracker.update(ConversationResumed())
                await agent.processor.save_tracker(tracker)

    # What the visitor writes while a person is in
    def read_chat(self, conversation_id: str) -> None:
        """Have the action server read the visitor's latest message into the lead (``bot.actions.chat``):
        Rasa, paused, runs no action of its own."""
        self._later(self._read_chat(conversation_id))

    async def _read_chat(self, conversation_id: str) -> None:
        agent = self.agent()
        if agent is None or agent.processor is None or agent.processor.action_endpoint is None:
            return
        processor = agent.processor
        async with agent.lock_store.lock(conversation_id):
            tracker = await processor.get_tracker(conversation_id)
            if not tracker.is_paused():
                return
            # Imported here: rasa.core.actions.action loads TensorFlow (10-15 s), which every test importing
            # this module for its Relay paid at collection; the Rasa server has it loaded long before a chat.
            from rasa.core.actions.action import RemoteAction

            try:
                events = await RemoteAction(ACTION_READ_CHAT, processor.action_endpoint).run(
                    CollectingOutputChannel(), processor.nlg, tracker, processor.domain)
            except (RasaException, aiohttp.ClientError, asyncio.TimeoutError) as error:
                logger.warning("the visitor's chat line was not read into the lead: %s", type(error).__name__)
                return
            slots = [event for event in events if isinstance(event, SlotSet)]
            if slots:
                tracker.update_with_events(slots, processor.domain)
                await processor.save_tracker(tracker)

    def agent(self) -> Any:
        """Rasa's agent (its tracker and lock stores), once the widget channel has seen a connection."""
        return getattr(getattr(self.app, "ctx", None), "agent", None) if self.app is not None else None

    # A visitor asks for a person
    async def asked_for_person(self, conversation_id: str) -> bool:
        """Whether the visitor's last message asked for a person (the bot set ``human_requested`` in that turn)."""
        agent = self.agent()
        if agent is None or await self.in_chat(conversation_id):
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
        joins = await self.chats.joins(conversation_id)  # counted before asking: a join may follow at once
        answer = await self._call(conversation_id, "", "asked")
        if answer is None or answer.get("unreachable"):  # the service, or Slack behind it, is down
            await self.offer(conversation_id, "I'm sorry, I couldn't reach anyone from our team just now.")
            return
        if answer.get("live"):
            return
        if not answer.get("fetching"):
            await self.offer(conversation_id, "Our team isn't at work right now, so nobody can join this chat.")
            return
        await self.say(conversation_id, FETCHING)
        await asyncio.sleep(float(answer.get("wait_seconds") or 0))
        if await self.chats.joins(conversation_id) == joins:
            await self.offer(conversation_id, "I'm sorry, nobody from our team could join the chat just now.")

    async def offer(self, conversation_id: str, why: str) -> None:
        if self.sio is None:
            return
        lang = await self.spoken(conversation_id)
        await self.sio.emit(self.bot_event, {"text": f"{translate(why, lang)} {translate(OFFER, lang)}", "buttons": [
            {"title": translate("Book a call", lang), "payload": "/book_call"}]}, room=conversation_id,
            namespace=self.namespace)


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
            if not await RELAY.fresh(signature):
                return response.json({"error": "this request was already received"}, status=401)
            try:
                event = json.loads(body)
                conversation_id, kind = str(event["conversation_id"]), str(event["kind"])
                name, text = str(event.get("name") or "")[:100], str(event.get("text") or "")[:4000]
            except (ValueError, KeyError, TypeError):
                return response.json({"error": "conversation_id and kind are required"}, status=400)
            if kind == JOINED:
                await _pause(request, conversation_id, ConversationPaused())
                await RELAY.chats.joined(conversation_id, name)
                await RELAY.show(conversation_id, translate("{name} joined the chat", await RELAY.spoken(conversation_id),
                                                             name=name), name)
            elif kind == MESSAGE:
                if await RELAY.chats.agent(conversation_id) is None:  # the "joined" was lost on the way
                    await RELAY.chats.joined(conversation_id, name)
                await RELAY.show(conversation_id, text, name)
            elif kind == LEFT:
                await RELAY.chats.left(conversation_id)
                await _pause(request, conversation_id, ConversationResumed())
                await RELAY.say(conversation_id, "{name} left the chat. I'm back: let's carry on where we were.",
                                name=name)
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
