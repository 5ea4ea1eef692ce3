"""The times first offered fall in the visitor's own day, wherever they are (issue 14), on a fixed clock.

Found playing ``make run``: a visitor in Manila, routed to Marcus Webb in Chicago, was shown 23:00, 23:45 and 00:30
as the "next free times"; one in Pune 20:30 to 21:00 Kolkata time, unremarked. Times offered with no part of the
day or hour asked for are now in the visitor's working hours (09:00-17:00 their time) where the owner has any, else
in the rest of their waking day (08:00-20:00); only when the owner has none of those in the days ahead are the
nearest shown, said to be early or late for them with the owner's hours on their clock. The category: any zone far
from the owner's (Manila, Sydney, Auckland, Kolkata, Nairobi, Honolulu). The service is the fixed-clock one of
``test_booking_in_the_visitors_own_day_on_a_fixed_clock`` (``webhooks.bookings``'s rules).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import booking
from bot.actions.language import speaking
from scheduling import day_parts
from tests.bot.test_booking_in_the_visitors_own_day_on_a_fixed_clock import NOW, Playbooks, Service

MARCUS, LENA, DANA = "U0SALES02", "U0EMEA001", "U0SALES01"  # Chicago, Berlin, New York
LANGS = ("en", "de", "fr", "es", "pt", "it", "nl")


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(booking, "_now", lambda: NOW)
    monkeypatch.setattr(booking.runtime, "playbooks", lambda: Playbooks())


def offered(monkeypatch: pytest.MonkeyPatch, service: Service, tz: str | None, text: str | None = None,
            lang: str = "en", said: tuple[str, ...] = ()) -> tuple[list[datetime], str]:
    """The times the bot offers a visitor in ``tz`` (None: no zone of theirs known), and what it says with them."""
    monkeypatch.setattr(booking.runtime, "lead_service", lambda: service)
    slots: dict[str, Any] = {"lead_id": "ld_1", "lead_stage": "sql",
                             "attributes": {"email": {"address": "ana@northwind.io", "free_mail": False}}}
    if tz is not None:
        slots["visitor_tz"] = tz
    events = [{"event": "bot", "text": t} for t in said]  # what the bot wrote before
    tracker = Tracker("s", slots, {"text": text or ""}, events, False, None, {}, "")
    dispatcher = CollectingDispatcher()
    with speaking(lang):
        events = asyncio.run(booking.offer(dispatcher, tracker, text=text))
    kept = next(e["value"] for e in events if e.get("name") == "offered_slots")
    clock = ZoneInfo(tz or service.availability.time_zone)
    return [datetime.fromisoformat(s["starts_at"].replace("Z", "+00:00")).astimezone(clock) for s in kept], \
        " ".join(m.get("text") or "" for m in dispatcher.messages)


def hhmm(found: list[datetime]) -> list[str]:
    return [s.strftime("%a %H:%M") for s in found]


@pytest.mark.parametrize("tz, owner", [
    ("Australia/Sydney", MARCUS),   # Chicago's 16:00 is Sydney's 09:00
    ("Pacific/Auckland", MARCUS),   # Chicago's afternoon is Auckland's morning
    ("Asia/Manila", LENA),          # Berlin's 09:00-17:00 is Manila's 16:00-00:00
    ("Asia/Kolkata", LENA),         # Berlin's morning is Kolkata's afternoon
    ("Pacific/Honolulu", DANA),     # New York's afternoon is Honolulu's morning
])
def test_a_far_visitor_is_offered_times_in_their_working_hours_where_the_owner_has_some(
        monkeypatch: pytest.MonkeyPatch, tz: str, owner: str) -> None:
    found, said = offered(monkeypatch, Service(owner), tz)
    assert len(found) == 3 and all(9 <= s.hour < 17 for s in found), (hhmm(found), said)
    assert "your day" not in said, said


def test_a_visitor_in_nairobi_with_a_chicago_owner_gets_the_evening_of_their_waking_day(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Chicago's 09:00-11:15 is Nairobi's 18:00-20:15: no working hours in common, the waking day's evening instead.
    found, said = offered(monkeypatch, Service(MARCUS), "Africa/Nairobi")
    assert len(found) == 3 and all(8 <= s.hour < 20 for s in found), (hhmm(found), said)
    assert "your day" not in said, said


def test_a_visitor_in_manila_with_a_chicago_owner_gets_the_nearest_times_said_to_be_early(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Chicago's 09:00-17:00 is Manila's 23:00-07:00: no time between 08:00 and 20:00 there, on any day.
    found, said = offered(monkeypatch, Service(MARCUS), "Asia/Manila")
    assert said.startswith("Marcus Webb takes calls from 23:00 to 07:00 your time, none of it between 08:00 and 20:00 "
                           "for you, so these are the nearest times, early in your day."), said
    assert found and all(5 <= s.hour < 8 for s in found), hhmm(found)  # 05:15 and 06:00, never 23:00 or 00:30


def test_a_visitor_in_pune_with_a_chicago_owner_is_told_the_nearest_times_are_late(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Chicago's 09:00 is Kolkata's 20:30: the nearest to their day, said to be late for them.
    found, said = offered(monkeypatch, Service(MARCUS), "Asia/Kolkata")
    assert "from 20:30 to 04:30 your time" in said, said
    assert "late in your day" in said, said
    assert found and all(20 <= s.hour < 22 for s in found), hhmm(found)


def test_a_visitor_in_honolulu_with_a_berlin_owner_is_told_the_nearest_times_are_late(
        monkeypatch: pytest.MonkeyPatch) -> None:
    found, said = offered(monkeypatch, Service(LENA), "Pacific/Honolulu")
    assert "Lena Fischer takes calls from 22:00 to 06:00 your time" in said and "late in your day" in said, said
    assert found and all(s.hour >= 20 for s in found), hhmm(found)


def test_the_early_or_late_paragraph_is_said_once_not_again_with_the_next_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, said = offered(monkeypatch, Service(MARCUS), "Asia/Manila")
    again, said_again = offered(monkeypatch, Service(MARCUS), "Asia/Manila", said=(said,))
    assert "your day" in said and "your day" not in said_again, said_again
    assert again and all(5 <= s.hour < 8 for s in again), hhmm(again)


def test_the_visitors_daytime_all_taken_says_so_and_offers_the_nearest(monkeypatch: pytest.MonkeyPatch) -> None:
    service = Service(MARCUS)
    sydney = ZoneInfo("Australia/Sydney")
    daytime = [s for s in day_parts.owner_starts(service.availability, NOW)
               if day_parts.within(s, day_parts.WAKING, sydney)]
    service.busy = [(s, s + timedelta(minutes=30)) for s in daytime]
    found, said = offered(monkeypatch, service, "Australia/Sydney")
    assert said.startswith("Marcus Webb's times between 08:00 and 20:00 your time are all taken in the next days"), said
    assert "early in your day" in said and found and all(s.hour < 8 for s in found), hhmm(found)


@pytest.mark.parametrize("lang", LANGS)
def test_the_early_times_are_said_to_be_early_in_each_language(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    found, said = offered(monkeypatch, Service(MARCUS), "Asia/Manila", lang=lang)
    with speaking(lang):
        early = booking.told(booking.EARLY_OR_LATE["early"])
        opening = booking.told(booking.OUTSIDE_DAY, owner="Marcus Webb", start="23:00", end="07:00", first="08:00",
                               last="20:00", when=early)
    assert opening in said, (lang, said)
    assert found and all(5 <= s.hour < 8 for s in found), hhmm(found)


# --- near misses: what is not moved ---------------------------------------------------------------------------
def test_a_visitor_in_the_owners_own_zone_gets_the_next_times_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    service = Service(DANA)
    found, said = offered(monkeypatch, service, "America/New_York")
    plain = service.slots("ld_1", "America/New_York")["slots"]
    assert [s.isoformat() for s in found] == [datetime.fromisoformat(s["starts_at"].replace("Z", "+00:00")).astimezone(
        ZoneInfo("America/New_York")).isoformat() for s in plain]
    assert "your day" not in said, said


def test_with_no_zone_of_the_visitor_known_the_times_are_the_owners_as_they_come(
        monkeypatch: pytest.MonkeyPatch) -> None:
    service = Service(MARCUS)
    found, said = offered(monkeypatch, service, None)
    plain = service.slots("ld_1", None)["slots"]
    assert len(found) == len(plain) and "your day" not in said, said


@pytest.mark.parametrize("text", ["6am works for me", "anything in my morning?", "ab 5 Uhr"])
def test_a_time_or_part_of_the_day_asked_for_is_not_moved_into_the_waking_day(
        monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    lang = "de" if "Uhr" in text else "en"
    found, said = offered(monkeypatch, Service(MARCUS), "Asia/Manila", text=text, lang=lang)
    assert "between 08:00 and 20:00" not in said and "zwischen 08:00 und 20:00" not in said, said


def test_the_side_of_the_day_a_time_falls_on_is_the_nearer_end() -> None:
    manila = ZoneInfo("Asia/Manila")
    at = [datetime(2026, 12, 7, h, m, tzinfo=manila) for h, m in ((5, 15), (7, 59), (8, 0), (19, 59), (20, 0), (23, 0),
                                                                 (1, 59), (2, 30))]
    assert [day_parts.side(a, day_parts.WAKING, manila) for a in at] == [
        "early", "early", "inside", "inside", "late", "late", "late", "early"]
