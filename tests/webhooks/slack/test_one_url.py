"""One Slack app, one Request URL: ``/slack/events`` takes every event, click and command and
gives each to its owner: bolt for the alerts, Rasa's Slack channel for the bot's own buttons,
direct messages and mentions (forwarded after Slack's acknowledgement, signature and body intact)."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import pytest
import requests

from harness import slack_api
from integrations.slack_blocks import ACTION_CLAIM
from tests.webhooks.slack.conftest import AtOnce, eventually
from tests.webhooks.slack.test_buttons import lead_row
from webhooks.slack.forward import Forwarder
from webhooks.slack.routing import BOLT, BOT, NOBODY, owner


def bot_click(payload: str = "/affirm", *, user: str = "U0VISITOR", channel: str = "D0VISITOR") -> dict[str, Any]:
    """A click on one of the bot's buttons in a DM: Rasa's buttons carry no action id of ours
    (Slack makes one up) and their value is the payload the bot should receive."""
    click = slack_api.block_action("Xy1Z", payload, user=user, channel=channel, ts="1700000000.000100")
    click["actions"][0]["block_id"] = "b0T1"
    return click


def test_a_click_on_the_bots_button_is_acknowledged_at_once_and_reaches_rasa_unchanged(post_slack, rasa_slack, slack):
    body = slack_api.interactive(bot_click())
    started = time.monotonic()
    response = post_slack(body)
    assert response.status_code == 200
    assert time.monotonic() - started < 3

    [forwarded] = eventually(rasa_slack.received)
    assert forwarded.body == body
    assert forwarded.headers["content-type"] == "application/x-www-form-urlencoded"
    assert rasa_slack.authentic(forwarded), "Rasa's channel checks Slack's own signature"
    assert slack.acted() == [], "bolt did not answer it (no ephemeral 'unknown action')"


def test_a_direct_message_and_a_mention_go_to_rasa_as_json(post_slack, rasa_slack):
    dm = slack_api.event("message", channel="D0VISITOR", channel_type="im", text="hi")
    mention = slack_api.event("app_mention")
    for body in (dm, mention):
        assert post_slack(body, content_type="application/json").status_code == 200
    forwarded = eventually(lambda: len(rasa_slack.received()) == 2 and rasa_slack.received())
    # Two events from two channels go out on a pool of threads: Slack promises no order between them either.
    assert sorted(f.body for f in forwarded) == sorted([dm, mention])
    assert {f.headers["content-type"] for f in forwarded} == {"application/json"}


def test_an_alert_button_still_goes_to_bolt_and_claims(app, post_slack, rasa_slack, alerted):
    alert = alerted()
    click = slack_api.block_action(ACTION_CLAIM, alert.lead_id, user="U0EMEA002", channel=alert.channel, ts=alert.ts)
    assert post_slack(slack_api.interactive(click)).status_code == 200
    assert eventually(lambda: lead_row(app, alert.lead_id).owner == "U0EMEA002")
    assert rasa_slack.received() == []


class TestWhatGoesNowhere:
    """Requests that must reach neither Rasa nor bolt, on an app that does Slack's work after the acknowledgement
    in the request itself (``AtOnce``): what one forwarded would be at the fake Rasa when its answer comes, so
    "nothing" is checked at once instead of after a sleep for the forwarder's threads."""

    @pytest.fixture
    def config(self, config: dict[str, Any], database_url: str) -> dict[str, Any]:
        # ``database_url`` is named so pytest sees the parent's parametrisation (SQLite and PostgreSQL).
        return {**config, "slack_executor": AtOnce()}

    def test_channel_chatter_and_the_bots_own_posts_are_acknowledged_and_go_nowhere(self, post_slack, rasa_slack, slack):
        for body in (slack_api.event("message", channel_type="channel", text="lunch?"),
                     slack_api.event("message", channel_type="im", bot_id="B0BOT", text="my own reply"),
                     slack_api.event("message", channel_type="im", subtype="message_changed")):
            assert post_slack(body, content_type="application/json").status_code == 200
        assert rasa_slack.received() == [] and slack.acted() == []

    def test_a_forged_or_replayed_click_for_the_bot_is_refused_and_never_forwarded(self, client, post_slack, rasa_slack):
        body = slack_api.interactive(bot_click("/book_call"))
        forged = slack_api.signed_headers(body, secret="not-the-secret")
        assert client.post("/slack/events", data=body, headers=forged).status_code == 401
        headers = slack_api.signed_headers(body)
        assert client.post("/slack/events", data=body, headers=headers).status_code == 200
        assert client.post("/slack/events", data=body, headers=headers).status_code == 401  # the same request again
        assert len(rasa_slack.received()) == 1

    def test_slacks_retry_of_a_bot_click_is_not_forwarded_twice(self, post_slack, rasa_slack):
        body = slack_api.interactive(bot_click())
        assert post_slack(body).status_code == 200
        retry = post_slack(body, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
        assert retry.status_code == 200 and retry.headers.get("X-Slack-No-Retry") == "1"
        assert len(rasa_slack.received()) == 1


def test_who_owns_what():
    assert owner(bot_click()) == BOT
    assert owner(slack_api.block_action(ACTION_CLAIM, "L1", user="U1", channel="C1", ts="1.2")) == BOLT
    assert owner(slack_api.block_action("lead_open_crm:hubspot", "L1", user="U1", channel="C1", ts="1.2")) == BOLT
    in_modal = {**bot_click(), "container": {"type": "view", "view_id": "V1"}}
    assert owner(in_modal) == BOLT
    assert owner({"type": "view_submission", "view": {}}) == BOLT
    assert owner({"command": "/leads"}) == BOLT
    assert owner({"type": "url_verification", "challenge": "x"}) == BOLT
    assert owner(json.loads(slack_api.event("app_mention"))) == BOT
    assert owner(json.loads(slack_api.event("message", channel_type="im"))) == BOT
    assert owner(json.loads(slack_api.event("message", channel_type="channel"))) == NOBODY
    assert owner({"type": "event_callback", "event": "nonsense"}) == NOBODY
    assert owner({"type": "block_actions", "actions": []}) == BOLT


def test_a_rasa_that_is_down_is_tried_again_then_the_loss_is_logged(caplog):
    tries: list[str] = []

    def refusing(url: str, **_: Any) -> requests.Response:
        tries.append(url)
        raise requests.ConnectionError("refused")

    forwarder = Forwarder("http://127.0.0.1:9", post=refusing, backoff=(0.0, 0.0))
    with caplog.at_level(logging.WARNING, logger="leadbot.slack"):
        forwarder._send(b"payload=%7B%7D", {"Content-Type": "application/x-www-form-urlencoded"})
    assert tries == ["http://127.0.0.1:9/webhooks/slack/webhook"] * 3
    assert "lost" in caplog.text and "payload" not in caplog.text
