"""``POST /slack/events`` against strangers: only Slack's signed, well-formed requests get in.

The app runs bolt's work after the acknowledgement in the request itself (``AtOnce``): what a request changed
is there when its answer is, so "nothing changed" is checked at once, not after a sleep long enough for a thread.
"""

from __future__ import annotations

import json
import logging
import time

import pytest

from harness import slack_api
from integrations.slack_blocks import ACTION_CLAIM
from tests.webhooks.conftest import table_counts
from tests.webhooks.slack.conftest import AtOnce
from webhooks import create_app


@pytest.fixture
def config(config, database_url):
    # ``database_url`` is named so pytest sees the parent's parametrisation (SQLite and PostgreSQL).
    return {**config, "slack_executor": AtOnce()}


@pytest.fixture
def click(alerted):
    alert = alerted()
    return alert, slack_api.interactive(slack_api.block_action(
        ACTION_CLAIM, alert.lead_id, user="U0EMEA002", channel=alert.channel, ts=alert.ts))


@pytest.mark.parametrize("forge", [
    pytest.param(lambda body: slack_api.signed_headers(body, secret="not-the-secret"), id="wrong-secret"),
    pytest.param(lambda body: slack_api.signed_headers(body, timestamp=int(time.time()) - 600), id="stale"),
    pytest.param(lambda body: slack_api.signed_headers(body, timestamp=int(time.time()) + 600), id="future"),
    # Inside Slack's own five minutes, but no clock is two minutes fast: a request captured and post-dated.
    pytest.param(lambda body: slack_api.signed_headers(body, timestamp=int(time.time()) + 120), id="ahead-past-skew"),
    pytest.param(lambda body: {**slack_api.signed_headers(body), "X-Slack-Request-Timestamp": "soon"},
                 id="timestamp-not-a-number"),
    pytest.param(lambda body: {**slack_api.signed_headers(b"payload=%7B%7D")}, id="signature-of-another-body"),
    pytest.param(lambda body: {"Content-Type": "application/x-www-form-urlencoded"}, id="unsigned"),
])
def test_forged_or_stale_signatures_get_401_and_change_nothing(app, client, slack, click, forge):
    alert, body = click
    counts, seen = table_counts(app), len(slack.acted())

    response = client.post("/slack/events", data=body, headers=forge(body))

    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthenticated"
    assert table_counts(app) == counts
    assert len(slack.acted()) == seen


def test_a_captured_request_sent_again_is_refused_and_acted_on_once(app, client, slack, click):
    _, body = click
    headers = slack_api.signed_headers(body)
    assert client.post("/slack/events", data=body, headers=headers).status_code == 200
    counts, seen = table_counts(app), len(slack.acted())
    replay = client.post("/slack/events", data=body, headers=headers)
    assert replay.status_code == 401 and "replay" in replay.get_json()["error"]["message"]
    assert table_counts(app) == counts and len(slack.acted()) == seen


def test_a_slack_retry_of_a_received_request_is_acknowledged_and_not_acted_on(app, client, slack, click):
    _, body = click
    headers = slack_api.signed_headers(body)
    assert client.post("/slack/events", data=body, headers=headers).status_code == 200
    counts, seen = table_counts(app), len(slack.acted())
    retry = client.post("/slack/events", data=body, headers={**headers, "X-Slack-Retry-Num": "1"})
    assert retry.status_code == 200 and retry.headers["X-Slack-No-Retry"] == "1"
    assert table_counts(app) == counts and len(slack.acted()) == seen


def test_a_workspace_past_its_limit_gets_429_with_retry_after(config, slack):
    app = create_app({**config, "rate_limits": {"slack": "2/minute"}})
    client = app.test_client()

    def deals(team: str) -> int:  # an unknown command: answered at once, nothing changes
        body = slack_api.command(user="U0EMEA002", channel="C0EMEA", response_url=slack.response_url(), name="/deals")
        body = body.replace(f"team_id={slack_api.TEAM_ID}".encode(), f"team_id={team}".encode())
        response = client.post("/slack/events", data=body, headers=slack_api.signed_headers(body))
        return response.status_code if response.status_code != 429 else -int(response.headers["Retry-After"])

    assert [deals("T0BUSY") for _ in range(3)][:2] == [200, 200]
    assert deals("T0BUSY") < 0  # 429, Retry-After > 0
    assert deals("T0QUIET") == 200
    app.extensions["leadbot.db"][0].dispose()


def test_a_forged_malformed_body_is_refused_as_unsigned_not_parsed(client):
    body = b"payload=%7Bnot-json"
    response = client.post("/slack/events", data=body, headers=slack_api.signed_headers(body, secret="wrong"))
    assert response.status_code == 401


