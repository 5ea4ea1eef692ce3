"""Booking a call in the chat, as a visitor would: slots as buttons, other times, a calendar file.

The real stack (Rasa, action server, service, outbox worker, a Slack fake);
the assertions are on what the visitor reads, the booking the service
stored, and what Slack was sent.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests

from bot.actions.phrasebook import zone_name
from harness.fakes.slack import SlackFake
from harness.script import CONSENT_CUE, asked_slot, qualify_in_one_message
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.waiting import wait_for

pytestmark = pytest.mark.slow

NEW_YORK = ZoneInfo("America/New_York")



def qualified_visitor(stack: Stack, playbook: Playbook, tz: str | None = "America/New_York", email: str | None = None,
                      **sentences: str) -> Visitor:
    """A sales-qualified visitor with the first times on screen. These tests are about booking, so the lead states
    everything in one message (``sentences`` replace its sentences by attribute) and confirms once: the form's
    questions, one by one, are tested by the form's own tests (tests/bot/test_form.py)."""
    v = Visitor(stack.rasa_url, metadata={"tz": tz} if tz else None)
    qualify_in_one_message(v, playbook, email=email, **sentences)
    assert any(p and p.startswith("/choose_slot") for _, p in v.buttons), v.history()
    return v


def slot_buttons(v: Visitor) -> list[tuple[str, str]]:
    return [(t, p) for t, p in v.buttons if p and p.startswith("/choose_slot")]


def start_of(payload: str) -> datetime:
    return datetime.fromisoformat(json.loads(payload[len("/choose_slot"):])["slot_start"].replace("Z", "+00:00"))


def admin(stack: Stack) -> dict[str, str]:
    return {"Authorization": f"Bearer {stack.admin_key}"}


def test_a_sales_qualified_visitor_books_a_call_and_gets_a_calendar_file(
    stack: Stack, playbook: Playbook, slack_fake: SlackFake
) -> None:
    # The United States spans several zones, so the widget's zone is the one used, and named.
    v = qualified_visitor(stack, playbook, location="We're in the United States.")
    offer = v.transcript[-1][1]
    assert "great fit" in offer and "(Eastern Time, your device's time zone)" in offer, v.history()
    buttons = slot_buttons(v)
    assert len(buttons) == 3 and [t for t, _ in v.buttons][-3:] == ["Other times", "Other time zone", "Not now"]
    title, payload = buttons[1]
    start = start_of(payload)
    assert start.astimezone(NEW_YORK).strftime("%H:%M") in title, "labelled on the visitor's clock"

    reply = v.say(payload)
    assert "You're booked" in reply and title in reply, v.history()
    url = next(word for word in reply.split() if "/calendar/" in word)
    calendar = requests.get(url, timeout=10)
    assert calendar.status_code == 200 and calendar.headers["Content-Type"].startswith("text/calendar")
    unfolded = calendar.text.replace("\r\n ", "")  # RFC 5545 folds long lines
    assert f"DTSTART:{start:%Y%m%dT%H%M%SZ}" in unfolded
    assert "ATTENDEE" not in unfolded and "jane.doe" not in unfolded, "the call, nothing of the visitor"

    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["status"] == "booked", v.history()
    assert lead["booking"]["starts_at"].startswith(start.strftime("%Y-%m-%dT%H:%M:%S"))
    assert lead["owner"] == lead["booking"]["owner"] == lead["suggested_owner"]
    assert lead["booking"]["time_zone"] == "America/New_York"

    again = v.say(payload)  # a double click
    assert "already booked" in again and "You're booked" not in again, v.history()
    assert stack.lead_for(v.sender)["booking"] == lead["booking"]

    # The alert in the route's channel is redrawn with the booking, and its thread says so.
    channel = {"#sales-emea": "C0EMEA", "#sales": "C0SALES", "#sales-enterprise": "C0ENT"}[
        lead["qualification"]["route"]["slack_channel"]]

    def booked_alert() -> Any:
        for alert in slack_fake.alerts(channel):
            if lead["id"] in json.dumps(alert.get("blocks")) and "Call booked for" in json.dumps(alert.get("blocks")):
                return alert
        return None

    alert = wait_for(booked_alert)
    assert alert is not None, [a.get("text") for a in slack_fake.alerts(channel)]
    assert wait_for(lambda: any("booked" in (m.get("text") or "").lower()
                                for m in slack_fake.thread(channel, alert["ts"]))), "the thread hears of the booking"


