"""A call the visitor moves (``PUT /api/v1/leads/<id>/booking``) moves what each CRM put in the salesperson's
calendar for it, through real processes (gunicorn, the worker) and the local CRM fakes: the HubSpot meeting, the
Salesforce Event and the Pipedrive activity made for the first time are updated to the new start and end, never
made twice, with one update each carrying the times alone; and moving it to the time it has sends nothing."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any

import pytest
import requests

from signing import sign
from tests.e2e.service import PostedLead
from tests.waiting import wait_for
from tests.webhooks.conftest import ACTION_SECRET

pytestmark = pytest.mark.slow
CRMS = ("hubspot", "salesforce", "pipedrive")


def signed(method: str, path_url: str, body: bytes = b"") -> dict[str, str]:
    """Headers as the action server signs a slot lookup or a booking (``bot.actions.lead_service``)."""
    return {**sign(ACTION_SECRET, method, path_url, body), "Content-Type": "application/json"}


def booking(http: requests.Session, web: str, method: str, lead_id: str, starts_at: str) -> requests.Response:
    path = f"/api/v1/leads/{lead_id}/booking"
    body = json.dumps({"starts_at": starts_at, "time_zone": "Europe/London", "request_id": uuid.uuid4().hex}).encode()
    return http.request(method, web + path, data=body, headers=signed(method, path, body), timeout=10)


def utc(moment: str) -> datetime:
    return datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone(timezone.utc)


def test_a_moved_call_moves_the_meeting_the_event_and_the_activity_instead_of_adding_one(web, worker, fakes):
    hubspot, salesforce, pipedrive = (fakes[name] for name in CRMS)
    posted = PostedLead.post(web)
    http, lead_id, records = posted.http, posted.id, posted.records
    wait_for(lambda: set(CRMS) <= records().keys(), what="the lead in the three CRMs")

    path = f"/api/v1/leads/{lead_id}/slots?tz=Europe%2FLondon&limit=3"
    slots = http.get(web + path, headers=signed("GET", path), timeout=10)
    assert slots.status_code == 200, slots.text
    first, _, later = slots.json()["slots"]
    assert booking(http, web, "POST", lead_id, first["starts_at"]).status_code == 201

    def updates() -> list[dict[str, Any]]:
        return [d for d in posted.now()["deliveries"] if d["event"] == "lead.updated" and d["destination"] in CRMS]

    def delivered(count: int) -> bool:
        found = updates()
        return len(found) == count and all(d["status"] == "delivered" for d in found)

    wait_for(lambda: delivered(3), what="the booking delivered to the three CRMs")
    assert len(hubspot.meetings.items) == len(salesforce.events) == len(pipedrive.activities) == 1

    moved = booking(http, web, "PUT", lead_id, later["starts_at"])
    assert moved.status_code == 200, moved.text
    wait_for(lambda: delivered(6), what="the move delivered to the three CRMs")
    start, end = utc(later["starts_at"]), utc(later["ends_at"])
    minutes = int((end - start).total_seconds() // 60)
    assert utc(first["starts_at"]) != start

    # HubSpot: the same meeting, at the new start and end; one PATCH with the times alone.
    [meeting] = hubspot.meetings.items.values()
    assert meeting["properties"]["hs_timestamp"] == meeting["properties"]["hs_meeting_start_time"] == \
        start.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert meeting["properties"]["hs_meeting_end_time"] == end.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    [patch] = hubspot.calls("PATCH", "/crm/v3/objects/meetings/")
    assert patch.path.endswith(f"/{meeting['id']}")
    assert set(patch.json()["properties"]) == {"hs_timestamp", "hs_meeting_start_time", "hs_meeting_end_time"}
    assert len(hubspot.calls("POST", "/crm/v3/objects/meetings")) == 1

    # Salesforce: the same Event, starting at the new time, as long as the call.
    [event] = salesforce.events.values()
    assert event["StartDateTime"] == start.strftime("%Y-%m-%dT%H:%M:%S.000+0000")
    assert event["EndDateTime"] == end.strftime("%Y-%m-%dT%H:%M:%S.000+0000") and event["DurationInMinutes"] == minutes
    [patch] = salesforce.calls("PATCH", "/services/data/v59.0/sobjects/Event/")
    assert patch.json() == {"StartDateTime": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "DurationInMinutes": minutes}
    assert len(salesforce.calls("POST", "/services/data/v59.0/sobjects/Event")) == 1

    # Pipedrive: the same activity, due at the new time (UTC).
    [activity] = pipedrive.activities.values()
    assert (activity["due_date"], activity["due_time"], activity["duration"]) == \
        (start.strftime("%Y-%m-%d"), start.strftime("%H:%M"), f"{minutes // 60:02d}:{minutes % 60:02d}")
    [patch] = pipedrive.calls("PATCH", "/api/v2/activities/")
    assert set(patch.json()) == {"due_date", "due_time", "duration"}
    assert len(pipedrive.calls("POST", "/api/v2/activities")) == 1

    # Moved to the time it has: nobody is told, nothing is sent.
    after = records()
    assert booking(http, web, "PUT", lead_id, later["starts_at"]).status_code == 200
    assert len(updates()) == 6 and records() == after
    assert len(hubspot.calls("PATCH", "/crm/v3/objects/meetings/")) == 1
    assert len(salesforce.calls("PATCH", "/services/data/v59.0/sobjects/Event/")) == 1
    assert len(pipedrive.calls("PATCH", "/api/v2/activities/")) == 1
