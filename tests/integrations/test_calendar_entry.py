"""A call the visitor moved moves what each CRM put in the salesperson's calendar for it (``integrations.calendar_entry``):
the HubSpot meeting, the Salesforce Event, the Pipedrive activity is updated to the new start and end, never made
twice; the update carries the times alone and is sent once per move (an update at the time the entry has sends
nothing, so a time sales set in the CRM stays), and a retried delivery sends the same update again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import pytest

from integrations.calendar_entry import Entry, slot, time_fields
from integrations.destination import DeliveryFailed, Outcome
from integrations.hubspot import HubSpot
from integrations.lead import LeadView
from integrations.mapping import FieldMapping
from integrations.pipedrive import Pipedrive
from integrations.salesforce import Salesforce
from tests.integrations.conftest import delivery, lead

FIRST = {"id": "bk_1", "starts_at": "2026-11-24T09:00:00.000Z", "ends_at": "2026-11-24T09:30:00.000Z",
         "owner": "U0ALICE", "time_zone": "Europe/Berlin"}
# The same booking, moved by the visitor to the next afternoon (a longer slot: the end moves on its own).
MOVED = {**FIRST, "starts_at": "2026-11-25T14:30:00.000Z", "ends_at": "2026-11-25T15:15:00.000Z"}
AT_FIRST, AT_MOVED = "20261124T090000Z/20261124T093000Z", "20261125T143000Z/20261125T151500Z"
OWNERS = {"hubspot": {"U0ALICE": "41629779"}, "salesforce": {"U0ALICE": "005000000000002AAA"},
          "pipedrive": {"U0ALICE": "12345"}}


def booked(booking: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return lead(**{"status": "booked", "owner": "U0ALICE", "booking": dict(booking), **changes})


@dataclass(frozen=True)
class Crm:
    """One CRM as these tests read it: where its entries are, when one is, how it is moved and deleted."""

    name: str
    entries: Callable[[Any], list[dict[str, Any]]]
    when: Callable[[dict[str, Any]], tuple[Any, ...]]
    update_path: str
    times: frozenset[str]

    def patches(self, fake: Any) -> list[Any]:
        return [call for call in fake.calls("PATCH", self.update_path)]


HUBSPOT = Crm("hubspot", lambda fake: list(fake.meetings.items.values()),
              lambda m: (m["properties"]["hs_timestamp"], m["properties"]["hs_meeting_start_time"],
                         m["properties"]["hs_meeting_end_time"]),
              "/crm/v3/objects/meetings/", frozenset({"hs_timestamp", "hs_meeting_start_time", "hs_meeting_end_time"}))
SALESFORCE = Crm("salesforce", lambda fake: list(fake.events.values()),
                 lambda e: (e["StartDateTime"], e["EndDateTime"], e["DurationInMinutes"]),
                 "/services/data/v59.0/sobjects/Event/", frozenset({"StartDateTime", "DurationInMinutes"}))
PIPEDRIVE = Crm("pipedrive", lambda fake: list(fake.activities.values()),
                lambda a: (a["due_date"], a["due_time"], a["duration"]),
                "/api/v2/activities/", frozenset({"due_date", "due_time", "duration"}))
EXPECTED = {
    "hubspot": {AT_FIRST: ("2026-11-24T09:00:00.000Z",) * 2 + ("2026-11-24T09:30:00.000Z",),
                AT_MOVED: ("2026-11-25T14:30:00.000Z",) * 2 + ("2026-11-25T15:15:00.000Z",)},
    "salesforce": {AT_FIRST: ("2026-11-24T09:00:00.000+0000", "2026-11-24T09:30:00.000+0000", 30),
                   AT_MOVED: ("2026-11-25T14:30:00.000+0000", "2026-11-25T15:15:00.000+0000", 45)},
    "pipedrive": {AT_FIRST: ("2026-11-24", "09:00", "00:30"), AT_MOVED: ("2026-11-25", "14:30", "00:45")},
}


@pytest.fixture(params=[HUBSPOT, SALESFORCE, PIPEDRIVE], ids=lambda crm: crm.name)
def crm(request, hubspot_fake, salesforce_fake, pipedrive_fake, session) -> tuple[Crm, Any, Any]:
    """(the CRM, its destination, its fake)."""
    spec: Crm = request.param
    if spec is HUBSPOT:
        return spec, HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url,
                             owners=OWNERS["hubspot"]), hubspot_fake
    if spec is SALESFORCE:
        return spec, Salesforce(client_id=salesforce_fake.client_id, client_secret=salesforce_fake.client_secret,
                                session=session, base_url=salesforce_fake.url, owners=OWNERS["salesforce"]), \
            salesforce_fake
    return spec, Pipedrive(api_token=pipedrive_fake.api_token, session=session, base_url=pipedrive_fake.url,
                           owners=OWNERS["pipedrive"]), pipedrive_fake


def book(destination: Any) -> Outcome:
    first = destination.deliver(delivery("lead.qualified", lead()))
    return destination.deliver(delivery("lead.updated", booked(FIRST), first.external_id))


def test_the_call_time_kept_beside_the_entry_is_its_start_and_end_in_utc():
    assert slot(LeadView(booked(FIRST)).facts()) == AT_FIRST
    assert slot(LeadView(booked({**MOVED, "starts_at": "2026-11-25T15:30:00+01:00"})).facts()) == AT_MOVED
    assert slot(LeadView(lead()).facts()) is None, "no call, no time"
    assert Entry.read(f"70001@{AT_FIRST}") == Entry("70001", AT_FIRST) and Entry.read("70001") == Entry("70001")
    assert Entry.read("") is None and Entry("70001", AT_FIRST).kept() == f"70001@{AT_FIRST}"
    facts = LeadView(booked(MOVED)).facts()
    assert Entry("1", AT_FIRST).moved(facts) and not Entry("1", AT_MOVED).moved(facts) and Entry("1").moved(facts)
    assert not Entry("1", AT_FIRST).moved(LeadView(lead()).facts()), "a call no longer readable moves nothing"


def test_only_the_fields_that_say_when_the_call_is_follow_a_move():
    facts = LeadView(booked(MOVED)).facts()
    assert time_fields(FieldMapping.load("hubspot"), "meeting", facts) == {
        "hs_timestamp": 1795617000000, "hs_meeting_start_time": 1795617000000, "hs_meeting_end_time": 1795619700000}
    assert time_fields(FieldMapping.load("salesforce"), "event", facts) == {
        "StartDateTime": "2026-11-25T14:30:00Z", "DurationInMinutes": 45}
    assert time_fields(FieldMapping.load("pipedrive"), "activity", facts) == {
        "due_date": "2026-11-25", "due_time": "14:30", "duration": "00:45"}
    custom = FieldMapping.load("salesforce", {"event": {"EndDateTime": {"fact": ["booked_until"]},
                                                        "Location": {"value": "Phone"}}})
    assert set(time_fields(custom, "event", facts)) == {"StartDateTime", "DurationInMinutes", "EndDateTime"}


def test_a_moved_call_updates_the_one_entry_to_the_new_start_and_end(crm):
    spec, destination, fake = crm
    outcome = book(destination)
    [entry] = spec.entries(fake)
    assert spec.when(entry) == EXPECTED[spec.name][AT_FIRST] and outcome.external_id.endswith(f"@{AT_FIRST}")
    assert not spec.patches(fake)

    moved = destination.deliver(delivery("lead.updated", booked(MOVED), outcome.external_id))
    assert spec.entries(fake) == [entry], "the same entry, not a second one"
    assert spec.when(entry) == EXPECTED[spec.name][AT_MOVED]
    [patch] = spec.patches(fake)
    assert patch.path.rstrip("/").endswith(str(entry.get("id") or entry.get("Id")))
    body = patch.json().get("properties", patch.json())
    assert set(body) == spec.times, "the times alone: the title, notes and owner stay as sales left them"
    assert moved.external_id == outcome.external_id.replace(AT_FIRST, AT_MOVED)


def test_an_update_at_the_time_the_entry_has_sends_nothing_and_keeps_the_time_sales_set(crm):
    spec, destination, fake = crm
    outcome = destination.deliver(delivery("lead.updated", booked(MOVED), book(destination).external_id))
    [entry] = spec.entries(fake)
    # A salesperson moves it in the CRM by a day.
    if spec is HUBSPOT:
        entry["properties"] = {**entry["properties"], "hs_meeting_start_time": "2026-11-26T14:30:00.000Z"}
    elif spec is SALESFORCE:
        entry["StartDateTime"] = "2026-11-26T14:30:00.000+0000"
    else:
        entry["due_date"] = "2026-11-26"
    sales_time = spec.when(entry)

    for data in (booked(MOVED, status="claimed"), booked(MOVED, status="booked", score=91)):
        again = destination.deliver(delivery("lead.updated", data, outcome.external_id))
        assert again.external_id == outcome.external_id
    assert len(spec.patches(fake)) == 1, "only the move was sent"
    assert spec.when(entry) == sales_time and len(spec.entries(fake)) == 1


@pytest.mark.parametrize("fault", ["refused", "answer lost"])
def test_a_retried_move_sends_the_same_update_and_leaves_one_entry_at_the_new_time(crm, fault):
    spec, destination, fake = crm
    outcome = book(destination)
    if fault == "refused":
        fake.fail_next(503, method="PATCH", path=spec.update_path)
    else:  # the CRM moved it, the answer never came
        fake.lose_reply_next(method="PATCH", path=spec.update_path)
    with pytest.raises(DeliveryFailed) as failed:
        destination.deliver(delivery("lead.updated", booked(MOVED), outcome.external_id))
    assert failed.value.retryable

    # The worker kept the external id from before the failed attempt.
    retried = destination.deliver(delivery("lead.updated", booked(MOVED), outcome.external_id, attempt=2))
    first, second = spec.patches(fake)
    assert (first.path, first.json()) == (second.path, second.json()), "the same update, sent again"
    [entry] = spec.entries(fake)
    assert spec.when(entry) == EXPECTED[spec.name][AT_MOVED] and retried.external_id.endswith(f"@{AT_MOVED}")


def test_an_entry_deleted_in_the_crm_is_made_again_at_the_new_time(crm):
    spec, destination, fake = crm
    outcome = book(destination)
    [gone] = spec.entries(fake)
    if spec is HUBSPOT:
        fake.meetings.items.clear()
    elif spec is SALESFORCE:
        fake.events.clear()
    else:
        fake.activities.clear()
    moved = destination.deliver(delivery("lead.updated", booked(MOVED), outcome.external_id))
    [entry] = spec.entries(fake)
    assert spec.when(entry) == EXPECTED[spec.name][AT_MOVED]
    assert moved.external_id.endswith(f"@{AT_MOVED}") and moved.external_id != outcome.external_id.replace(
        AT_FIRST, AT_MOVED), "the new entry's id"


def test_an_entry_kept_without_its_time_is_brought_to_the_call_once(crm):
    spec, destination, fake = crm
    outcome = book(destination)
    made_before = outcome.external_id.replace(f"@{AT_FIRST}", "")  # an entry made before moves were followed
    first = destination.deliver(delivery("lead.updated", booked(MOVED), made_before))
    again = destination.deliver(delivery("lead.updated", booked(MOVED, status="claimed"), first.external_id))
    assert first.external_id == again.external_id == f"{made_before}@{AT_MOVED}"
    assert len(spec.patches(fake)) == 1 and len(spec.entries(fake)) == 1
    assert spec.when(spec.entries(fake)[0]) == EXPECTED[spec.name][AT_MOVED]


def test_a_lead_erased_after_a_move_loses_its_entry(crm):
    spec, destination, fake = crm
    moved = destination.deliver(delivery("lead.updated", booked(MOVED), book(destination).external_id))
    destination.deliver(delivery("lead.erased", lead(), moved.external_id))
    assert not spec.entries(fake)


def test_a_mapping_without_calendar_entries_moves_nothing(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url, mapping={"meeting": None})
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    booked_once = hubspot.deliver(delivery("lead.updated", booked(FIRST), first.external_id))
    moved = hubspot.deliver(delivery("lead.updated", booked(MOVED), booked_once.external_id))
    assert moved.external_id == first.external_id and not hubspot_fake.meetings.items
    assert not hubspot_fake.calls("PATCH", "/crm/v3/objects/meetings/")


# The kept time is leadbot's own: what reaches the CRM is the entry's id alone, and the whole external id fits
# where the service keeps it with the longest ids the vendors' descriptions allow (contracts/README.md).

def test_the_kept_time_never_reaches_the_crm_only_the_entrys_bare_id(crm):
    spec, destination, fake = crm
    outcome = book(destination)
    moved = destination.deliver(delivery("lead.updated", booked(MOVED), outcome.external_id))
    destination.deliver(delivery("lead.erased", lead(), moved.external_id))
    sent = [(r.method, r.path, r.body.decode("utf-8", "replace")) for r in fake.requests]
    assert any(method == "PATCH" and path.startswith(spec.update_path) for method, path, _ in sent)
    for method, path, body in sent:
        for kept in (AT_FIRST, AT_MOVED):
            assert kept not in path and kept not in body and kept.replace("/", "%2F") not in path, (method, path)
        if path.startswith(spec.update_path):  # the entry's own address: its id, nothing kept beside it
            assert "@" not in path and "%40" not in path, (method, path)


def test_the_external_id_fits_the_services_column_with_the_longest_ids_the_vendors_allow(crm):
    """Salesforce ids are 18 characters (the describe's ``Id``: length 18), Pipedrive's lead ids UUIDs and its
    other ids integers, HubSpot's ids strings of a 64-bit number: at their longest, and with the kept time,
    the external id stays within ``destination_records.external_id``, and reads back to the same ids."""
    from webhooks.models import DestinationRecord

    spec, destination, fake = crm
    longest = 2 ** 63 - 100  # 19 digits, a 64-bit id
    if spec is HUBSPOT:
        for store in (fake.deals, fake.contacts, fake.meetings):
            store.counter = longest
    elif spec is PIPEDRIVE:
        fake._ids = iter(range(longest, longest + 100))
    outcome = book(destination)
    moved = destination.deliver(delivery("lead.updated", booked(MOVED), outcome.external_id))
    limit = DestinationRecord.__table__.c.external_id.type.length
    assert len(moved.external_id) <= limit, (len(moved.external_id), limit)
    ids, _, kept = moved.external_id.rpartition(":")
    assert Entry.read(kept) == Entry(str(spec.entries(fake)[0].get("id") or spec.entries(fake)[0].get("Id")),
                                     AT_MOVED)
    if spec is not SALESFORCE:
        assert len(ids.split(":")) == 2 and all(part for part in ids.split(":"))
    assert not set(moved.external_id) - set("0123456789abcdefABCDEFGHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz:@/-"), \
        "ids and the time of characters that never collide with the separators"


@pytest.mark.parametrize("path, refused", [
    ("/api/v2/activities/12@20261124T090000Z", True),   # an id with the kept time left on it
    ("/api/v2/activities/12%4020261124T090000Z", True),
    ("/api/v2/activities/abc", True),
    ("/api/v2/activities/12.5", True),
    ("/api/v1/leads/not-a-uuid", True),
    ("/api/v2/activities/424242", False),                # well formed, and not there: gone
    ("/api/v1/leads/8a1b2c3d-0000-4000-8000-000000000001", False),
])
def test_a_pipedrive_path_id_not_of_its_documented_type_is_refused_not_taken_for_a_deleted_one(pipedrive_fake, path,
                                                                                                 refused):
    """The descriptions type the ids (v2 ``{id}``: integer; v1 leads' ``{id}``: uuid): a malformed one is a bad
    request (400), so a client never takes it for an entry deleted in the CRM (404) and makes a second one."""
    import requests

    answer = requests.delete(f"{pipedrive_fake.url}{path}", timeout=5, headers={"x-api-token": pipedrive_fake.api_token})
    assert answer.status_code == (400 if refused else 404), answer.text
    if refused:
        assert "path parameter id" in answer.json()["error"]
