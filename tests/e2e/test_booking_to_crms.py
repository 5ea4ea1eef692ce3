"""A call booked through the service's booking API reaches every CRM as what salespeople work from,
through real processes (gunicorn, the worker) and the local CRM fakes: a HubSpot meeting on the
contact and the deal, a Salesforce Event on the Lead, a Pipedrive call activity on the lead (with the
"Call booked" label), each at the booked UTC time with the owner; and a repeated booking POST (a
double click, a retry) makes no second meeting, Event or activity."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any

import pytest
import requests

from harness.destinations import OWNERS
from signing import sign
from tests.e2e.service import PostedLead
from tests.waiting import wait_for
from tests.webhooks.conftest import ACTION_SECRET

pytestmark = pytest.mark.slow
CRMS = ("hubspot", "salesforce", "pipedrive")


def signed(method: str, path_url: str, body: bytes = b"") -> dict[str, str]:
    """Headers as the action server signs a slot lookup or a booking (``bot.actions.lead_service``)."""
    return {**sign(ACTION_SECRET, method, path_url, body), "Content-Type": "application/json"}


def book(http: requests.Session, web: str, lead_id: str, starts_at: str) -> requests.Response:
    path = f"/api/v1/leads/{lead_id}/booking"
    body = json.dumps({"starts_at": starts_at, "time_zone": "America/New_York",
                       "request_id": uuid.uuid4().hex}).encode()
    return http.post(web + path, data=body, headers=signed("POST", path, body), timeout=10)


def test_a_booked_call_reaches_each_crm_once_at_the_booked_time(web, worker, fakes):
    hubspot, salesforce, pipedrive = (fakes[name] for name in CRMS)
    posted = PostedLead.post(web)
    http, lead_id, lead_now, records = posted.http, posted.id, posted.now, posted.records

    wait_for(lambda: set(CRMS) <= records().keys(), what="the lead in the three CRMs")
    before = records()

    path = f"/api/v1/leads/{lead_id}/slots?tz=America%2FNew_York&limit=2"
    slots = http.get(web + path, headers=signed("GET", path), timeout=10)
    assert slots.status_code == 200, slots.text
    slot = slots.json()["slots"][0]
    booked = book(http, web, lead_id, slot["starts_at"])
    assert booked.status_code == 201, booked.text
    owner = booked.json()["owner"]["id"]
    start = datetime.fromisoformat(slot["starts_at"].replace("Z", "+00:00")).astimezone(timezone.utc)
    end = datetime.fromisoformat(slot["ends_at"].replace("Z", "+00:00")).astimezone(timezone.utc)
    minutes = int((end - start).total_seconds() // 60)

    def updates() -> list[dict[str, Any]]:
        return [d for d in lead_now()["deliveries"] if d["event"] == "lead.updated" and d["destination"] in CRMS]

    wait_for(lambda: len(found := updates()) == 3 and all(d["status"] == "delivered" for d in found),
             what="the booking delivered to the three CRMs")
    after = records()

    # HubSpot: a scheduled meeting on the contact and the deal, at the start, with the owner.
    deal_id, contact_id, meeting_at = after["hubspot"].split(":")
    meeting_id, at = meeting_at.split("@")  # the meeting, and the call's time written to it
    assert at == f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}"
    assert before["hubspot"] == f"{deal_id}:{contact_id}"
    meeting = hubspot.meetings.items[meeting_id]["properties"]
    assert meeting["hs_timestamp"] == meeting["hs_meeting_start_time"] == start.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert meeting["hs_meeting_end_time"] == end.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert meeting["hs_meeting_outcome"] == "SCHEDULED" and meeting["hubspot_owner_id"] == OWNERS["hubspot"][owner]
    assert [m["id"] for m in hubspot.meetings_of("deals", deal_id)] == [meeting_id]
    assert [m["id"] for m in hubspot.meetings_of("contacts", contact_id)] == [meeting_id]
    assert hubspot.deals.items[deal_id]["properties"]["dealstage"] == "presentationscheduled"

    # Salesforce: an Event on the Lead, in the owner's calendar.
    sf_lead, event_id = after["salesforce"].split(":")
    event_id, _ = event_id.split("@")
    assert sf_lead == before["salesforce"]
    event = salesforce.events[event_id]
    assert event["WhoId"] == sf_lead and event["StartDateTime"] == start.strftime("%Y-%m-%dT%H:%M:%S.000+0000")
    assert event["DurationInMinutes"] == minutes and event["OwnerId"] == OWNERS["salesforce"][owner]

    # Pipedrive: a call activity due at the start (UTC) on the lead and the person, and the label.
    pd_lead, person, activity_id = after["pipedrive"].split(":")
    activity_id, _ = activity_id.split("@")
    assert before["pipedrive"] == f"{pd_lead}:{person}"
    activity = pipedrive.activities[int(activity_id)]
    assert (activity["type"], activity["due_date"], activity["due_time"]) == \
        ("call", start.strftime("%Y-%m-%d"), start.strftime("%H:%M"))
    assert activity["duration"] == f"{minutes // 60:02d}:{minutes % 60:02d}"
    assert (activity["lead_id"], activity["person_id"]) == (pd_lead, int(person))
    assert activity["owner_id"] == OWNERS["pipedrive"][owner]
    [label] = [label for label in pipedrive.labels.values() if label["name"] == "Call booked"]
    assert label["id"] in pipedrive.leads[pd_lead]["label_ids"]

    # The same booking again: the service answers with the booking it has and tells nobody anything new.
    again = book(http, web, lead_id, slot["starts_at"])
    assert again.status_code == 200 and again.json()["id"] == booked.json()["id"]
    assert len(updates()) == 3 and all(d["status"] == "delivered" for d in updates())
    assert len(hubspot.meetings.items) == 1 and len(salesforce.events) == 1 and len(pipedrive.activities) == 1
    assert len(hubspot.calls("POST", "/crm/v3/objects/meetings")) == 1
    assert len(salesforce.calls("POST", "/services/data/v59.0/sobjects/Event")) == 1
    assert len(pipedrive.calls("POST", "/api/v2/activities")) == 1
    assert records() == after
