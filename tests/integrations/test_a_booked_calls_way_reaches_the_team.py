"""How a booked call happens (the booking's ``call``, as the service wrote it and the visitor was told) reaches
the team where the booking time already goes: the Slack alert's booking line, the Salesforce Event's Location,
the Pipedrive activity's location, the HubSpot meeting's ``hs_meeting_location`` (a default meeting property in
HubSpot's documentation: "where the meeting takes place ... a videoconference link, or a phone number"). A ``call``
that is not what the service writes carries nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from integrations.hubspot import HubSpot
from integrations.lead import LeadView
from integrations.pipedrive import Pipedrive
from integrations.salesforce import Salesforce
from integrations.slack_blocks import alert_blocks
from tests.integrations.conftest import delivery, lead
from tests.integrations.test_booked_calls import BOOKING, OWNERS

LINK = "https://meet.brightline.example/lena-fischer"


def booked(call: Any) -> dict[str, Any]:
    return lead(status="booked", owner="U0ALICE", booking={**BOOKING, "call": call})


@pytest.mark.parametrize("call, way", [
    ({"kind": "video", "at": LINK}, LINK),
    ({"kind": "video"}, "Video call (the owner emails the link)"),
    ({"kind": "phone", "at": "+44 20 7946 0321"}, "Phone: +44 20 7946 0321"),
    ({"kind": "place", "at": "Brightline Paris, 12 rue de la Paix"}, "Brightline Paris, 12 rue de la Paix"),
])
def test_the_way_is_one_line_for_the_team(call: dict[str, str], way: str) -> None:
    assert LeadView(booked(call)).facts()["call_way"] == way


@pytest.mark.parametrize("call", [
    None, "video", {"kind": "fax", "at": "+1 555 0100"}, {"kind": "video", "at": "javascript:alert(1)"},
    {"kind": "phone"}, {"kind": "phone", "at": 4420794603}, {"kind": "place", "at": "Main St\nSubject: urgent"},
    {"kind": "place", "at": "x" * 301},
])
def test_a_call_the_service_would_not_write_carries_no_way(call: Any) -> None:
    assert LeadView(booked(call)).facts()["call_way"] is None


def test_a_lead_without_a_booking_has_no_way_whatever_it_carries() -> None:
    data = lead(status="open")
    data.pop("booking", None)
    assert LeadView(data).facts()["call_way"] is None


def test_the_slack_alerts_booking_line_says_how_escaped() -> None:
    line = next(e["text"] for block in alert_blocks(booked({"kind": "place", "at": "R&D <lab> 3"}))
                if block["type"] == "context" for e in block["elements"] if "Call booked for" in e["text"])
    assert line.endswith(" · R&amp;D &lt;lab&gt; 3"), line
    plain = json.dumps(alert_blocks(booked(None)))
    assert "Call booked for" in plain and " · " not in plain.split("Call booked for", 1)[1].split('"', 1)[0]


def test_the_salesforce_event_has_the_way_as_its_location(salesforce_fake: Any, session: Any) -> None:
    salesforce = Salesforce(client_id=salesforce_fake.client_id, client_secret=salesforce_fake.client_secret,
                            session=session, base_url=salesforce_fake.url, owners=OWNERS["salesforce"])
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    salesforce.deliver(delivery("lead.updated", booked({"kind": "video", "at": LINK}), first.external_id))
    create, = salesforce_fake.calls("POST", "/services/data/v59.0/sobjects/Event/")
    assert create.json()["Location"] == LINK
    event, = salesforce_fake.events.values()
    assert event["Location"] == LINK, "the org accepted it"


def test_the_pipedrive_activity_has_the_way_as_its_location(pipedrive_fake: Any, session: Any) -> None:
    pipedrive = Pipedrive(api_token=pipedrive_fake.api_token, session=session, base_url=pipedrive_fake.url,
                          owners=OWNERS["pipedrive"])
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    outcome = pipedrive.deliver(delivery("lead.updated", booked({"kind": "phone", "at": "+44 20 7946 0321"}),
                                         first.external_id))
    add, = pipedrive_fake.calls("POST", "/api/v2/activities")
    assert add.json()["location"] == {"value": "Phone: +44 20 7946 0321"}  # v2 takes an object
    assert pipedrive_fake.activities and outcome.external_id.count(":") >= 2, "the activity was made"


def test_the_hubspot_meeting_has_the_way_as_its_location(hubspot_fake: Any, session: Any) -> None:
    hubspot = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url, owners=OWNERS["hubspot"])
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    hubspot.deliver(delivery("lead.updated", booked({"kind": "place", "at": "Keizersgracht 12, Amsterdam"}),
                             first.external_id))
    create, = hubspot_fake.calls("POST", "/crm/v3/objects/meetings")
    assert create.json()["properties"]["hs_meeting_location"] == "Keizersgracht 12, Amsterdam"
    meeting, = hubspot_fake.meetings.items.values()
    assert meeting["properties"]["hs_meeting_location"] == "Keizersgracht 12, Amsterdam", "the portal accepted it"


def test_a_hubspot_meeting_with_no_way_sends_no_location(hubspot_fake: Any, session: Any) -> None:
    hubspot = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url, owners=OWNERS["hubspot"])
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    hubspot.deliver(delivery("lead.updated", booked(None), first.external_id))
    create, = hubspot_fake.calls("POST", "/crm/v3/objects/meetings")
    assert "hs_meeting_location" not in create.json()["properties"]
