"""The widget under things going wrong: markup in messages, reloads, a dropped connection, no mouse,
and another company's site embedding it with the one-tag snippet."""

from __future__ import annotations

import http.server
import json
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import yaml

from qualification import Playbook, load_playbook
from qualification.playbook_file import read_yaml
from tests.bot.script import asked_slot
from tests.bot.stack import Stack
from tests.bot.test_conversations import SQL_ANSWERS
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


@pytest.fixture
def hostile_pricing(site_playbook: Path) -> Iterator[str]:
    """The playbook's pricing answer with markup, a javascript: link and two real links, as a marketer might paste."""
    original = site_playbook.read_text(encoding="utf-8")
    data = read_yaml(original)
    data["company"]["pricing"] = (
        'Plans start at 5,000 USD. <img src=x onerror="window.__pwned = 3"> '
        "[Click here](javascript:window.__pwned=4) or see [our prices](https://brightline.example/pricing) "
        "and https://brightline.example/faq."
    )
    site_playbook.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    try:
        yield data["company"]["pricing"]
    finally:
        site_playbook.write_text(original, encoding="utf-8")


def test_the_bots_text_is_text_and_only_web_links_become_links(
    page: Any, site_stack: Stack, playbook: Playbook, hostile_pricing: str, screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto(f"{site_stack.service_url}/")
    chat = Chat(page, playbook)
    chat.open()
    reply = chat.say("how much do you charge?")
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
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


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
    assert sent == ["session_request", "user_uttered", "session_request", "user_uttered"], sent


def socket_events_sent(page: Any) -> list[str]:
    """The socket.io events the page sends, in order, over WebSocket frames and long-polling posts alike."""
    sent: list[str] = []

    def record(payload: Any) -> None:
        for packet in (payload if isinstance(payload, str) else "").split("\x1e"):
            if packet.startswith("42"):  # engine.io message + socket.io event
                sent.append(json.loads(packet[2:])[0])

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


def test_each_message_says_where_the_chat_was_opened_within_the_channels_bound(
    page: Any, site_stack: Stack, other_site: str, playbook: Playbook,
) -> None:
    sent: list[dict[str, Any]] = []

    def record(payload: Any) -> None:
        for packet in (payload if isinstance(payload, str) else "").split("\x1e"):
            if packet.startswith("42") and json.loads(packet[2:])[0] == "user_uttered":
                sent.append(json.loads(packet[2:])[1])

    page.on("websocket", lambda ws: ws.on("framesent", record))
    page.on("request", lambda r: record(r.post_data) if r.method == "POST" and "/socket.io/" in r.url else None)
    address = f"{other_site}?utm_source=news&utm_campaign=spring&padding={'x' * 2000}"
    page.goto(address)
    chat = Chat(page, playbook)
    chat.open()
    assert asked_slot(chat.say("hi"), playbook), chat.transcript()

    metadata = sent[0]["metadata"]
    assert metadata["page"] == address[:400], "the page, cut so a long address never drops the whole metadata"
    assert "utm_campaign=spring" in metadata["page"]
    assert metadata["language"] and metadata["tz"]
    assert len(json.dumps(metadata)) <= 1000
