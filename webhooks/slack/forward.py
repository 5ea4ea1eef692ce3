"""Handing the bot's Slack requests to Rasa's Slack channel, after Slack has its answer.

``/slack/events`` acknowledges at once (Slack waits three seconds) and the
request goes on from a small thread pool: the body byte for byte, with
Slack's own ``X-Slack-Signature`` and ``X-Slack-Request-Timestamp``, to
``<LEADBOT_BOT_URL>/webhooks/slack/webhook``. Rasa's channel is public too,
so it checks the same signature itself; nothing is re-signed and no other
secret is shared. A Rasa that does not answer is tried again a few times
within Slack's five-minute signature window, then the click is logged as lost.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Callable

import requests

from webhooks.retried_post import post_until_answered

log = logging.getLogger("leadbot.slack")

RASA_SLACK_PATH = "/webhooks/slack/webhook"
# Slack's content types, spelt as Rasa's channel compares them (exact equality).
FORM, JSON = "application/x-www-form-urlencoded", "application/json"
# The pauses between three tries in all, well within Slack's five-minute signature window.
BACKOFF_SECONDS = (1.0, 5.0)
TIMEOUT_SECONDS = 10.0


class Forwarder:
    """Posts verified Slack requests to Rasa without holding up Slack's acknowledgement."""

    def __init__(self, bot_url: str, *, executor: Executor | None = None,
                 post: Callable[..., requests.Response] | None = None,
                 backoff: tuple[float, ...] = BACKOFF_SECONDS) -> None:
        self.url = bot_url.rstrip("/") + RASA_SLACK_PATH
        self.executor = executor or ThreadPoolExecutor(max_workers=4, thread_name_prefix="slack-to-rasa")
        self.session = requests.Session()
        self.post = post or self.session.post
        self.backoff = backoff

    def forward(self, raw: bytes, *, json_body: bool, signature: str, timestamp: str) -> None:
        """Queue ``raw`` for Rasa; returns at once."""
        headers = {"Content-Type": JSON if json_body else FORM, "X-Slack-Signature": signature,
                   "X-Slack-Request-Timestamp": timestamp}
        self.executor.submit(self._send, raw, headers)

    def _send(self, raw: bytes, headers: dict[str, str]) -> None:
        answered = post_until_answered(self.post, self.url, raw, lambda: headers, pauses=self.backoff,
                                       timeout=TIMEOUT_SECONDS)
        if isinstance(answered, str):
            log.warning("a Slack request for the bot was lost: Rasa did not take it (%s)", answered)
        elif answered >= 400:
            log.warning("Rasa's Slack channel refused a forwarded request: HTTP %s", answered)
