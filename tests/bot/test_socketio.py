"""The website widget's channel: socket.io with session persistence delivers the bot's replies.

Rasa 3.6 with python-socketio 5.10+ never delivers replies when
``session_persistence`` is on; this proves the pinned version does.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
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


def test_the_widgets_time_zone_travels_as_message_metadata(stack: Stack) -> None:
    """The widget sends {"tz": ...} as ``metadata``; Rasa keeps it on the user event the actions read."""
    client = socketio.Client(reconnection=False)
    confirmed, replied = threading.Event(), threading.Event()
    session_id = uuid.uuid4().hex
    client.on("session_confirm", lambda *_: confirmed.set())
    client.on("bot_uttered", lambda *_: replied.set())
    client.connect(stack.rasa_url, socketio_path="/socket.io", transports=["polling"], wait_timeout=10)
    try:
        client.emit("session_request", {"session_id": session_id})
        assert confirmed.wait(10)
        client.emit("user_uttered", {"message": "hi", "session_id": session_id, "metadata": {"tz": "Asia/Tokyo"}})
        assert replied.wait(15)
    finally:
        client.disconnect()
    rows: list = []
    deadline = time.monotonic() + 15  # the tracker is saved after the reply is sent
    while not rows and time.monotonic() < deadline:
        with sqlite3.connect(stack.database_url[len("sqlite:///"):]) as db:
            rows = db.execute("select type_name, data from events where sender_id = ?", (session_id,)).fetchall()
            rows = [r for r in rows if r[0] == "user"]
        time.sleep(0.2)
    assert rows, "the conversation is stored"
    assert json.loads(rows[-1][1]).get("metadata", {}).get("tz") == "Asia/Tokyo", rows[-1][1][:500]
