"""Who answers a verified Slack request: one Slack app, one Request URL, three owners.

A Slack app has exactly one Interactivity Request URL and one Events
Request URL, shared by the lead alerts (the bolt app in this package) and the
bot in Slack (Rasa's Slack channel, ``bot/channels/slack.py``). Both point at
``/slack/events``; this module says whose each request is:

- ``BOLT``: the alerts' buttons (their action ids start with ``lead_``, see
  ``integrations.slack_blocks.is_alert_action``), anything in a modal, view
  submissions, shortcuts, slash commands and Slack's URL check;
- ``BOT``: a click on one of the bot's own buttons (any other block action
  in a message), a direct message to the app and a mention of it; these are
  forwarded to Rasa unchanged (``webhooks.slack.forward``);
- ``HANDOFF``: a person's message in a channel's thread: maybe a
  salesperson answering a visitor from the alert's thread; a person leaving a
  channel (``member_left_channel``): maybe a salesperson leaving the chats of
  its alerts (``webhooks.handoff`` decides, after the acknowledgement);
- ``NOBODY``: everything else the event subscriptions bring (other channel
  messages, the bot's own posts, edits): acknowledged and dropped.

Pure: a parsed body in, an owner out.
"""

from __future__ import annotations

from typing import Any, Mapping

from integrations.slack_blocks import is_alert_action

BOLT, BOT, HANDOFF, NOBODY = "bolt", "bot", "handoff", "nobody"
# Message subtypes that are no one's words (edits, deletions, joins, the app's own posts).
_NOT_WRITTEN = frozenset({"message_changed", "message_deleted", "bot_message", "channel_join", "channel_leave"})


def owner(body: Mapping[str, Any]) -> str:
    """``BOLT``, ``BOT``, ``HANDOFF`` or ``NOBODY`` for a verified, parsed request body."""
    if "command" in body or "ssl_check" in body:
        return BOLT
    kind = body.get("type")
    if kind == "event_callback":
        return _event_owner(body.get("event"))
    if kind in ("block_actions", "interactive_message"):
        return _click_owner(body)
    return BOLT  # url_verification, view_submission, view_closed, shortcuts: bolt answers or acks them


def _event_owner(event: Any) -> str:
    if not isinstance(event, Mapping) or event.get("bot_id") or event.get("subtype") in _NOT_WRITTEN:
        return NOBODY
    if event.get("type") == "app_mention":
        return BOT
    if event.get("type") == "member_left_channel":
        return HANDOFF
    if event.get("type") == "message" and event.get("channel_type") == "im":
        return BOT
    if event.get("type") == "message" and event.get("channel_type") in ("channel", "group") \
            and event.get("thread_ts") and event.get("thread_ts") != event.get("ts") and not event.get("subtype"):
        return HANDOFF
    return NOBODY


def _click_owner(payload: Mapping[str, Any]) -> str:
    container = payload.get("container")
    if isinstance(container, Mapping) and container.get("type") == "view":
        return BOLT  # an element inside one of bolt's modals
    actions = payload.get("actions")
    if not isinstance(actions, list) or not actions:
        return BOLT  # malformed: bolt acknowledges it as unknown
    ids = [str(action.get("action_id") or "") for action in actions if isinstance(action, Mapping)]
    if any(is_alert_action(action_id) for action_id in ids):
        return BOLT
    return BOT