def test_other_times_later_and_next_week(stack: Stack, playbook: Playbook) -> None:
    v = qualified_visitor(stack, playbook, tz="Europe/Berlin")
    first = [start_of(p) for _, p in slot_buttons(v)]
    reply = v.say("later")
    later = [start_of(p) for _, p in slot_buttons(v)]
    assert later and min(later) > max(first), v.history()
    assert "Here are the next free times" in reply

    v.say("/other_times")  # the "Other times" button
    assert min(start_of(p) for _, p in slot_buttons(v)) > max(later), v.history()

    v.say("next week")
    berlin = ZoneInfo("Europe/Berlin")
    today = datetime.now(berlin).date()
    monday = today + timedelta(days=7 - today.weekday())
    days = {start_of(p).astimezone(berlin).date() for _, p in slot_buttons(v)}
    assert days and all(monday <= d < monday + timedelta(days=7) for d in days), v.history()

    v.say("something on Friday afternoon")
    friday = [start_of(p).astimezone(berlin) for _, p in slot_buttons(v)]
    assert friday and all(s.weekday() == 4 and s.hour >= 12 for s in friday), v.history()

    v.say("the second one")
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["status"] == "booked", v.history()
    assert lead["booking"]["starts_at"].startswith(friday[1].astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M"))


def test_asking_for_a_call_at_a_time_after_the_offer_offers_that_time(stack: Stack, playbook: Playbook) -> None:
    v = qualified_visitor(stack, playbook, tz="Europe/Berlin")
    v.say("could we set up a call? some morning next week would suit me")
    berlin = ZoneInfo("Europe/Berlin")
    today = datetime.now(berlin).date()
    monday = today + timedelta(days=7 - today.weekday())
    starts = [start_of(p).astimezone(berlin) for _, p in slot_buttons(v)]
    assert starts and all(monday <= s.date() < monday + timedelta(days=7) and s.hour < 12 for s in starts), \
        v.history()


def test_a_spanish_visitor_asks_for_a_morning_next_week_and_picks_one_in_words(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"tz": "Europe/Madrid"})
    qualify_in_one_message(v, playbook, "es")
    assert slot_buttons(v), v.history()
    v.say("¿Podríamos hacer la llamada cualquier mañana de la semana que viene?")
    madrid = ZoneInfo("Europe/Madrid")
    today = datetime.now(madrid).date()
    monday = today + timedelta(days=7 - today.weekday())
    starts = [start_of(p).astimezone(madrid) for _, p in slot_buttons(v)]
    assert starts and all(monday <= s.date() < monday + timedelta(days=7) and s.hour < 12 for s in starts), \
        v.history()
    reply = v.say("la segunda me viene perfecta")
    assert reply.startswith("¡Reserva hecha!") and f"{starts[1].hour}:{starts[1].minute:02d}" in reply, v.history()
    assert "no lo he entendido" not in reply, v.history()


def test_a_slot_taken_meanwhile_gets_a_polite_answer_and_fresh_slots(stack: Stack, playbook: Playbook) -> None:
    ann = qualified_visitor(stack, playbook, name="My name is Ann Lee.", email="ann@lee-corp.com")
    bob = qualified_visitor(stack, playbook, name="My name is Bob Ray.", email="bob@ray-corp.com")
    ann_lead, bob_lead = stack.lead_for(ann.sender), stack.lead_for(bob.sender)
    # Bob's lead goes to Ann's consultant, so they compete for the same calendar.
    response = requests.patch(f"{stack.service_url}/api/v1/leads/{bob_lead['id']}",
                              json={"owner": ann_lead["suggested_owner"]}, headers=admin(stack), timeout=10)
    assert response.status_code == 200
    # Both ask for next week, so both screens show the same consultant's same times (whoever the
    # round robin gave them first).
    ann.say("next week")
    bob.say("next week")
    _, payload = slot_buttons(ann)[0]
    assert payload in [p for _, p in slot_buttons(bob)], bob.history()
    assert "You're booked" in ann.say(payload), ann.history()

    reply = bob.say(payload)  # the same slot, on a screen that still shows it
    assert "just taken" in reply, bob.history()
    fresh = [p for _, p in slot_buttons(bob)]
    assert fresh and payload not in fresh
    assert stack.lead_for(bob.sender)["status"] == "open"
    assert "You're booked" in bob.say(fresh[0]), bob.history()
    assert stack.lead_for(bob.sender)["booking"]["starts_at"] != stack.lead_for(ann.sender)["booking"]["starts_at"]


