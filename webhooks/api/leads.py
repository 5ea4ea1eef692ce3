"""The HTTP API under ``/api/v1``: views load, call ``webhooks.leads``, dump."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Mapping

from flask import Blueprint, current_app, g, jsonify, request
from marshmallow import Schema, ValidationError
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from werkzeug.exceptions import RequestEntityTooLarge

import signing
from nlu.attributes import Attributes, ContractError
from qualification import Signals
from webhooks import leads
from webhooks.api.schemas import (
    LeadInSchema,
    LeadPatchSchema,
    LeadQuerySchema,
    json_object,
)
from webhooks.auth import MANAGE, authenticate
from webhooks.database import db
from webhooks.errors import InvalidInput
from webhooks.models import Lead

api = Blueprint("api", __name__, url_prefix="/api/v1")
health = Blueprint("health", __name__)

_lead_in, _lead_patch, _lead_query = LeadInSchema(), LeadPatchSchema(), LeadQuerySchema()
# The methods whose body is data; every API view taking one reads it through ``request_json``.
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


@api.before_request
def authenticate_caller() -> None:
    """The first step of every API blueprint (leads, bookings, the playbook): who is calling, as ``g.principal``."""
    body = request.get_data(cache=True)  # 413 past MAX_CONTENT_LENGTH, before anything is parsed
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is None and limit is not None and len(body) >= limit:
        # A streamed (chunked) body is cut at the limit rather than refused: a full one was too long.
        raise RequestEntityTooLarge()
    g.principal = authenticate(
        current_app.config["LEADBOT_SETTINGS"], request.method,
        signing.target(request.path, request.query_string.decode("latin-1")), body, request.headers, db.sessions,
        defer_replay_check=request.endpoint == "api.create_lead",  # its nonce joins the lead's transaction
    )
    if request.method in BODY_METHODS:
        # Read here, not in each view: no code (a view, a rate limit's key) sees a body the boundary refused.
        g.json_body = json_object(body)


@api.post("/leads")
def create_lead():  # type: ignore[no-untyped-def]
    data = _load(_lead_in, request_json())
    g.principal.require_ingest(data["source"])
    signals = data.get("signals")
    incoming = leads.LeadIn(
        source=data["source"],
        conversation_id=data.get("conversation_id"),
        attributes=_attributes(data["attributes"]),
        answers=[(a["question_id"], a["text"]) for a in data.get("answers", ())],
        consents=[leads.ConsentIn(**c) for c in data.get("consent", ())],
        signals=Signals(**{**signals, "pages": tuple(signals.get("pages", ())),
                           "human_requested": data.get("human_requested", False)}) if signals
        else Signals(human_requested=data.get("human_requested", False)),
        booking=_booking(data.get("booking")),
        complete=data["complete"],
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
    args = _load(_lead_query, request.args.to_dict())
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
        items = [_represent(lead, detail=False) for lead in page]
    next_cursor = _encode_cursor(page[-1].seq) if len(rows) > args["limit"] else None
    return jsonify({"items": items, "next_cursor": next_cursor})


@api.get("/leads/<lead_id>")
def get_lead(lead_id: str):  # type: ignore[no-untyped-def]
    g.principal.require(MANAGE)
    with db.session() as session:
        return jsonify(_represent(leads.get(session, lead_id)))


@api.patch("/leads/<lead_id>")
def patch_lead(lead_id: str):  # type: ignore[no-untyped-def]
    g.principal.require(MANAGE)
    data = _load(_lead_patch, request_json())
    changes = {k: data[k] for k in ("status", "owner") if k in data}
    with db.transaction() as session:
        lead = leads.change(session, lead_id, changes, actor=data.get("actor") or g.principal.actor)
        body = _represent(lead)
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


@health.get("/healthz")
def healthz():  # type: ignore[no-untyped-def]
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # the check's whole point is to report any failure
        current_app.logger.warning("health check failed: %s", type(exc).__name__)
        return jsonify({"status": "unavailable", "database": "unreachable"}), 503
    return jsonify({"status": "ok", "database": "ok"})


def request_json() -> dict[str, Any]:
    """The request's body as ``schemas.json_object`` read it, once, right after the caller was authenticated."""
    return g.json_body


_NUL_ESCAPE = b"\\u0000"


def _load(schema: Schema, data: Mapping[str, Any]) -> dict[str, Any]:
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


def _represent(lead: Lead, *, detail: bool = True) -> dict[str, Any]:
    return leads.represent(lead, detail=detail)
