"""``GET /api/v1/playbook``: the published playbook, for the bot's action server (and admins).

The action server polls this about once a second, so it answers from the
provider's memory and supports ``If-None-Match`` (a 304 costs nothing).
Callers sign the request (``signing``), which binds the signature to this
read-only endpoint: it cannot be replayed against anything that changes
data, so it is not remembered as a nonce (a poll a second would otherwise
write a row a second). The admin API key works too.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, g, jsonify, request

import signing
from qualification.playbook_file import read_yaml
from webhooks.api.boundary import authenticate_caller
from webhooks.auth import READ_PLAYBOOK
from webhooks.database import db
from webhooks.errors import InvalidInput
from webhooks.models import iso
from webhooks.playbooks.store import PlaybookStore

playbook_api = Blueprint("playbook_api", __name__)
playbook_api.before_request(authenticate_caller)


@playbook_api.get(signing.PLAYBOOK_PATH)
def published_playbook() -> Response:
    g.principal.require(READ_PLAYBOOK)
    if "version" in request.args:  # one version, draft or not: the studio's preview chat (signing.preview)
        return _one_version(request.args["version"])
    snapshot = current_app.extensions["leadbot.playbook"].snapshot()
    if snapshot.etag in _etags(request.headers.get("If-None-Match", "")):
        response = Response(status=304)
    else:
        response = jsonify({
            "version": snapshot.version,
            "published_at": iso(snapshot.published_at),
            "playbook": snapshot.data,
        })
    response.headers["ETag"] = snapshot.etag
    response.headers["Cache-Control"] = "no-cache"
    return response


def _etags(header: str) -> set[str]:
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}


def _one_version(raw: str) -> Response:
    if not (raw.isascii() and raw.isdigit() and 0 < len(raw) <= 9):
        raise InvalidInput("version must be a version number", fields={"version": ["not a version number"]})
    settings = current_app.config["LEADBOT_SETTINGS"]
    with db.session() as session:
        row = PlaybookStore(settings.playbook_path).get(session, int(raw))  # 404 when there is none
        body = {"version": row.version, "published": bool(row.published), "playbook": read_yaml(row.text)}
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response
