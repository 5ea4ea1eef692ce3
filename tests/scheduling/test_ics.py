"""The calendar file: RFC 5545 properties, UTC times, escaping and folding."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from scheduling import Invitation, Person, render_invitation
from scheduling.ics import escape_text, fold

UTC = timezone.utc


def invitation(**overrides: object) -> Invitation:
    values: dict[str, object] = dict(
        uid="bk_123@leadbot", stamp=datetime(2026, 11, 23, 12, 0, tzinfo=UTC),
        starts_at=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        ends_at=datetime(2026, 11, 24, 10, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        summary="Intro call, Brightline; Acme", organizer=Person("dana@brightline.example", "Dana Reyes"),
        attendee=Person("jane@acme.io", 'Jane "JD" Doe'), description="Line one\nLine two, with \\ backslash",
    )
    values.update(overrides)
    return Invitation(**values)  # type: ignore[arg-type]


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_required_properties_in_utc_with_crlf() -> None:
    text = render_invitation(invitation())
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    for expected in ("VERSION:2.0", "UID:bk_123@leadbot", "DTSTAMP:20261123T120000Z", "DTSTART:20261124T090000Z",
                     "DTEND:20261124T093000Z", "BEGIN:VEVENT", "END:VEVENT"):
        assert expected in lines
    assert 'ORGANIZER;CN="Dana Reyes":mailto:dana@brightline.example' in lines
    assert "ATTENDEE;CN=\"Jane 'JD' Doe\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jane@acme.io" in lines


def test_text_is_escaped() -> None:
    lines = unfold(render_invitation(invitation()))
    assert "SUMMARY:Intro call\\, Brightline\\; Acme" in lines
    assert "DESCRIPTION:Line one\\nLine two\\, with \\\\ backslash" in lines
    assert escape_text("a\r\nb\x00c") == "a\\nbc"


def test_long_lines_fold_at_75_octets_without_splitting_characters() -> None:
    text = render_invitation(invitation(summary="Überraschung " * 20, description="日本語のテキスト" * 20))
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    # Unfolding gives back every character: no multi-byte character was cut in two.
    assert ("SUMMARY:" + "Überraschung " * 20) in unfold(text)
    assert ("DESCRIPTION:" + "日本語のテキスト" * 20) in unfold(text)
    assert max(len(line.encode("utf-8")) for line in text.split("\r\n")) >= 73, "lines are filled, not cut short"
    assert fold("x" * 75) == "x" * 75 and fold("x" * 76) == "x" * 75 + "\r\n x"


def test_injection_through_names_or_text_cannot_add_properties() -> None:
    evil = invitation(summary="hi\r\nATTENDEE:mailto:evil@x.io", attendee=Person("jane@acme.io", 'x"\r\nORGANIZER:mailto:e@x.io'))
    lines = unfold(render_invitation(evil))
    assert not any(line.startswith("ATTENDEE:mailto:evil") for line in lines)
    assert sum(line.startswith("ORGANIZER") for line in lines) == 1
    bad_email = render_invitation(invitation(attendee=Person("not an email\r\nX:y", "Jo")))
    assert "ATTENDEE" not in bad_email


def test_how_the_call_happens_is_the_invitations_location_escaped_and_left_out_when_unsaid() -> None:
    lines = unfold(render_invitation(invitation(location="Video call; the link comes by email, or by phone")))
    assert "LOCATION:Video call\\; the link comes by email\\, or by phone" in lines
    evil = unfold(render_invitation(invitation(location="Zoom\r\nATTENDEE:mailto:evil@x.io")))
    assert "LOCATION:Zoom\\nATTENDEE:mailto:evil@x.io" in evil and not any(line.startswith("ATTENDEE:") for line in evil)
    for unsaid in (None, "", "   "):
        assert not any(line.startswith("LOCATION") for line in unfold(render_invitation(invitation(location=unsaid))))
