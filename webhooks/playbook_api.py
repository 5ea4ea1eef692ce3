"""``GET /api/v1/playbook``: the published playbook, for the bot's action server (and admins).

The action server polls this about once a second, so it answers from the
provider's memory and supports ``If-None-Match`` (a 304 costs nothing).
Callers sign the request line ``GET /api/v1/playbook`` with the shared
secret (``webhooks.signing``), which binds the signature to this read-only
endpoint: it cannot be replayed against anything that changes data, so it
is not remembered as a nonce (a poll a second would otherwise write a row a
second). The admin API key works too.
"""

from __future__ import annotations

import hmac

from flask import Blueprint, Response, current_app, jsonify, request

from webhooks import signing
from webhooks.errors import Unauthenticated

PATH = "/api/v1/playbook"
SIGNED_CONTENT = f"GET {PATH}".encode()

playbook_api = Blueprint("playbook_api", __name__)


@playbook_api.get(PATH)
def published_playbook() -> Response:
    _authenticate()
    snapshot = current_app.extensions["leadbot.playbook"].snapshot()
    if snapshot.etag in _etags(request.headers.get("If-None-Match", "")):
        response = Response(status=304)
    else:
        response = jsonify({
            "version": snapshot.version,
            "published_at": None if snapshot.published_at is None else snapshot.published_at.isoformat(timespec="milliseconds") + "Z",
            "playbook": snapshot.data,
        })
    response.headers["ETag"] = snapshot.etag
    response.headers["Cache-Control"] = "no-cache"
    return response


def _etags(header: str) -> set[str]:
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}


def _authenticate() -> None:
    settings = current_app.config["LEADBOT_SETTINGS"]
    if request.headers.get(signing.SIGNATURE_HEADER):
        if not settings.action_secret:
            raise Unauthenticated("signed requests are not enabled on this service")
        try:
            signing.verify(settings.action_secret, SIGNED_CONTENT, request.headers, tolerance=settings.signature_tolerance)
        except signing.SignatureError as exc:
            raise Unauthenticated(str(exc)) from None
        return
    authorization = request.headers.get("Authorization", "")
    key = authorization[7:].strip() if authorization[:7].lower() == "bearer " else request.headers.get("X-API-Key", "")
    if key and settings.admin_api_key and hmac.compare_digest(key.encode(), settings.admin_api_key.encode()):
        return
    raise Unauthenticated(f"sign the request line '{SIGNED_CONTENT.decode()}' ({signing.SIGNATURE_HEADER}) or send the admin API key")
