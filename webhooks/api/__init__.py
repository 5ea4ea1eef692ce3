"""The JSON API under ``/api/v1``, its calendar files and its OpenAPI document.

- ``boundary``: the first and last word of every API view: ``authenticate_caller`` (the caller, and
  the body read once), ``request_json`` and ``load`` (fields loaded, or one shape of 422).
- ``leads``: take in, list, read, change and erase leads (``webhooks.leads`` does the work);
  ``conversations``: forget a conversation, and erase its lead, when its visitor asks the bot to.
- ``bookings``: a lead owner's free slots and booking one (``webhooks.bookings`` holds the rules);
  ``calendar``: the booked call's public ``/calendar/<token>.ics``.
- ``playbook``: ``GET /api/v1/playbook``, the published playbook for the action server.
- ``schemas``: what requests may say and responses look like (marshmallow), and
  ``json_object``, the one reading of a request body.
- ``openapi``: the document at ``/api/openapi.json``, generated from those schemas.
- ``health``: ``GET /healthz``.

Wiring, in ``create_app``: ``api.init_app(app)``. Callers authenticate with an API key
or the action server's signature (``webhooks.auth``, the ``signing`` package).
"""

from __future__ import annotations

from flask import Flask, jsonify

__all__ = ["init_app"]


def init_app(app: Flask) -> None:
    from webhooks.api import bookings, calendar, conversations, health, leads, openapi, playbook

    app.register_blueprint(leads.api)
    app.register_blueprint(conversations.conversations_api)
    app.register_blueprint(health.health)
    app.register_blueprint(bookings.bookings)
    app.register_blueprint(calendar.calendar_files)
    app.register_blueprint(playbook.playbook_api)
    document = openapi.document()
    app.add_url_rule("/api/openapi.json", "openapi", lambda: jsonify(document))
