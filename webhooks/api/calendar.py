"""``GET /calendar/<token>.ics``: a booked call as a calendar file (RFC 5545), public by its link.

The token is 256 random bits, the only thing that opens the file; the file
says when the call is and with whom, and nothing of the visitor
(``webhooks.bookings.invitation``).
"""

from __future__ import annotations

from flask import Blueprint, Response

from scheduling import render_invitation
from webhooks import bookings
from webhooks.api.bookings import published_playbook
from webhooks.database import db
from webhooks.errors import NotFound

calendar_files = Blueprint("calendar_files", __name__)


@calendar_files.get("/calendar/<token>.ics")
def calendar_file(token: str) -> Response:
    if not (20 <= len(token) <= 64):
        raise NotFound("no such calendar file")
    with db.session() as session:
        booking = bookings.by_token(session, token)
        if booking is None:
            raise NotFound("no such calendar file")
    response = Response(render_invitation(bookings.invitation(booking, published_playbook())), mimetype="text/calendar")
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers["Content-Disposition"] = 'attachment; filename="call.ics"'
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    return response
