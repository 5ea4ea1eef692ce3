"""Talk to sales now, as the visitor and the salesperson live it: a visitor in chromium chats on the demo
site, a salesperson clicks Join chat on the Slack alert and answers from its thread, three lines each way,
the bot silent meanwhile, then Hand back and the bot carries on with the form. Everything real (Rasa, the
action server, the service and its worker, the page) but Slack, whose fake signs its events as Slack does."""

from __future__ import annotations

import json
import re
import time
from typing import Any

import pytest
import requests

from integrations.slack_blocks import ACTION_HAND_BACK, ACTION_JOIN_CHAT
from qualification import load_playbook
from signing import LEADS_PATH, sign
from tests.bot.script import asked_slot
from tests.waiting import wait_for
from tests.webhooks.services import lead_body
from tests.webhooks.site.chat import Chat
from tests.webhooks.slack import slack_api
from tests.webhooks.slack.conftest import HANDOFF_WAIT

pytestmark = pytest.mark.slow
DANA = "U0EMEA001"


def click(stack, action_id: str, lead_id: str, channel: str, ts: str, user: str = DANA) -> None:
    body = slack_api.interactive(slack_api.block_action(action_id, lead_id, user=user, channel=channel, ts=ts))
    answer = requests.post(f"{stack.service_url}/slack/events", data=body, timeout=10,
                           headers=slack_api.signed_headers(body))
    assert answer.status_code == 200


def alert_of(slack, lead_id: str) -> tuple[str, str]:
    for (channel, ts), message in sorted(slack.messages.items()):
        if ((message.get("metadata") or {}).get("event_payload") or {}).get("lead_id") == lead_id:
            return channel, ts
    return None  # type: ignore[return-value]


def rows_of(chat: Chat, who: str) -> list[str]:
    return [line.text for line in chat.log() if line.said_by == who]


def joined_chat(stack: Any, slack: Any, page: Any) -> tuple[Chat, str, str, str]:
    """A visitor chatting on the demo site, their lead alerted, and Dana in their chat: (chat, lead, channel, ts)."""
    playbook = load_playbook()
    page.goto(stack.service_url + "/")
    chat = Chat(page, playbook)
    chat.open()
    first = chat.say("hi, we need help with paid ads")
    assert asked_slot(first, playbook) is not None, chat.transcript()
    conversation = page.evaluate("() => window.LeadbotWidget.sessionId()")

    # The lead as the action server posts it (signed) once the visitor gave an email and consent.
    raw = json.dumps(lead_body(conversation_id=conversation)).encode()
    created = requests.post(stack.service_url + LEADS_PATH, data=raw, timeout=20,
                            headers={"Content-Type": "application/json", **sign(stack.secret, "POST", LEADS_PATH, raw)})
    assert created.status_code == 201, created.text
    lead_id = created.json()["id"]
    channel, ts = wait_for(lambda: alert_of(slack, lead_id), "the alert in Slack", timeout=30)
    assert ACTION_JOIN_CHAT in json.dumps(slack.messages[(channel, ts)]["blocks"])
    click(stack, ACTION_JOIN_CHAT, lead_id, channel, ts)
    wait_for(lambda: f"{slack_api.person_name(DANA)} joined the chat" in rows_of(chat, "agent"),
             "the visitor sees who joined", timeout=20)
    return chat, lead_id, channel, ts


def test_a_salesperson_joins_the_visitors_chat_from_slack_and_hands_it_back(slack_stack, slack_workspace,
                                                                            page: Any) -> None:
    stack, slack, playbook = slack_stack, slack_workspace, load_playbook()
    chat, lead_id, channel, ts = joined_chat(stack, slack, page)
    bot_lines = len(rows_of(chat, "bot"))

    events_url = f"{stack.service_url}/slack/events"
    for n, (theirs, ours) in enumerate([("Hi, I'm Dana. What are you looking for?", "Paid search, mostly Google"),
                                        ("What's your monthly budget?", "About 20k a month"),
                                        ("Great, I can help. Call tomorrow?", "Yes, tomorrow at 10 works")], 1):
        sent = slack.send_event(events_url, slack.reply_in_thread(channel, ts, DANA, theirs), slack_api.SIGNING_SECRET)
        assert sent.status_code == 200
        wait_for(lambda: theirs in rows_of(chat, "agent"), f"Dana's line {n} in the widget", timeout=20)
        chat.input.fill(ours)
        chat.input.press("Enter")
        wait_for(lambda: any(ours in (m.get("text") or "") for m in slack.thread(channel, ts)),
                 f"the visitor's line {n} in the thread", timeout=20)
    time.sleep(2)  # time enough for a reply the bot should not send
    assert len(rows_of(chat, "bot")) == bot_lines, f"the bot spoke while Dana was in:\n{chat.transcript()}"
    names = page.locator(".lb-msg--agent .lb-name").all_text_contents()
    assert set(names) == {slack_api.person_name(DANA)} and len(names) == 4

    [note] = [m for m in slack.thread(channel, ts) if ACTION_HAND_BACK in json.dumps(m.get("blocks") or [])]
    click(stack, ACTION_HAND_BACK, lead_id, channel, note["ts"])
    wait_for(lambda: any(re.search("left the chat", line) for line in rows_of(chat, "bot")),
             "the visitor is told the bot is back", timeout=20)
    reply = chat.say("we're a 200-person fintech in Berlin")
    assert reply and asked_slot(reply, playbook) is not None, f"the form goes on:\n{chat.transcript()}"


def test_the_visitor_closes_the_tab_and_on_return_reads_what_the_salesperson_wrote_meanwhile(
        slack_stack, slack_workspace, page: Any) -> None:
    stack, slack = slack_stack, slack_workspace
    chat, lead_id, channel, ts = joined_chat(stack, slack, page)
    context = page.context
    page.close()
    wait_for(lambda: any("closed the page" in (m.get("text") or "") for m in slack.thread(channel, ts)),
             "the thread says the visitor left the page", timeout=20)
    missed = "Sorry, I was on another call. Still interested?"
    sent = slack.send_event(f"{stack.service_url}/slack/events", slack.reply_in_thread(channel, ts, DANA, missed),
                            slack_api.SIGNING_SECRET)
    assert sent.status_code == 200
    time.sleep(1)
    back = Chat.reopened(context, stack.service_url + "/", load_playbook())
    wait_for(lambda: missed in rows_of(back, "agent"), "the line written meanwhile, on return", timeout=20)
    assert any("back on the page" in (m.get("text") or "") for m in slack.thread(channel, ts))


def test_a_visitor_asking_for_a_person_is_told_someone_is_fetched_and_offered_a_call_when_nobody_joins(
        slack_stack, slack_workspace, page: Any) -> None:
    page.goto(slack_stack.service_url + "/")
    chat = Chat(page, load_playbook())
    chat.open()
    chat.say("hi, we need help with paid ads")
    chat.input.fill("can I talk to a real person?")
    chat.input.press("Enter")
    wait_for(lambda: any("fetching someone from our team" in line for line in rows_of(chat, "bot")),
             "the visitor is told someone is being fetched", timeout=30)
    told = time.monotonic()
    wait_for(lambda: any("nobody from our team could join" in line for line in rows_of(chat, "bot")),
             "the offer once nobody joined", timeout=HANDOFF_WAIT + 30)
    assert time.monotonic() - told >= HANDOFF_WAIT - 1, "the visitor was given the whole wait"
    offer = [line for line in chat.log() if line.said_by == "bot" and "nobody from our team" in line.text][-1]
    assert offer.buttons == ["Book a call"] and "email" in offer.text
