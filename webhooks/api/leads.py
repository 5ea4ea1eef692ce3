"""``/api/v1/leads``: take in, list, read, change and erase leads; views load, call ``webhooks.leads``, dump."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Mapping

from flask import Blueprint, current_app, g, jsonify, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from nlu.attributes import Attributes, ContractError
from qualification import Signals
from webhooks import leads
from webhooks.api.boundary import authenticate_caller, load, request_json
from webhooks.api.schemas import LeadInSchema, LeadPatchSchema, LeadQuerySchema
from webhooks.auth import MANAGE
from webhooks.database import db
from webhooks.errors import InvalidInput
from webhooks.models import Lead

api = Blueprint("api", __name__, url_prefix="/api/v1")

_lead_in, _lead_patch, _lead_query = LeadInSchema(), LeadPatchSchema(), LeadQuerySchema()
api.before_request(authenticate_caller)


@api.post("/leads")
def create_lead():  # type: ignore[no-untyped-def]
    data = load(_lead_in, request_json())
    g.principal.require_ingest(data["source"])
    signals = data.get("signals")
    incoming = leads.LeadIn(
        source=data["source"],
        conversation_id=data.get("conversation_id"),
        attributes=_attributes(data["attributes"]),
        answers=[leads.AnswerIn(a["question_id"], a["text"], a.get("source")) for a in data.get("answers", ())],
        consents=[leads.ConsentIn(**c) for c in data.get("consent", ())],
        signals=Signals(**{**signals, "pages": tuple(signals.get("pages", ())),
                           "human_requested": data.get("human_requested", False), "language": data.get("language")})
        if signals else Signals(human_requested=data.get("human_requested", False), language=data.get("language")),
        booking=_booking(data.get("booking")),
        complete=data["complete"],
        language=data.get("language"),
        attribution=_attribution(data.get("attribution")),
    )
    key = _idempotency_key()
    playbook = current_app.extensions["leadbot.playbook"].current()  # cached; re-checked at most once a second
    registry = current_app.extensions["leadbot.registry"]
    settings = current_app.config["LEADBOT_SETTINGS"]
    principal = g.principal

    def work(session: Session) -> tuple[dict[str, Any], bool]:
        # The signature's nonce is taken first inside, so a replay writes nothing.
        return leads.ingest(
            session, incoming, playbook, registry, idempotency_key=key, actor=principal.actor,
            abandoned_after=settings.abandoned_after, nonce=principal.nonce,
            nonce_tolerance=settings.signature_tolerance,
        )

    body, created = leads.insert_or_update(db.sessions, work)
    current_app.logger.info("lead %s %s stage=%s%s", body["id"], "created" if created else "updated", body["stage"],
                            " draft" if body["conversation"] == leads.CONVERSATION_IN_PROGRESS else "")
    # Serialised here rather than by ``jsonify``, which sorts every key of this large body for nothing.
    text = json.dumps(body, separators=(",", ":"))
    return current_app.response_class(text + "\n", status=201 if created else 200, mimetype="application/json")


@api.get("/leads")
def list_leads():  # type: ignore[no-untyped-def]
    args = load(_lead_query, request.args.to_dict())
    g.principal.require(MANAGE)
    query = select(Lead).order_by(Lead.seq.desc()).limit(args["limit"] + 1)
    for name in ("stage", "status", "owner"):
        if name in args:
            query = query.where(getattr(Lead, name) == args[name])
    if "since" in args:
        query = query.where(Lead.created_at >= args["since"])
    if "cursor" in args:
        query = query.where(Lead.seq < _decode_cursor(args["cursor"]))
    with db.session() as session:
        rows = list(session.execute(query).scalars())
        page = rows[: args["limit"]]
        items = [leads.represent(lead, detail=False) for lead in page]
    next_cursor = _encode_cursor(page[-1].seq) if len(rows) > args["limit"] else None
    return jsonify({"items": items, "next_cursor": next_cursor})


@api.get("/leads/<lead_id>")
def get_lead(lead_id: str):  # type: ignore[no-untyped-def]
    g.principal.require(MANAGE)
    with db.session() as session:
        return jsonify(leads.represent(leads.get(session, lead_id)))


@api.patch("/leads/<lead_id>")
def patch_lead(lead_id: str):  # type: ignore[no-untyped-def]
    g.principal.require(MANAGE)
    data = load(_lead_patch, request_json())
    changes = {k: data[k] for k in ("status", "owner") if k in data}
    with db.transaction() as session:
        lead = leads.change(session, lead_id, changes, actor=data.get("actor") or g.principal.actor)
        body = leads.represent(lead)
    current_app.logger.info("lead %s changed fields=%s", lead_id, ",".join(sorted(changes)))
    return jsonify(body)


@api.delete("/leads/<lead_id>")
def erase_lead(lead_id: str):  # type: ignore[no-untyped-def]
    g.principal.require(MANAGE)
    with db.transaction() as session:
        lead, notices = leads.erase(session, lead_id, current_app.extensions["leadbot.registry"], actor=g.principal.actor)
        body = {"id": lead.id, "erased_at": leads.iso(lead.erased_at), "notices": [d.destination for d in notices]}
    current_app.logger.info("lead %s erased notices=%d", lead_id, len(body["notices"]))
    return jsonify(body)


_NUL_ESCAPE = b"\\u0000"


def _attributes(data: Mapping[str, Any]) -> Attributes:
    # JSON text can only carry NUL as the escape \u0000 (a raw control character is not JSON): without
    # one in the body there is nothing to look for, and walking every value costs each lead.
    if _NUL_ESCAPE in request.get_data(cache=True):
        _refuse_nul(data, "attributes")
    try:
        return Attributes.from_dict(data)
    except ContractError as exc:
        path = exc.path if exc.path.startswith("attributes") else f"attributes.{exc.path}"
        raise InvalidInput(f"attributes do not follow the lead contract: {path}", fields={path: [exc.message]}) from None


def _refuse_nul(value: Any, path: str) -> None:
    if isinstance(value, str) and "\x00" in value:
        raise InvalidInput("text must not contain NUL characters", fields={path: ["contains NUL"]})
    if isinstance(value, dict):
        for key, item in value.items():
            _refuse_nul(key, path)
            _refuse_nul(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_nul(item, f"{path}.{index}")


def _attribution(data: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Where the visitor came from, with empty values left out; None when nothing is left."""
    if not data:
        return None
    utm = {k: v for k, v in (data.get("utm") or {}).items() if v}
    kept = {k: v for k, v in data.items() if k != "utm" and v}
    if utm:
        kept["utm"] = utm
    return kept or None


def _booking(data: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not data:
        return None
    return {key: leads.iso(value) if key.endswith("_at") else value for key, value in data.items()}


def _idempotency_key() -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    if not (1 <= len(key) <= 200) or not key.isprintable():
        raise InvalidInput("Idempotency-Key must be 1 to 200 printable characters", fields={"Idempotency-Key": ["invalid"]})
    return key


def _encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(str(seq).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int:
    try:
        return int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise InvalidInput("cursor is not one this API returned", fields={"cursor": ["invalid"]}) from None
