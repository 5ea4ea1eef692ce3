"""Slack: the alert salespeople act on, posted once and then updated in place.

``lead.qualified`` posts the alert (``chat.postMessage``) in the route's
channel; the external id is ``"<channel>:<ts>"``. Later events redraw that
same message (``chat.update``) and say in its thread what changed, so the
channel keeps one message per lead. An erasure blanks the message and every
line the bot posted in its thread (``_erase``): the whole thread is read before
anything is changed, so a thread that cannot be read leaves no half-erased alert
behind, and a retry or a replay goes on where the last attempt stopped.

Slack answers HTTP 200 with ``{"ok": false, "error": ...}`` for most failures;
``deliver`` maps those to the worker's retry verdict and never sleeps or
retries itself (the client's own retry handlers are switched off).

Rate limits: Slack allows about one message per second per channel. The
worker keeps deliveries with the same ``rate_key(delivery)`` at least
``min_interval`` seconds apart (one second unless told), and honours ``retry_after`` from a 429.

A reply that never came back: every alert carries message metadata naming
the lead (``leadbot_lead_alert`` with ``lead_id``). When a ``lead.qualified``
delivery is tried again with no message on record, the channel's recent
history (``conversations.history`` with ``include_all_metadata``) is searched
for that alert first, and found, it is redrawn instead of posted twice.
``lead.linked`` (a CRM record now exists) only redraws the alert, so its
link buttons appear, without a thread reply.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Any, Callable, Mapping
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from integrations import slack_blocks
from integrations.destination import DeliveryFailed, Outcome, Push
from integrations.lead import LeadView
from integrations.transport import DEFAULT_TIMEOUT, is_retryable_status, retry_after_seconds

log = logging.getLogger("leadbot.slack")

DEFAULT_BASE_URL = "https://slack.com/api/"
ALERT_EVENT = "leadbot_lead_alert"
LINKED = "lead.linked"
# How far back a retried alert looks for itself when the lead's creation time is unknown.
LOOKBACK_SECONDS = 7 * 24 * 3600
HISTORY_PAGES = 10
# A channel name conversations.list did not show (a private channel the bot is not in) is looked
# up again only after this long.
UNKNOWN_CHANNEL_SECONDS = 600.0
# What an erased lead's alert and the bot's lines in its thread say instead (``lead.erased``).
ERASED = slack_blocks.ERASED
# chat.update's answers for a message that is not there, or not this bot's to edit: nothing to erase.
GONE = frozenset({"message_not_found", "cant_update_message"})
# chat.update's answer when the workspace lets messages be edited only for a while after they were posted:
# such a line is deleted instead (``chat.delete``, whose ``message_not_found`` means it is gone already).
EDIT_WINDOW_CLOSED = "edit_window_closed"
DELETED = frozenset({"message_not_found"})
# conversations.replies' answer for a message that is not there (the alert was deleted, and had no replies).
NO_THREAD = frozenset({"thread_not_found"})
REPLY_PAGES = 50
RETRYABLE_ERRORS = frozenset({
    "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable",
    "request_timeout", "team_added_to_org",
})


class SlackRefused(DeliveryFailed):
    """Slack answered ``{"ok": false}``: ``error`` is its code (``missing_scope``, ``edit_window_closed``...)."""

    def __init__(self, message: str, *, error: str, retryable: bool, retry_after: float | None = None,
                 status: int | None = None) -> None:
        super().__init__(message, retryable=retryable, retry_after=retry_after, status=status)
        self.error = error


def _header(headers: Mapping[str, Any], name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value[0] if isinstance(value, list) else value
    return None


class Slack:
    """Posts lead alerts with a bot token (``chat:write``)."""

    name = "slack"
    # The worker adds ``data.links`` (the lead's CRM records) to what it sends here.
    shows_links = True

    def __init__(
        self,
        *,
        token: str,
        base_url: str = DEFAULT_BASE_URL,
        default_channel: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        session: Any = None,
        min_interval: float | str = 1.0,
    ) -> None:
        """``session`` is accepted for the common constructor shape; ``WebClient`` brings its own HTTP.
        ``min_interval`` is the pace per channel the worker keeps (Slack's limit is about one second)."""
        self.client = WebClient(token=token, base_url=base_url.rstrip("/") + "/", timeout=int(timeout),
                                retry_handlers=[])
        self.default_channel = default_channel
        self.min_interval = float(min_interval)
        self._channel_ids: dict[str, str] = {}  # "#name" -> channel id, as Slack told us
        self._unknown: dict[str, float] = {}  # "#name" -> until when not to look it up again
        self._me: tuple[str | None, str | None] | None = None  # (bot user id, bot id), from auth.test

    def rate_key(self, delivery: Push) -> str | None:
        """The channel this delivery will post to: the unit of Slack's one-message-per-second limit.

        A channel named by ``#name`` is keyed by its id (``conversations.list``, once per
        process), so an alert and the updates that follow it share one pace."""
        if delivery.external_id and ":" in delivery.external_id:
            return delivery.external_id.split(":", 1)[0]
        target = LeadView(delivery.payload.get("data") or {}).slack_channel or self.default_channel
        if not target:
            return None
        try:
            return self._channel_id(target) or target
        except DeliveryFailed as failed:  # no channels:read scope, or Slack is down: pace by the name
            log.warning("could not resolve a channel name to its id (%s)", failed)
            return target

    def deliver(self, delivery: Push) -> Outcome:
        data = delivery.payload.get("data") or {}
        channel, ts = self._message(delivery.external_id)
        if delivery.event == "lead.erased":
            if channel and ts:
                self._erase(channel, ts)
            return Outcome(external_id=delivery.external_id)
        blocks, text = slack_blocks.alert_blocks(data), slack_blocks.alert_text(data)
        target = LeadView(data).slack_channel or self.default_channel
        if not (channel and ts) and target and delivery.attempt > 1:
            channel, ts = self._find_alert(target, LeadView(data).id, data.get("created_at"))
            if channel and ts:  # the first attempt posted it; only its answer was lost
                self._call(self.client.chat_update, "chat.update", channel=channel, ts=ts, text=text, blocks=blocks)
                return Outcome(external_id=f"{channel}:{ts}")
        if channel and ts:
            self._call(self.client.chat_update, "chat.update", channel=channel, ts=ts, text=text, blocks=blocks)
            if delivery.event != LINKED:
                self._call(self.client.chat_postMessage, "chat.postMessage", channel=channel, thread_ts=ts,
                           text=slack_blocks.update_note(data))
            return Outcome(external_id=delivery.external_id)
        if delivery.event == LINKED:
            return Outcome()  # nothing posted yet to add links to; the alert itself will carry them
        if not target:
            raise DeliveryFailed("chat.postMessage: the lead has no Slack channel and no default is set",
                                 retryable=False)
        answer = self._call(self.client.chat_postMessage, "chat.postMessage", channel=target, text=text,
                            blocks=blocks, unfurl_links=False, unfurl_media=False,
                            metadata={"event_type": ALERT_EVENT, "event_payload": {"lead_id": LeadView(data).id}})
        posted_channel, posted_ts = answer.get("channel") or target, answer.get("ts")
        if not posted_ts:
            raise DeliveryFailed("chat.postMessage: no ts in the answer", retryable=True)
        self._channel_ids[target] = posted_channel
        return Outcome(external_id=f"{posted_channel}:{posted_ts}")

    def _erase(self, channel: str, ts: str) -> None:
        """The alert and every line the bot posted in its thread say only ``ERASED`` (``lead.erased``).

        The thread holds what the visitor said to a salesperson (relayed by ``webhooks.handoff``) and
        what changed (``update_note``): all posted by this bot, so all of it can be edited
        (``chat.update`` with empty ``blocks``, as Slack removes a message's blocks only when told to).

        Read first, then change: the whole thread is read (``conversations.replies``) before anything
        is edited, so a thread Slack will not show (``missing_scope``, ``not_in_channel``) fails the
        delivery with nothing changed, rather than with a blanked alert that looks done over lines
        that still name the person. A line someone else wrote is theirs and is left; a line that
        already says only ``ERASED`` is skipped, so an attempt after a rate limit, or a replay once
        the scope is granted, goes on where the last one stopped. A transient failure (429, 5xx, the
        network) ends the attempt at once for the outbox to retry; a line Slack refuses for good is
        counted while the others are still erased, and the delivery then fails for good naming it.
        """
        try:
            thread, complete = self._thread(channel, ts)
        except DeliveryFailed as failed:
            if failed.retryable:
                raise
            raise DeliveryFailed("lead.erased: the alert's thread could not be read, so this attempt changed "
                                 f"nothing in it: {failed}", retryable=False, status=failed.status) from failed
        if not thread:
            return  # the alert was deleted in Slack, and its thread with it
        me = self._identity()
        left = [line for line in thread if self._mine(line, me) and not _says_only_erased(line)]
        refused: list[DeliveryFailed] = []
        for line in left:
            try:
                self._erase_line(channel, str(line["ts"]), alert=line["ts"] == ts)
            except DeliveryFailed as failed:
                if failed.retryable:
                    raise
                refused.append(failed)
        if refused:
            raise DeliveryFailed(f"lead.erased: {len(refused)} of the bot's {len(left)} messages in the alert's "
                                 f"thread still hold the lead's data: {refused[0]}", retryable=False,
                                 status=refused[0].status)
        if not complete:
            raise DeliveryFailed(f"lead.erased: the alert's thread is longer than {REPLY_PAGES} pages; the rest "
                                 "was not read", retryable=False)

    def _thread(self, channel: str, ts: str) -> tuple[list[Mapping[str, Any]], bool]:
        """Every message of the alert's thread (the alert first), and whether the last page was reached.

        Empty when Slack knows no such message: the alert was deleted, and had no replies."""
        messages: list[Mapping[str, Any]] = []
        cursor = None
        for _ in range(REPLY_PAGES):
            page = self._call_unless(NO_THREAD, self.client.conversations_replies, "conversations.replies",
                                     channel=channel, ts=ts, limit=200, cursor=cursor)
            if page is None:
                return [], True
            messages += [m for m in page.get("messages") or () if isinstance(m, Mapping) and m.get("ts")]
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not page.get("has_more") or not cursor:
                return messages, True
        return messages, False

    def _erase_line(self, channel: str, ts: str, *, alert: bool) -> None:
        """One of the bot's messages says only ``ERASED``; deleted when the workspace no longer lets it be edited."""
        blocks = slack_blocks.erased_blocks() if alert else []
        try:
            self._call_unless(GONE, self.client.chat_update, "chat.update", channel=channel, ts=ts, text=ERASED,
                              blocks=blocks)
        except SlackRefused as refused:
            if refused.error != EDIT_WINDOW_CLOSED:
                raise
            self._call_unless(DELETED, self.client.chat_delete, "chat.delete", channel=channel, ts=ts)

    def _identity(self) -> tuple[str | None, str | None]:
        """This app's bot user and bot id (``auth.test``), asked once: how its own messages are told apart."""
        if self._me is None:
            answer = self._call(self.client.auth_test, "auth.test")
            self._me = (answer.get("user_id"), answer.get("bot_id"))
        return self._me

    @staticmethod
    def _mine(message: Mapping[str, Any], me: tuple[str | None, str | None]) -> bool:
        user, bot = me
        return bool(bot and message.get("bot_id") == bot) or bool(user and message.get("user") == user)

    def _find_alert(self, target: str, lead_id: str, created_at: Any) -> tuple[str | None, str | None]:
        """The alert an earlier attempt posted for ``lead_id`` in ``target``, by its metadata.

        Returns ``(None, None)`` when there is none, or when the history cannot be read for
        good (a missing scope): posting again is then better than never alerting."""
        try:
            channel = self._channel_id(target)
            if channel is None:
                return None, None
            oldest, cursor = self._oldest(created_at), None
            for _ in range(HISTORY_PAGES):
                page = self._call(self.client.conversations_history, "conversations.history", channel=channel,
                                  oldest=oldest, limit=200, include_all_metadata=True, cursor=cursor)
                for message in page.get("messages") or ():
                    meta = message.get("metadata") or {} if isinstance(message, Mapping) else {}
                    if meta.get("event_type") == ALERT_EVENT and \
                            (meta.get("event_payload") or {}).get("lead_id") == lead_id and message.get("ts"):
                        return channel, str(message["ts"])
                cursor = (page.get("response_metadata") or {}).get("next_cursor")
                if not page.get("has_more") or not cursor:
                    break
        except DeliveryFailed as failed:
            if failed.retryable:
                raise
            log.warning("looking for an earlier alert failed (%s); posting it again", failed)
        return None, None

    def _channel_id(self, target: str) -> str | None:
        """A channel id for ``target``: as given, learnt from an earlier post, or from ``conversations.list``."""
        if not target.startswith("#"):
            return target
        if target in self._channel_ids:
            return self._channel_ids[target]
        if time.monotonic() < self._unknown.get(target, 0.0):
            return None  # listed a moment ago and not there: do not list again for every message
        cursor = None
        for _ in range(HISTORY_PAGES):
            page = self._call(self.client.conversations_list, "conversations.list", exclude_archived=True,
                              types="public_channel,private_channel", limit=1000, cursor=cursor)
            for entry in page.get("channels") or ():
                if isinstance(entry, Mapping) and entry.get("name") and entry.get("id"):
                    self._channel_ids["#" + str(entry["name"])] = str(entry["id"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if target in self._channel_ids or not cursor:
                break
        if target not in self._channel_ids:
            self._unknown[target] = time.monotonic() + UNKNOWN_CHANNEL_SECONDS
        return self._channel_ids.get(target)

    @staticmethod
    def _oldest(created_at: Any) -> str:
        try:
            moment = datetime.fromisoformat(str(created_at).replace("Z", "+00:00")).timestamp() - 60
        except ValueError:
            moment = time.time() - LOOKBACK_SECONDS
        return f"{moment:.6f}"

    @staticmethod
    def _message(external_id: str | None) -> tuple[str | None, str | None]:
        if not external_id or ":" not in external_id:
            return None, None
        channel, ts = external_id.split(":", 1)
        return channel or None, ts or None

    @classmethod
    def _call(cls, method: Callable[..., Any], name: str, **kwargs: Any) -> Mapping[str, Any]:
        answer = cls._call_unless(frozenset(), method, name, **kwargs)
        assert answer is not None  # nothing tolerated: every error raised
        return answer

    @staticmethod
    def _call_unless(tolerated: frozenset[str], method: Callable[..., Any], name: str,
                     **kwargs: Any) -> Mapping[str, Any] | None:
        """Slack's answer; an error in ``tolerated`` gives ``None`` instead of failing the delivery."""
        try:
            return method(**kwargs).data
        except SlackApiError as exc:
            response = exc.response
            status = response.status_code
            error = str(response.get("error") or "") if isinstance(response.data, dict) else ""
            if error in tolerated:
                return None
            malformed = error.startswith("Received a response in a non-JSON format")
            retryable = is_retryable_status(status) or error in RETRYABLE_ERRORS or malformed
            retry_after = retry_after_seconds(_header(response.headers, "Retry-After"))
            code = "malformed JSON" if malformed else (error[:60] or "no error code")
            needed = response.get("needed") if error == "missing_scope" and isinstance(response.data, dict) else None
            if needed:  # Slack names the scope the call lacked: what the operator has to grant
                code += f", needs {str(needed)[:60]}"
            raise SlackRefused(f"{name}: HTTP {status} ({code})", error=error, retryable=retryable,
                               retry_after=retry_after, status=status) from exc
        except (URLError, OSError) as exc:
            raise DeliveryFailed(f"{name}: {type(exc).__name__}", retryable=True) from exc


def _says_only_erased(message: Mapping[str, Any]) -> bool:
    """Whether an erasure already went over ``message``: its text and each of its blocks say ``ERASED``.

    Blocks are compared by what they show, not field for field: Slack adds ``block_id`` and the like
    to what it gives back, and may draw the text as rich text split into pieces."""
    blocks = message.get("blocks") or ()
    return message.get("text") == ERASED and all(_words(block) == ERASED for block in blocks)


def _words(node: Any) -> str:
    """The text a block shows, its pieces joined in order."""
    if isinstance(node, Mapping):
        text = node.get("text")
        return text if isinstance(text, str) else "".join(_words(value) for value in node.values())
    if isinstance(node, list):
        return "".join(_words(item) for item in node)
    return ""
