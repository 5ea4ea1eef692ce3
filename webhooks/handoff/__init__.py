"""Talk to sales now: a salesperson joins the visitor's chat from the Slack alert (issue 19).

- ``models``: ``handoffs`` (who joined which lead's chat, in which thread) and
  ``handoff_messages`` (what both sides said, kept and erased with the lead);
- ``relay``: the rules, in the caller's transaction (first Join wins, only
  the person in the chat is relayed, the visitor's lines while they are in);
- ``service``: each move, then what Slack (the alert's thread, Web API) and
  the widget (``bot_link``, pushed to the bot's channel) must see;
- ``presence``: whether the visitor is on the page, shown on the alert;
- ``notes``: the chat's lines sent to the CRMs as a note when it ends;
- ``api``: ``POST /api/v1/handoff/messages``, the bot's channel handing over
  the visitor's lines (signed with the action secret).

Slack's side arrives through the one Slack URL (``webhooks.slack``): the
alert's Join chat and the thread's Hand back buttons (bolt listeners), and
thread replies (``message`` events in an alert's thread, routed here by
``webhooks.slack.routing``). Wired by ``webhooks.slack.init_app`` when
Slack is configured: without Slack there is nobody to join.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when wired: ``webhooks.migrate`` loads ``models`` alone, before Slack's package
    from flask import Flask
    from slack_sdk import WebClient
    from sqlalchemy.orm import sessionmaker

    from webhooks.handoff.service import Handoffs

__all__ = ["init_app"]


def init_app(app: Flask, sessions: sessionmaker, client: WebClient) -> Handoffs:
    from webhooks.handoff import api, notes
    from webhooks.handoff.bot_link import BotLink
    from webhooks.handoff.service import Handoffs

    settings = app.config["LEADBOT_SETTINGS"]
    provider = app.extensions.get("leadbot.playbook")

    def playbook_name(user_id: str) -> str | None:
        """The name the playbook's routing gives this owner, if it names them."""
        if provider is None:
            return None
        routing = provider.current().routing
        named = getattr(routing, "owner_name", None)  # owners' names are a newer part of the playbook
        return named(user_id) if callable(named) else None

    registry = app.extensions.get("leadbot.registry")
    handoffs = Handoffs(sessions, client, BotLink(settings.bot_url, settings.action_secret), names=playbook_name,
                        takes_chat=notes.takes_chat_of(registry) if registry is not None else None)
    app.extensions[api.EXTENSION] = handoffs
    app.register_blueprint(api.blueprint)
    return handoffs
