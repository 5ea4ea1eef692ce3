"""Booking in the chat without a server: buttons, confirmations, typed picks, time zones, signing."""

from __future__ import annotations

import json

from rasa_sdk import Tracker

from bot.actions.booking import (
    confirmation_messages,
    metadata_time_zone,
    offer_messages,
    offered_start,
    pick_from_text,
    slot_payload,
    typed_time_zone,
)
from bot.actions.questionnaire import CONSENT, Progress, slots_to_ask
from nlu.attributes import Attributes
from qualification import Signals, load_playbook

PAGE = {
    "owner": {"id": "U0EMEA001", "name": "Lena Fischer"}, "time_zone": "Europe/Berlin", "meeting_minutes": 30,
    "slots": [
        {"starts_at": "2026-11-24T08:00:00Z", "label": "Tue 24 Nov, 09:00–09:30"},
        {"starts_at": "2026-11-24T08:45:00Z", "label": "Tue 24 Nov, 09:45–10:15"},
        {"starts_at": "2026-11-24T13:00:00Z", "label": "Tue 24 Nov, 14:00–14:30"},
    ],
}


def test_slots_are_plain_buttons_whose_payload_sets_the_slot() -> None:
    [message] = offer_messages(PAGE, "Great fit!", zone_known=True)
    assert message["text"].startswith("Great fit! Here are the next free times for a 30-minute call with Lena Fischer")
    assert "(Europe/Berlin time)" in message["text"] and "another time zone" not in message["text"]
    titles = [b["title"] for b in message["buttons"]]
    assert titles == [s["label"] for s in PAGE["slots"]] + ["Other times", "Other time zone", "Not now"]
    assert set(message["buttons"][0]) == {"title", "payload"}
    payload = message["buttons"][0]["payload"]
    assert payload == '/choose_slot{"slot_start":"2026-11-24T08:00:00Z"}' == slot_payload("2026-11-24T08:00:00Z")
    assert json.loads(payload[len("/choose_slot"):]) == {"slot_start": "2026-11-24T08:00:00Z"}
    unknown_zone = offer_messages(PAGE, "", zone_known=False)[0]["text"]
    assert unknown_zone.startswith("Here are") and "(Europe/Berlin time, Lena's time zone)" in unknown_zone
    stated = offer_messages(PAGE, "", zone_known=True, why=", as you're in Stuttgart")[0]["text"]
    assert "(Europe/Berlin time, as you're in Stuttgart)" in stated
    empty = offer_messages({**PAGE, "slots": []}, "", zone_known=True)[0]
    assert "couldn't find free times" in empty["text"] and empty["buttons"][0]["payload"] == "/other_times"


def test_the_confirmation_carries_the_calendar_link_as_a_plain_url() -> None:
    booking = {"label": "Tue 24 Nov, 09:00–09:30", "time_zone": "Europe/Berlin", "owner": {"name": "Lena Fischer"},
               "ics_url": "http://127.0.0.1:5000/calendar/abc.ics"}
    first, link = confirmation_messages(booking, repeated=False)
    assert "You're booked" in first["text"] and "Tue 24 Nov, 09:00–09:30 (Europe/Berlin time)" in first["text"]
    assert link["text"] == "Add it to your calendar: http://127.0.0.1:5000/calendar/abc.ics"
    assert "already booked" in confirmation_messages(booking, repeated=True)[0]["text"]


def test_typed_picks_name_an_offered_slot() -> None:
    offered = PAGE["slots"]
    assert pick_from_text("the second one", offered) == offered[1]["starts_at"]
    assert pick_from_text("I'll take the first", offered) == offered[0]["starts_at"]
    assert pick_from_text("the last one", offered) == offered[2]["starts_at"]
    assert pick_from_text("2pm is good", offered) == offered[2]["starts_at"]
    assert pick_from_text("9:45 works", offered) == offered[1]["starts_at"]
    assert pick_from_text("11:00 works", offered) is None
    assert pick_from_text("the first one", []) is None


def _tracker(events: list[dict], **slots: object) -> Tracker:
    return Tracker("v1", slots, {"text": "", "intent": {}}, events, False, None, {}, "action_listen")


def test_only_an_offered_start_is_bookable_however_it_is_written() -> None:
    offered = PAGE["slots"]
    assert offered_start("2026-11-24T08:45:00Z", offered) == "2026-11-24T08:45:00Z"
    assert offered_start("2026-11-24T09:45:00+01:00", offered) == "2026-11-24T08:45:00Z", "the same instant"
    assert offered_start("2026-11-26T08:45:00Z", offered) is None, "a free time never shown"
    assert offered_start("2026-11-24T08:45:00", offered) is None, "no zone, no instant"
    assert offered_start("tomorrow", offered) is None
    assert offered_start("2026-11-24T08:45:00Z", []) is None


def test_the_time_zone_comes_from_the_widgets_metadata_or_words() -> None:
    events = [{"event": "user", "text": "hi", "metadata": {"tz": "Europe/Berlin"}},
              {"event": "user", "text": "x", "metadata": {"tz": "Mars/Olympus"}},
              {"event": "user", "text": "y"}]
    assert metadata_time_zone(_tracker(events)) == "Europe/Berlin"
    assert metadata_time_zone(_tracker([{"event": "user", "text": "hi", "metadata": {"tz": 3}}])) is None
    assert typed_time_zone("show times in America/Chicago please") == "America/Chicago"
    assert typed_time_zone("and/or later") is None


def test_asking_for_a_person_puts_consent_and_email_first() -> None:
    playbook = load_playbook()
    normal = slots_to_ask(playbook, Attributes(), Signals(engaged=True), Progress(), None)
    urgent = slots_to_ask(playbook, Attributes(), Signals(engaged=True), Progress(), None, contact_first=True)
    assert urgent[:2] == [CONSENT, "email"] and sorted(urgent) == sorted(normal)
    assert normal[0] != CONSENT
