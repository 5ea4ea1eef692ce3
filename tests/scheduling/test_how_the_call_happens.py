"""How a booked call happens (``scheduling.call``): the rule its inputs are checked by, the sentence the visitor
reads in each of the seven languages, and what the calendar file carries."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from scheduling import CallMethod, Invitation, Person, render_invitation
from scheduling.call import MAX_AT, description, location, problems, sentence

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")


@pytest.mark.parametrize("kind, at", [
    ("video", "https://meet.example.com/dana"),
    ("video", "http://intranet.example:8080/room?id=7&pw=x"),
    ("video", "https://zoom.us/j/123456789?pwd=abc"),
    ("video", None),  # the owner emails the link
    ("phone", "+44 20 7946 0000"),
    ("phone", "(030) 1234-567"),
    ("phone", "+1 555 010 0199 ext. 12"),
    ("phone", "+49 30 1234567 x 3"),
    ("place", "Brightline, 12 Main St, Springfield"),
    ("place", "Büro 3. Stock, Friedrichstraße 10, 10117 Berlin"),
])
def test_a_link_a_line_or_an_address_as_people_write_them_is_accepted(kind: str, at: str | None) -> None:
    assert problems(kind, at) == {}


@pytest.mark.parametrize("kind, at, field, words", [
    ("video", "javascript:alert(1)", "call_at", "not an http:// or https:// link"),
    ("video", "ftp://files.example.com/call", "call_at", "not an http:// or https:// link"),
    ("video", "meet.example.com/dana", "call_at", "not an http:// or https:// link"),
    ("video", "https://", "call_at", "not an http:// or https:// link"),
    ("video", "https://meet.example.com/a b", "call_at", "not an http:// or https:// link"),
    ("video", "https://meet.example.com/a\nLOCATION:evil", "call_at", "control characters"),
    ("video", "https://meet.example.com/" + "x" * MAX_AT, "call_at", f"at most {MAX_AT}"),
    ("phone", None, "call_at", "the number the visitor dials"),
    ("phone", "call me maybe", "call_at", "not a phone number"),
    ("phone", "1234", "call_at", "not a phone number"),  # too few digits for a line
    ("phone", "+1 " + "5" * 21, "call_at", "not a phone number"),
    ("phone", "+44 20\t7946 0000", "call_at", "control characters"),
    ("place", None, "call_at", "the address"),
    ("place", "   ", "call_at", "must not be blank"),
    ("place", "Main St\x00", "call_at", "control characters"),
    ("place", "Main St\u2028Room 4", "call_at", "control characters"),
    ("zoom", "https://zoom.us/j/1", "call", "not a way to call"),
    ("Video", None, "call", "not a way to call"),
    (None, "https://meet.example.com/dana", "call_at", "say how the call happens first"),
])
def test_a_bad_link_line_address_or_kind_is_named_at_its_field(kind: str | None, at: str | None, field: str,
                                                                words: str) -> None:
    found = problems(kind, at)
    assert field in found and words in found[field], found


@pytest.mark.parametrize("note, words", [
    ("line one\nline two", "control characters"),
    ("", "must not be blank"),
    ("x" * 301, "at most 300"),
])
def test_a_bad_note_is_named_at_the_note(note: str, words: str) -> None:
    assert words in problems("video", None, note)["call_note"]


def test_a_note_without_a_way_to_call_is_refused_rather_than_never_said() -> None:
    assert "say how the call happens first" in problems(None, None, "Any browser will do.")["call_note"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_way_to_call_is_said_in_the_visitors_language_with_its_link_line_or_address(lang: str) -> None:
    said = {
        kind: sentence(CallMethod(kind, at), "Dana", lang)
        for kind, at in (("video", "https://meet.example.com/dana"), ("phone", "+44 20 7946 0000"),
                         ("place", "12 Main St"))
    }
    assert "https://meet.example.com/dana" in said["video"] and "+44 20 7946 0000" in said["phone"]
    assert "12 Main St" in said["place"] and "Dana" in said["phone"]
    emailed = sentence(CallMethod("video"), "Dana", lang)
    assert "Dana" in emailed and "http" not in emailed, "no link to show: the owner sends it"
    if lang != "en":
        english = {kind: sentence(CallMethod(kind, "x"), "Dana", "en") for kind in said}
        assert all(said[kind] != english[kind].replace("x", at) for kind, at in
                   (("video", "https://meet.example.com/dana"), ("phone", "+44 20 7946 0000"), ("place", "12 Main St"))), \
            f"{lang} is said in English"


def test_a_language_the_bot_does_not_speak_hears_english_and_the_note_comes_after() -> None:
    said = sentence(CallMethod("video", "https://meet.example.com/dana"), "Dana", "ja", "  Any browser will do. ")
    assert said == "It's a video call: join at https://meet.example.com/dana Any browser will do."


def test_a_link_or_a_place_is_the_calendars_location_and_a_line_or_a_link_to_come_is_a_description() -> None:
    assert location(CallMethod("video", " https://meet.example.com/dana ")) == "https://meet.example.com/dana"
    assert location(CallMethod("place", "12 Main St")) == "12 Main St"
    assert location(CallMethod("phone", "+44 20 7946 0000")) is None and location(CallMethod("video")) is None
    assert location(None) is None and description(None, "Dana") is None
    assert description(CallMethod("video", "https://meet.example.com/dana"), "Dana") is None
    assert description(CallMethod("place", "12 Main St"), "Dana") is None
    assert "+44 20 7946 0000" in (description(CallMethod("phone", "+44 20 7946 0000"), "Dana") or "")
    assert "Dana will email you the link" in (description(CallMethod("video"), "Dana") or "")


def test_an_invitation_with_a_location_carries_it_escaped_on_its_own_line() -> None:
    start = datetime(2026, 11, 24, 9, tzinfo=timezone.utc)
    invitation = Invitation(uid="bk_1@leadbot", stamp=start, starts_at=start, ends_at=start + timedelta(minutes=30),
                            summary="Intro call", organizer=Person("dana@example.com", "Dana"),
                            location="Brightline, 12 Main St; 2nd floor")
    text = render_invitation(invitation)
    assert "\r\nLOCATION:Brightline\\, 12 Main St\\; 2nd floor\r\n" in text
    assert "LOCATION" not in render_invitation(Invitation(**{**invitation.__dict__, "location": None}))
