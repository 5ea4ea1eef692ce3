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
from typing import Callable

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


def stored_lines(stack: Stack, session_id: str, message_id: str) -> int | None:
    """How many bot lines Rasa stored after the message ``message_id``; None while that turn is not stored (Rasa
    saves a turn after emitting all its lines)."""
    with sqlite3.connect(stack.database_url[len("sqlite:///"):]) as db:
        rows = db.execute("select type_name, data from events where sender_id = ? order by id", (session_id,))
        lines = None
        for kind, data in rows.fetchall():
            if kind == "user":
                if lines is not None:
                    break
                if (json.loads(data).get("metadata") or {}).get("message_id") == message_id:
                    lines = 0
            elif kind == "bot" and lines is not None:
                lines += 1
    return lines


def until(condition: Callable[[], bool], what: str, timeout: float = 15) -> None:
    """Polled until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def turn_lines(stack: Stack, session_id: str, message_id: str) -> int:
    """``stored_lines`` once the turn is stored."""
    until(lambda: stored_lines(stack, session_id, message_id) is not None, "the turn is stored")
    return stored_lines(stack, session_id, message_id) or 0


def test_a_message_sent_again_over_the_widget_is_answered_once(stack: Stack) -> None:
    session_id = uuid.uuid4().hex
    client, _ = connected(stack, session_id)
    replies: list[dict] = []
    client.on("bot_uttered", replies.append)
    message = {"message": "hi, we need help with paid ads", "session_id": session_id,
               "metadata": {"message_id": uuid.uuid4().hex}}
    later = {"message": "thanks", "session_id": session_id, "metadata": {"message_id": uuid.uuid4().hex}}
    try:
        client.emit("user_uttered", message)
        # The whole turn: stored with its lines, and as many lines arrived.
        lines = turn_lines(stack, session_id, message["metadata"]["message_id"])
        until(lambda: len(replies) >= lines, "the first copy is answered")
        first = list(replies)
        client.emit("user_uttered", {**message, "metadata": {**message["metadata"], "resent": True}})
        until(lambda: len(replies) >= 2 * len(first), "the copy is answered")
        # A later message is taken after the copy (a conversation's messages go in turn, and its answer was
        # read): once its turn is stored and its lines are in, whatever the copy set off is in too.
        client.emit("user_uttered", later)
        more = turn_lines(stack, session_id, later["metadata"]["message_id"])
        until(lambda: len(replies) >= 2 * len(first) + more, "the later message is answered")
    finally:
        client.disconnect()
    assert len(first) == lines
    assert replies[:2 * len(first)] == first + first, "the copy gets the same replies again, from what was stored"
    assert len(replies) == 2 * len(first) + more, "and nothing more"
    with sqlite3.connect(stack.database_url[len("sqlite:///"):]) as db:
        stored = [r for (r,) in db.execute("select data from events where sender_id = ? and type_name = 'user'",
                                           (session_id,))]
    taken = [r for r in stored if json.loads(r).get("text") == message["message"]]
    assert len(taken) == 1, "and is stored once"
