"""A website visitor on the demo site: opens the chat, qualifies with free-text answers and books a call.

Everything is real (chromium, the page and widget served by the service,
Rasa's socket.io channel, the action server, the worker) but Slack, which is
its local fake; the assertions are on what the visitor reads, the lead and
booking the service stored and the alert Slack received.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import pytest
import requests

from harness.fakes.slack import SlackFake
from harness.script import SQL_ANSWERS
from harness.stack import Stack
from qualification import Playbook, load_playbook
from tests.browser import PHONE
from tests.waiting import wait_for
from tests.webhooks.site.chat import Chat
from tests.webhooks.site.conftest import EMEA_OWNER

pytestmark = pytest.mark.slow


@pytest.fixture
def playbook(site_playbook: Path) -> Playbook:
    return load_playbook(site_playbook)


def alerts_for(slack: SlackFake, lead_id: str) -> list[tuple[str, dict[str, Any]]]:
    """(channel, message) of the top-level alerts Slack received for this lead (their metadata names it)."""
    return [(channel, message) for (channel, _), message in sorted(slack.messages.items())
            if not message.get("thread_ts")
            and ((message.get("metadata") or {}).get("event_payload") or {}).get("lead_id") == lead_id]


def session_id(page: Any) -> str:
    value = page.evaluate("() => window.LeadbotWidget.sessionId()")
    assert value, "the widget has a session id"
    return str(value)


NOT_SLOTS = {"Other times", "Other time zone", "Not now", "Show the next free times", "Yes, book a call"}


def slot_titles(chat: Chat) -> list[str]:
    """The slot buttons of the bot's last answer (not "Other times", "Other time zone" or "Not now"), soonest first.

    A test books the last one: the soonest is the one that can pass the booking notice (``min_notice_minutes``
    from now) between the offer and the click, or between two visitors' offers, on a slow run."""
    return [b for line in chat.bot_lines_after_last_visitor_line() for b in line.buttons if b not in NOT_SLOTS]


def reach_slots(chat: Chat) -> list[str]:
    """After the SQL result: the free slots, offered right away or once the visitor says yes to a call."""
    slots = slot_titles(chat)
    if not slots:
        chat.click(re.compile("book a call", re.I))
        slots = slot_titles(chat)
    assert slots, f"slots are offered:\n{chat.transcript()}"
    return slots


def stored_bookings(stack: Stack, lead_id: str | None = None) -> list[datetime]:
    """Start times (UTC) of the bookings table's rows, of one lead or all."""
    with sqlite3.connect(stack.database_url[len("sqlite:///"):]) as db:
        if lead_id is None:
            rows = db.execute("select starts_at from bookings").fetchall()
        else:
            rows = db.execute("select starts_at from bookings where lead_id = ?", (lead_id,)).fetchall()
    return [instant(row[0]) for row in rows]


def instant(raw: str) -> datetime:
    """A stored (naive UTC) or API (``...Z``) time as an aware UTC datetime."""
    moment = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def qualify_and_book(page: Any, stack: Stack, slack: SlackFake, playbook: Playbook,
                     screenshot: Callable[[Any, str], Path], email: str, zone_named: str, touch: bool = False) -> None:
    page.goto(f"{stack.service_url}/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert playbook.company.name in page.title()
    screenshot(page, "landing")
    chat = Chat(page, playbook, touch=touch)
    chat.open()
    screenshot(page, "widget-open")
    last = chat.answer({**SQL_ANSWERS, "email": email}, opening="Hi, we need more qualified leads")
    screenshot(page, "qualified")
    assert playbook.company.name in last, chat.transcript()
    sender = session_id(page)

    lead = wait_for(lambda: stack.lead_for(sender), "the lead to be stored", timeout=15)
    assert lead["stage"] == "sql", chat.transcript()
    assert lead["attributes"]["email"]["address"] == email
    assert lead["attributes"]["location"]["country"] == "DE"
    assert lead["attributes"]["need"]["categories"], "the need from the opening message"
    assert {"company", "budget", "email", "timing"} <= {a["question_id"] for a in lead["answers"]}

    alerts = wait_for(lambda: alerts_for(slack, lead["id"]), "the Slack alert", timeout=15)
    assert [channel for channel, _ in alerts] == ["C0EMEA"], "one alert, in the EMEA sales channel"
    assert "Acme Analytics" in str(alerts[0][1].get("blocks")), alerts

    slots = reach_slots(chat)
    screenshot(page, "slots-offered")
    assert zone_named in chat.reply_text(), f"times are shown in the visitor's zone, named in words:\n{chat.transcript()}"
    reply = chat.click(slots[-1])
    screenshot(page, "booked")
    assert "You're booked" in reply and slots[-1].split(",")[0] in reply, chat.transcript()
    ics = page.locator(".lb-msg--bot a[href*='.ics']").last
    href = ics.get_attribute("href")
    assert href and href.startswith(stack.service_url), href
    calendar = requests.get(href, timeout=10)
    assert calendar.status_code == 200 and calendar.headers["Content-Type"].startswith("text/calendar")
    assert "BEGIN:VCALENDAR" in calendar.text and "DTSTART" in calendar.text

    booked = wait_for(lambda: (stack.lead_for(sender) or {}).get("booking"), "the booking on the lead", timeout=15)
    assert booked["owner"] == EMEA_OWNER
    assert stored_bookings(stack, lead["id"]) == [instant(booked["starts_at"])]
    channel, alert = alerts_for(slack, lead["id"])[0]
    thread = wait_for(lambda: slack.thread(channel, alert["ts"]), "the booking in the alert's thread", timeout=15)
    assert any("book" in str(m.get("text")).lower() for m in thread), thread


def test_a_visitor_qualifies_and_books_a_call_on_the_demo_site(
    page: Any, site_stack: Stack, slack: SlackFake, playbook: Playbook, screenshot: Callable[[Any, str], Path]
) -> None:
    qualify_and_book(page, site_stack, slack, playbook, screenshot, "jane.doe@acme-analytics.io", "Central European Time")


@pytest.mark.parametrize("browser_context_args", [
    pytest.param({**PHONE, "locale": "en-US", "timezone_id": "America/New_York"}, id="phone"),
])
def test_the_same_on_a_phone(
    page: Any, site_stack: Stack, slack: SlackFake, playbook: Playbook, screenshot: Callable[[Any, str], Path]
) -> None:
    # The phone says New York, the visitor says Berlin: the place they said comes first (issue 14).
    qualify_and_book(page, site_stack, slack, playbook, screenshot, "sam.lee@acme-analytics.io", "Central European Time",
                     touch=True)
    box = page.get_by_role("dialog").bounding_box()
    assert box and box["width"] >= 380 and box["height"] >= 800, f"the open chat fills the phone's screen: {box}"
