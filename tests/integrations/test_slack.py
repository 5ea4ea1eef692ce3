from __future__ import annotations

import json

import pytest

from harness.fakes.slack import block_problems
from integrations import slack_blocks
from integrations.destination import DeliveryFailed
from integrations.slack import Slack
from nlu.attributes import Attributes
from qualification import load_playbook, qualify
from tests.integrations.conftest import closed_port_url, delivery, lead


@pytest.fixture
def slack(slack_fake):
    return Slack(token=slack_fake.token, base_url=slack_fake.api_url)


def _texts(blocks) -> list[tuple[str, str]]:
    """Every text object in the blocks as (type, text)."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") in ("plain_text", "mrkdwn") and isinstance(node.get("text"), str):
                found.append((node["type"], node["text"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return found


def test_a_qualified_lead_posts_the_alert_in_the_routes_channel(slack, slack_fake):
    outcome = slack.deliver(delivery("lead.qualified", lead()))

    post, = slack_fake.calls("POST", "/api/chat.postMessage")
    assert post.headers["authorization"] == "Bearer xoxb-test-token"
    body = post.json()
    assert body["channel"] == "C0LEADS" and body["unfurl_links"] is False
    assert body["text"] == "New SQL lead: Jane Doe at Acme, score 82"
    text = "\n".join(t for _, t in _texts(body["blocks"]))
    for expected in ("Jane Doe", "VP of Marketing", "Acme", "jane.doe@acme.io", "SQL", "82/100 · A",
                     "<@U0ALICE>", "✅ *B* Budget 21/30 — 20,000–30,000 USD", "❌ *T* Timing 5/20 — 38 days",
                     "*ICP met:* Target industry: fintech, Market we serve: DE",
                     "*ICP missed:* Company size: about 30 people: outside 50-500 people",
                     "*ICP unknown:* Annual revenue: revenue unknown",
                     "Budget: about 20-30k", "Timing: before new year"):
        assert expected in text, expected
    actions, = [b for b in body["blocks"] if b["type"] == "actions"]
    assert [(e["action_id"], e["value"]) for e in actions["elements"]] == [
        (slack_blocks.ACTION_CLAIM, "lead-7f3a"), (slack_blocks.ACTION_BOOKED, "lead-7f3a"),
        (slack_blocks.ACTION_JOIN_CHAT, "lead-7f3a"), (slack_blocks.ACTION_DISQUALIFY, "lead-7f3a")]
    (channel, ts), = slack_fake.messages
    assert outcome.external_id == f"{channel}:{ts}" and channel == "C0LEADS"


def test_an_update_redraws_the_same_message_and_says_so_in_its_thread(slack, slack_fake):
    first = slack.deliver(delivery("lead.qualified", lead()))
    claimed = lead(status="claimed", owner="U0BOB", changes=["claimed by <@U0BOB>"],
                   links={"hubspot": "https://app.hubspot.com/contacts/1/record/0-3/9001"})
    second = slack.deliver(delivery("lead.updated", claimed, first.external_id))

    assert second.external_id == first.external_id
    channel, ts = first.external_id.split(":")
    update, = slack_fake.calls("POST", "/api/chat.update")
    assert update.json()["channel"] == channel and update.json()["ts"] == ts
    message = slack_fake.messages[(channel, ts)]
    text = "\n".join(t for _, t in _texts(message["blocks"]))
    assert "🙋 Claimed by <@U0BOB>" in text and "*Owner*\n<@U0BOB>" in text
    actions, = [b for b in message["blocks"] if b["type"] == "actions"]
    assert [e["action_id"] for e in actions["elements"]] == [
        slack_blocks.ACTION_BOOKED, slack_blocks.ACTION_JOIN_CHAT, slack_blocks.ACTION_DISQUALIFY,
        f"{slack_blocks.ACTION_OPEN_CRM}:hubspot"]
    assert actions["elements"][-1]["url"] == "https://app.hubspot.com/contacts/1/record/0-3/9001"
    reply, = slack_fake.thread(channel, ts)
    assert reply["text"] == "Updated: claimed by &lt;@U0BOB&gt;"
    assert len([m for m in slack_fake.messages.values() if not m["thread_ts"]]) == 1


def test_visitor_text_is_never_slack_markup(slack, slack_fake):
    hostile = "<!channel> <@U0CEO> <https://evil.example|click me> & *bold*"
    data = lead(attributes={"name": hostile, "company": "C" * 100_000,
                            "need": {"summary": "<!here> " + "N" * 50_000, "categories": []}},
                answers=[{"question_id": "budget", "text": hostile + " " + "A" * 200_000}] * 30,
                qualification={"bant": [{"letter": "budget", "points": 9, "max_points": 30,
                                                "reason": "<!everyone> " + "R" * 10_000}]})
    slack.deliver(delivery("lead.qualified", data))

    (_, message), = slack_fake.messages.items()  # the fake refuses blocks over Slack's limits
    assert block_problems(message["blocks"]) == []
    for kind, text in _texts(message["blocks"]) + [("mrkdwn", message["text"])]:
        if kind == "mrkdwn":
            for markup in ("<!channel>", "<!here>", "<!everyone>", "<@U0CEO>", "<https://evil"):
                assert markup not in text
    mrkdwn = "\n".join(t for k, t in _texts(message["blocks"]) if k == "mrkdwn")
    assert "&lt;!channel&gt; &lt;@U0CEO&gt; &lt;https://evil.example|click me&gt; &amp; *bold*" in mrkdwn
    plain = [t for k, t in _texts(message["blocks"]) if k == "plain_text"]
    assert any(t.startswith("Budget: <!channel>") for t in plain)  # plain_text is shown as typed, never parsed
    assert sum(t.startswith("Budget:") for t in plain) == slack_blocks.MAX_ANSWERS
    assert len(json.dumps(message["blocks"])) < 40_000


def test_a_malformed_owner_id_is_not_turned_into_a_mention(slack, slack_fake):
    slack.deliver(delivery("lead.qualified", lead(suggested_owner="U1> <!channel", qualification={"route": {
        "slack_channel": "C0LEADS"}})))
    (_, message), = slack_fake.messages.items()
    text = "\n".join(t for _, t in _texts(message["blocks"]))
    assert "<!channel" not in text and "U1&gt; &lt;!channel" in text


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "invalid_auth", "is_archived",
                                   "invalid_blocks"])
def test_slack_errors_that_no_retry_can_change(slack, slack_fake, error):
    slack_fake.fail_next(200, body={"ok": False, "error": error})
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.qualified", lead()))
    assert not failed.value.retryable and error in str(failed.value)


def test_unknown_channel_and_missing_membership_come_from_the_fake_itself(slack_fake):
    slack_fake.not_member.add("C0LEADS")
    slack = Slack(token=slack_fake.token, base_url=slack_fake.api_url)
    with pytest.raises(DeliveryFailed, match="not_in_channel"):
        slack.deliver(delivery("lead.qualified", lead()))
    with pytest.raises(DeliveryFailed, match="channel_not_found"):
        slack.deliver(delivery("lead.qualified", lead(qualification={"route": {"slack_channel": "C0NOPE"}})))
    wrong_token = Slack(token="xoxb-wrong", base_url=slack_fake.api_url)
    with pytest.raises(DeliveryFailed, match="invalid_auth") as failed:
        wrong_token.deliver(delivery("lead.qualified", lead(qualification={"route": {"slack_channel": "C0SALES"}})))
    assert not failed.value.retryable


def test_rate_limit_is_retryable_with_retry_after(slack, slack_fake):
    slack_fake.rate_limit_next(retry_after=3)
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable and failed.value.retry_after == 3 and failed.value.status == 429
    assert not slack_fake.messages
    assert slack.deliver(delivery("lead.qualified", lead(), attempt=2)).external_id  # the client did not retry itself
    assert len(slack_fake.calls("POST", "/api/chat.postMessage")) == 2


@pytest.mark.parametrize("script", [
    {"status": 500, "body": "<html>upstream error</html>"},
    {"status": 503, "body": {"ok": False, "error": "service_unavailable"}},
    {"status": 200, "body": {"ok": False, "error": "ratelimited"}},
    {"status": 200, "body": {"ok": False, "error": "internal_error"}},
])
def test_server_side_failures_are_retryable(slack, slack_fake, script):
    slack_fake.fail_next(script["status"], body=script["body"])
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable


def test_malformed_json_is_retryable(slack, slack_fake):
    slack_fake.malformed_next()
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable and "malformed JSON" in str(failed.value)


def test_connection_refused_is_retryable():
    slack = Slack(token="xoxb-x", base_url=closed_port_url() + "/api/", timeout=2)
    with pytest.raises(DeliveryFailed) as failed:
        slack.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable


def test_a_lead_without_a_channel_uses_the_default_or_fails_clearly(slack_fake):
    data = lead(qualification={"route": None})
    with pytest.raises(DeliveryFailed) as failed:
        Slack(token=slack_fake.token, base_url=slack_fake.api_url).deliver(delivery("lead.qualified", data))
    assert not failed.value.retryable and not slack_fake.requests
    outcome = Slack(token=slack_fake.token, base_url=slack_fake.api_url, default_channel="C0SALES").deliver(
        delivery("lead.qualified", data))
    assert outcome.external_id.startswith("C0SALES:")


def test_rate_key_is_the_channel_the_delivery_posts_to(slack):
    assert slack.rate_key(delivery("lead.qualified", lead())) == "C0LEADS"
    assert slack.rate_key(delivery("lead.updated", lead(), "C0SALES:123.456")) == "C0SALES"
    assert Slack(token="x", default_channel="C0DEF").rate_key(
        delivery("lead.qualified", lead(qualification={"route": None}))) == "C0DEF"


def test_erasure_blanks_the_alert(slack, slack_fake):
    outcome = slack.deliver(delivery("lead.qualified", lead()))
    slack.deliver(delivery("lead.erased", lead(), outcome.external_id))
    message = slack_fake.messages[tuple(outcome.external_id.split(":"))]
    assert "Jane" not in json.dumps(message) and "acme" not in json.dumps(message).lower()
    assert message["blocks"] == slack_blocks.erased_blocks()
    assert not slack_fake.thread(*outcome.external_id.split(":"))


def test_an_update_for_a_lead_never_posted_posts_the_alert(slack, slack_fake):
    outcome = slack.deliver(delivery("lead.updated", lead(status="claimed", owner="U0BOB")))
    assert outcome.external_id.startswith("C0LEADS:") and not slack_fake.calls("POST", "/api/chat.update")


def test_a_lead_qualified_by_the_real_playbook_posts_by_channel_name_and_updates_by_id(slack, slack_fake):
    data = lead()
    data["qualification"] = qualify(Attributes.from_dict(data["attributes"]), load_playbook()).to_dict()
    data["qualification"]["route"]["slack_channel"] = "#sales-emea"
    outcome = slack.deliver(delivery("lead.qualified", data))

    assert outcome.external_id.startswith("C0EMEA:")
    (_, message), = slack_fake.messages.items()
    text = "\n".join(t for _, t in _texts(message["blocks"]))
    assert text.count("*B* Budget") == 1 and "*T* Timing" in text and "*ICP met:*" in text
    slack.deliver(delivery("lead.updated", data, outcome.external_id))
    assert slack_fake.calls("POST", "/api/chat.update")[0].json()["channel"] == "C0EMEA"


def test_a_linked_event_redraws_the_alert_with_its_crm_link_and_nothing_in_the_thread(slack, slack_fake):
    posted = slack.deliver(delivery("lead.qualified", lead()))
    channel, ts = posted.external_id.split(":")
    url = "https://acme.my.salesforce.com/lightning/r/Lead/00Q000000000001/view"
    slack.deliver(delivery("lead.linked", lead(links={"salesforce": url}), posted.external_id))

    [update] = slack_fake.calls("POST", "/api/chat.update")
    buttons = [e for b in slack_fake.args(update)["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["url"] for b in buttons if b.get("url")] == [url]
    assert not slack_fake.thread(channel, ts)


def test_a_linked_event_before_any_alert_posts_nothing(slack, slack_fake):
    assert slack.deliver(delivery("lead.linked", lead())).external_id is None
    assert slack_fake.acted() == []
