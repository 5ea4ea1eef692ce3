"""Rasa's Slack channel, configured from the environment and deaf to Slack's retries.

Slack re-sends an event it did not see acknowledged within 3 s; answering
the retry would make the bot reply twice. Rasa already answers the first
delivery at once and works after, so every retry is acknowledged and
dropped here, whatever its reason. Without a signing secret every request
is refused: an empty secret would accept anyone's signature.

A Slack user id is no secret, so Slack conversations are kept apart from
the web's: their ids are ``slack:<team>:<user>`` (``bot.channels.conversations``),
which the web channels refuse. A message over the cap or the conversation's
rate gets a polite answer in Slack and never reaches Rasa.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import response
from sanic.request import Request
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.conversations import slack_conversation_id
from bot.channels.limits import TOO_FAST, chat_limits
from bot.settings import Settings

logger = logging.getLogger(__name__)


def team_of(request: Request) -> str:
    """The Slack workspace an (authenticated) event or interaction comes from."""
    try:
        if request.headers.get("content-type") == "application/json":
            return str((request.json or {}).get("team_id") or "")
        payload = json.loads(request.form["payload"][0])
        return str((payload.get("team") or {}).get("id") or (payload.get("user") or {}).get("team_id") or "")
    except (KeyError, IndexError, TypeError, ValueError):
        return ""


class SlackChannel(SlackInput):
    """Answers direct messages and mentions at ``/webhooks/slack/webhook``."""

    api_url: str = "https://slack.com/api/"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        settings = Settings.from_env()
        channel = cls(
            settings.slack_token or "",
            # Rasa refuses to start without a secret; an unknown random one keeps the channel shut.
            slack_retry_reason_header="x-slack-retry-reason",
            slack_retry_number_header="x-slack-retry-num",
            slack_signing_secret=settings.slack_signing_secret or secrets.token_hex(32),
            use_threads=bool((credentials or {}).get("use_threads", False)),
        )
        channel.enabled = bool(settings.slack_signing_secret)
        channel.api_url = settings.slack_api_url
        return channel

    enabled: bool = False

    def is_request_from_slack_authentic(self, request: Request) -> bool:
        if not self.enabled:
            return False
        return super().is_request_from_slack_authentic(request)

    async def process_message(
        self,
        request: Request,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        text: Text,
        sender_id: Optional[Text],
        metadata: Optional[Dict],
    ) -> Any:
        if request.headers.get(self.retry_num_header):
            return response.text("", status=HTTPStatus.OK, headers={"X-Slack-No-Retry": "1"})
        if sender_id:
            sender_id = slack_conversation_id(team_of(request), sender_id)
            limits = chat_limits()
            refusal = TOO_FAST if await limits.conversation_wait(sender_id) is not None else (
                limits.too_long_text() if limits.too_long(text or "") else None)
            if refusal is not None:
                # Answered after the acknowledgement, as Rasa answers: Slack waits 3 s at most.
                task = asyncio.create_task(self._answer(refusal, metadata))
                self._background_tasks.add(task)
                task.add_done_callback(self._background_tasks.discard)
                return response.text("")
        return await super().process_message(request, on_new_message, text, sender_id, metadata)

    async def _answer(self, text: str, metadata: Optional[Dict]) -> None:
        """A reply that does not go through Rasa, in the same channel (and thread) as Rasa's would."""
        metadata = metadata or {}
        output = self.get_output_channel(metadata.get("out_channel"),
                                         metadata.get("thread_id") if self.use_threads else None)
        try:
            await output.send_text_message(metadata.get("out_channel") or "", text)
        except Exception as exc:  # Slack down: the refusal stands, unsaid
            logger.warning("a refusal could not be posted to Slack: %s", type(exc).__name__)

    def get_output_channel(self, channel: Optional[Text] = None, thread_id: Optional[Text] = None) -> OutputChannel:
        output = SlackBot(self.slack_token, channel or self.slack_channel, thread_id, self.proxy)
        output.client = AsyncWebClient(self.slack_token, base_url=self.api_url)
        return output
