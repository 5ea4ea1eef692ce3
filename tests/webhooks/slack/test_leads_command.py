"""``/leads``: today's open qualified leads, for the person who asked only."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import update

from harness import slack_api
from integrations.slack_blocks import ACTION_CLAIM
from tests.webhooks.conftest import ADMIN_KEY, SQL_LEAD
from tests.webhooks.slack.conftest import eventually
from webhooks.models import Lead, utcnow

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


def test_leads_lists_todays_open_qualified_leads_ephemerally(app, client, post_slack, slack, alerted):
    fresh = alerted(attributes={**SQL_LEAD, "name": "Ada Open"})
    claimed = alerted(attributes={**SQL_LEAD, "name": "Bea Claimed"})
    closed = alerted(attributes={**SQL_LEAD, "name": "Cy Disqualified"})
    old = alerted(attributes={**SQL_LEAD, "name": "Dee Yesterday"})
    erased = alerted(attributes={**SQL_LEAD, "name": "Eve Erased"})
    nurture = client.post("/api/v1/leads", headers=ADMIN, json={
        "source": "bot", "attributes": {"name": "Fay Browsing", "need": {"summary": "just looking", "categories": []}}})
    assert nurture.get_json()["stage"] == "iql"
    draft = client.post("/api/v1/leads", headers=ADMIN, json={
        "source": "bot", "complete": False, "attributes": {**SQL_LEAD, "name": "Gus Still Answering"}})
    assert (draft.get_json()["stage"], draft.get_json()["conversation"]) == ("sql", "in_progress")
    client.patch(f"/api/v1/leads/{claimed.lead_id}", headers=ADMIN, json={"status": "claimed", "owner": "U0EMEA001"})
    client.patch(f"/api/v1/leads/{closed.lead_id}", headers=ADMIN, json={"status": "disqualified"})
    client.delete(f"/api/v1/leads/{erased.lead_id}", headers=ADMIN)
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.execute(update(Lead).where(Lead.id == old.lead_id).values(created_at=utcnow() - timedelta(days=1)))
    seen = len(slack.acted())

    response = post_slack(slack_api.command(user="U0EMEA002", channel="C0EMEA", response_url=slack.response_url()))

    assert response.status_code == 200
    assert not response.data  # acknowledged at once; the list follows through response_url
    assert eventually(lambda: slack.responses)
    [answer] = slack.responses
    assert answer["response_type"] == "ephemeral"
    listed = json.dumps(answer["blocks"])
    assert "Ada Open" in listed and "Bea Claimed" in listed
    for absent in ("Cy Disqualified", "Dee Yesterday", "Eve Erased", "Fay Browsing", "Gus Still Answering"):
        assert absent not in listed
    claim_buttons = [b["accessory"]["value"] for b in answer["blocks"] if b.get("accessory", {}).get(
        "action_id") == ACTION_CLAIM]
    assert claim_buttons == [fresh.lead_id]
    assert "<@U0EMEA001>" in listed
    assert len(slack.acted()) == seen + 1  # the response_url post only; nothing in the channel


def test_leads_says_so_when_there_is_nothing_today(post_slack, slack):
    post_slack(slack_api.command(user="U0EMEA002", channel="C0EMEA", response_url=slack.response_url()))
    assert eventually(lambda: slack.responses)
    assert "No open qualified leads today." in json.dumps(slack.responses[0]["blocks"])
