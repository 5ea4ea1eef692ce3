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

from harness.stack import Stack

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


def connected(stack: Stack, session_id: str) -> tuple[socketio.Client, threading.Event]:
    """A widget's socket with its session confirmed; the event is set when the server drops it."""
    client = socketio.Client(reconnection=False)
    confirmed, dropped = threading.Event(), threading.Event()
    client.on("session_confirm", lambda *_: confirmed.set())
    client.on("disconnect", lambda *_: dropped.set())
    client.connect(stack.rasa_url, socketio_path="/socket.io", transports=["polling"], wait_timeout=10)
    client.emit("session_request", {"session_id": session_id})
    assert confirmed.wait(10), "the session is confirmed"
    return client, dropped


def test_a_widget_whose_heartbeat_stops_is_dropped_and_one_that_never_beat_is_not(stack: Stack) -> None:
    # A page that froze (or lost its network without a close) stops beating: after three beats missed its
    # socket is dropped, which is what tells sales the visitor left. An older widget that never beats stays.
    beating, dropped = connected(stack, uuid.uuid4().hex)
    silent, silent_dropped = connected(stack, uuid.uuid4().hex)
    try:
        started = time.monotonic()
        for _ in range(3):
            beating.emit("heartbeat", {"every": 1})
            time.sleep(0.5)
        assert not dropped.is_set(), "a beating widget stays"
        assert dropped.wait(10), "its heartbeat stopped: dropped"
        assert time.monotonic() - started >= 1.5 + 2, "not before three beats were missed"
        assert not silent_dropped.is_set(), "a widget that never beat is left to socket.io's own pings"
    finally:
        for client in (beating, silent):
            client.disconnect()


def test_a_message_sent_again_over_the_widget_is_answered_once(stack: Stack) -> None:
    session_id = uuid.uuid4().hex
    client, _ = connected(stack, session_id)
    replies: list[dict] = []
    client.on("bot_uttered", replies.append)
    message = {"message": "hi, we need help with paid ads", "session_id": session_id,
               "metadata": {"message_id": uuid.uuid4().hex}}
    try:
        client.emit("user_uttered", message)
        deadline = time.monotonic() + 15
        while not replies and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.5)  # the whole turn
        first = list(replies)
        assert first, "the first copy is answered"
        client.emit("user_uttered", {**message, "metadata": {**message["metadata"], "resent": True}})
        time.sleep(3)
    finally:
        client.disconnect()
    assert replies == first + first, "the copy gets the same replies again, from what was stored"
    with sqlite3.connect(stack.database_url[len("sqlite:///"):]) as db:
        stored = [r for (r,) in db.execute("select data from events where sender_id = ? and type_name = 'user'",
                                           (session_id,))]
    assert len(stored) == 1, "and is stored once"
