"""A calendar file for a booked call (RFC 5545): one VEVENT a visitor's calendar imports.

Times are written in UTC (``...Z``), so no VTIMEZONE is needed. Text values
are escaped (backslash, semicolon, comma, newline), parameter values quoted
without the characters a quoted string may not hold, and every content line
folded at 75 octets without splitting a UTF-8 character, with CRLF endings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

PRODID = "-//leadbot//booking a call//EN"
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Person:
    email: str
    name: str | None = None


@dataclass(frozen=True)
class Invitation:
    uid: str
    stamp: datetime
    starts_at: datetime
    ends_at: datetime
    summary: str
    organizer: Person
    attendee: Person | None = None
    description: str | None = None
    url: str | None = None
    # How the call happens, as the visitor's calendar shows it under the title: "Video call (link by email)",
    # "Phone: we call you", or the meeting link itself.
    location: str | None = None


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash first, then ; , and newlines; other controls dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def quote_param(value: str) -> str:
    """A parameter value as a quoted-string: no DQUOTE and no control characters can occur in one."""
    cleaned = _CONTROL.sub("", value.replace("\r", " ").replace("\n", " ")).replace('"', "'")
    return f'"{cleaned}"'


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces joined by CRLF and one space (RFC 5545 3.1)."""
    out: list[str] = []
    current, size, limit = [], 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with a space
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out)


def utc_stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("calendar times must carry a time zone")
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _address(person: Person) -> str | None:
    return f"mailto:{person.email}" if _EMAIL.match(person.email or "") else None


def render_invitation(invitation: Invitation) -> str:
    """The .ics text (``text/calendar``)."""
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{escape_text(invitation.uid)}",
        f"DTSTAMP:{utc_stamp(invitation.stamp)}",
        f"DTSTART:{utc_stamp(invitation.starts_at)}",
        f"DTEND:{utc_stamp(invitation.ends_at)}",
        f"SUMMARY:{escape_text(invitation.summary)}",
    ]
    if invitation.description:
        lines.append(f"DESCRIPTION:{escape_text(invitation.description)}")
    if invitation.location and invitation.location.strip():
        lines.append(f"LOCATION:{escape_text(invitation.location.strip())}")
    if invitation.url and invitation.url.startswith(("https://", "http://")) and not _CONTROL.search(invitation.url):
        lines.append(f"URL:{invitation.url}")
    organizer = _address(invitation.organizer)
    if organizer:
        cn = f";CN={quote_param(invitation.organizer.name)}" if invitation.organizer.name else ""
        lines.append(f"ORGANIZER{cn}:{organizer}")
    if invitation.attendee is not None and (attendee := _address(invitation.attendee)):
        cn = f";CN={quote_param(invitation.attendee.name)}" if invitation.attendee.name else ""
        lines.append(f"ATTENDEE{cn};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:{attendee}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
