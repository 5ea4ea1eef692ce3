"""The first and last word of every API view: who is calling, the body read once, fields loaded or a 422.

``authenticate_caller`` runs before each API blueprint's views (leads,
bookings, the playbook, the hand-off): the body is read against the size
limit, the caller authenticated over it (``webhooks.auth``) and, for a method
that carries data, parsed by ``schemas.json_object``, so no view and no rate
limit's key ever sees a body the boundary refused. Views then take that body
from ``request_json`` and validate it, or the query, with ``load``: one shape
of 422 for every schema, nested fields named by their path (``answers.0.text``).
"""

from __future__ import annotations

from typing import Any, Mapping

from flask import current_app, g, request
from marshmallow import Schema, ValidationError
from werkzeug.exceptions import RequestEntityTooLarge

import signing
from webhooks.api.schemas import json_object
from webhooks.auth import authenticate
from webhooks.database import db
from webhooks.errors import InvalidInput

# The methods whose body is data; every API view taking one reads it through ``request_json``.
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# Its nonce joins the lead's own transaction instead of being remembered here.
_DEFERS_REPLAY_CHECK = frozenset({"api.create_lead"})


def authenticate_caller() -> None:
    """Who is calling, as ``g.principal``; for a body-carrying method the body too, as ``g.json_body``."""
    body = request.get_data(cache=True)  # 413 past MAX_CONTENT_LENGTH, before anything is parsed
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is None and limit is not None and len(body) >= limit:
        # A streamed (chunked) body is cut at the limit rather than refused: a full one was too long.
        raise RequestEntityTooLarge()
    g.principal = authenticate(
        current_app.config["LEADBOT_SETTINGS"], request.method,
        signing.target(request.path, request.query_string.decode("latin-1")), body, request.headers, db.sessions,
        defer_replay_check=request.endpoint in _DEFERS_REPLAY_CHECK,
    )
    if request.method in BODY_METHODS:
        # Read here, not in each view: no code (a view, a rate limit's key) sees a body the boundary refused.
        g.json_body = json_object(body)


def request_json() -> dict[str, Any]:
    """The request's body as ``schemas.json_object`` read it, once, right after the caller was authenticated."""
    return g.json_body


def load(schema: Schema, data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` loaded by ``schema``, or ``InvalidInput`` (422) naming every field that is wrong."""
    try:
        return schema.load(data)
    except ValidationError as exc:
        raise InvalidInput("the request has invalid fields", fields=_flatten(exc.messages)) from None


def _flatten(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """marshmallow's nested error dict as ``{"answers.0.text": [...]}``."""
    if isinstance(messages, list):
        return {prefix or "_schema": [str(m) for m in messages]}
    out: dict[str, list[str]] = {}
    for key, value in messages.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, (dict, list)):
            out.update(_flatten(value, path))
        else:
            out[path] = [str(value)]
    return out
