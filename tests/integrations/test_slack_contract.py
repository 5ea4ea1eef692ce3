"""The Slack fake refuses what Slack refuses: checked against Slack's published Web API description,
the Slack SDK's Block Kit classes and the scopes of ``slack-app-manifest.yml``, with Slack's error bodies."""

from __future__ import annotations

import pytest
import requests
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from harness.fakes import slack_contract
from harness.fakes.slack import SlackFake, block_problems
from integrations import slack_blocks
from integrations.destination import DeliveryFailed
from integrations.slack import Slack
from tests.integrations.conftest import delivery, lead


def call(fake: SlackFake, method: str, **args: object) -> requests.Response:
    return requests.post(f"{fake.api_url}{method}", json=args, timeout=5,
                         headers={"Authorization": f"Bearer {fake.token}"})


def test_the_fake_grants_the_scopes_the_manifest_asks_for_and_says_so_on_every_answer(slack_fake):
    answer = call(slack_fake, "auth.test")
    assert answer.json()["ok"] is True
    assert answer.headers["X-OAuth-Scopes"].split(",") == list(slack_contract.granted_scopes())
    assert "chat:write" in slack_contract.granted_scopes()


def test_a_token_without_chat_write_gets_missing_scope_and_the_alert_fails_for_good():
    scopes = tuple(s for s in slack_contract.granted_scopes() if s != "chat:write")
    with SlackFake(scopes=scopes) as fake:
        answer = call(fake, "chat.postMessage", channel="C0LEADS", text="hi").json()
        assert answer == {"ok": False, "error": "missing_scope", "needed": "chat:write", "provided": ",".join(scopes)}
        with pytest.raises(DeliveryFailed) as failed:
            Slack(token=fake.token, base_url=fake.api_url).deliver(delivery("lead.qualified", lead()))
    assert not failed.value.retryable and "missing_scope" in str(failed.value)
    assert fake.messages == {}


def test_history_needs_the_history_scope_of_the_kind_of_channel():
    with SlackFake(scopes=("chat:write", "channels:history"), channels=("C0LEADS", "G0PRIVATE")) as fake:
        assert call(fake, "conversations.history", channel="C0LEADS").json()["ok"] is True
        refused = call(fake, "conversations.history", channel="G0PRIVATE").json()
    assert (refused["error"], refused["needed"]) == ("missing_scope", "groups:history")


def test_a_method_slack_does_not_describe_and_a_missing_argument_are_refused_as_slack_does(slack_fake):
    assert call(slack_fake, "chat.postMessag", channel="C0LEADS", text="x").json() == {
        "ok": False, "error": "unknown_method"}
    missing = call(slack_fake, "chat.update", channel="C0LEADS", text="x").json()
    assert missing["error"] == "invalid_arguments"
    assert missing["response_metadata"]["messages"] == ["[ERROR] missing required field: ts"]
    wrong = call(slack_fake, "conversations.history", channel="C0LEADS", limit="lots").json()
    assert wrong["error"] == "invalid_arguments"


def test_the_alert_client_sends_nothing_slack_would_ignore(slack_fake):
    client = Slack(token=slack_fake.token, base_url=slack_fake.api_url)
    outcome = client.deliver(delivery("lead.qualified", lead()))
    client.deliver(delivery("lead.updated", lead(status="claimed", owner="U0BOB"), external_id=outcome.external_id))
    retried = delivery("lead.qualified", lead(), attempt=2)
    client.deliver(retried)  # looks through the channel's history with include_all_metadata
    assert slack_fake.ignored == []


def test_an_argument_slack_ignores_is_noted_not_refused(slack_fake):
    assert call(slack_fake, "chat.postMessage", channel="C0LEADS", text="x", colour="red").json()["ok"] is True
    assert slack_fake.ignored == [("chat.postMessage", "colour")]


@pytest.mark.parametrize("block, why", [
    ({"type": "actions", "elements": [{"type": "button", "action_id": "a" * 256, "value": "v",
                                       "text": {"type": "plain_text", "text": "Go"}}]}, "action_id"),
    ({"type": "actions", "elements": [{"type": "button", "action_id": "a", "value": "v", "style": "blue",
                                       "text": {"type": "plain_text", "text": "Go"}}]}, "style"),
    ({"type": "section", "text": {"type": "mrkdwn", "text": "x"}, "block_id": "b" * 256}, "block_id"),
])
def test_blocks_the_slack_sdk_refuses_are_invalid_blocks(slack_fake, block, why):
    assert any(why in problem for problem in block_problems([block])), block_problems([block])
    answer = call(slack_fake, "chat.postMessage", channel="C0LEADS", text="x", blocks=[block]).json()
    assert answer["ok"] is False and answer["error"] == "invalid_blocks"


def test_every_drawing_of_the_alert_passes_the_slack_sdk():
    for data in (lead(), lead(status="claimed", owner="U0BOB"), lead(status="disqualified", status_reason="spam")):
        assert slack_contract.sdk_block_problems(slack_blocks.alert_blocks(data)) == []
    assert slack_contract.sdk_block_problems(slack_blocks.erased_blocks()) == []


def test_the_sdk_client_sees_slacks_error_body(slack_fake):
    client = WebClient(token=slack_fake.token, base_url=slack_fake.api_url)
    with SlackFake(not_member=("C0LEADS",)) as outside:
        other = WebClient(token=outside.token, base_url=outside.api_url)
        with pytest.raises(SlackApiError) as refused:
            other.chat_postMessage(channel="C0LEADS", text="hi")
    assert refused.value.response["error"] == "not_in_channel"
    assert client.chat_postMessage(channel="C0LEADS", text="hi")["ok"] is True
