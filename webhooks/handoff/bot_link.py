"""The service's side of the visitor's widget: what the person in the chat says, pushed to the bot's channel.

Rasa's server holds the visitor's socket.io connection, so the service posts
each event to the widget channel's relay (``signing.HANDOFF_RELAY_PATH`` on
``LEADBOT_BOT_URL``), signed with ``LEADBOT_ACTION_SECRET`` as the action
server signs its requests to the service. One sender thread per process keeps
the events of a chat in order (joined, then the replies, then left); a bot
that does not answer is tried again briefly, then the loss is logged (the
line itself is stored with the lead either way).
"""

from __future__ import annotations

import json
import logging
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

import requests

from signing import sign
from signing.paths import HANDOFF_RELAY_PATH
from webhooks.retried_post import post_until_answered

log = logging.getLogger("leadbot.handoff")
JOINED, MESSAGE, LEFT = "joined", "message", "left"
# Three tries in all, briefly: a chat line that arrives late is worse than one the thread keeps.
PAUSES_SECONDS, TIMEOUT_SECONDS = (0.5, 1.0), 5.0


class BotLink:
    def __init__(self, bot_url: str, secret: str | None, *,
                 post: Callable[..., requests.Response] | None = None) -> None:
        self.url = bot_url.rstrip("/") + HANDOFF_RELAY_PATH
        self.secret = secret
        self.session = requests.Session()
        self.post = post or self.session.post
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="handoff-to-bot")

    def push(self, conversation_id: str, kind: str, *, name: str, text: str = "") -> None:
        """Queue one event for the visitor's widget; returns at once."""
        # A random id per event: the relay accepts each signature once, and the same line sent again in the same
        # second (written while the visitor was away, then re-sent on their return) would otherwise sign alike.
        body = json.dumps({"conversation_id": conversation_id, "kind": kind, "name": name, "text": text,
                           "event_id": uuid.uuid4().hex}).encode()
        self.executor.submit(self._send, body)

    def _send(self, body: bytes) -> None:
        if not self.secret:
            log.warning("LEADBOT_ACTION_SECRET is unset: the visitor's widget cannot be reached")
            return
        secret = self.secret
        answered = post_until_answered(
            self.post, self.url, body,
            lambda: {"Content-Type": "application/json", **sign(secret, "POST", HANDOFF_RELAY_PATH, body)},
            pauses=PAUSES_SECONDS, timeout=TIMEOUT_SECONDS)
        if isinstance(answered, str):
            log.warning("a handoff event did not reach the bot (%s)", answered)
        elif answered >= 400:
            log.warning("the bot refused a handoff event: HTTP %s", answered)
