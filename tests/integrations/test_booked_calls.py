"""A call booked in the chat reaches each CRM as the thing salespeople work from: a HubSpot meeting
on the contact and the deal, a Salesforce Event on the Lead, a Pipedrive call activity on the lead
(and its "Call booked" label); each at the booked UTC time, with the owner, made once per lead."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from integrations.destination import DeliveryFailed
from integrations.hubspot import HubSpot
from integrations.lead import LeadView
from integrations.pipedrive import Pipedrive
from integrations.salesforce import Salesforce
from tests.integrations.conftest import delivery, lead

STARTS = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
BOOKING = {"id": "bk_1", "starts_at": "2026-11-24T09:00:00.000Z", "ends_at": "2026-11-24T09:30:00.000Z",
           "owner": "U0ALICE", "time_zone": "Europe/Berlin"}
OWNERS = {"hubspot": {"U0ALICE": "41629779"}, "salesforce": {"U0ALICE": "005000000000002AAA"},
          "pipedrive": {"U0ALICE": "12345"}}
EPOCH_MS = int(STARTS.timestamp() * 1000)
# The call's time as each CRM destination keeps it beside its calendar entry's id (``integrations.calendar_entry``).
AT = "@20261124T090000Z/20261124T093000Z"


def booked(**changes: Any) -> dict[str, Any]:
    return lead(**{"status": "booked", "owner": "U0ALICE", "booking": dict(BOOKING), **changes})


@pytest.fixture
def hubspot(hubspot_fake, session):
    return HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url, owners=OWNERS["hubspot"])


@pytest.fixture
def salesforce(salesforce_fake, session):
    return Salesforce(client_id=salesforce_fake.client_id, client_secret=salesforce_fake.client_secret,
                      session=session, base_url=salesforce_fake.url, owners=OWNERS["salesforce"])


@pytest.fixture
def pipedrive(pipedrive_fake, session):
    return Pipedrive(api_token=pipedrive_fake.api_token, session=session, base_url=pipedrive_fake.url,
                     owners=OWNERS["pipedrive"])


def test_the_lead_view_reads_the_booking_in_each_crms_format():
    facts = LeadView(booked()).facts()
    assert facts["booked_at"] == "2026-11-24T09:00:00Z" and facts["booked_until"] == "2026-11-24T09:30:00Z"
    assert facts["booked_at_ms"] == EPOCH_MS and facts["booked_until_ms"] == EPOCH_MS + 30 * 60 * 1000
    assert (facts["booked_date"], facts["booked_time"], facts["booked_duration"]) == ("2026-11-24", "09:00", "00:30")
    assert facts["booked_minutes"] == 30 and facts["booking_owner"] == "U0ALICE" and facts["booking_id"] == "bk_1"
    assert facts["call_title"] == "Call with Jane Doe (Acme)"
    # An offset other than Z is the same instant.
    facts = LeadView(booked(booking={**BOOKING, "starts_at": "2026-11-24T10:00:00+01:00"})).facts()
    assert facts["booked_time"] == "09:00" and facts["booked_at_ms"] == EPOCH_MS


@pytest.mark.parametrize("broken", [
    {"starts_at": "next tuesday"}, {"starts_at": "2026-11-24T09:00:00"}, {"ends_at": None},
    {"ends_at": "2026-11-24T08:00:00Z"}, {"starts_at": 1795510800},
])
def test_a_booking_that_cannot_be_read_is_no_call_and_the_rest_of_the_lead_still_lands(
        broken, hubspot, hubspot_fake, salesforce, salesforce_fake, pipedrive, pipedrive_fake):
    data = booked(booking={**BOOKING, **broken})
    assert LeadView(data).call() is None
    for destination in (hubspot, salesforce, pipedrive):
        first = destination.deliver(delivery("lead.qualified", lead()))
        destination.deliver(delivery("lead.updated", data, first.external_id))
    assert not hubspot_fake.meetings.items and not salesforce_fake.events and not pipedrive_fake.activities
    assert len(hubspot_fake.calls("PATCH", "/crm/v3/objects/deals/")) == 1


def test_hubspot_books_a_meeting_on_the_contact_and_the_deal_once(hubspot, hubspot_fake):
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    deal_id, contact_id = first.external_id.split(":")
    outcome = hubspot.deliver(delivery("lead.updated", booked(), first.external_id))

    create, = hubspot_fake.calls("POST", "/crm/v3/objects/meetings")
    properties = create.json()["properties"]
    assert properties["hs_timestamp"] == properties["hs_meeting_start_time"] == str(EPOCH_MS)
    assert properties["hs_meeting_end_time"] == str(EPOCH_MS + 30 * 60 * 1000)
    assert properties["hs_meeting_outcome"] == "SCHEDULED" and properties["hubspot_owner_id"] == "41629779"
    assert properties["hs_meeting_title"] == "Call with Jane Doe (Acme)"
    assert "VP signs off" in properties["hs_internal_meeting_notes"]
    assert "VP signs off" not in properties["hs_meeting_body"], "the body is what attendees may see"
    meeting, = hubspot_fake.meetings_of("deals", deal_id)
    assert hubspot_fake.meetings_of("contacts", contact_id) == [meeting]
    assert meeting["properties"]["hs_timestamp"] == "2026-11-24T09:00:00.000Z"
    assert outcome.external_id == f"{deal_id}:{contact_id}:{meeting['id']}{AT}"
    deal = hubspot_fake.deals.items[deal_id]["properties"]
    assert deal["dealstage"] == "presentationscheduled" and deal["leadbot_call_at"] == str(EPOCH_MS)

    # The same delivery again, and a later update: the meeting is kept, never made twice.
    again = hubspot.deliver(delivery("lead.updated", booked(), outcome.external_id))
    later = hubspot.deliver(delivery("lead.updated", booked(status="claimed"), again.external_id))
    assert again.external_id == later.external_id == outcome.external_id
    assert len(hubspot_fake.meetings.items) == 1 and len(hubspot_fake.calls("POST", "/crm/v3/objects/meetings")) == 1


def test_hubspot_retry_after_a_lost_answer_finds_the_meeting_instead_of_making_another(hubspot, hubspot_fake):
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    hubspot_fake.search_lag = 60.0  # HubSpot's search index trails writes by seconds
    hubspot_fake.lose_reply_next(method="POST", path="/crm/v3/objects/meetings")
    with pytest.raises(DeliveryFailed):
        hubspot.deliver(delivery("lead.updated", booked(), first.external_id))
    assert len(hubspot_fake.meetings.items) == 1

    outcome = hubspot.deliver(delivery("lead.updated", booked(), first.external_id, attempt=2))
    deal_id = first.external_id.split(":")[0]
    assert hubspot_fake.calls("GET", f"/crm/v4/objects/deals/{deal_id}/associations/meetings")
    assert not hubspot_fake.calls("POST", "/crm/v3/objects/meetings/search")
    meeting_id, = hubspot_fake.meetings.items
    assert outcome.external_id.endswith(f":{meeting_id}{AT}") and len(hubspot_fake.meetings.items) == 1


def test_hubspot_erasure_deletes_the_meeting_too(hubspot, hubspot_fake):
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    outcome = hubspot.deliver(delivery("lead.updated", booked(), first.external_id))
    hubspot.deliver(delivery("lead.erased", booked(), outcome.external_id))
    assert not hubspot_fake.meetings.items and not hubspot_fake.deals.items and not hubspot_fake.contacts.items


def test_hubspot_mapping_can_switch_meetings_off(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url,
                      mapping={"meeting": None})
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    outcome = hubspot.deliver(delivery("lead.updated", booked(), first.external_id))
    assert outcome.external_id == first.external_id and not hubspot_fake.meetings.items


def test_salesforce_books_an_event_on_the_lead_once(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    outcome = salesforce.deliver(delivery("lead.updated", booked(), first.external_id))

    create, = salesforce_fake.calls("POST", "/services/data/v59.0/sobjects/Event/")
    fields = create.json()
    assert fields["WhoId"] == first.external_id and fields["StartDateTime"] == "2026-11-24T09:00:00Z"
    assert fields["DurationInMinutes"] == 30 and fields["OwnerId"] == "005000000000002AAA"
    assert fields["Subject"] == "Call with Jane Doe (Acme)"
    event_id, = salesforce_fake.events
    assert salesforce_fake.events[event_id]["StartDateTime"] == "2026-11-24T09:00:00.000+0000"
    assert outcome.external_id == f"{first.external_id}:{event_id}{AT}"
    assert outcome.external_url == first.external_url, "the link is still the Lead's"
    assert salesforce_fake.leads[first.external_id]["Status"] == "Working - Contacted"

    again = salesforce.deliver(delivery("lead.updated", booked(status="claimed"), outcome.external_id))
    assert again.external_id == outcome.external_id and len(salesforce_fake.events) == 1
    assert salesforce_fake.calls("PATCH", f"/services/data/v59.0/sobjects/Lead/{first.external_id}")


def test_salesforce_retry_after_a_lost_answer_finds_the_event_by_soql(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    salesforce_fake.lose_reply_next(method="POST", path="/services/data/v59.0/sobjects/Event")
    with pytest.raises(DeliveryFailed):
        salesforce.deliver(delivery("lead.updated", booked(), first.external_id))
    outcome = salesforce.deliver(delivery("lead.updated", booked(), first.external_id, attempt=2))
    query, = salesforce_fake.calls("GET", "/services/data/v59.0/query")
    assert query.param("q") == (f"SELECT Id FROM Event WHERE WhoId = '{first.external_id}' "
                                "AND StartDateTime = 2026-11-24T09:00:00Z LIMIT 1")
    event_id, = salesforce_fake.events
    assert outcome.external_id == f"{first.external_id}:{event_id}{AT}"


def test_salesforce_erasure_deletes_the_event_and_the_lead(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    outcome = salesforce.deliver(delivery("lead.updated", booked(), first.external_id))
    salesforce.deliver(delivery("lead.erased", booked(), outcome.external_id))
    assert salesforce_fake.calls("DELETE", "/services/data/v59.0/sobjects/Event/")
    assert not salesforce_fake.events and not salesforce_fake.leads


def test_pipedrive_adds_a_call_activity_and_the_booked_label_once(pipedrive, pipedrive_fake):
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    lead_id, person = first.external_id.split(":")
    hot = next(label["id"] for label in pipedrive_fake.labels.values() if label["name"] == "Hot")
    pipedrive_fake.leads[lead_id]["label_ids"] = [hot]  # set by a salesperson: kept
    outcome = pipedrive.deliver(delivery("lead.updated", booked(), first.external_id))

    add, = pipedrive_fake.calls("POST", "/api/v2/activities")
    body = add.json()
    assert (body["type"], body["due_date"], body["due_time"], body["duration"]) == ("call", "2026-11-24", "09:00", "00:30")
    assert body["participants"] == [{"person_id": int(person), "primary": True}]
    assert body["lead_id"] == lead_id and body["owner_id"] == 12345
    activity_id, = pipedrive_fake.activities
    assert outcome.external_id == f"{lead_id}:{person}:{activity_id}{AT}"
    booked_label, = [label for label in pipedrive_fake.labels.values() if label["name"] == "Call booked"]
    assert pipedrive_fake.leads[lead_id]["label_ids"] == [hot, booked_label["id"]]

    again = pipedrive.deliver(delivery("lead.updated", booked(), outcome.external_id))
    assert again.external_id == outcome.external_id
    assert len(pipedrive_fake.activities) == 1 and len(pipedrive_fake.calls("POST", "/api/v2/activities")) == 1
    assert len(pipedrive_fake.calls("POST", "/api/v1/leadLabels")) == 1, "the label is made once, then reused"
    assert pipedrive_fake.leads[lead_id]["label_ids"] == [hot, booked_label["id"]]


def test_pipedrive_retry_after_a_lost_answer_finds_the_activity(pipedrive, pipedrive_fake):
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    pipedrive_fake.lose_reply_next(method="POST", path="/api/v2/activities")
    with pytest.raises(DeliveryFailed):
        pipedrive.deliver(delivery("lead.updated", booked(), first.external_id))
    outcome = pipedrive.deliver(delivery("lead.updated", booked(), first.external_id, attempt=2))
    activity_id, = pipedrive_fake.activities
    assert outcome.external_id.endswith(f":{activity_id}{AT}") and len(pipedrive_fake.activities) == 1
    assert pipedrive_fake.calls("GET", "/api/v2/activities")[0].param("lead_id") == first.external_id.split(":")[0]


def test_pipedrive_erasure_deletes_the_activity(pipedrive, pipedrive_fake):
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    outcome = pipedrive.deliver(delivery("lead.updated", booked(), first.external_id))
    pipedrive.deliver(delivery("lead.erased", booked(), outcome.external_id))
    assert not pipedrive_fake.activities and not pipedrive_fake.leads and not pipedrive_fake.persons


def test_an_unmapped_owner_leaves_the_crms_own_assignee(hubspot, hubspot_fake, pipedrive, pipedrive_fake):
    data = booked(owner="U0NOBODY", booking={**BOOKING, "owner": "U0NOBODY"})
    for destination in (hubspot, pipedrive):
        first = destination.deliver(delivery("lead.qualified", lead()))
        destination.deliver(delivery("lead.updated", data, first.external_id))
    meeting, = hubspot_fake.meetings.items.values()
    assert "hubspot_owner_id" not in meeting["properties"]
    activity, = pipedrive_fake.activities.values()
    assert activity["owner_id"] == 1  # the API token's user, as Pipedrive assigns it


MOVED = {**BOOKING, "starts_at": "2026-11-25T14:00:00.000Z", "ends_at": "2026-11-25T14:30:00.000Z"}


@pytest.mark.parametrize("sobject, permission, step", [
    ("Lead", "updateable", "update lead"),
    ("Event", "updateable", "move event"),
    ("Event", "deletable", "delete event"),
    ("Lead", "deletable", "delete lead"),
])
def test_salesforce_refuses_what_the_run_as_users_object_permissions_do_not_allow(
        salesforce, salesforce_fake, sobject, permission, step):
    """The org judges Edit and Delete as the describe says (``createable``/``updateable``/``deletable``), as the
    doctor reads them: the first delivery passes on Create alone, the later ones fail where the permission lacks."""
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    booked_once = salesforce.deliver(delivery("lead.updated", booked(), first.external_id))
    salesforce_fake.describes[sobject][permission] = False
    later = {"update lead": delivery("lead.updated", booked(status="claimed"), booked_once.external_id),
             "move event": delivery("lead.updated", booked(booking=dict(MOVED)), booked_once.external_id),
             "delete event": delivery("lead.erased", booked(), booked_once.external_id),
             "delete lead": delivery("lead.erased", booked(), booked_once.external_id)}[step]
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(later)
    assert step in str(failed.value) and "INSUFFICIENT_ACCESS_OR_READONLY" in str(failed.value)
    assert not failed.value.retryable
    assert len(salesforce_fake.leads) == 1 and len(salesforce_fake.events) == (0 if step == "delete lead" else 1)