@pytest.mark.parametrize("body", [
    pytest.param(b"", id="empty"),
    pytest.param(b"user_id=U1&text=hi", id="no-payload-no-command"),
    pytest.param(b"payload=", id="empty-payload"),
    pytest.param(slack_api.form({"payload": "{\"type\": \"block_actions\", "}), id="malformed-json"),
    pytest.param(slack_api.form({"payload": "[1, 2]"}), id="json-not-an-object"),
    pytest.param(b"payload=%FF%FE", id="not-utf8"),
])
def test_signed_bodies_that_are_not_slack_requests_get_400(app, post_slack, slack, body):
    counts = table_counts(app)
    response = post_slack(body)
    assert response.status_code == 400, response.data
    assert response.get_json()["error"]["code"] == "malformed_request"
    assert table_counts(app) == counts
    assert slack.acted() == []


def test_url_verification_is_answered_with_the_challenge(post_slack):
    body = json.dumps({"token": "x", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"}).encode()
    response = post_slack(body, content_type="application/json")
    assert response.status_code == 200
    assert response.get_json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}


@pytest.mark.parametrize("kind, fields", [("app_mention", {}), ("message", {"channel_type": "im"})])
def test_bot_events_are_acknowledged_and_left_to_rasa(app, post_slack, slack, kind, fields):
    counts = table_counts(app)
    response = post_slack(slack_api.event(kind, **fields), content_type="application/json")
    assert response.status_code == 200
    assert table_counts(app) == counts
    assert slack.acted() == []


def test_retries_are_acknowledged_and_not_processed_again(app, post_slack, slack, click):
    _, body = click
    counts, seen = table_counts(app), len(slack.acted())
    response = post_slack(body, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert response.status_code == 200
    assert response.headers["X-Slack-No-Retry"] == "1"
    assert table_counts(app) == counts
    assert len(slack.acted()) == seen


def test_unknown_action_ids_are_acknowledged_logged_and_change_nothing(app, post_slack, slack, alerted, caplog):
    alert = alerted()
    counts, seen = table_counts(app), len(slack.acted())
    body = slack_api.interactive(slack_api.block_action(
        "lead_promote_to_ceo", alert.lead_id, user="U0EMEA002", channel=alert.channel, ts=alert.ts))
    with caplog.at_level(logging.WARNING, logger="leadbot.slack"):
        response = post_slack(body)
        assert response.status_code == 200
    assert "lead_promote_to_ceo" in caplog.text
    assert table_counts(app) == counts
    assert len(slack.acted()) == seen


def test_crm_link_clicks_are_only_acknowledged(app, post_slack, slack, alerted):
    alert = alerted()
    counts, seen = table_counts(app), len(slack.acted())
    body = slack_api.interactive(slack_api.block_action(
        "lead_open_crm:hubspot", alert.lead_id, user="U0EMEA002", channel=alert.channel, ts=alert.ts))
    assert post_slack(body).status_code == 200
    assert table_counts(app) == counts
    assert len(slack.acted()) == seen


def test_unknown_slash_commands_get_a_polite_answer(post_slack, slack):
    body = slack_api.command(user="U0EMEA002", channel="C0EMEA", response_url=slack.response_url(), name="/deals")
    response = post_slack(body)
    assert response.status_code == 200
    assert "/leads" in response.get_data(as_text=True)


@pytest.mark.parametrize("payload", [
    pytest.param({"type": "message_action", "callback_id": "save_as_lead", "trigger_id": "1.2.3",
                  "user": {"id": "U0EMEA002"}, "channel": {"id": "C0EMEA"}, "team": slack_api.TEAM,
                  "message": {"type": "message", "text": "jane.doe@acme.io wants a call", "ts": "1.000001"},
                  "response_url": "https://hooks.slack.invalid/x"}, id="message-shortcut"),
    pytest.param({"type": "view_closed", "user": {"id": "U0EMEA002"}, "team": slack_api.TEAM,
                  "view": {"id": "V0MODAL", "callback_id": "lead_disqualify_reason"}, "is_cleared": False},
                 id="modal-closed"),
])
def test_other_interactions_are_acknowledged_without_logging_their_content(app, post_slack, slack, payload, caplog):
    counts = table_counts(app)
    with caplog.at_level(logging.DEBUG):
        assert post_slack(slack_api.interactive(payload)).status_code == 200
    assert "jane.doe@acme.io" not in caplog.text
    assert table_counts(app) == counts
    assert slack.acted() == []
