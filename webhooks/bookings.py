"""Booking a call with a lead's owner: the free slots offered, the booking itself, and its calendar file.

The API's views (``webhooks.api.bookings``) load the request and call these
inside their session or transaction; nothing here speaks HTTP. The rules:

- Only a sales- or product-qualified lead that was not erased, and has an email
  to send the invitation to (``NoEmail`` otherwise), books, with its owner (or
  the playbook's suggested one); the owner's calendar is the
  playbook's ``scheduling`` (working hours, meeting length, notice).
- Two visitors never get one slot: the database refuses a second booking with
  the same owner and start (``uq_bookings_owner_starts_at``) and the loser gets
  ``SlotTaken``; a repeat of the same booking for the same lead is answered
  with the booking made, any other second booking is ``AlreadyBooked``.
- The booking is written to the lead (``booking`` JSON, status ``booked``, the
  owner) in the same transaction through ``leads.change``, which queues the
  update for every destination the lead already reached; a moved call goes
  the same way with its new time.
- The calendar file names the call, its organiser and how it happens (the owner's own link or line, else the
  playbook's ``scheduling.call``), nothing of the visitor.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scheduling import Availability, Invitation, Person, Slot, free_slots, is_free_slot
from scheduling.call import description as call_description
from scheduling.call import location as call_location
from webhooks import leads
from webhooks.errors import Conflict, InvalidInput
from webhooks.models import Booking, Lead, iso, utcnow

BOOKABLE_STAGES = ("sql", "pql")
# The visitor's "a morning / an afternoon / an evening", as hours on their own clock.
PARTS_OF_DAY = {"morning": (0, 12), "afternoon": (12, 17), "evening": (17, 24)}
# The hours of the visitor's own day offered first: a visitor far from the owner is not shown their night
# ("00:00-00:30" to a visitor in Brisbane) while later days have times they are awake for.
WAKING_HOURS = (7, 21)


class SlotTaken(Conflict):
    code = "slot_taken"


class AlreadyBooked(Conflict):
    code = "already_booked"


class NotBookable(Conflict):
    code = "not_bookable"


class NoEmail(Conflict):
    """A call nobody could be invited to: the lead has no email (the bot asks the visitor for one first)."""

    code = "no_email"


@dataclass(frozen=True)
class Offer:
    """The next free slots of a lead's owner."""

    owner: str
    calendar: Any  # the owner's calendar in the playbook (name, email, hours)
    availability: Availability
    slots: list[Slot]


@dataclass(frozen=True)
class Booked:
    """A lead's booking, and whether this call made it (``False``: the same booking, repeated)."""

    booking: Booking
    calendar: Any
    created: bool


def slot_time(moment: datetime) -> str:
    """A slot's start or end as the API writes it: UTC, to the second, with ``Z``."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def owner_of(lead: Lead) -> str:
    """Whom ``lead`` books with, or ``NotBookable`` saying why nobody."""
    if lead.erased_at is not None:
        raise NotBookable("this lead was erased", fields={"id": ["erased"]})
    if lead.stage not in BOOKABLE_STAGES:
        raise NotBookable("only sales-qualified leads book a call here", fields={"stage": [lead.stage]})
    owner = lead.owner or lead.suggested_owner
    if not owner:
        raise NotBookable("no owner to book with: the playbook routes this lead nowhere", fields={"owner": ["none"]})
    return owner


def availability_for(playbook: Any, owner: str) -> tuple[Availability, Any]:
    """The owner's bookable hours as ``scheduling`` reads them, and their calendar in the playbook."""
    calendar = playbook.scheduling.calendar_for(owner)
    return Availability(
        time_zone=calendar.time_zone, working_hours=calendar.working_hours,
        meeting_minutes=calendar.meeting_minutes, buffer_minutes=calendar.buffer_minutes,
        days_ahead=calendar.days_ahead, min_notice_minutes=calendar.min_notice_minutes,
    ), calendar


