"""``POST /api/v1/conversations/<id>/erasure``: a visitor asked the bot to delete what they told it.

The bot's action server sends it (signed), or an operator with the admin key.
The conversation's lead, if it has one, is erased as ``DELETE
/api/v1/leads/<id>`` erases it, and the chat is forgotten even when no lead
was made of it yet (no consent given). Asking twice is answered the same way.
"""

from __future__ import annotations

from flask import Blueprint, current_app, g, jsonify

from webhooks import leads
from webhooks.api.boundary import authenticate_caller, load, request_json
from webhooks.api.schemas import ErasureInSchema
from webhooks.auth import FORGET
from webhooks.database import db

conversations_api = Blueprint("conversations_api", __name__, url_prefix="/api/v1")
conversations_api.before_request(authenticate_caller)
_erasure_in = ErasureInSchema()


@conversations_api.post("/conversations/<conversation_id>/erasure")
def erase_conversation(conversation_id: str):  # type: ignore[no-untyped-def]
    g.principal.require(FORGET)
    load(_erasure_in, request_json())
    with db.transaction() as session:
        lead, notices = leads.erase_conversation(
            session, conversation_id, current_app.extensions["leadbot.registry"], actor=g.principal.actor)
        body = {"lead": lead.id if lead is not None else None, "notices": [d.destination for d in notices]}
    # Neither the conversation's id nor anything it said is logged: only that one was forgotten.
    current_app.logger.info("conversation forgotten at its visitor's request lead=%s notices=%d",
                            body["lead"] or "none", len(body["notices"]))
    return jsonify(body)
