"""Booking a call: free slots of a lead's owner, the booking itself, and its calendar file.

The action server asks ``GET /api/v1/leads/<id>/slots`` and books with
``POST /api/v1/leads/<id>/booking``, both signed like the lead POST but over
``"<METHOD> <path?query>\\n" + body``, so a signature is bound to its lead and
query (a GET has no body to sign). A signed booking is accepted once (replay
refused); a signed slot lookup may repeat within the tolerance window, since
it only reads. The calendar file is public at ``/calendar/<token>.ics``: the
token is 256 random bits, the only thing that opens it.

Two visitors never get one slot: the database refuses a second booking with
the same owner and start (``uq_bookings_owner_starts_at``); the loser gets
409 ``slot_taken`` and the bot offers fresh slots. The booking is written to
the lead (``booking`` JSON, status ``booked``, owner) in the same
transaction, through ``leads.change``, which queues the update for every
destination the lead already reached (the Slack alert and its thread, CRMs).
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, current_app, g, jsonify, request
from marshmallow import Schema, ValidationError, fields, validate
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scheduling import (
    Availability,
    Invitation,
    Person,
    Slot,
    TimeZoneError,
    free_slots,
    is_free_slot,
    label,
    render_invitation,
    zone,
)
from webhooks import leads
from webhooks.api.boundary import authenticate_caller, load, request_json
from webhooks.auth import BOOK
from webhooks.database import db
from webhooks.errors import Conflict, InvalidInput, NotFound
from webhooks.models import Booking, Lead, iso, utcnow

bookings = Blueprint("bookings", __name__, url_prefix="/api/v1")
calendar_files = Blueprint("calendar_files", __name__)

BOOKABLE_STAGES = ("sql", "pql")
PARTS_OF_DAY = ("morning", "afternoon", "evening")
_PARTS = {"morning": (0, 12), "afternoon": (12, 17), "evening": (17, 24)}


class SlotTaken(Conflict):
    code = "slot_taken"


class AlreadyBooked(Conflict):
    code = "already_booked"


class NotBookable(Conflict):
    code = "not_bookable"


# --- boundary -------------------------------------------------------------------------------

class _Aware(fields.AwareDateTime):
    """An ISO 8601 time with an offset (``Z`` or ``+01:00``), as an aware UTC datetime."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> datetime:
        return super()._deserialize(value, attr, data, **kwargs).astimezone(timezone.utc)


def _zone_name(value: str) -> None:
    try:
        zone(value)
    except TimeZoneError as exc:
        raise ValidationError(str(exc)) from None


class SlotQuerySchema(Schema):
    tz = fields.String(validate=[validate.Length(max=64), _zone_name],
                       metadata={"description": "the visitor's IANA time zone (labels); default the owner's"})
    after = _Aware(metadata={"description": "slots starting at or after this time"})
    before = _Aware(metadata={"description": "slots starting before this time"})
    part_of_day = fields.String(validate=validate.OneOf(PARTS_OF_DAY),
                                metadata={"description": "morning, afternoon or evening on the visitor's clock"})
    limit = fields.Integer(load_default=3, strict=False, validate=validate.Range(min=1, max=10))


class BookingInSchema(Schema):
    starts_at = _Aware(required=True, metadata={"description": "a slot's starts_at, as offered"})
    time_zone = fields.String(required=True, validate=[validate.Length(max=64), _zone_name],
                              metadata={"description": "the visitor's IANA time zone"})
    request_id = fields.String(validate=validate.Length(min=1, max=64),
                               metadata={"description": "random per attempt, so identical bookings sign differently"})


class SlotOutSchema(Schema):
    starts_at = fields.String()
    ends_at = fields.String()
    label = fields.String(metadata={"description": "the slot on the visitor's clock"})


class SlotPageSchema(Schema):
    owner = fields.Dict()
    time_zone = fields.String()
    owner_time_zone = fields.String()
    meeting_minutes = fields.Integer()
    slots = fields.List(fields.Nested(SlotOutSchema))


class BookingOutSchema(Schema):
    id = fields.String()
    lead_id = fields.String()
    owner = fields.Dict()
    starts_at = fields.String()
    ends_at = fields.String()
    time_zone = fields.String()
    label = fields.String()
    ics_url = fields.String(metadata={"description": "the calendar file (public, unguessable)"})


_slot_query, _booking_in = SlotQuerySchema(), BookingInSchema()


@bookings.before_request
def _authenticate() -> None:
    authenticate_caller()
    g.principal.require(BOOK)


# --- the owner's calendar -------------------------------------------------------------------

def _playbook() -> Any:
    source = current_app.extensions["leadbot.playbook"]
    return source.current() if hasattr(source, "current") else source