def test_without_a_time_zone_the_owners_is_used_and_named(stack: Stack, playbook: Playbook) -> None:
    v = qualified_visitor(stack, playbook, tz=None, location="We're in the United States.")
    offer = v.transcript[-1][1]
    lead = stack.lead_for(v.sender)
    calendar = playbook.scheduling.calendar_for(lead["suggested_owner"])
    assert f"({zone_name(calendar.time_zone, 'en')}, {calendar.name.split()[0]}'s time zone)" in offer, v.history()
    assert "/" not in zone_name(calendar.time_zone, "en"), "named in words, not by its id"
    assert "[Other time zone]" in offer, v.history()


def test_the_zone_of_the_visitors_stated_city_comes_before_the_widgets(stack: Stack, playbook: Playbook) -> None:
    v = qualified_visitor(stack, playbook)  # in Berlin, with a widget set to New York
    assert "(Central European Time, as you're in Berlin)" in v.transcript[-1][1], v.history()
    v.say("show times in Asia/Tokyo")
    assert "(Tokyo time)" in v.transcript[-1][1], v.history()


def test_a_visitor_asking_for_a_person_is_routed_to_sales_and_alerted(
    stack: Stack, playbook: Playbook, slack_fake: SlackFake
) -> None:
    v = Visitor(stack.rasa_url)
    v.say("hi, we need help with paid ads")
    reply = v.say("can I talk to a real person?")
    # The team is told; nobody is promised to get in touch while no email is kept to write to.
    assert "let our team know" in reply and "your email" in reply and CONSENT_CUE in reply, v.history()
    assert "get in touch" not in reply, v.history()
    lead = wait_for(lambda: stack.lead_for(v.sender))
    assert lead is not None, "posted as soon as the visitor asked, with what is known"
    assert lead["qualification"].get("human_requested") is True
    assert lead["qualification"]["route"]["slack_channel"] == "#sales" and lead["stage"] == "iql"

    reply = v.say("yes")
    assert asked_slot(reply, playbook) == "email", v.history()
    reply = v.say("pat.kim@kim-industries.com")
    assert "passed your email on" in reply, v.history()
    assert stack.lead_for(v.sender)["attributes"]["email"]["address"] == "pat.kim@kim-industries.com"

    def alert_for_sales() -> Any:
        for alert in slack_fake.alerts("C0SALES"):
            blocks = json.dumps(alert.get("blocks"))
            if lead["id"] in blocks and "asked to talk to a person" in blocks:
                return alert
        return None

    assert wait_for(alert_for_sales) is not None, [a.get("text") for a in slack_fake.alerts("C0SALES")]


def test_a_place_given_after_other_time_zone_changes_the_times_zone_and_never_the_base_said_back(
        stack: Stack, playbook: Playbook) -> None:
    # "I'll be in London that week" answers where the times should be shown: the visitor's base (Berlin) stands,
    # and the bot must not tell them it changed.
    v = qualified_visitor(stack, playbook)  # in Berlin
    zone_payload = next(p for t, p in v.buttons if t == "Other time zone")
    v.say(zone_payload)
    reply = v.say("I'll be in London that week actually")
    assert "(London time)" in reply or "(Greenwich Mean Time)" in reply, v.history()
    assert "a base in London" not in reply, f"told their base changed:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"]["location"]["city"] == "Berlin", v.history()
