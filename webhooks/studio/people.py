"""Salespeople by the names visitors and sales know them by, never by their Slack user ids.

The published playbook's ``routing.owners`` gives each owner (keyed by
Slack user id) a display name; the studio's pages say that name wherever a
lead's owner, a booking's host or a sales action's author appears. An id the
playbook does not name (someone since removed, or a colleague who claimed a
lead from Slack) is shown as it is, so nothing is hidden.

Template filters, registered on the studio's blueprint: ``person`` (an owner
id) and ``actor`` (a status change's author: ``slack:<id>``, ``api``, ...).
"""

from __future__ import annotations

from typing import Mapping

from flask import current_app, g

from qualification.playbook import Routing
from webhooks.studio import bp

SLACK_ACTOR = "slack:"


@bp.before_request
def _read_routing() -> None:
    """The owners' names, read before a view opens its session: the published playbook may need a database
    read, and on SQLite (every transaction BEGIN IMMEDIATE) a second one inside a view's would wait for it."""
    g.leadbot_routing = current_app.extensions["leadbot.playbook"].current().routing


def _routing() -> Routing:
    routing = g.get("leadbot_routing")
    return routing if routing is not None else current_app.extensions["leadbot.playbook"].current().routing


def names() -> Mapping[str, str]:
    """Owner id -> display name, from the published playbook."""
    return {key: owner.name for key, owner in _routing().owners.items()}


@bp.app_template_filter("person")
def person(owner: str | None) -> str:
    """An owner as people know them: the playbook's name, else the id as stored (blank: an em dash)."""
    if not owner:
        return "—"
    return _routing().owner_name(owner) or owner


@bp.app_template_filter("actor")
def actor(who: str | None) -> str:
    """Who made a change: a salesperson in Slack by name ("Sophie Martin, in Slack"), others as recorded."""
    if who and who.startswith(SLACK_ACTOR):
        return f"{person(who[len(SLACK_ACTOR):])}, in Slack"
    return who or "—"


def owner_id(typed: str) -> str:
    """The owner a filter names, by id or by display name (case aside); unknown text stays as typed."""
    wanted = typed.strip().casefold()
    for key, name in names().items():
        if wanted in (key.casefold(), name.casefold()):
            return key
    return typed.strip()