def busy(session: Session, owner: str, now: datetime, days: int) -> list[tuple[datetime, datetime]]:
    """The owner's booked calls from a day before ``now`` to ``days`` ahead, as aware UTC spans."""
    start, end = (now - timedelta(days=1)).replace(tzinfo=None), (now + timedelta(days=days + 2)).replace(tzinfo=None)
    rows = session.execute(
        select(Booking.starts_at, Booking.ends_at)
        .where(Booking.owner == owner, Booking.starts_at >= start, Booking.starts_at < end)
    )
    return [(s.replace(tzinfo=timezone.utc), e.replace(tzinfo=timezone.utc)) for s, e in rows]


def offer(
    session: Session, lead_id: str, playbook: Any, now: datetime, tz: ZoneInfo | None = None, *,
    after: datetime | None = None, before: datetime | None = None, part_of_day: str | None = None, limit: int = 3,
) -> Offer:
    """Up to ``limit`` free slots of the lead's owner, in the asked ``part_of_day`` or else in the visitor's waking
    hours when the owner has any, both read on ``tz`` (default the owner's)."""
    lead = leads.get(session, lead_id)
    owner = owner_of(lead)
    availability, calendar = availability_for(playbook, owner)
    taken = busy(session, owner, now, availability.days_ahead)
    clock = tz or availability.tz
    low, high = PARTS_OF_DAY[part_of_day] if part_of_day is not None else WAKING_HOURS

    def accept(slot: Slot) -> bool:
        return low <= slot.starts_at.astimezone(clock).hour < high

    slots = free_slots(availability, taken, now, after=after, before=before, limit=limit, accept=accept)
    if not slots and part_of_day is None:
        # The owner's hours are all in the visitor's night: their next times all the same, better than none.
        slots = free_slots(availability, taken, now, after=after, before=before, limit=limit)
    return Offer(owner=owner, calendar=calendar, availability=availability, slots=slots)


def book(session: Session, lead_id: str, playbook: Any, *, starts_at: datetime, time_zone: ZoneInfo,
         now: datetime, actor: str) -> Booked:
    """Book the offered slot at ``starts_at`` (aware) for the lead, in the caller's transaction."""
    if starts_at <= now:
        raise InvalidInput("that time is in the past", fields={"starts_at": ["in the past"]})
    lead = leads.get(session, lead_id, for_update=True)
    owner = owner_of(lead)
    if not lead.email:
        raise NoEmail("this lead has no email to send the invitation to", fields={"email": ["missing"]})
    existing = session.execute(select(Booking).where(Booking.lead_id == lead.id)).scalar_one_or_none()
    availability, calendar = availability_for(playbook, owner)
    if existing is not None:
        if existing.starts_at == starts_at.replace(tzinfo=None):
            return Booked(existing, calendar, created=False)
        raise AlreadyBooked("this lead already has a call booked", fields={"starts_at": [
            slot_time(existing.starts_at.replace(tzinfo=timezone.utc))]})
    if not is_free_slot(availability, [], now, starts_at):
        raise InvalidInput("that time is not one of the offered slots", fields={"starts_at": ["not an offered slot"]})
    if not is_free_slot(availability, busy(session, owner, now, availability.days_ahead), now, starts_at):
        raise SlotTaken("that slot was just taken", fields={"starts_at": ["taken"]})
    booking = Booking(
        id=leads.new_id("bk"), lead_id=lead.id, owner=owner, starts_at=starts_at.replace(tzinfo=None),
        ends_at=(starts_at + availability.meeting).replace(tzinfo=None), time_zone=time_zone.key,
        token=secrets.token_urlsafe(32), created_at=utcnow(),
    )
    try:
        with session.begin_nested():
            session.add(booking)
            session.flush()
    except IntegrityError:
        raise SlotTaken("that slot was just taken", fields={"starts_at": ["taken"]}) from None
    leads.change(session, lead.id, {"status": "booked", "owner": owner, "booking": _on_lead(booking, playbook)}, actor=actor)
    return Booked(booking, calendar, created=True)


