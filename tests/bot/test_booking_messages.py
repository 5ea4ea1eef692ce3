"""Booking in the chat without a server: buttons, confirmations, typed picks, time zones, signing."""

from __future__ import annotations

import json

import pytest
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
from bot.actions.phrasebook import zone_name
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
    assert "(Central European Time)" in message["text"] and "another time zone" not in message["text"]
    titles = [b["title"] for b in message["buttons"]]
    assert titles == [s["label"] for s in PAGE["slots"]] + ["Other times", "Other time zone", "Not now"]
    assert set(message["buttons"][0]) == {"title", "payload"}
    payload = message["buttons"][0]["payload"]
    assert payload == '/choose_slot{"slot_start":"2026-11-24T08:00:00Z"}' == slot_payload("2026-11-24T08:00:00Z")
    assert json.loads(payload[len("/choose_slot"):]) == {"slot_start": "2026-11-24T08:00:00Z"}
    unknown_zone = offer_messages(PAGE, "", zone_known=False)[0]["text"]
    assert unknown_zone.startswith("Here are") and "(Central European Time, Lena's time zone)" in unknown_zone
    stated = offer_messages(PAGE, "", zone_known=True, why=", as you're in Stuttgart")[0]["text"]
    assert "(Central European Time, as you're in Stuttgart)" in stated
    empty = offer_messages({**PAGE, "slots": []}, "", zone_known=True)[0]
    assert "couldn't find free times" in empty["text"] and empty["buttons"][0]["payload"] == "/other_times"


def test_the_confirmation_carries_the_calendar_link_as_a_plain_url() -> None:
    booking = {"label": "Tue 24 Nov, 09:00–09:30", "time_zone": "Europe/Berlin", "owner": {"name": "Lena Fischer"},
               "ics_url": "http://127.0.0.1:5000/calendar/abc.ics"}
    first, link = confirmation_messages(booking, repeated=False)
    assert "You're booked" in first["text"] and "Tue 24 Nov, 09:00–09:30 (Central European Time)" in first["text"]
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


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "pt", "it", "nl"])
@pytest.mark.parametrize("tz", ["America/New_York", "Europe/Dublin", "Europe/London", "Europe/Berlin",
                                "America/Indiana/Indianapolis", "Asia/Kolkata", "America/Sao_Paulo"])
def test_a_call_times_zone_is_named_in_words_the_visitor_reads_never_by_its_id(lang: str, tz: str) -> None:
    name = zone_name(tz, lang)
    # No id ("America/New_York"), no CLDR country fallback ("Irland (Ortszeit)", "heure : Irlande") inside the
    # offer's own brackets, and the id's city or region is not left in its id spelling.
    assert "/" not in name and "_" not in name and "(" not in name and ":" not in name, name
    assert name.lower() != tz.lower(), name


def test_english_names_a_zone_as_people_say_it_and_each_language_in_its_own_words() -> None:
    assert zone_name("America/New_York", "en") == "Eastern Time"
    assert zone_name("Europe/Dublin", "en") == "Dublin time"
    assert zone_name("Europe/London", "de") == "Ortszeit London"
    assert zone_name("Europe/London", "fr") == "heure de Londres"
    assert zone_name("Europe/Berlin", "es") == "hora de Europa central"
    assert zone_name("UTC", "it") == "UTC"
    stated = offer_messages({**PAGE, "time_zone": "America/New_York"}, "", zone_known=True,
                            why=", as you're in Raleigh")[0]["text"]
    assert "(Eastern Time, as you're in Raleigh)" in stated and "time time" not in stated.lower()


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "pt", "it", "nl"])
@pytest.mark.parametrize(("tz", "shares_its_name_with"), [
    ("America/Jamaica", "America/New_York"), ("America/Panama", "America/New_York"),
    ("America/Cancun", "America/New_York"), ("America/Phoenix", "America/Denver"),
    ("America/Regina", "America/Chicago"), ("Australia/Brisbane", "Australia/Sydney"),
    ("Pacific/Honolulu", "America/Adak"),
])
def test_a_zone_that_keeps_one_clock_under_a_name_others_move_is_named_by_its_city(
        lang: str, tz: str, shares_its_name_with: str) -> None:
    # Persona set 15's Kingston visitor was offered times in "Eastern Time", an hour off Jamaica's clock in summer.
    name = zone_name(tz, lang)
    assert name != zone_name(shares_its_name_with, lang), name
    assert "/" not in name and "_" not in name, name


@pytest.mark.parametrize("tz", ["America/New_York", "Australia/Sydney", "Europe/Berlin", "Asia/Manila"])
def test_a_zone_whose_name_means_its_own_clock_all_year_keeps_that_name(tz: str) -> None:
    # Near misses: the zones that move their clocks with the name, and one whose name no zone moves.
    assert zone_name(tz, "en") in ("Eastern Time", "Australian Eastern Time", "Central European Time",
                                   "Philippine Time"), zone_name(tz, "en")


@pytest.mark.parametrize(("text", "index"), [
    ("A primeira opção está ótima.", 0), ("Der zweite Termin passt mir", 1), ("la troisième, merci", 2),
    ("me quedo con la segunda", 1), ("va bene la prima", 0), ("de laatste graag", 2), ("l'ultimo va benissimo", 2),
    ("de eerste is prima", 0),
])
def test_a_slot_picked_in_words_of_another_language_is_the_one_named(text: str, index: int) -> None:
    offered = PAGE["slots"]
    assert pick_from_text(text, offered) == offered[index]["starts_at"]


@pytest.mark.parametrize("text", ["prima delle 10 non posso", "secondo me nessuno va bene", "na segunda-feira"])
def test_words_that_only_look_like_ordinals_pick_no_slot(text: str) -> None:
    assert pick_from_text(text, PAGE["slots"]) is None
