"""The widget under things going wrong: markup in messages, reloads, a dropped connection, no mouse,
and another company's site embedding it with the one-tag snippet."""

from __future__ import annotations

import http.server
import json
import re
import sqlite3
import uuid
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import yaml

from harness.fakes.server import serve_in_background, stop_at_once
from harness.script import SQL_ANSWERS, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook, load_playbook
from qualification.playbook_file import read_yaml
from tests.waiting import wait_for
from tests.webhooks.site.chat import Chat
from tests.webhooks.site.relay import Relay

pytestmark = pytest.mark.slow

MARKUP = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> & <b>bold</b>'


@pytest.fixture
def playbook(site_playbook: Path) -> Playbook:
    return load_playbook(site_playbook)


def no_injection(page: Any) -> None:
    assert page.evaluate("() => window.__pwned") is None, "nothing the visitor or the bot said ran as script"
    assert page.locator(".lb-log img, .lb-log script, .lb-log b").count() == 0, "no markup became elements"


def test_markup_from_the_visitor_is_shown_as_text_and_never_runs(
    page: Any, site_stack: Stack, playbook: Playbook, screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto(f"{site_stack.service_url}/")
    chat = Chat(page, playbook)
    chat.open()
    chat.say(MARKUP)
    screenshot(page, "markup-as-text")
    visitor = [line.text for line in chat.log() if line.said_by == "user"]
    assert visitor == [MARKUP], chat.transcript()
    no_injection(page)


PRICING_QUESTION = "how much do you charge?"


def bot_says_pricing(stack: Stack, pricing: str) -> bool:
    """Whether the bot, asked the price now by a new visitor (Rasa's REST channel), answers with ``pricing``."""
    return pricing in Visitor(stack.rasa_url).say(PRICING_QUESTION)


@pytest.fixture
def hostile_pricing(site_stack: Stack, site_playbook: Path) -> Iterator[str]:
    """The playbook's pricing answer with markup, a javascript: link and two real links, as a marketer might paste.
    The stack reads the file as it changes (the service once a second, the action server from the service once a
    second): the test starts once the bot answers with it, and the next test once it no longer does."""
    original = site_playbook.read_text(encoding="utf-8")
    data = read_yaml(original)
    data["company"]["pricing"] = (
        'Plans start at 5,000 USD. <img src=x onerror="window.__pwned = 3"> '
        "[Click here](javascript:window.__pwned=4) or see [our prices](https://brightline.example/pricing) "
        "and https://brightline.example/faq."
    )
    site_playbook.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    marker = "Plans start at 5,000 USD"
    try:
        wait_for(lambda: bot_says_pricing(site_stack, marker), "the bot to answer with the new pricing", timeout=60,
                 interval=0.5)
        yield data["company"]["pricing"]
    finally:
        site_playbook.write_text(original, encoding="utf-8")
        wait_for(lambda: not bot_says_pricing(site_stack, marker), "the bot to answer with the usual pricing again",
                 timeout=60, interval=0.5)


def test_the_bots_text_is_text_and_only_web_links_become_links(
    page: Any, site_stack: Stack, playbook: Playbook, hostile_pricing: str, screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto(f"{site_stack.service_url}/")
    chat = Chat(page, playbook)
    chat.open()
    reply = chat.say(PRICING_QUESTION)
    screenshot(page, "links")
    assert "Plans start at 5,000 USD" in reply, chat.transcript()
    assert '<img src=x onerror="window.__pwned = 3">' in reply, "markup stays visible as text"
    assert "[Click here](javascript:window.__pwned=4)" in reply, "a javascript: link stays text"
    links = page.locator(".lb-msg--bot a").evaluate_all("els => els.map(a => [a.textContent, a.href, a.rel, a.target])")
    assert links == [
        ["our prices", "https://brightline.example/pricing", "noopener noreferrer nofollow", "_blank"],
        ["https://brightline.example/faq", "https://brightline.example/faq", "noopener noreferrer nofollow", "_blank"],
    ], links
    page.locator(".lb-msg--bot").filter(has_text="Click here").click()  # clicking the text does nothing
    no_injection(page)


def test_a_reload_mid_form_keeps_the_conversation(
    page: Any, site_stack: Stack, playbook: Playbook, screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto(f"{site_stack.service_url}/")
    chat = Chat(page, playbook)
    chat.open()
    first = asked_slot(chat.say("hi"), playbook)
    second = asked_slot(chat.say(SQL_ANSWERS[first]), playbook)
    assert first and second and first != second, chat.transcript()
    before = chat.log()
    sender = page.evaluate("() => window.LeadbotWidget.sessionId()")

    page.reload()
    chat.panel.wait_for(state="visible")  # it was open: it opens again
    chat.wait_connected()
    screenshot(page, "after-reload")
    assert chat.log() == before, "the transcript is shown again"
    assert page.evaluate("() => window.LeadbotWidget.sessionId()") == sender
    third = asked_slot(chat.say(SQL_ANSWERS[second]), playbook)
    assert third not in (None, first, second), f"the form goes on where it was:\n{chat.transcript()}"


@pytest.fixture
def relay(site_stack: Stack) -> Iterator[Relay]:
    running = Relay(site_stack.rasa_port).start()
    yield running
    running.stop()


@pytest.fixture
def other_site(site_stack: Stack, relay: Relay) -> Iterator[str]:
    """Another company's page on another origin with the snippet, its widget talking to Rasa through ``relay``."""
    html = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Acme Widgets</title></head>"
        "<body><h1>Acme Widgets</h1><p>Our own site.</p>"
        f'<script src="{site_stack.service_url}/site/widget.js" defer data-bot-url="{relay.url}" '
        'data-title="Ask Acme" data-color="#aa3300" data-storage-key="acme"></script></body></html>'
    ).encode()

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(html)

        def log_message(self, *args: Any) -> None:
            pass

    # The port the stack allows as an origin, as an operator lists their site in LEADBOT_ALLOWED_ORIGINS.
    server = http.server.ThreadingHTTPServer(("127.0.0.1", site_stack.embed_port), Page)
    serve_in_background(server)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    stop_at_once(server)


def test_the_snippet_works_on_another_site_and_survives_a_dropped_connection(
    page: Any, site_stack: Stack, relay: Relay, other_site: str, playbook: Playbook,
    screenshot: Callable[[Any, str], Path],
) -> None:
    sent = socket_events_sent(page)
    page.goto(other_site)
    chat = Chat(page, playbook)
    assert chat.launcher.text_content() == "Ask Acme"
    accent = page.locator("[data-leadbot]").evaluate("el => getComputedStyle(el).getPropertyValue('--lb-accent')")
    assert accent.strip() == "#aa3300"
    chat.open()
    assert page.evaluate("() => typeof window.io") == "undefined", "the socket client does not leak into the page"
    first = asked_slot(chat.say("hi"), playbook)
    assert first, chat.transcript()

    relay.cut()
    page.wait_for_selector("[data-leadbot][data-connection=offline]")
    assert re.search("Connection lost", chat.status.inner_text()), "the visitor is told"
    screenshot(page, "reconnecting")
    rows = chat.rows()
    chat.input.fill(SQL_ANSWERS[first])  # written while offline: sent once the connection is back
    chat.input.press("Enter")
    page.wait_for_timeout(1500)
    relay.mend()
    chat.wait_connected()
    page.wait_for_function("() => document.querySelector('.lb-status').textContent.includes('Reconnected')")
    screenshot(page, "reconnected")
    second = asked_slot(chat.wait_for_reply(rows + 1), playbook)
    assert second not in (None, first), f"the answer sent offline arrived and the form went on:\n{chat.transcript()}"
    assert relay.accepted >= 2, "the widget really reconnected"
    # Rasa answers into the session's room, which a new socket joins with session_request: a message that
    # went first would be answered to nobody (socket.io's own buffer sends before the connect handler runs).
    # (The heartbeat, for the alert's "on the page", follows each confirmed session.)
    assert [event for event in sent if event != "heartbeat"] == [
        "session_request", "user_uttered", "session_request", "user_uttered"], sent
    assert sent.count("heartbeat") >= 2, sent


def socket_events_sent(page: Any, with_data: bool = False) -> list[Any]:
    """The socket.io events the page sends, in order, over WebSocket frames and long-polling posts alike
    (their names, or with ``with_data`` [name, data] pairs)."""
    sent: list[Any] = []

    def record(payload: Any) -> None:
        for packet in (payload if isinstance(payload, str) else "").split("\x1e"):
            if packet.startswith("42"):  # engine.io message + socket.io event
                event = json.loads(packet[2:])
                sent.append(event if with_data else event[0])

    page.on("websocket", lambda ws: ws.on("framesent", record))
    page.on("request", lambda r: record(r.post_data) if r.method == "POST" and "/socket.io/" in r.url else None)
    return sent


def test_keyboard_alone(page: Any, site_stack: Stack, playbook: Playbook,
                        screenshot: Callable[[Any, str], Path]) -> None:
    page.goto(f"{site_stack.service_url}/")
    chat = Chat(page, playbook)
    chat.launcher.wait_for()
    for _ in range(60):  # Tab through the page to the launcher, the way a keyboard user gets there
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('lb-launcher')"):
            break
    else:
        raise AssertionError("the launcher cannot be reached with Tab")
    page.keyboard.press("Enter")
    chat.panel.wait_for(state="visible")
    assert chat.launcher.get_attribute("aria-expanded") == "true"
    assert page.evaluate("() => document.activeElement.id") == "lb-input", "typing starts at once"
    chat.wait_connected()
    rows = chat.rows()
    page.keyboard.type("hi")
    page.keyboard.press("Enter")
    assert asked_slot(chat.wait_for_reply(rows + 1), playbook), chat.transcript()
    screenshot(page, "keyboard")
    page.keyboard.press("Escape")
    assert chat.panel.is_hidden()
    assert page.evaluate("() => document.activeElement.classList.contains('lb-launcher')"), "focus goes back"
    assert chat.launcher.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    chat.panel.wait_for(state="visible")
    assert [line.said_by for line in chat.log()][:2] == ["bot", "user"], "the conversation is still there"


def test_a_closed_tab_mid_form_loses_nothing(
    page: Any, site_stack: Stack, playbook: Playbook, screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto(f"{site_stack.service_url}/")
    chat = Chat(page, playbook)
    chat.open()
    asked = asked_slot(chat.say("hi"), playbook)
    given, given_slots = [], []
    for _ in range(3):
        given_slots.append(asked)
        given.append(SQL_ANSWERS[asked])
        asked = asked_slot(chat.say(SQL_ANSWERS[asked]), playbook)
    sender = page.evaluate("() => window.LeadbotWidget.sessionId()")
    page.close()

    database = site_stack.database_url[len("sqlite:///"):]
    with sqlite3.connect(database) as db:
        said = [row[0] for row in db.execute(
            "select data from events where sender_id = ? and type_name = 'user' order by id", (sender,))]
    assert all(any(answer in text for text in said) for answer in given), "every answer is in the tracker store"
    assert "email" not in given_slots, "the visitor left before giving an email"
    assert site_stack.lead_for(sender) is None, "without a way to reach them, half a conversation is not a lead"

    chat = Chat.reopened(page.context, f"{site_stack.service_url}/", playbook)
    back = chat.page
    screenshot(back, "back-later")
    assert [line.text for line in chat.log() if line.said_by == "user"] == ["hi", *given]
    reply = chat.say(SQL_ANSWERS[asked])
    assert asked_slot(reply, playbook) not in (None, asked), f"the form resumes:\n{chat.transcript()}"


def test_each_message_says_where_the_chat_was_opened_within_the_channels_bound_and_the_lead_keeps_it(
    page: Any, site_stack: Stack, other_site: str, playbook: Playbook,
) -> None:
    sent: list[dict[str, Any]] = []

    def record(payload: Any) -> None:
        for packet in (payload if isinstance(payload, str) else "").split("\x1e"):
            if packet.startswith("42") and json.loads(packet[2:])[0] == "user_uttered":
                sent.append(json.loads(packet[2:])[1])

    page.on("websocket", lambda ws: ws.on("framesent", record))
    page.on("request", lambda r: record(r.post_data) if r.method == "POST" and "/socket.io/" in r.url else None)
    # The visitor reads a blog post on the site, then follows its link to the page with the chat: the browser
    # gives the post as the referrer (same site, so the whole address).
    referrer = f"{other_site}blog/how-to-qualify-leads"
    address = f"{other_site}?utm_source=news&utm_campaign=spring&padding={'x' * 2000}"
    page.goto(referrer)
    with page.expect_navigation():
        page.evaluate("address => { location.href = address; }", address)
    chat = Chat(page, playbook)
    chat.open()
    assert asked_slot(chat.say("hi"), playbook), chat.transcript()

    asked = asked_slot(chat.say("we need more leads"), playbook)
    metadata = sent[0]["metadata"]
    assert metadata["referrer"] == referrer
    ids = [message["metadata"]["message_id"] for message in sent]
    assert len(ids) == 2 and len(set(ids)) == 2 and all(re.fullmatch("[0-9a-f]{32}", i) for i in ids), \
        "each message has its own id, for a re-send to be recognised (issue 17)"
    assert not any(message["metadata"].get("resent") for message in sent)
    assert metadata["page"] == address[:400], "the page, cut so a long address never drops the whole metadata"
    assert "utm_campaign=spring" in metadata["page"]
    assert metadata["language"] and metadata["tz"]
    assert len(json.dumps(metadata)) <= 1000

    # ... and reaches the lead the conversation makes, with the page and its campaign (issue 16's attribution).
    email = f"visitor-{uuid.uuid4().hex[:8]}@acme-analytics.io"
    answers = {**SQL_ANSWERS, "email": email}
    chat.answer(answers, opening=answers.get(asked or "", "skip"))
    sender = page.evaluate("() => window.LeadbotWidget.sessionId()")
    lead = wait_for(lambda: site_stack.lead_for(sender), "the lead", timeout=15)
    assert lead["attribution"]["referrer"] == referrer, lead["attribution"]
    assert lead["attribution"]["page"] == address[:400]
    assert lead["attribution"]["utm"]["campaign"] == "spring"


def test_a_message_whose_reply_the_dropped_connection_lost_is_sent_again_and_answered_once(
    page: Any, site_stack: Stack, relay: Relay, other_site: str, playbook: Playbook,
) -> None:
    sent = socket_events_sent(page, with_data=True)
    page.goto(other_site)
    chat = Chat(page, playbook)
    chat.open()
    first = asked_slot(chat.say("hi"), playbook)
    assert first, chat.transcript()
    rows = chat.rows()
    chat.input.fill(SQL_ANSWERS[first])
    chat.input.press("Enter")
    relay.cut()  # the message is on its way (or taken, its reply lost): no reply has reached the page
    page.wait_for_selector("[data-leadbot][data-connection=offline]")
    page.wait_for_timeout(1500)
    relay.mend()
    chat.wait_connected()
    second = asked_slot(chat.wait_for_reply(rows + 1), playbook)
    assert second not in (None, first), f"the answer was taken and the form went on:\n{chat.transcript()}"
    page.wait_for_timeout(2000)
    copies = [data for name, data in sent if name == "user_uttered" and data["message"] == SQL_ANSWERS[first]]
    assert len(copies) == 2, f"sent again after the drop: {copies}"
    assert copies[0]["metadata"]["message_id"] == copies[1]["metadata"]["message_id"]
    assert copies[1]["metadata"]["resent"] is True and "resent" not in copies[0]["metadata"]
    bot_lines = [line.text for line in chat.log() if line.said_by == "bot"]
    assert len(bot_lines) == len(set(bot_lines)), f"nothing was answered twice:\n{chat.transcript()}"
    sender = page.evaluate("() => window.LeadbotWidget.sessionId()")
    with sqlite3.connect(site_stack.database_url.removeprefix("sqlite:///")) as db:
        stored = [json.loads(data)["text"] for (data,) in db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (sender,))]
    assert stored.count(SQL_ANSWERS[first]) == 1, stored
