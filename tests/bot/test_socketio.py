"""The website widget's channel: socket.io with session persistence delivers the bot's replies.

Rasa 3.6 with python-socketio 5.10+ never delivers replies when
``session_persistence`` is on; this proves the pinned version does.
"""

from __future__ import annotations

import threading
import uuid

import pytest
import socketio

from tests.bot.stack import Stack

pytestmark = pytest.mark.slow


def test_a_widget_visitor_gets_the_bots_replies(stack: Stack) -> None:
    client = socketio.Client(reconnection=False)
    confirmed, replied = threading.Event(), threading.Event()
    replies: list[dict] = []
    session_id = uuid.uuid4().hex

    client.on("session_confirm", lambda *_: confirmed.set())

    @client.on("bot_uttered")
    def _reply(data: dict) -> None:
        replies.append(data)
        replied.set()

    client.connect(stack.rasa_url, socketio_path="/socket.io", transports=["polling"], wait_timeout=10)
    try:
        client.emit("session_request", {"session_id": session_id})
        assert confirmed.wait(10), "the session is confirmed"
        client.emit("user_uttered", {"message": "hi", "session_id": session_id})
        assert replied.wait(15), "a reply arrives over socket.io"
    finally:
        client.disconnect()
    assert any("quick questions" in (r.get("text") or "") for r in replies), replies
