"""A lead's whole way out, through real processes: the action server posts it (signed), gunicorn
stores it, the worker alerts Slack and creates it in HubSpot, Salesforce and Pipedrive; a
salesperson's signed Claim click then updates all four in place."""

from __future__ import annotations

import json
import time
from typing import Any, Callable

import pytest
import requests

from integrations.slack_blocks import ACTION_CLAIM
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, lead_body
from tests.webhooks.slack import slack_api
from webhooks.signing import sign

pytestmark = pytest.mark.slow
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
SALESPERSON = "U0EMEA002"


def wait_for(check: Callable[[], Any], timeout: float = 20.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while not (result := check()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)
    return result


def test_a_lead_reaches_slack_and_every_crm_and_a_claim_updates_them_all(web, worker, fakes):
    slack, hubspot, salesforce, pipedrive = (fakes[n] for n in ("slack", "hubspot", "salesforce", "pipedrive"))
    http = requests.Session()
    raw = json.dumps(lead_body()).encode()
    created = http.post(f"{web}/api/v1/leads", data=raw, timeout=10,
                        headers={**sign(ACTION_SECRET, raw), "Content-Type": "application/json"})
    assert created.status_code == 201, created.text
    lead_id = created.json()["id"]

    def records() -> dict[str, str]:
        lead = http.get(f"{web}/api/v1/leads/{lead_id}", headers=ADMIN, timeout=10).json()
        return {d["destination"]: d["external_id"] for d in lead["destinations"] if d["external_id"]}

    ids = wait_for(lambda: (found := records()).keys() == {"slack", "hubspot", "salesforce", "pipedrive"} and found,
                   what="the lead at all four destinations")
    channel, ts = ids["slack"].split(":")
    [alert] = slack.posts()
    assert channel == "C0EMEA" and alert["channel"] == "#sales-emea"
    assert "Jane Doe" in json.dumps(alert["blocks"]) and lead_id in json.dumps(alert["blocks"])
    assert len(hubspot.deals.items) == 1 and len(salesforce.leads) == 1 and len(pipedrive.leads) == 1
    assert hubspot.calls("POST", "/crm/v3/objects/contacts/batch/upsert")
    seen = {name: len(fake.requests) for name, fake in fakes.items()}

    body = slack_api.interactive(slack_api.block_action(ACTION_CLAIM, lead_id, user=SALESPERSON, channel=channel, ts=ts))
    forged = http.post(f"{web}/slack/events", data=body, timeout=10,
                       headers=slack_api.signed_headers(body, secret="guessed"))
    assert forged.status_code == 401
    clicked = http.post(f"{web}/slack/events", data=body, headers=slack_api.signed_headers(body), timeout=10)
    assert clicked.status_code == 200
    assert clicked.elapsed.total_seconds() < 3

    def delivered() -> bool:
        lead = http.get(f"{web}/api/v1/leads/{lead_id}", headers=ADMIN, timeout=10).json()
        updates = [d for d in lead["deliveries"] if d["event"] == "lead.updated"]
        return len(updates) == 4 and all(d["status"] == "delivered" for d in updates)

    wait_for(delivered, what="the claim's updates delivered everywhere")
    lead = http.get(f"{web}/api/v1/leads/{lead_id}", headers=ADMIN, timeout=10).json()
    assert (lead["status"], lead["owner"]) == ("claimed", SALESPERSON)
    assert records() == ids  # the same records everywhere, now updated
    after = {name: [(r.method, r.path) for r in fake.requests[seen[name]:] if r.path != "/api/auth.test"]
             for name, fake in fakes.items()}

    assert after["slack"] == [("POST", "/api/chat.update"), ("POST", "/api/chat.postMessage")]
    [update] = slack.updates()
    assert (update["channel"], update["ts"]) == (channel, ts)
    assert f"Claimed by <@{SALESPERSON}>" in json.dumps(update["blocks"])
    [note] = [p for p in slack.posts() if p.get("thread_ts")]
    assert (note["channel"], note["thread_ts"]) == (channel, ts)
    assert slack.ephemeral == []

    deal_id, contact_id = ids["hubspot"].split(":")
    assert sorted(after["hubspot"]) == [("PATCH", f"/crm/v3/objects/deals/{deal_id}"),
                                        ("POST", "/crm/v3/objects/contacts/batch/upsert")]  # by email: no new contact
    assert list(hubspot.contacts.items) == [contact_id] and list(hubspot.deals.items) == [deal_id]
    assert hubspot.contacts.items[contact_id]["properties"]["hs_lead_status"] == "IN_PROGRESS"

    assert after["salesforce"] == [("PATCH", f"/services/data/v59.0/sobjects/Lead/{ids['salesforce']}")]
    assert salesforce.leads[ids["salesforce"]]["Status"] == "Working - Contacted"

    pd_lead, _ = ids["pipedrive"].split(":")
    assert ("PATCH", f"/api/v1/leads/{pd_lead}") in after["pipedrive"]
    assert not [call for call in after["pipedrive"] if call[0] == "POST"]
    assert list(pipedrive.leads) == [pd_lead] and len(pipedrive.persons) == 1
