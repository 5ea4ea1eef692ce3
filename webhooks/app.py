"""The application factory: settings in, a wired Flask app out."""

from __future__ import annotations

import logging
from typing import Any, Mapping

from flask import Flask, jsonify

from webhooks import bookings, edge, errors, limits, openapi, playbooks, site, slack, studio
from webhooks.api import api, health
from webhooks.database import db
from webhooks.destinations import Registry
from webhooks.playbook_api import playbook_api
from webhooks.settings import Settings


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the service; ``test_config`` overrides settings by field name.

    Besides ``Settings`` fields, tests may pass ``playbook`` (a loaded
    ``Playbook``) and ``destinations`` (name -> ``Destination``) directly.
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
    app.register_blueprint(api)
    app.register_blueprint(health)
    app.register_blueprint(bookings.bookings)
    app.register_blueprint(bookings.calendar_files)
    app.register_blueprint(playbook_api)
    slack.init_app(app)
    studio.init_app(app)
    site.init_app(app)
    document = openapi.document()
    app.add_url_rule("/api/openapi.json", "openapi", lambda: jsonify(document))
    limits.init_app(app)  # last: it wraps the views registered above
    app.logger.setLevel(logging.INFO)
    return app

