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
- while a salesperson is in the chat (``bot.channels.handoff``), each message
  also goes to the alert's thread, and "stop" ends that chat; Rasa still reads
  it but, its conversation paused, says nothing.

The handlers are Rasa 3.6's (``rasa/core/channels/socketio.py``) with those
checks; Rasa builds its ``AsyncServer`` inside ``blueprint()`` with no way
to pass the bounds, hence this copy.
"""

from __future__ import annotations

import logging
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
from bot.settings import Settings

logger = logging.getLogger(__name__)


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
            if RELAY.in_chat(session_id):
                RELAY.presence(session_id, "back")  # the salesperson's lines missed meanwhile come again

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: Text) -> None:
            session = await sio.get_session(sid, namespace=namespace)
            conversation = session.get("conversation")
            if conversation and RELAY.in_chat(conversation):
                try:
                    others = [s for s, _ in sio.manager.get_participants(namespace or "/", conversation) if s != sid]
                except KeyError:  # the room is gone with its last member
                    others = []
                if not others:  # the visitor's last tab closed
                    RELAY.presence(conversation, "gone")

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
            if RELAY.in_chat(sender) and RELAY.visitor_line(sender, text):
                return  # "stop": the chat with the salesperson is over, and not an answer to the bot
            await on_new_message(UserMessage(
                text, SocketIOOutput(sio, self.bot_message_evt), sender, input_channel=self.name(),
                metadata=bounded_metadata(data.get(self.metadata_key)),
            ))
            if await RELAY.asked_for_person(sender):
                RELAY.fetch_person(sender)

        return blueprint
