"""A lead's whole way out, through real processes: the action server posts it (signed), gunicorn
stores it, the worker alerts Slack and creates it in HubSpot, Salesforce and Pipedrive, and the
alert gains a link to the CRM record; a salesperson's signed Claim click then updates all four in
place, the owner included (the owners file maps the Slack user to each CRM's user), and a
Disqualify with a reason closes the lead everywhere with that reason."""

from __future__ import annotations

import json

import pytest

from harness import slack_api
from harness.destinations import HUBSPOT_PORTAL, OWNERS
from integrations.chat_note import FACTS
from integrations.slack_blocks import ACTION_CLAIM, ACTION_DISQUALIFY
from tests.e2e.service import PostedLead
from tests.waiting import wait_for

pytestmark = pytest.mark.slow
SALESPERSON = "U0EMEA002"


def test_a_lead_reaches_slack_and_every_crm_and_a_claim_updates_them_all(web, worker, fakes):
    slack, hubspot, salesforce, pipedrive = (fakes[n] for n in ("slack", "hubspot", "salesforce", "pipedrive"))
    posted = PostedLead.post(web)
    http, lead_id, lead_now, records = posted.http, posted.id, posted.now, posted.records

    ids = wait_for(lambda: (found := records()).keys() == {"slack", "hubspot", "salesforce", "pipedrive"} and found,
                   what="the lead at all four destinations")
    channel, ts = ids["slack"].split(":")
    [alert] = slack.posts()
    assert channel == "C0EMEA" and alert["channel"] == "#sales-emea"
    assert "Jane Doe" in json.dumps(alert["blocks"]) and lead_id in json.dumps(alert["blocks"])
    assert len(hubspot.deals.items) == 1 and len(salesforce.leads) == 1 and len(pipedrive.leads) == 1
    assert hubspot.calls("POST", "/crm/v3/objects/contacts/batch/upsert")
    deal_id, contact_id = ids["hubspot"].split(":")
    link = f"https://app.hubspot.com/contacts/{HUBSPOT_PORTAL}/record/0-3/{deal_id}"
    wait_for(lambda: link in json.dumps(slack.messages[(channel, ts)]["blocks"]), what="the CRM link on the alert")
    wait_for(lambda: all(d["status"] == "delivered" for d in lead_now()["deliveries"]), what="the redraw recorded")
    first, *redraws = [d["event"] for d in lead_now()["deliveries"] if d["destination"] == "slack"]
    # three CRM records, one redraw (two only when a record lands while the redraw is being taken)
    assert first == "lead.qualified" and redraws in (["lead.linked"], ["lead.linked"] * 2)
    assert not slack.thread(channel, ts)  # a new link is not news for the thread
    seen = {name: len(fake.requests) for name, fake in fakes.items()}

    body = slack_api.interactive(slack_api.block_action(ACTION_CLAIM, lead_id, user=SALESPERSON, channel=channel, ts=ts))
    forged = http.post(f"{web}/slack/events", data=body, timeout=10,
                       headers=slack_api.signed_headers(body, secret="guessed"))
    assert forged.status_code == 401
    clicked = http.post(f"{web}/slack/events", data=body, headers=slack_api.signed_headers(body), timeout=10)
    assert clicked.status_code == 200
    assert clicked.elapsed.total_seconds() < 3

    def delivered(count: int) -> bool:
        updates = [d for d in lead_now()["deliveries"] if d["event"] == "lead.updated"]
        return len(updates) == count and all(d["status"] == "delivered" for d in updates)

    wait_for(lambda: delivered(4), what="the claim's updates delivered everywhere")
    lead = lead_now()
    assert (lead["status"], lead["owner"]) == ("claimed", SALESPERSON)
    assert records() == ids  # the same records everywhere, now updated
    after = {name: [(r.method, r.path) for r in fake.requests[seen[name]:] if r.path != "/api/auth.test"]
             for name, fake in fakes.items()}

    assert after["slack"] == [("POST", "/api/chat.update"), ("POST", "/api/chat.postMessage")]
    *linked, update = slack.updates()  # the link's redraw, then the claim's
    assert linked and all(link in json.dumps(u["blocks"]) and "Claimed by" not in json.dumps(u["blocks"])
                          for u in linked)
    assert (update["channel"], update["ts"]) == (channel, ts)
    assert f"Claimed by Tom Hughes (<@{SALESPERSON}>)" in json.dumps(update["blocks"])
    [note] = [p for p in slack.posts() if p.get("thread_ts")]
    assert (note["channel"], note["thread_ts"]) == (channel, ts)
    assert slack.ephemeral == []

    writes = {name: [call for call in calls if call[0] != "GET"] for name, calls in after.items()}
    assert sorted(writes["hubspot"]) == [("PATCH", f"/crm/v3/objects/deals/{deal_id}"),
                                         ("POST", "/crm/v3/objects/contacts/batch/upsert")]  # by email: no new contact
    assert list(hubspot.contacts.items) == [contact_id] and list(hubspot.deals.items) == [deal_id]
    assert hubspot.contacts.items[contact_id]["properties"]["hs_lead_status"] == "IN_PROGRESS"
    owner = OWNERS["hubspot"][SALESPERSON]
    [patch] = [r.json() for r in hubspot.calls("PATCH", f"/crm/v3/objects/deals/{deal_id}")]
    [upsert] = [r.json() for r in hubspot.calls("POST", "/crm/v3/objects/contacts/batch/upsert")[1:]]
    assert patch["properties"]["hubspot_owner_id"] == owner == upsert["inputs"][0]["properties"]["hubspot_owner_id"]
    assert hubspot.deals.items[deal_id]["properties"]["hubspot_owner_id"] == owner

    assert writes["salesforce"] == [("PATCH", f"/services/data/v59.0/sobjects/Lead/{ids['salesforce']}")]
    assert salesforce.leads[ids["salesforce"]]["Status"] == "Working - Contacted"
    assert salesforce.leads[ids["salesforce"]]["OwnerId"] == OWNERS["salesforce"][SALESPERSON]

    pd_lead, _ = ids["pipedrive"].split(":")
    assert ("PATCH", f"/api/v1/leads/{pd_lead}") in after["pipedrive"]
    assert not [call for call in after["pipedrive"] if call[0] == "POST"]
    assert list(pipedrive.leads) == [pd_lead] and len(pipedrive.persons) == 1
    [person] = pipedrive.persons.values()
    assert pipedrive.leads[pd_lead]["owner_id"] == OWNERS["pipedrive"][SALESPERSON] == person["owner_id"]

    # Disqualify, with a reason from the modal: stored, shown by the API, and in every CRM.
    seen = {name: len(fake.requests) for name, fake in fakes.items()}
    click = slack_api.interactive(slack_api.block_action(ACTION_DISQUALIFY, lead_id, user=SALESPERSON,
                                                         channel=channel, ts=ts))
    assert http.post(f"{web}/slack/events", data=click, headers=slack_api.signed_headers(click),
                     timeout=10).status_code == 200
    [modal] = wait_for(lambda: slack.views, what="the Disqualify modal")
    submit = slack_api.interactive(slack_api.view_submission(modal, user=SALESPERSON, reason="no_budget",
                                                             note="budget frozen until Q3"))
    assert http.post(f"{web}/slack/events", data=submit, headers=slack_api.signed_headers(submit),
                     timeout=10).status_code == 200
    wait_for(lambda: delivered(8), what="the disqualification delivered everywhere")
    reason = "No budget — budget frozen until Q3"
    lead = lead_now()
    assert (lead["status"], lead["status_reason"]) == ("disqualified", reason)
    assert records() == ids
    assert "Disqualified: No budget" in json.dumps(slack.messages[(channel, ts)]["blocks"])
    deal = hubspot.deals.items[deal_id]["properties"]
    assert (deal["dealstage"], deal["closed_lost_reason"]) == ("closedlost", reason)
    assert reason in salesforce.leads[ids["salesforce"]]["Description"]
    assert salesforce.leads[ids["salesforce"]]["Status"] == "Closed - Not Converted"
    assert pipedrive.leads[pd_lead]["is_archived"] is True
    assert [n["content"] for n in pipedrive.notes.values()] == [f"<b>{FACTS}</b><br>Status: disqualified ({reason})"]
    created = [(r.method, r.path) for name, fake in fakes.items() for r in fake.requests[seen[name]:]
               if r.method == "POST" and r.path in ("/crm/v3/objects/deals", "/crm/v3/objects/deals/batch/upsert",
                                              "/api/v1/leads", "/api/v2/persons")
               or (r.method == "POST" and r.path.startswith("/services/data/") and r.path.endswith("/Lead/"))]
    assert created == []  # updates, never new records
