"""Pipedrive as it is since 2026-08-01: persons, organizations and activities only on API v2 (PATCH,
emails[], owner_id, participants, custom_fields), leads, labels and notes still on v1."""

from __future__ import annotations

import pytest

from integrations.pipedrive import Pipedrive
from tests.integrations.conftest import delivery, lead

BOOKING = {"id": "bk_1", "starts_at": "2026-11-24T09:00:00Z", "ends_at": "2026-11-24T09:30:00Z",
           "owner": "U0ALICE", "time_zone": "Europe/Berlin"}
JOB_TITLE = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture
def pipedrive(pipedrive_fake, session):
    return Pipedrive(api_token=pipedrive_fake.api_token, session=session, base_url=pipedrive_fake.url,
                     owners={"U0ALICE": "12345"})


def test_persons_organizations_and_activities_go_through_api_v2_and_leads_stay_on_v1(pipedrive, pipedrive_fake):
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    booked = pipedrive.deliver(delivery("lead.updated", lead(status="booked", owner="U0ALICE", booking=BOOKING),
                                        first.external_id))
    pipedrive.deliver(delivery("lead.erased", lead(), booked.external_id))

    paths = {(r.method, r.path) for r in pipedrive_fake.requests}
    assert not [p for p in paths if p[1].startswith(("/api/v1/persons", "/api/v1/organizations",
                                                      "/api/v1/activities"))]
    assert {("POST", "/api/v2/persons"), ("POST", "/api/v2/organizations"), ("POST", "/api/v2/activities"),
            ("PATCH", f"/api/v2/persons/{first.external_id.split(':')[1]}"), ("POST", "/api/v1/leads")} <= paths
    person = pipedrive_fake.calls("POST", "/api/v2/persons")[0].json()
    assert person["emails"] == [{"value": "jane.doe@acme.io", "primary": True, "label": "work"}]


def test_the_account_answers_410_on_the_retired_v1_endpoints(pipedrive_fake, session):
    headers = {"x-api-token": pipedrive_fake.api_token}
    for method, path in (("GET", "/api/v1/persons/search?term=jane&fields=email"), ("POST", "/api/v1/persons"),
                         ("POST", "/api/v1/activities"), ("GET", "/api/v1/organizations/search?term=acme")):
        answer = session.request(method, f"{pipedrive_fake.url}{path}", headers=headers, json={"name": "x"})
        assert answer.status_code == 410 and answer.json()["success"] is False


def test_the_account_holds_v2_bodies_to_the_published_schema(pipedrive_fake, session):
    headers = {"x-api-token": pipedrive_fake.api_token}
    v1_style_person = session.post(f"{pipedrive_fake.url}/api/v2/persons", headers=headers,
                                   json={"name": "Jane", "email": "jane@acme.io"})
    assert v1_style_person.status_code == 400 and "email" in v1_style_person.json()["error"]
    v1_style_activity = session.post(f"{pipedrive_fake.url}/api/v2/activities", headers=headers,
                                     json={"subject": "Call", "type": "call", "user_id": 1})
    assert v1_style_activity.status_code == 400 and "user_id" in v1_style_activity.json()["error"]
    no_term = session.get(f"{pipedrive_fake.url}/api/v2/persons/search", headers=headers)
    assert no_term.status_code == 400


def test_a_custom_field_named_by_its_key_goes_in_custom_fields(pipedrive_fake, session):
    pipedrive_fake.person_fields[JOB_TITLE] = "Job title"
    pipedrive = Pipedrive(api_token=pipedrive_fake.api_token, session=session, base_url=pipedrive_fake.url,
                          mapping={"person": {JOB_TITLE: "title"}})
    pipedrive.deliver(delivery("lead.qualified", lead()))
    person, = pipedrive_fake.persons.values()
    assert person["custom_fields"] == {JOB_TITLE: "VP of Marketing"}


def test_the_value_and_close_date_are_sales_once_the_lead_exists(pipedrive, pipedrive_fake):
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    lead_id = first.external_id.split(":")[0]
    pipedrive_fake.leads[lead_id]["value"] = {"amount": 55000, "currency": "USD"}  # sales negotiated
    pipedrive.deliver(delivery("lead.updated", lead(score=90), first.external_id))

    patch, = pipedrive_fake.calls("PATCH", f"/api/v1/leads/{lead_id}")
    assert "value" not in patch.json() and "expected_close_date" not in patch.json()
    assert pipedrive_fake.leads[lead_id]["value"] == {"amount": 55000, "currency": "USD"}


@pytest.mark.parametrize("change, says", [
    ({"user_id": 12345}, "user_id"),  # v1's name for the owner: not in v2's schema
    ({"due_time": "2:30pm"}, "due_time"),
    ({"due_date": "25/11/2026"}, "due_date"),
    ({"duration": 45}, "duration"),  # HH:MM text, not minutes
    ({"owner_id": 999}, "Owner"),
    ({"participants": [{"person_id": 404, "primary": True}]}, "Participant"),
])
def test_the_account_refuses_an_activity_update_as_pipedrive_does(pipedrive, pipedrive_fake, session, change, says):
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    pipedrive.deliver(delivery("lead.updated", lead(status="booked", booking=BOOKING), first.external_id))
    [(activity_id, activity)] = pipedrive_fake.activities.items()
    before = dict(activity)
    answer = session.patch(f"{pipedrive_fake.url}/api/v2/activities/{activity_id}", json=change,
                           headers={"x-api-token": pipedrive_fake.api_token})
    assert answer.status_code == 400 and answer.json()["success"] is False and says in answer.json()["error"]
    assert activity == before, "nothing half-saved"


def test_an_activity_update_moves_it_and_one_deleted_is_not_found(pipedrive, pipedrive_fake, session):
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    pipedrive.deliver(delivery("lead.updated", lead(status="booked", booking=BOOKING), first.external_id))
    [(activity_id, activity)] = pipedrive_fake.activities.items()
    headers = {"x-api-token": pipedrive_fake.api_token}
    url = f"{pipedrive_fake.url}/api/v2/activities/{activity_id}"
    answer = session.patch(url, json={"due_date": "2026-11-25", "due_time": "14:30", "duration": "00:45"},
                           headers=headers)
    assert answer.status_code == 200 and answer.json()["data"]["due_time"] == "14:30"
    assert (activity["due_date"], activity["due_time"], activity["duration"], activity["type"]) == \
        ("2026-11-25", "14:30", "00:45", "call")
    assert session.delete(url, headers=headers).status_code == 200
    gone = session.patch(url, json={"due_time": "15:00"}, headers=headers)
    assert gone.status_code == 404 and gone.json()["success"] is False
