"""Slack's side of the service: the buttons on lead alerts, the Disqualify modal and ``/leads``.

The alerts are drawn by ``integrations.slack_blocks`` and posted by the
outbox worker through ``integrations.slack``. What happens here only changes
leads (``webhooks.slack.sales`` on ``webhooks.leads``), which queues the
``lead.updated`` deliveries that redraw the alert in place, reply in its
thread and update the CRMs; Slack's limits are the worker's business.

Wiring, in ``create_app``: ``slack.init_app(app)``; Slack then posts events,
interactivity and commands to ``POST /slack/events`` (``endpoint``), the
Slack app's one Request URL (``slack-app-manifest.yml``): ``routing`` says
whose each request is, bolt's (``listeners`` on ``sales``) or the bot's,
which ``forward`` hands to Rasa's Slack channel after Slack has its answer.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from typing import TYPE_CHECKING

from flask import Flask
from slack_bolt import App
from slack_sdk import WebClient
from sqlalchemy.orm import sessionmaker

from integrations.slack import DEFAULT_BASE_URL
from webhooks import handoff
from webhooks.database import db
from webhooks.slack import listeners
from webhooks.slack.endpoint import PATH, mount
from webhooks.slack.forward import Forwarder

if TYPE_CHECKING:
    from webhooks.handoff.service import Handoffs

__all__ = ["PATH", "create_bolt_app", "init_app"]

log = logging.getLogger("leadbot.slack")


def create_bolt_app(
    sessions: sessionmaker,
    *,
    token: str,
    signing_secret: str,
    base_url: str = DEFAULT_BASE_URL,
    executor: Executor | None = None,
    client: WebClient | None = None,
    handoffs: Handoffs | None = None,
) -> App:
    """A bolt ``App`` for one workspace, with every listener registered.

    ``base_url`` is Slack's Web API (tests point it at a local fake). The
    token is checked by the first request that needs it, not at start-up, so
    a web process boots even while Slack is unreachable.
    """
    # bolt uses the name only to name its listeners' loggers; left out, it takes the caller's file name
    # from inspect.stack(), which reads the source of every frame on the stack (some 0.1 s an app under
    # pytest's deep stacks, once for every app a test makes).
    app = App(
        name="leadbot.slack",
        signing_secret=signing_secret,
        client=client or WebClient(token=token, base_url=base_url.rstrip("/") + "/"),
        process_before_response=False,
        token_verification_enabled=False,
        listener_executor=executor,
    )
    listeners.register(app, sessions, handoffs)
    return app


def init_app(
    app: Flask,
    *,
    token: str | None = None,
    signing_secret: str | None = None,
    base_url: str | None = None,
    forwarder: Forwarder | None = None,
    executor: Executor | None = None,
) -> App | None:
    """Mount ``/slack/events`` when Slack is configured; arguments override the settings.

    ``executor`` runs what is done after Slack has its answer (bolt's listeners, the forward to Rasa); by
    default a pool of threads each. A test gives one that runs it before the request returns, so that what a
    request did (or did not do) is known when its answer is, without waiting for other threads.

    Reads the bot token and API base URL from ``settings.integrations["slack"]``
    (``token``, ``base_url``) and the signing secret from
    ``settings.slack_signing_secret``, when the settings offer them.
    """
    settings = app.config["LEADBOT_SETTINGS"]
    configured = settings.integrations.get("slack", {})
    token = token or configured.get("token")
    signing_secret = signing_secret or getattr(settings, "slack_signing_secret", None)
    base_url = base_url or configured.get("base_url") or DEFAULT_BASE_URL
    if not token or not signing_secret:
        log.info("Slack is not configured (bot token and signing secret); %s is not mounted", PATH)
        return None
    with app.app_context():
        sessions = db.sessions
    client = WebClient(token=token, base_url=base_url.rstrip("/") + "/")
    handoffs = handoff.init_app(app, sessions, client)
    bolt = create_bolt_app(sessions, token=token, signing_secret=signing_secret, base_url=base_url, client=client,
                           handoffs=handoffs, executor=executor)
    mount(app, bolt, signing_secret, forwarder or Forwarder(settings.bot_url, executor=executor), handoffs)
    return bolt
