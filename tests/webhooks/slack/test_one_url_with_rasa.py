"""The one Slack URL with the real bot behind it: a visitor talks to the bot in a Slack DM and clicks
one of its buttons; every request goes to the service's ``/slack/events``, signed as Slack signs it,
and the bot's answers come back through Slack's Web API (the fake)."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid

import pytest
import requests

from harness import slack_api
from tests.waiting import wait_for

pytestmark = pytest.mark.slow
DM = "D0VISITOR"


def post(stack, body: bytes, content_type: str) -> requests.Response:
    return requests.post(f"{stack.service_url}/slack/events", data=body, timeout=10,
                         headers=slack_api.signed_headers(body, content_type=content_type))


def dm(stack, user: str, text: str) -> None:
    body = json.dumps({
        "token": "x", "team_id": slack_api.TEAM["id"], "api_app_id": "A0LEADBOT", "type": "event_callback",
        "event_id": f"Ev{uuid.uuid4().hex[:10]}", "event_time": int(time.time()),
        "authorizations": [{"user_id": "U0BOT", "team_id": slack_api.TEAM["id"], "is_bot": True}],
        "event": {"type": "message", "channel_type": "im", "channel": DM, "user": user, "text": text,
                  "ts": f"{time.time():.6f}", "event_ts": f"{time.time():.6f}"},
    }).encode()
    started = time.monotonic()
    assert post(stack, body, "application/json").status_code == 200
    assert time.monotonic() - started < 3


def bot_posts(slack, after: int) -> list[dict]:
    return [p for p in slack.posts()[after:] if p.get("channel") == DM]


def test_a_click_on_the_bots_button_in_slack_reaches_rasa_through_the_one_url_and_the_chat_goes_on(
        slack_stack, slack_workspace):
    slack = slack_workspace
    user = f"U{uuid.uuid4().hex[:8].upper()}"
    before = len(slack.posts())
    dm(slack_stack, user, "hi, we need help with paid ads")
    wait_for(lambda: bot_posts(slack, before), timeout=60, what="the bot answered the DM")
    time.sleep(1)
    before = len(slack.posts())
    dm(slack_stack, user, "can I talk to a real person?")
    with_buttons = wait_for(lambda: [p for p in bot_posts(slack, before) if p.get("blocks")], timeout=60,
                            what="the bot asked with buttons")
    blocks = with_buttons[-1]["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    [actions] = [b for b in blocks if b["type"] == "actions"]
    values = {e["text"]["text"]: e["value"] for e in actions["elements"]}
    assert values["No"] == "/deny", values

    time.sleep(1)
    before, ephemeral_before = len(slack.posts()), len(slack.ephemeral)
    click = slack_api.block_action("Qz7k", values["No"], user=user, channel=DM, ts="1700000000.000200")
    click["channel"] = {"id": DM, "name": "directmessage"}
    click["container"]["is_ephemeral"] = False
    started = time.monotonic()
    assert post(slack_stack, slack_api.interactive(click), "application/x-www-form-urlencoded").status_code == 200
    assert time.monotonic() - started < 3
    wait_for(lambda: bot_posts(slack, before), timeout=60, what="the bot answered the click")
    said = wait_for(lambda: stored(slack_stack, f"slack:{slack_api.TEAM['id']}:{user}")[2:], timeout=20,
                    what="Rasa stored the click")
    assert said == ["/deny"], "the button's payload is what the visitor said next"
    # Counted from the click: the workspace is the whole session's (tests/webhooks/handoff's salespeople get some).
    assert not slack.ephemeral[ephemeral_before:], "bolt did not take the bot's click as an unknown alert action"


def stored(stack, sender: str) -> list[str]:
    """The texts of the visitor's messages Rasa stored for ``sender``, in order."""
    with sqlite3.connect(stack.database_url[len("sqlite:///"):]) as db:
        rows = db.execute("select data from events where sender_id = ? and type_name = 'user' order by id",
                          (sender,)).fetchall()
    return [json.loads(data).get("text") or "" for (data,) in rows]
