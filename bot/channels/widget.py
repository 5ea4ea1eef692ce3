"""The website widget's channel: Rasa's socket.io channel with the chat's checks and bounds.

Same events as Rasa's (``session_request``, ``user_uttered``,
``bot_uttered``, session persistence), with:

- packets bounded (``LEADBOT_MAX_REQUEST_BYTES``) and only the configured
  site origins accepted (``LEADBOT_ALLOWED_ORIGINS``; socket.io checks the
  ``Origin`` of every connection, websockets included);
- a session id a web visitor may not use (a Slack conversation's, an
  over-long one) replaced by a fresh one when the session is requested,
  and a message naming one answered with a polite refusal;
- a message over the cap, or over the per-address or per-conversation rate,
  answered politely on ``bot_uttered`` and never passed to Rasa;
- with ``REDIS_URL`` (several Rasa servers), rooms shared through Redis, so a
  line emitted by one server reaches a visitor connected to another (in JSON,
  never pickle: ``bot.channels.rooms``);
- while a salesperson is in the chat (``bot.channels.handoff``), each message
  also goes to the alert's thread; Rasa still reads it but, its conversation
  paused, says nothing. "stop" ends that chat for both sides: the conversation
  is resumed and Rasa takes the stop as any stop (the bot says it stops, and
  stores the message with its id, so a copy the widget sends again after a
  dropped connection is answered from what was stored, never taken twice);
- whether the visitor is on the page, for the lead's alert: a tab joining the
  conversation (``session_request``) is ``back``, the last one leaving is
  ``gone`` (``RELAY.presence``). A closed tab closes its socket, but a frozen
  or unplugged one may not for a long while, so the widget sends ``heartbeat``
  (``{"every": seconds}``) as soon as its session is confirmed and then every
  ``every`` seconds; a socket that has beaten once and then misses
  ``MISSED_BEATS`` beats is dropped here, which is its disconnect.

The handlers are Rasa 3.6's (``rasa/core/channels/socketio.py``) with those
checks; Rasa builds its ``AsyncServer`` inside ``blueprint()`` with no way
to pass the bounds, hence this copy.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text

import rasa.core.channels.channel
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.channels.conversations import web_id_problem
from bot.channels.handoff import RELAY
from bot.channels.limits import NOT_HERE, TOO_FAST, bounded_metadata, chat_limits, client_address
from bot.channels.resent import already_taken
from bot.channels.rooms import JsonRedisManager
from bot.settings import Settings

logger = logging.getLogger(__name__)
# The Redis pub/sub channel the Rasa servers share their socket.io rooms on.
SOCKETIO_CHANNEL = "leadbot:socketio"
# A widget's heartbeat: the pace it announces is kept within these bounds; this many beats missed and it is gone.
BEAT_SECONDS_MIN, BEAT_SECONDS_MAX, MISSED_BEATS = 1.0, 120.0, 3


class WidgetChannel(SocketIOInput):
    """socket.io at ``/socket.io`` for the website widget."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        settings = Settings.from_env()
        limits = chat_limits()
        namespace = self.namespace
        sio = AsyncServer(
            async_mode="sanic",
            # Several Rasa servers (REDIS_URL): what one server emits to a room reaches the visitor connected to
            # another (a salesperson's line arrives through whichever server the service's relay reached).
            client_manager=JsonRedisManager(settings.redis_url, channel=SOCKETIO_CHANNEL) if settings.redis_url
            else None,
            cors_allowed_origins=list(settings.allowed_origins),
            # No cookies are involved: a page need not send credentials, so none are invited.
            cors_credentials=False,
            max_http_buffer_size=settings.max_request_bytes,
        )
        blueprint = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio
        RELAY.sio, RELAY.namespace, RELAY.bot_event = sio, namespace, self.bot_message_evt

        async def say(sid: Text, text: Text) -> None:
            await sio.emit(self.bot_message_evt, {"text": text}, room=sid, namespace=namespace)

        # sid -> (when its heartbeat is overdue); only sockets that beat at all are watched (an older widget does not).
        overdue: Dict[str, float] = {}
        watching: list = []

        async def watch() -> None:
            while True:
                await asyncio.sleep(BEAT_SECONDS_MIN)
                now = time.monotonic()
                for sid in [sid for sid, until in overdue.items() if until < now]:
                    overdue.pop(sid, None)
                    logger.info("a widget's heartbeat stopped: its socket is dropped")
                    await sio.disconnect(sid, namespace=namespace)

        @sio.on("heartbeat", namespace=namespace)
        async def heartbeat(sid: Text, data: Any = None) -> None:
            every = data.get("every") if isinstance(data, dict) else None
            seconds = float(every) if isinstance(every, (int, float)) and not isinstance(every, bool) else 15.0
            seconds = min(max(seconds, BEAT_SECONDS_MIN), BEAT_SECONDS_MAX)
            overdue[sid] = time.monotonic() + MISSED_BEATS * seconds
            if not watching:
                watching.append(asyncio.create_task(watch()))

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict] = None) -> bool:
            if self.jwt_key:
                token = auth.get("token") if isinstance(auth, dict) else None
                if not token or not rasa.core.channels.channel.decode_bearer_token(
                        token, self.jwt_key, self.jwt_algorithm):
                    return False
            request = environ.get("sanic.request")
            address = client_address(request) if request is not None else "unknown"
            if request is not None and RELAY.app is None:
                RELAY.app = request.app
            await sio.save_session(sid, {"address": address}, namespace=namespace)
            return True

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: Text, data: Any) -> None:
            wanted = data.get("session_id") if isinstance(data, dict) else None
            # A new conversation rather than someone else's (a Slack id) or one that cannot be stored.
            session_id = wanted if wanted is not None and web_id_problem(wanted) is None else uuid.uuid4().hex
            if self.session_persistence:
                sio.enter_room(sid, session_id, namespace=namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)
            session = await sio.get_session(sid, namespace=namespace)
            await sio.save_session(sid, {**session, "conversation": session_id}, namespace=namespace)
            # On the page (the alert shows it); in a chat, the salesperson's lines missed meanwhile come again.
            await RELAY.presence(session_id, "back")

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: Text) -> None:
            overdue.pop(sid, None)
            session = await sio.get_session(sid, namespace=namespace)
            conversation = session.get("conversation")
            if conversation:
                try:
                    others = [s for s, _ in sio.manager.get_participants(namespace or "/", conversation) if s != sid]
                except KeyError:  # the room is gone with its last member
                    others = []
                if not others:  # the visitor's last tab closed
                    await RELAY.presence(conversation, "gone")

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            if not isinstance(data, dict):
                return
            sender = data.get("session_id") if self.session_persistence else sid
            if not sender:
                logger.warning("a message without a session id was ignored; the client must request a session")
                return
            if web_id_problem(sender):
                await say(sid, NOT_HERE)
                return
            text = data.get("message", "")
            if not isinstance(text, str):
                return
            session = await sio.get_session(sid, namespace=namespace)
            wait = await limits.address_wait(session.get("address", "unknown"))
            if wait is None:
                wait = await limits.conversation_wait(sender)
            if wait is not None:
                await say(sid, TOO_FAST)
                return
            if limits.too_long(text):
                await say(sid, limits.too_long_text())
                return
            metadata = bounded_metadata(data.get(self.metadata_key))
            in_chat = await RELAY.in_chat(sender)
            if in_chat and await already_taken(RELAY.agent(), sender, metadata):
                in_chat = False  # sent again after a dropped connection: already in the thread and the lead
            elif in_chat and await RELAY.visitor_line(sender, text):
                await RELAY.resume(sender)  # "stop": the chat with the salesperson is over; now the bot's stop
                in_chat = False
            await on_new_message(UserMessage(
                text, SocketIOOutput(sio, self.bot_message_evt), sender, input_channel=self.name(),
                metadata=metadata,
            ))
            if in_chat:
                RELAY.read_chat(sender)
            elif await RELAY.asked_for_person(sender):
                RELAY.fetch_person(sender)

        return blueprint
