"""Scripted visitors for the scale test: over Rasa's REST channel, or over socket.io as the widget talks.

Each comes from a loopback address of its own (nginx keeps a socket.io visitor on one Rasa server by
address) and keeps what it sent, so the test can hold every conversation in the tracker store against it.
When the Rasa server a visitor was talking to dies, the visitor does what the widget does: it reconnects
(nginx sends it to the other server) and sends again the message that got no answer, with the same
``message_id`` (``bot.channels.resent``: a message the dead server stored is not taken twice). Visitors
pause 3 s before each message, as a quick typist would.
"""

from __future__ import annotations

import queue
import threading
import time
import uuid
from typing import Any, Callable

import requests
import socketio

from bot.channels.resent import MESSAGE_ID, RESENT
from harness.nginx import Nginx
from harness.script import asked_slot
from harness.stack import Visitor
from qualification import Playbook

# A visitor reads the reply and types the next answer: a quick typist's pause before each message.
THINK_SECONDS = 3.0
# socket.io has no end of a turn: a reply without a question is the conversation's end only after this long
# with nothing more (a busy server sends a turn's messages seconds apart).
END_QUIET_SECONDS = 10.0
# nginx's answers when the instance it passed a request to died before answering.
GONE = {502, 503, 504}


class RestVisitor(Visitor):
    """``harness.stack.Visitor`` through nginx, sending a turn again when its Rasa server died under it."""

    def __init__(self, nginx: Nginx, address: str, on_turn: Callable[[], None]) -> None:
        super().__init__(nginx.url, sender=f"rest-{uuid.uuid4().hex[:12]}")
        self.session = nginx.client(address)
        self.address = address
        self.sent: list[str] = []
        self.resent = 0
        self._on_turn = on_turn
        self.think_seconds = THINK_SECONDS

    def say(self, text: str) -> str:
        if self.sent:
            time.sleep(self.think_seconds)
        self.sent.append(text[:200])
        self.metadata = {MESSAGE_ID: uuid.uuid4().hex}  # the same on every try of this message
        deadline = time.monotonic() + 120
        while True:
            try:
                answer = super().say(text)
                self._on_turn()
                return answer
            except (requests.ConnectionError, requests.Timeout, requests.HTTPError) as exc:
                status = getattr(getattr(exc, "response", None), "status_code", None)
                if status is not None and status not in GONE or time.monotonic() > deadline:
                    raise
                self.resent += 1
                self.metadata = {**self.metadata, RESENT: True}
                time.sleep(0.5)


