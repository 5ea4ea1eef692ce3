"""Booking a call, pure: free slots from working hours and bookings, how the call happens, calendar files, links.

No Flask, SQLAlchemy, HTTP or Rasa: times in, times out (``zoneinfo`` for
time zones), so the service, the bot and the tests compute the same slots.
"""

from .availability import WEEKDAYS, Availability, Slot, free_slots, is_free_slot, parse_hours
from .call import CALL_KINDS, CallMethod
from .ics import Invitation, Person, render_invitation
from .links import prefilled_link
from .preferences import TimeRequest, parse_time_request
from .zones import TimeZoneError, label, zone, zone_for_place

__all__ = [
    "CALL_KINDS",
    "WEEKDAYS",
    "Availability",
    "CallMethod",
    "Invitation",
    "Person",
    "Slot",
    "TimeRequest",
    "TimeZoneError",
    "free_slots",
    "is_free_slot",
    "label",
    "parse_hours",
    "parse_time_request",
    "prefilled_link",
    "render_invitation",
    "zone",
    "zone_for_place",
]
