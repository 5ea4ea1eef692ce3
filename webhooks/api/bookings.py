"""``/api/v1/leads/<id>/slots`` and ``/api/v1/leads/<id>/booking``: the action server books a call.

Both are signed by the action server (``signing``): a signed booking is
accepted once (replay refused); a signed slot lookup may repeat within the
tolerance window, since it only reads. The views load, call
``webhooks.bookings`` (the rules: who books, which slots, one visitor per
slot) and dump; the calendar file they link to is ``calendar``.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, current_app, g, jsonify, request

from scheduling import Slot, label, zone
from webhooks import bookings as booking_rules
from webhooks.api.boundary import authenticate_caller, load, request_json
from webhooks.api.schemas import BookingInSchema, SlotQuerySchema
from webhooks.auth import BOOK
from webhooks.database import db
from webhooks.models import Booking

bookings = Blueprint("bookings", __name__, url_prefix="/api/v1")

_slot_query, _booking_in = SlotQuerySchema(), BookingInSchema()


@bookings.before_request
def _authenticate() -> None:
    authenticate_caller()
    g.principal.require(BOOK)


@bookings.get("/leads/<lead_id>/slots")
def list_slots(lead_id: str):  # type: ignore[no-untyped-def]
    args = load(_slot_query, request.args.to_dict())
    # Before the session: on SQLite a session holds the write lock, and the playbook may need the database.
    playbook = published_playbook()
    tz = zone(args["tz"]) if "tz" in args else None
    with db.session() as session:
        offer = booking_rules.offer(session, lead_id, playbook, _now(), tz, after=args.get("after"),
                                    before=args.get("before"), part_of_day=args.get("part_of_day"),
                                    limit=args["limit"])
    tz = tz or offer.availability.tz
    return jsonify({
        "owner": _owner_body(offer.owner, offer.calendar), "time_zone": tz.key,
        "owner_time_zone": offer.availability.time_zone, "meeting_minutes": offer.availability.meeting_minutes,
        "slots": [_slot(s, tz) for s in offer.slots],
    })


@bookings.post("/leads/<lead_id>/booking")
def book(lead_id: str):  # type: ignore[no-untyped-def]
    data = load(_booking_in, request_json())
    visitor_tz = zone(data["time_zone"])
    playbook = published_playbook()
    with db.transaction() as session:
        booked = booking_rules.book(session, lead_id, playbook, starts_at=data["starts_at"], time_zone=visitor_tz,
                                    now=_now(), actor=g.principal.actor)
        body = _represent(booked.booking, booked.calendar, visitor_tz)
    if not booked.created:
        current_app.logger.info("booking %s repeated for lead %s", body["id"], lead_id)
        return jsonify(body), 200
    current_app.logger.info("booking %s created for lead %s owner=%s", body["id"], lead_id, booked.booking.owner)
    return jsonify(body), 201


@bookings.put("/leads/<lead_id>/booking")
def move(lead_id: str):  # type: ignore[no-untyped-def]
    """Move the lead's call to another offered slot (a lead with none books it): 200 with the booking at its new time."""
    data = load(_booking_in, request_json())
    visitor_tz = zone(data["time_zone"])
    playbook = published_playbook()
    with db.transaction() as session:
        moved = booking_rules.move(session, lead_id, playbook, starts_at=data["starts_at"], time_zone=visitor_tz,
                                   now=_now(), actor=g.principal.actor)
        body = _represent(moved.booking, moved.calendar, visitor_tz)
    current_app.logger.info("booking %s of lead %s is at %s", body["id"], lead_id, body.get("starts_at"))
    return jsonify(body), 200


def published_playbook() -> Any:
    """The playbook the bookings follow: the one published now (a test may give a playbook itself)."""
    source = current_app.extensions["leadbot.playbook"]
    return source.current() if hasattr(source, "current") else source


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _slot(slot: Slot, tz: ZoneInfo) -> dict[str, str]:
    return {"starts_at": booking_rules.slot_time(slot.starts_at), "ends_at": booking_rules.slot_time(slot.ends_at),
            "label": label(slot.starts_at, slot.ends_at, tz)}


def _owner_body(owner: str, calendar: Any) -> dict[str, Any]:
    return {"id": owner, "name": calendar.name}


def _represent(booking: Booking, calendar: Any, tz: ZoneInfo) -> dict[str, Any]:
    start, end = booking.starts_at.replace(tzinfo=timezone.utc), booking.ends_at.replace(tzinfo=timezone.utc)
    settings = current_app.config["LEADBOT_SETTINGS"]
    base = (settings.public_url or request.host_url).rstrip("/")
    return {
        "id": booking.id, "lead_id": booking.lead_id, "owner": _owner_body(booking.owner, calendar),
        "starts_at": booking_rules.slot_time(start), "ends_at": booking_rules.slot_time(end), "time_zone": tz.key,
        "label": label(start, end, tz),
        "ics_url": f"{base}/calendar/{booking.token}.ics",
    }