class SocketVisitor:
    """A widget-like socket.io client (long polling) with the widget's session id and its reconnection."""

    def __init__(self, nginx: Nginx, address: str, playbook: Playbook, on_turn: Callable[[], None]) -> None:
        self.sender = uuid.uuid4().hex
        self.address = address
        self.playbook = playbook
        self.sent: list[str] = []
        self.transcript: list[tuple[str, str]] = []
        self.resent = 0
        self.connect_failures = 0
        self.sessions = 0  # session_confirm received: one per connection, more after a reconnection
        self._on_turn = on_turn
        self._nginx = nginx
        self._inbox: queue.Queue[str] = queue.Queue()
        self._confirmed = threading.Event()
        # A busy server answers a poll in seconds, not the client's default 5. Reconnection is this class's
        # (``say``): python-socketio's own does not always come after a dropped connection, and two at once
        # would each open a connection.
        self.client = socketio.Client(reconnection=False, http_session=nginx.client(address), request_timeout=60)
        self.events: list[str] = []  # what happened to the connection, for a failing test's report
        self._started = time.monotonic()
        self.client.on("connect", self._on_connect)
        self.client.on("disconnect", self._on_disconnect)
        self.client.on("session_confirm", self._on_confirm)
        self.client.on("bot_uttered", self._on_reply)

    def _note(self, what: str) -> None:
        self.events.append(f"{time.monotonic() - self._started:6.1f}s {what} sid={self.client.sid}")

    def _on_disconnect(self) -> None:
        self._note("disconnected")
        self._confirmed.clear()

    def _on_connect(self) -> None:
        self._note("connected")
        # As the widget does on every (re)connection: the same conversation, kept in its localStorage.
        self.client.emit("session_request", {"session_id": self.sender})

    def _on_confirm(self, *_: Any) -> None:
        self._note("confirmed")
        self.sessions += 1
        self._confirmed.set()

    def _on_reply(self, data: dict[str, Any]) -> None:
        self._note(f"reply {str(data.get('text'))[:30]!r}")
        lines = [data["text"]] if data.get("text") else []
        lines += [f"[{b.get('title')}]" for b in data.get("quick_replies") or data.get("buttons") or ()]
        self._inbox.put("\n".join(lines))

    def connect(self) -> None:
        """Connect and have the session confirmed; tried again, as the widget does, when the server fails."""
        deadline = time.monotonic() + 120
        while True:
            try:
                self.client.connect(self._nginx.url, socketio_path="/socket.io", transports=["polling"],
                                    wait_timeout=60)
                if self._confirmed.wait(60):
                    return
            except socketio.exceptions.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("could not connect, or the session was never confirmed")
            self.connect_failures += 1
            self.client.disconnect()
            time.sleep(0.5)

    def close(self) -> None:
        self.client.disconnect()

    def say(self, text: str) -> str:
        """Send ``text``; the bot's replies to it, up to and with its next question (or a quiet spell)."""
        if self.sent:
            time.sleep(THINK_SECONDS)
        self.sent.append(text[:200])
        message_id, tries = uuid.uuid4().hex, 0  # the same id on every try of this message
        deadline = time.monotonic() + 120
        while True:
            if not self._confirmed.wait(1.0) or not self.client.connected:
                # The connection dropped (its server died or timed it out): a new one, as the widget does.
                self._note("reconnecting")
                self.client.disconnect()
                self.connect()
            if time.monotonic() > deadline:
                raise AssertionError(f"no answer to {text!r} in time:\n{self.history()}")
            sessions = self.sessions
            try:
                self._note(f"emit {text[:30]!r}")
                self.client.emit("user_uttered", {"message": text, "session_id": self.sender,
                                                  "metadata": {MESSAGE_ID: message_id, RESENT: tries > 0}})
                tries += 1
            except socketio.exceptions.SocketIOError as exc:
                self._note(f"emit failed: {exc}")
                self._confirmed.clear()  # the connection is gone though no disconnect was announced
                continue
            reply = self._replies(sessions)
            if reply is not None:
                self.transcript.append((text[:200], reply))
                self._on_turn()
                return reply
            self.resent += 1  # the server died with the message: send it again on the new connection

    def _replies(self, sessions: int) -> str | None:
        """The turn's replies; None when the connection was replaced before the turn was complete."""
        lines: list[str] = []
        last = time.monotonic()
        while True:
            try:
                lines.append(self._inbox.get(timeout=0.2))
                last = time.monotonic()
                continue
            except queue.Empty:
                pass
            quiet = time.monotonic() - last
            if lines and asked_slot("\n".join(lines), self.playbook) is not None:
                if quiet >= 0.3:  # a question ends the turn; a moment more collects anything sent with it
                    return "\n".join(lines)
                continue
            if self.sessions != sessions or (not self._confirmed.is_set() and quiet >= 5.0):
                return None
            if lines and quiet >= END_QUIET_SECONDS and self._confirmed.is_set():
                return "\n".join(lines)  # no question after a quiet spell: the conversation's end
            if not lines and quiet >= 60:
                raise AssertionError(f"no reply at all:\n{self.history()}")

    def history(self) -> str:
        said = "\n".join(f"> {said}\n{answer}" for said, answer in self.transcript)
        return f"{said}\n--- {self.address}, connection:\n" + "\n".join(self.events[-30:])