def _on_lead(booking: Booking, playbook: Any) -> dict[str, Any]:
    """The call as the lead carries it (``booking``), and as the destinations read it: with how it happens
    (``call``: its kind and, when there is one, the link, number or address) when the playbook says."""
    on_lead: dict[str, Any] = {"id": booking.id, "starts_at": iso(booking.starts_at), "ends_at": iso(booking.ends_at),
                               "owner": booking.owner, "time_zone": booking.time_zone}
    how = playbook.scheduling.call_for(booking.owner)
    if how is not None:
        on_lead["call"] = {"kind": how.kind, **({"at": how.at} if how.at else {})}
    return on_lead


def move(session: Session, lead_id: str, playbook: Any, *, starts_at: datetime, time_zone: ZoneInfo,
         now: datetime, actor: str) -> Booked:
    """Move the lead's booked call to the offered slot at ``starts_at``; a lead with no call yet books it.

    The same checks as a booking: an offered slot, in the future, free (the call's own time is free to it).
    The booking keeps its id and calendar link, so the file the visitor added opens the new time; the lead's
    ``booking`` says the new time, and every destination the lead reached gets the update."""
    if starts_at <= now:
        raise InvalidInput("that time is in the past", fields={"starts_at": ["in the past"]})
    lead = leads.get(session, lead_id, for_update=True)
    owner = owner_of(lead)
    existing = session.execute(select(Booking).where(Booking.lead_id == lead.id)).scalar_one_or_none()
    if existing is None:
        return book(session, lead_id, playbook, starts_at=starts_at, time_zone=time_zone, now=now, actor=actor)
    availability, calendar = availability_for(playbook, owner)
    if existing.starts_at == starts_at.replace(tzinfo=None):
        return Booked(existing, calendar, created=False)
    if not is_free_slot(availability, [], now, starts_at):
        raise InvalidInput("that time is not one of the offered slots", fields={"starts_at": ["not an offered slot"]})
    own = (existing.starts_at.replace(tzinfo=timezone.utc), existing.ends_at.replace(tzinfo=timezone.utc))
    taken = [span for span in busy(session, owner, now, availability.days_ahead) if span != own]
    if not is_free_slot(availability, taken, now, starts_at):
        raise SlotTaken("that slot was just taken", fields={"starts_at": ["taken"]})
    try:
        with session.begin_nested():
            existing.starts_at = starts_at.replace(tzinfo=None)
            existing.ends_at = (starts_at + availability.meeting).replace(tzinfo=None)
            existing.time_zone = time_zone.key
            session.flush()
    except IntegrityError:
        raise SlotTaken("that slot was just taken", fields={"starts_at": ["taken"]}) from None
    # The destinations hear the new time as they heard the first (``leads.change``: one update to each).
    leads.change(session, lead.id, {"booking": _on_lead(existing, playbook)}, actor=actor)
    return Booked(existing, calendar, created=False)


def by_token(session: Session, token: str) -> Booking | None:
    """The booking whose calendar file ``token`` opens, if any."""
    return session.execute(select(Booking).where(Booking.token == token)).scalar_one_or_none()


def invitation(booking: Booking, playbook: Any) -> Invitation:
    """The call as a calendar invitation: when, with whom, from which company; no ATTENDEE.

    The visitor knows their own address, and the link may travel (a forwarded
    chat, a shared screen) where their name and email must not.
    """
    calendar = playbook.scheduling.calendar_for(booking.owner)
    company = playbook.company.name
    # How the call happens: a link or a place is the LOCATION a calendar shows under the title; a phone line (or a
    # link still to come) is a line of the description.
    how = playbook.scheduling.call_for(booking.owner)
    lines = [f"Your call with {calendar.name or company} ({company}), booked in our chat.",
             call_description(how, calendar.name or company)]
    return Invitation(
        uid=f"{booking.id}@leadbot", stamp=booking.created_at.replace(tzinfo=timezone.utc),
        starts_at=booking.starts_at.replace(tzinfo=timezone.utc), ends_at=booking.ends_at.replace(tzinfo=timezone.utc),
        summary=playbook.scheduling.meeting_title,
        organizer=Person(calendar.email or "", calendar.name),
        description="\n".join(line for line in lines if line),
        location=call_location(how),
    )