def _owner_of(lead: Lead) -> str:
    if lead.erased_at is not None:
        raise NotBookable("this lead was erased", fields={"id": ["erased"]})
    if lead.stage not in BOOKABLE_STAGES:
        raise NotBookable("only sales-qualified leads book a call here", fields={"stage": [lead.stage]})
    owner = lead.owner or lead.suggested_owner
    if not owner:
        raise NotBookable("no owner to book with: the playbook routes this lead nowhere", fields={"owner": ["none"]})
    return owner


def availability_for(playbook: Any, owner: str) -> tuple[Availability, Any]:
    calendar = playbook.scheduling.calendar_for(owner)
    return Availability(
        time_zone=calendar.time_zone, working_hours=calendar.working_hours,
        meeting_minutes=calendar.meeting_minutes, buffer_minutes=calendar.buffer_minutes,
        days_ahead=calendar.days_ahead, min_notice_minutes=calendar.min_notice_minutes,
    ), calendar


def _busy(session: Session, owner: str, now: datetime, days: int) -> list[tuple[datetime, datetime]]:
    start, end = (now - timedelta(days=1)).replace(tzinfo=None), (now + timedelta(days=days + 2)).replace(tzinfo=None)
    rows = session.execute(
        select(Booking.starts_at, Booking.ends_at)
        .where(Booking.owner == owner, Booking.starts_at >= start, Booking.starts_at < end)
    )
    return [(s.replace(tzinfo=timezone.utc), e.replace(tzinfo=timezone.utc)) for s, e in rows]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _z(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _slot(slot: Slot, tz: ZoneInfo) -> dict[str, str]:
    return {"starts_at": _z(slot.starts_at), "ends_at": _z(slot.ends_at), "label": label(slot.starts_at, slot.ends_at, tz)}


def _owner_body(owner: str, calendar: Any) -> dict[str, Any]:
    return {"id": owner, "name": calendar.name}


# --- views ----------------------------------------------------------------------------------

@bookings.get("/leads/<lead_id>/slots")
def list_slots(lead_id: str):  # type: ignore[no-untyped-def]
    args = load(_slot_query, request.args.to_dict())
    now = _now()
    # Before the session: on SQLite a session holds the write lock, and the playbook may need the database.
    playbook = _playbook()
    with db.session() as session:
        lead = leads.get(session, lead_id)
        owner = _owner_of(lead)
        availability, calendar = availability_for(playbook, owner)
        busy = _busy(session, owner, now, availability.days_ahead)
    tz = zone(args["tz"]) if "tz" in args else availability.tz
    part = args.get("part_of_day")
    accept = None
    if part is not None:
        low, high = _PARTS[part]
        accept = lambda slot: low <= slot.starts_at.astimezone(tz).hour < high  # noqa: E731
    slots = free_slots(availability, busy, now, after=args.get("after"), before=args.get("before"),
                       limit=args["limit"], accept=accept)
    return jsonify({
        "owner": _owner_body(owner, calendar), "time_zone": tz.key, "owner_time_zone": availability.time_zone,
        "meeting_minutes": availability.meeting_minutes, "slots": [_slot(s, tz) for s in slots],
    })


@bookings.post("/leads/<lead_id>/booking")
def book(lead_id: str):  # type: ignore[no-untyped-def]
    data = load(_booking_in, request_json())
    start: datetime = data["starts_at"]
    visitor_tz = zone(data["time_zone"])
    now = _now()
    if start <= now:
        raise InvalidInput("that time is in the past", fields={"starts_at": ["in the past"]})
    playbook = _playbook()
    with db.transaction() as session:
        lead = leads.get(session, lead_id, for_update=True)
        owner = _owner_of(lead)
        existing = session.execute(select(Booking).where(Booking.lead_id == lead.id)).scalar_one_or_none()
        availability, calendar = availability_for(playbook, owner)
        if existing is not None:
            if existing.starts_at == start.replace(tzinfo=None):
                body = _represent(existing, calendar, visitor_tz)
                current_app.logger.info("booking %s repeated for lead %s", existing.id, lead.id)
                return jsonify(body), 200
            raise AlreadyBooked("this lead already has a call booked", fields={"starts_at": [_z(
                existing.starts_at.replace(tzinfo=timezone.utc))]})
        if not is_free_slot(availability, [], now, start):
            raise InvalidInput("that time is not one of the offered slots", fields={"starts_at": ["not an offered slot"]})
        if not is_free_slot(availability, _busy(session, owner, now, availability.days_ahead), now, start):
            raise SlotTaken("that slot was just taken", fields={"starts_at": ["taken"]})
        booking = Booking(
            id=leads.new_id("bk"), lead_id=lead.id, owner=owner, starts_at=start.replace(tzinfo=None),
            ends_at=(start + availability.meeting).replace(tzinfo=None), time_zone=visitor_tz.key,
            token=secrets.token_urlsafe(32), created_at=utcnow(),
        )
        try:
            with session.begin_nested():
                session.add(booking)
                session.flush()
        except IntegrityError:
            raise SlotTaken("that slot was just taken", fields={"starts_at": ["taken"]}) from None
        lead.booking = {
            "id": booking.id, "starts_at": iso(booking.starts_at), "ends_at": iso(booking.ends_at),
            "owner": owner, "time_zone": booking.time_zone,
        }
        leads.change(session, lead.id, {"status": "booked", "owner": owner}, actor=g.principal.actor)
        body = _represent(booking, calendar, visitor_tz)
    current_app.logger.info("booking %s created for lead %s owner=%s", body["id"], lead_id, owner)
    return jsonify(body), 201


def _represent(booking: Booking, calendar: Any, tz: ZoneInfo) -> dict[str, Any]:
    start, end = booking.starts_at.replace(tzinfo=timezone.utc), booking.ends_at.replace(tzinfo=timezone.utc)
    settings = current_app.config["LEADBOT_SETTINGS"]
    base = (settings.public_url or request.host_url).rstrip("/")
    return {
        "id": booking.id, "lead_id": booking.lead_id, "owner": _owner_body(booking.owner, calendar),
        "starts_at": _z(start), "ends_at": _z(end), "time_zone": tz.key, "label": label(start, end, tz),
        "ics_url": f"{base}/calendar/{booking.token}.ics",
    }


@calendar_files.get("/calendar/<token>.ics")
def calendar_file(token: str):  # type: ignore[no-untyped-def]
    """The call, and nothing of the visitor: whoever holds the link learns only when and with whom.

    No ATTENDEE line: the visitor knows their own address, and the link may
    travel (a forwarded chat, a shared screen) where their name and email must not.
    """
    if not (20 <= len(token) <= 64):
        raise NotFound("no such calendar file")
    with db.session() as session:
        booking = session.execute(select(Booking).where(Booking.token == token)).scalar_one_or_none()
        if booking is None:
            raise NotFound("no such calendar file")
    playbook = _playbook()
    calendar = playbook.scheduling.calendar_for(booking.owner)
    company = playbook.company.name
    text = render_invitation(Invitation(
        uid=f"{booking.id}@leadbot", stamp=booking.created_at.replace(tzinfo=timezone.utc),
        starts_at=booking.starts_at.replace(tzinfo=timezone.utc), ends_at=booking.ends_at.replace(tzinfo=timezone.utc),
        summary=playbook.scheduling.meeting_title,
        organizer=Person(calendar.email or "", calendar.name),
        description=f"Your call with {calendar.name or company} ({company}), booked in our chat.",
    ))
    response = Response(text, mimetype="text/calendar")
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers["Content-Disposition"] = 'attachment; filename="call.ics"'
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    return response


# --- OpenAPI --------------------------------------------------------------------------------

def document_paths(spec: Any, responses: Any, security: list[dict[str, list[str]]]) -> None:
    """Adds these endpoints to the service's OpenAPI document (``webhooks.openapi``)."""
    for name, schema in (("SlotPage", SlotPageSchema), ("BookingIn", BookingInSchema), ("BookingOut", BookingOutSchema)):
        spec.components.schema(name, schema=schema)
    lead_id = {"name": "lead_id", "in": "path", "required": True, "schema": {"type": "string"}}

    def ok(schema: str, description: str) -> dict[str, Any]:
        return {"description": description, "content": {"application/json": {"schema": schema}}}

    spec.path(path="/api/v1/leads/{lead_id}/slots", parameters=[lead_id], operations={
        "get": {"summary": "The next free slots of the lead's owner, labelled in the visitor's time zone",
                "security": security, "parameters": [{"in": "query", "schema": SlotQuerySchema}],
                "responses": responses({"200": ok("SlotPage", "free slots")}, "404", "409")},
    })
    spec.path(path="/api/v1/leads/{lead_id}/booking", parameters=[lead_id], operations={
        "post": {"summary": "Book one of the offered slots (409 when it was just taken)", "security": security,
                 "requestBody": {"required": True, "content": {"application/json": {"schema": "BookingIn"}}},
                 "responses": responses({"201": ok("BookingOut", "booked"),
                                         "200": ok("BookingOut", "already booked, the same slot")}, "404", "409")},
    })
    spec.path(path="/calendar/{token}.ics", parameters=[
        {"name": "token", "in": "path", "required": True, "schema": {"type": "string"}}], operations={
        "get": {"summary": "The booked call as a calendar file (RFC 5545)", "responses": {
            "200": {"description": "the calendar file", "content": {"text/calendar": {"schema": {"type": "string"}}}},
            "404": {"description": "no such calendar file", "content": {"application/json": {"schema": "Error"}}}}},
    })
