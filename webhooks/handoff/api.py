"""``POST /api/v1/handoff/messages``: the bot's channel hands over what the visitor writes while a person is in.

Signed with ``LEADBOT_ACTION_SECRET`` (``signing``), as only the bot's
processes hold it; an API key, even the admin's, may not speak for a visitor.
Body: ``{"conversation_id", "text", "kind": "message" | "stop" | "gone" | "back" | "asked"}``
(``gone``: the visitor's last tab closed; ``back``: a tab of theirs is open again; ``asked``:
the visitor asked for a person, answered with ``fetching`` (the team is at work) and
``wait_seconds`` (``LEADBOT_HANDOFF_WAIT``) before the bot offers a call instead, or ``unreachable``
when Slack could not be told: the bot then offers a call at once). Answers
``{"live": true}`` when a person is in the chat (the line is stored and shown
in the thread), ``{"live": false}`` when nobody is (the bot answers as usual).
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, g, jsonify
from marshmallow import Schema, ValidationError, fields, validate

from signing.paths import HANDOFF_MESSAGES_PATH
from webhooks.api.boundary import authenticate_caller, request_json
from webhooks.auth import ACTION_SERVER
from webhooks.errors import Forbidden, InvalidInput

EXTENSION = "leadbot.handoff"
blueprint = Blueprint("handoff", __name__)


class VisitorLine(Schema):
    conversation_id = fields.String(required=True, validate=validate.Length(min=1, max=200))
    text = fields.String(load_default="", validate=validate.Length(max=4000))
    kind = fields.String(load_default="message", validate=validate.OneOf(("message", "stop", "gone", "back", "asked")))


@blueprint.before_request
def _authenticate() -> None:
    authenticate_caller()
    if g.principal.kind != ACTION_SERVER:
        raise Forbidden("only the bot speaks for a visitor")


@blueprint.post(HANDOFF_MESSAGES_PATH)
def visitor_line() -> Response:
    try:
        line = VisitorLine().load(request_json())
    except ValidationError as error:
        raise InvalidInput("the request has invalid fields",
                           fields={k: [str(m) for m in v] if isinstance(v, list) else [str(v)]
                                   for k, v in error.messages.items()}) from None
    handoffs = current_app.extensions[EXTENSION]
    if line["kind"] == "stop":
        return jsonify(live=False, ended=handoffs.visitor_left(line["conversation_id"]))
    if line["kind"] == "asked":
        settings = current_app.config["LEADBOT_SETTINGS"]
        playbook = current_app.extensions["leadbot.playbook"].current()
        return jsonify(handoffs.asked(line["conversation_id"], playbook, settings.handoff_wait))
    if line["kind"] in ("gone", "back"):
        return jsonify(live=handoffs.visitor_presence(line["conversation_id"], line["kind"]))
    if not line["text"].strip():
        raise InvalidInput("the request has invalid fields", fields={"text": ["required"]})
    return jsonify(live=handoffs.visitor_said(line["conversation_id"], line["text"]))
