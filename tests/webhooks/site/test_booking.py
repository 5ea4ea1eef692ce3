"""Booking a call in the widget when visitors do the unexpected: double clicks, two visitors wanting
the same slot, a browser reporting a time zone that does not exist. Nothing is double-booked and
the visitor always gets a clear answer."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any, Callable

import pytest

from harness.script import SQL_ANSWERS
from harness.stack import Stack
from qualification import Playbook, load_playbook
from tests.waiting import wait_for
from tests.webhooks.site.chat import Chat
from tests.webhooks.site.test_visitor import instant, reach_slots, session_id, stored_bookings

pytestmark = pytest.mark.slow

# Most of the qualification in one message, so these tests spend their time on the booking.
OPENING = ("Hi, I'm the VP of Marketing at Acme Analytics, a 120-person B2B software company in Berlin, Germany. "
           "We need more qualified leads, our budget is around 60k and we want to start next month.")


@pytest.fixture
def playbook(site_playbook: Path) -> Playbook:
    return load_playbook(site_playbook)


def qualified_visitor(page: Any, stack: Stack, playbook: Playbook) -> tuple[Chat, str, list[str]]:
    """A sales-qualified visitor looking at free slots: (chat, lead id, slot titles)."""
    page.goto(f"{stack.service_url}/")
    chat = Chat(page, playbook)
    chat.open()
    email = f"visitor-{uuid.uuid4().hex[:8]}@acme-analytics.io"
    chat.answer({**SQL_ANSWERS, "email": email}, opening=OPENING)
    lead = wait_for(lambda: stack.lead_for(session_id(page)), "the lead", timeout=15)
    assert lead["stage"] == "sql", chat.transcript()
    return chat, lead["id"], reach_slots(chat)


def test_a_double_click_on_a_slot_books_once(
    page: Any, site_stack: Stack, playbook: Playbook, screenshot: Callable[[Any, str], Path]
) -> None:
    chat, lead_id, slots = qualified_visitor(page, site_stack, playbook)
    rows = chat.rows()
    page.locator(".lb-choice").filter(has_text=slots[-1]).last.dblclick()
    chat.wait_for_reply(rows + 1)
    page.wait_for_timeout(1500)  # a second booking, if any, would have answered by now
    screenshot(page, "double-click")
    log = chat.log()
    assert [line.text for line in log if line.said_by == "user"].count(slots[-1]) == 1, chat.transcript()
    assert sum("You're booked" in line.text for line in log) == 1, chat.transcript()
    assert len(stored_bookings(site_stack, lead_id)) == 1


def test_the_same_slot_sent_twice_books_once_and_says_so(
    page: Any, site_stack: Stack, playbook: Playbook, screenshot: Callable[[Any, str], Path]
) -> None:
    """Two submissions that get past the widget (a flaky network resending, a second tab) book once."""
    chat, lead_id, slots = qualified_visitor(page, site_stack, playbook)
    entries = json.loads(page.evaluate("() => localStorage.getItem('leadbot:log')"))
    payload = next(b["payload"] for e in entries for b in e.get("buttons") or () if b["title"] == slots[-1])
    rows = chat.rows()
    page.evaluate("p => { window.LeadbotWidget.send(p); window.LeadbotWidget.send(p); }", payload)
    wait_for(lambda: sum("booked" in line.text for line in chat.log()) >= 2, "both answers", timeout=60)
    chat.wait_for_reply(rows + 2)
    screenshot(page, "sent-twice")
    said = [line.text for line in chat.log() if line.said_by == "bot"]
    assert sum("You're booked" in text for text in said) == 1, chat.transcript()
    assert any("already booked" in text for text in said), chat.transcript()
    assert len(stored_bookings(site_stack, lead_id)) == 1


def test_a_slot_taken_meanwhile_gets_a_clear_answer_and_other_times(
    page: Any, site_stack: Stack, playbook: Playbook, screenshot: Callable[[Any, str], Path]
) -> None:
    first, first_lead, first_slots = qualified_visitor(page, site_stack, playbook)
    other = page.context.browser.new_context(viewport={"width": 1280, "height": 860}, timezone_id="Europe/Berlin")
    try:
        rival_page = other.new_page()
        rival, rival_lead, rival_slots = qualified_visitor(rival_page, site_stack, playbook)
        # Both see the same calendar; the soonest slot may have passed the booking notice between the two offers
        # (a minute apart on a slow run), so they compete for the last slot both were offered.
        both = [slot for slot in first_slots if slot in rival_slots]
        assert both, f"both see the same calendar: {first_slots} / {rival_slots}"
        wanted = both[-1]
        assert "You're booked" in rival.click(wanted), rival.transcript()
    finally:
        other.close()

    reply = first.click(wanted)
    screenshot(page, "slot-taken")
    assert "that slot was just taken" in reply, first.transcript()
    fresh = reach_slots(first)
    assert wanted not in fresh, "the taken slot is not offered again"
    assert stored_bookings(site_stack, first_lead) == []
    assert len(stored_bookings(site_stack, rival_lead)) == 1

    assert "You're booked" in first.click(fresh[-1]), first.transcript()
    times = stored_bookings(site_stack)
    assert len(times) == len(set(times)), "no slot is booked twice"
    assert instant(wait_for(lambda: (site_stack.lead_for(session_id(page)) or {}).get("booking"),
                            "the booking", timeout=15)["starts_at"]) in times


@pytest.mark.parametrize("browser_context_args", [
    pytest.param({"viewport": {"width": 1280, "height": 860}, "timezone_id": "Europe/Berlin"}, id="mars"),
])
def test_a_time_zone_that_does_not_exist_is_not_used(
    page: Any, site_stack: Stack, playbook: Playbook, screenshot: Callable[[Any, str], Path]
) -> None:
    page.add_init_script("""(() => {
      const real = Intl.DateTimeFormat.prototype.resolvedOptions;
      Intl.DateTimeFormat.prototype.resolvedOptions = function () {
        return Object.assign(real.call(this), { timeZone: 'Mars/Olympus_Mons' });
      };
    })()""")
    chat, lead_id, slots = qualified_visitor(page, site_stack, playbook)
    screenshot(page, "unknown-zone")
    offer = chat.reply_text()
    assert "Mars" not in offer, chat.transcript()
    assert "Central European Time" in offer and "[Other time zone]" in offer, "a known zone, said, and a way out"
    assert "You're booked" in chat.click(slots[-1]), chat.transcript()
    assert len(stored_bookings(site_stack, lead_id)) == 1
