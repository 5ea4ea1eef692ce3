"""The OpenAPI 3 document, generated from the marshmallow schemas the views validate with.

It is made of code only (the schemas, the signing package's header names, the words below), never of an
app's settings, so ``document()`` builds it once per process and every app serves that one: building it
was about half of ``create_app``'s CPU (17 of 31-37 ms an app), and the tests make some 2,000 apps.
``build()`` makes a new one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

import signing
from webhooks.api import schemas

_ERRORS = {
    "400": "malformed JSON",
    "401": "missing, stale, forged or replayed signature, or unknown API key",
    "403": ("this credential may not do this: a source key writes only its own source's leads; the action "
            "server's signature writes the bot's leads, reads slots, books and reads the playbook; only the admin "
            "key reads, changes or erases leads"),
    "413": "body larger than the limit",
    "422": "invalid fields (named in error.fields)",
    "404": "no lead with this id",
    "409": ("the lead was erased; or, taking in a lead, its conversation_id or Idempotency-Key belongs to a lead of "
            "another source (error.fields names which; nothing of that lead is shown and nothing is written), or its "
            "conversation's lead was erased and the visitor has not talked to the bot since (conversation_erased)"),
}


def _responses(ok: dict[str, Any], *extra: str) -> dict[str, Any]:
    out = dict(ok)
    for code in ("400", "401", "403", "413", "422", *extra):
        out[code] = {"description": _ERRORS[code], "content": {"application/json": {"schema": "Error"}}}
    return out


def _json(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


@cache
def document() -> dict[str, Any]:
    """The document, built on the first call and shared by every app of the process: read it, never change it."""
    return build()


def build() -> dict[str, Any]:
    """A newly built document."""
    spec = APISpec(
        title="leadbot lead service", version="1.0.0", openapi_version="3.0.3",
        plugins=[MarshmallowPlugin()],
        info={"description": "Leads in from the bot and other sources; scored, stored, and delivered."},
    )
    for name in ("LeadIn", "LeadPatch", "LeadOut", "LeadPage", "Error", "Health"):
        spec.components.schema(name, schema=getattr(schemas, f"{name}Schema"))
    spec.components.security_scheme("apiKey", {"type": "http", "scheme": "bearer"})
    spec.components.security_scheme(
        "signature", {"type": "apiKey", "in": "header", "name": signing.SIGNATURE_HEADER,
                      "description": (f"{signing.VERSION}=HMAC-SHA256 hex over '<{signing.TIMESTAMP_HEADER}>\\n<METHOD>\\n"
                                      "<path?query>\\n<body>' with the shared secret (the signing package); "
                                      "a state-changing request is accepted once")},
    )
    security = [{"apiKey": []}, {"signature": []}]
    lead_id = {"name": "lead_id", "in": "path", "required": True, "schema": {"type": "string"}}
    spec.path(path="/api/v1/leads", operations={
        "post": {
            "summary": "Take in a lead (idempotent by conversation_id or Idempotency-Key)",
            "description": (
                "Drafts: the bot posts the lead with complete false as soon as the visitor has given an email "
                "and consent, again after each answer, and finally with complete true (or without the field). "
                "A draft is stored, scored and shown by GET (complete false, conversation in_progress) but "
                "sent nowhere until the complete POST, or until it has heard nothing for "
                "LEADBOT_ABANDONED_AFTER seconds: then the worker sends it on with what was known, "
                "data.conversation abandoned. Each draft POST restarts that wait. A lead once sent on never "
                "becomes a draft again. DELETE erases a draft like any lead, and it is then sent nowhere."
            ),
            "security": security,
            "parameters": [{"name": "Idempotency-Key", "in": "header", "required": False,
                            "schema": {"type": "string", "maxLength": 200}}],
            "requestBody": {"required": True, "content": {"application/json": {"schema": "LeadIn"}}},
            "responses": _responses({"201": _json("LeadOut", "created"), "200": _json("LeadOut", "updated")}, "409"),
        },
        "get": {
            "summary": "List leads, newest first",
            "security": security,
            "parameters": [{"in": "query", "schema": schemas.LeadQuerySchema}],
            "responses": _responses({"200": _json("LeadPage", "a page of leads")}),
        },
    })
    spec.path(path="/api/v1/leads/{lead_id}", parameters=[lead_id], operations={
        "get": {"summary": "One lead with its deliveries", "security": security,
                "responses": _responses({"200": _json("LeadOut", "the lead")}, "404")},
        "patch": {"summary": "Change status and/or owner (audited; destinations told)", "security": security,
                  "requestBody": {"required": True, "content": {"application/json": {"schema": "LeadPatch"}}},
                  "responses": _responses({"200": _json("LeadOut", "the changed lead")}, "404", "409")},
        "delete": {"summary": "Erase the person (GDPR)", "security": security,
                   "responses": _responses({"200": {"description": "erased; notices queued"}}, "404")},
    })
    spec.components.schema("ErasureIn", schema=schemas.ErasureInSchema)
    spec.path(path="/api/v1/conversations/{conversation_id}/erasure", parameters=[
        {"name": "conversation_id", "in": "path", "required": True, "schema": {"type": "string"}}], operations={
        "post": {"summary": "Forget a conversation, and erase its lead if it has one: its visitor asked the bot to",
                 "security": security,
                 "requestBody": {"required": True, "content": {"application/json": {"schema": "ErasureIn"}}},
                 "responses": _responses({"200": {"description": "forgotten; notices queued for its lead"}})},
    })
    _booking_paths(spec, security)
    spec.path(path="/api/v1/playbook", operations={
        "get": {
            "summary": "The published playbook (what the bot asks from); supports If-None-Match",
            "description": "Sign the request (the signing package), or send the admin API key. "
                           "version is null while nothing is published.",
            "security": security,
            "parameters": [{"name": "If-None-Match", "in": "header", "required": False, "schema": {"type": "string"}}],
            "responses": {
                "200": {"description": "the playbook", "headers": {"ETag": {"schema": {"type": "string"}}},
                        "content": {"application/json": {"schema": {"type": "object", "properties": {
                            "version": {"type": "integer", "nullable": True},
                            "published_at": {"type": "string", "format": "date-time", "nullable": True},
                            "playbook": {"type": "object"}}}}}},
                "304": {"description": "unchanged since the ETag given"},
                "401": {"description": _ERRORS["401"], "content": {"application/json": {"schema": "Error"}}},
            },
        },
    })
    spec.path(path="/healthz", operations={
        "get": {"summary": "Database reachable?", "responses": {
            "200": _json("Health", "healthy"), "503": _json("Health", "database unreachable")}},
    })
    return spec.to_dict()


def _booking_paths(spec: APISpec, security: list[dict[str, list[str]]]) -> None:
    """The action server's booking endpoints and the calendar file they link to."""
    for name in ("SlotPage", "BookingIn", "BookingOut"):
        spec.components.schema(name, schema=getattr(schemas, f"{name}Schema"))
    lead_id = {"name": "lead_id", "in": "path", "required": True, "schema": {"type": "string"}}
    spec.path(path="/api/v1/leads/{lead_id}/slots", parameters=[lead_id], operations={
        "get": {"summary": "The next free slots of the lead's owner, labelled in the visitor's time zone",
                "security": security, "parameters": [{"in": "query", "schema": schemas.SlotQuerySchema}],
                "responses": _responses({"200": _json("SlotPage", "free slots")}, "404", "409")},
    })
    spec.path(path="/api/v1/leads/{lead_id}/booking", parameters=[lead_id], operations={
        "post": {"summary": "Book one of the offered slots (409 when it was just taken)", "security": security,
                 "requestBody": {"required": True, "content": {"application/json": {"schema": "BookingIn"}}},
                 "responses": _responses({"201": _json("BookingOut", "booked"),
                                         "200": _json("BookingOut", "already booked, the same slot")}, "404", "409")},
    })
    spec.path(path="/calendar/{token}.ics", parameters=[
        {"name": "token", "in": "path", "required": True, "schema": {"type": "string"}}], operations={
        "get": {"summary": "The booked call as a calendar file (RFC 5545)", "responses": {
            "200": {"description": "the calendar file", "content": {"text/calendar": {"schema": {"type": "string"}}}},
            "404": {"description": "no such calendar file", "content": {"application/json": {"schema": "Error"}}}}},
    })
