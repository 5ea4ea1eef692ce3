"""A request to delete one's data sent as the very first message of a chat (issue 14: a promise the bot makes
holds), through the real Rasa, action server and service, by REST and by the website widget (socket.io).

There is no conversation yet. Each test stands for such an opening in a language, not for its words: the reply
says it is done, in the visitor's language, and nothing of the request is in any table of the database Rasa and
the service share (no tracker, no lead, no transcript line); the visitor's next message starts the questions.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from typing import Any

import pytest
import socketio

from bot.actions.phrasebook import translate
from bot.channels.erasure import DONE
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

REQUESTS = [
    ("en", "please delete my data", {}),
    ("de", "Bitte löschen Sie alle meine Daten", {"language": "de"}),
    ("fr", "supprimez mes données s'il vous plaît", {}),
    ("es", "por favor, borren mis datos", {"language": "es"}),
]


def kept_anywhere(stack: Stack, *needles: str) -> list[str]:
    """Every row of every table that holds one of ``needles`` (the conversation's id, the request's words)."""
    found = []
    with sqlite3.connect(stack.database_url.removeprefix("sqlite:///")) as db:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - names read from the schema itself
                text = " ".join(str(value) for value in row)
                if any(needle in text for needle in needles):
                    found.append(f"{table}: {text[:200]}")
    return found


@pytest.mark.parametrize(("lang", "request_", "metadata"), REQUESTS)
def test_by_rest_the_opening_request_is_answered_done_in_its_language_and_stored_nowhere(
        stack: Stack, playbook: Playbook, lang: str, request_: str, metadata: dict[str, Any]) -> None:
    v = Visitor(stack.rasa_url, metadata=metadata or None)
    reply = v.say(request_)
    assert reply == translate(DONE, lang), v.history()
    assert kept_anywhere(stack, v.sender, request_) == []
    reply = v.say("hello")
    assert asked(reply, playbook, metadata.get("language", "en")) is not None, f"no questions after:\n{v.history()}"
    assert request_ not in " ".join(kept_anywhere(stack, v.sender)), "the request came back with the chat"


def widget_chat(stack: Stack, session_id: str, text: str, metadata: dict[str, Any]) -> list[str]:
    """One message sent as the widget sends it (a session, then ``user_uttered``); the texts of the replies."""
    client = socketio.Client(reconnection=False)
    confirmed, replied = threading.Event(), threading.Event()
    replies: list[str] = []
    client.on("session_confirm", lambda *_: confirmed.set())

    @client.on("bot_uttered")
    def _reply(data: dict[str, Any]) -> None:
        replies.append(str(data.get("text") or ""))
        replied.set()

    client.connect(stack.rasa_url, socketio_path="/socket.io", transports=["polling"], wait_timeout=10)
    try:
        client.emit("session_request", {"session_id": session_id})
        assert confirmed.wait(10), "the session is confirmed"
        client.emit("user_uttered", {"message": text, "session_id": session_id, "metadata": metadata})
        assert replied.wait(20), "a reply arrives over socket.io"
        replied.wait(1)  # a second line, if one were sent, arrives with the first
    finally:
        client.disconnect()
    return replies


@pytest.mark.parametrize(("lang", "request_", "metadata"), [REQUESTS[0], REQUESTS[1]])
def test_by_the_widget_the_opening_request_is_answered_done_in_its_language_and_stored_nowhere(
        stack: Stack, lang: str, request_: str, metadata: dict[str, Any]) -> None:
    session_id = uuid.uuid4().hex
    replies = widget_chat(stack, session_id, request_, {"tz": "Europe/Berlin", **metadata})
    assert replies == [translate(DONE, lang)], replies
    assert [row for row in kept_anywhere(stack, session_id, request_) if request_ in row] == [], \
        "the request's words are stored"
    assert not [row for row in kept_anywhere(stack, session_id) if row.startswith(("events", "leads", "answers"))]
