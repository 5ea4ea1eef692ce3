"""The application factory: settings in, a wired Flask app out."""

from __future__ import annotations

import logging
from typing import Any, Mapping

from flask import Flask

from webhooks import api, edge, errors, limits, playbooks, site, slack, studio
from webhooks.database import db
from webhooks.destinations import Registry
from webhooks.settings import Settings


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the service; ``test_config`` overrides settings by field name.

    Besides ``Settings`` fields, tests may pass ``playbook`` (a loaded
    ``Playbook``), ``destinations`` (name -> ``Destination``) and
    ``slack_executor`` (what runs Slack's work after its acknowledgement,
    see ``slack.init_app``) directly.
    """
    app = Flask("webhooks")
    config = dict(test_config or {})
    settings = Settings.from_env().override(config)
    app.config.update(
        LEADBOT_SETTINGS=settings,
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        JSON_SORT_KEYS=False,
        TESTING=bool(config.get("TESTING", False)),
    )
    edge.init_app(app)  # trusted proxies (LEADBOT_PROXIES) and HSTS
    app.extensions["leadbot.registry"] = Registry(settings, config.get("destinations"))
    db.init_app(app)
    # A provider, not a playbook: ``.current()`` is the published version, re-checked at most once a second.
    app.extensions["leadbot.playbook"] = playbooks.provider(settings, app.extensions["leadbot.db"][1], config.get("playbook"))
    errors.register(app)
    api.init_app(app)  # the JSON API, its calendar files and /api/openapi.json
    slack.init_app(app, executor=config.get("slack_executor"))
    studio.init_app(app)
    site.init_app(app)
    limits.init_app(app)  # last: it wraps the views registered above
    app.logger.setLevel(logging.INFO)
    return app

