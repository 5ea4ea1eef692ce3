"""Rasa's Slack channel, configured from the environment and deaf to Slack's retries.

Slack re-sends an event it did not see acknowledged within 3 s; answering
the retry would make the bot reply twice. Rasa already answers the first
delivery at once and works after, so every retry is acknowledged and
dropped here, whatever its reason. Without a signing secret every request
is refused: an empty secret would accept anyone's signature.
"""

from __future__ import annotations

import secrets
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import response
from sanic.request import Request
from slack_sdk.web.async_client import AsyncWebClient

from bot.settings import Settings


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
        return await super().process_message(request, on_new_message, text, sender_id, metadata)

    def get_output_channel(self, channel: Optional[Text] = None, thread_id: Optional[Text] = None) -> OutputChannel:
        output = SlackBot(self.slack_token, channel or self.slack_channel, thread_id, self.proxy)
        output.client = AsyncWebClient(self.slack_token, base_url=self.api_url)
        return output
