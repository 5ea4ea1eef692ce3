"""Slack: the alert salespeople act on, posted once and then updated in place.

``lead.qualified`` posts the alert (``chat.postMessage``) in the route's
channel; the external id is ``"<channel>:<ts>"``. Later events redraw that
same message (``chat.update``) and say in its thread what changed, so the
channel keeps one message per lead. An erasure blanks the message.

Slack answers HTTP 200 with ``{"ok": false, "error": ...}`` for most failures;
``deliver`` maps those to the worker's retry verdict and never sleeps or
retries itself (the client's own retry handlers are switched off).

Rate limits: Slack allows about one message per second per channel. The
worker keeps deliveries with the same ``rate_key(delivery)`` at least
``MIN_INTERVAL_SECONDS`` apart, and honours ``retry_after`` from a 429.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from integrations import slack_blocks
from integrations.destination import Delivery, DeliveryFailed, Outcome
from integrations.lead import LeadView
from integrations.transport import DEFAULT_TIMEOUT, is_retryable_status, retry_after_seconds

DEFAULT_BASE_URL = "https://slack.com/api/"
RETRYABLE_ERRORS = frozenset({
    "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable",
    "request_timeout", "team_added_to_org",
})


def _header(headers: Mapping[str, Any], name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value[0] if isinstance(value, list) else value
    return None


class Slack:
    """Posts lead alerts with a bot token (``chat:write``)."""

    name = "slack"
    MIN_INTERVAL_SECONDS = 1.0

    def __init__(
        self,
        *,
        token: str,
        base_url: str = DEFAULT_BASE_URL,
        default_channel: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        session: Any = None,
    ) -> None:
        """``session`` is accepted for the common constructor shape; ``WebClient`` brings its own HTTP."""
        self.client = WebClient(token=token, base_url=base_url.rstrip("/") + "/", timeout=int(timeout),
                                retry_handlers=[])
        self.default_channel = default_channel

    def rate_key(self, delivery: Delivery) -> str | None:
        """The channel this delivery will post to: the unit of Slack's one-message-per-second limit."""
        if delivery.external_id and ":" in delivery.external_id:
            return delivery.external_id.split(":", 1)[0]
        return LeadView(delivery.payload.get("data") or {}).slack_channel or self.default_channel

    def deliver(self, delivery: Delivery) -> Outcome:
        data = delivery.payload.get("data") or {}
        channel, ts = self._message(delivery.external_id)
        if delivery.event == "lead.erased":
            if channel and ts:
                self._call(self.client.chat_update, "chat.update", channel=channel, ts=ts,
                           text="Lead erased", blocks=slack_blocks.erased_blocks())
            return Outcome(external_id=delivery.external_id)
        blocks, text = slack_blocks.alert_blocks(data), slack_blocks.alert_text(data)
        if channel and ts:
            self._call(self.client.chat_update, "chat.update", channel=channel, ts=ts, text=text, blocks=blocks)
            self._call(self.client.chat_postMessage, "chat.postMessage", channel=channel, thread_ts=ts,
                       text=slack_blocks.update_note(data))
            return Outcome(external_id=delivery.external_id)
        target = LeadView(data).slack_channel or self.default_channel
        if not target:
            raise DeliveryFailed("chat.postMessage: the lead has no Slack channel and no default is set",
                                 retryable=False)
        answer = self._call(self.client.chat_postMessage, "chat.postMessage", channel=target, text=text,
                            blocks=blocks, unfurl_links=False, unfurl_media=False)
        posted_channel, posted_ts = answer.get("channel") or target, answer.get("ts")
        if not posted_ts:
            raise DeliveryFailed("chat.postMessage: no ts in the answer", retryable=True)
        return Outcome(external_id=f"{posted_channel}:{posted_ts}")

    @staticmethod
    def _message(external_id: str | None) -> tuple[str | None, str | None]:
        if not external_id or ":" not in external_id:
            return None, None
        channel, ts = external_id.split(":", 1)
        return channel or None, ts or None

    @staticmethod
    def _call(method: Callable[..., Any], name: str, **kwargs: Any) -> Mapping[str, Any]:
        try:
            return method(**kwargs).data
        except SlackApiError as exc:
            response = exc.response
            status = response.status_code
            error = str(response.get("error") or "") if isinstance(response.data, dict) else ""
            malformed = error.startswith("Received a response in a non-JSON format")
            retryable = is_retryable_status(status) or error in RETRYABLE_ERRORS or malformed
            retry_after = retry_after_seconds(_header(response.headers, "Retry-After"))
            code = "malformed JSON" if malformed else (error[:60] or "no error code")
            raise DeliveryFailed(f"{name}: HTTP {status} ({code})", retryable=retryable,
                                 retry_after=retry_after, status=status) from exc
        except (URLError, OSError) as exc:
            raise DeliveryFailed(f"{name}: {type(exc).__name__}", retryable=True) from exc
