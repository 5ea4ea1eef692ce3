"""Salesforce as a default org holds us to it: tokens only from My Domain, country picklists,
duplicate rules on Contacts, converted Leads, upserts on an external id, fields by the describe (Lead, Event, Task)."""

from __future__ import annotations

import pytest
import requests

from harness.fakes.salesforce import SalesforceFake
from integrations.destination import DeliveryFailed
from integrations.salesforce import Salesforce
from tests.integrations.conftest import delivery, lead
from tests.integrations.test_salesforce import CHAT

API = "/services/data/v59.0/sobjects/Lead"
BOOKING = {"id": "bk_1", "starts_at": "2026-11-24T09:00:00Z", "ends_at": "2026-11-24T09:30:00Z",
           "owner": "U0ALICE", "time_zone": "Europe/Berlin"}


def salesforce_for(fake: SalesforceFake, session, **options) -> Salesforce:
    return Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                      base_url=fake.url, **options)


@pytest.fixture
def salesforce(salesforce_fake, session):
    return salesforce_for(salesforce_fake, session)


@pytest.mark.parametrize("base_url", [None, "", "https://login.salesforce.com", "https://test.salesforce.com/"])
def test_a_destination_without_the_orgs_my_domain_is_refused_with_what_to_set(session, base_url):
    with pytest.raises(ValueError) as refused:
        Salesforce(client_id="id", client_secret="secret", session=session, base_url=base_url)
    assert "SALESFORCE_BASE_URL" in str(refused.value) and "my.salesforce.com" in str(refused.value)


def test_a_login_host_refusing_the_flow_is_a_permanent_failure_that_says_why(session):
    with SalesforceFake(login_host=True) as login:
        with pytest.raises(DeliveryFailed) as failed:
            salesforce_for(login, session).deliver(delivery("lead.qualified", lead()))
    assert not failed.value.retryable and "My Domain" in str(failed.value)


def test_the_country_goes_in_as_its_iso_code_and_the_org_names_it(salesforce_fake, session):
    salesforce_for(salesforce_fake, session).deliver(delivery("lead.qualified", lead()))
    created = salesforce_fake.calls("POST", f"{API}/")[0].json()
    assert created["CountryCode"] == "DE" and "Country" not in created
    record, = salesforce_fake.leads.values()
    assert (record["CountryCode"], record["Country"]) == ("DE", "Germany")


def test_the_org_refuses_an_iso_code_in_country_as_salesforce_does(salesforce_fake, session):
    token = session.post(f"{salesforce_fake.url}/services/oauth2/token", data={
        "grant_type": "client_credentials", "client_id": salesforce_fake.client_id,
        "client_secret": salesforce_fake.client_secret}).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    answer = session.post(f"{salesforce_fake.url}{API}/", headers=headers,
                          json={"LastName": "Doe", "Company": "Acme", "Country": "DE"})
    assert answer.status_code == 400 and answer.json()[0]["errorCode"] == "FIELD_INTEGRITY_EXCEPTION"
    unknown = session.post(f"{salesforce_fake.url}{API}/", headers=headers,
                           json={"LastName": "Doe", "Company": "Acme", "LeadBot_Score__c": 7})
    assert unknown.json()[0]["errorCode"] == "INVALID_FIELD"
    restricted = session.post(f"{salesforce_fake.url}{API}/", headers=headers,
                              json={"LastName": "Doe", "Company": "Acme", "CountryCode": "XX"})
    assert restricted.json()[0]["errorCode"] == "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"


def test_an_org_without_country_picklists_takes_the_full_name(salesforce_fake, session):
    lead_fields = salesforce_fake.describes["Lead"]["fields"]
    lead_fields[:] = [f for f in lead_fields if f["name"] not in ("CountryCode", "StateCode")]
    salesforce = salesforce_for(salesforce_fake, session,
                                mapping={"lead": {"CountryCode": None, "Country": "country_name"}})
    salesforce.deliver(delivery("lead.qualified", lead()))
    record, = salesforce_fake.leads.values()
    assert record["Country"] == "Germany" and "CountryCode" not in record


def test_a_contact_only_duplicate_is_saved_when_the_mapping_allows_it(salesforce_fake, session):
    salesforce_fake.add_contact("jane.doe@acme.io")
    salesforce = salesforce_for(salesforce_fake, session, mapping={"settings": {"allow_duplicate_save": True}})
    outcome = salesforce.deliver(delivery("lead.qualified", lead()))

    create, = salesforce_fake.calls("POST", f"{API}/")
    assert create.headers["sforce-duplicate-rule-header"] == "allowSave=true"
    assert outcome.external_id in salesforce_fake.leads


def test_a_contact_only_duplicate_without_that_setting_says_how_to_allow_it(salesforce, salesforce_fake):
    salesforce_fake.add_contact("jane.doe@acme.io")
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(delivery("lead.qualified", lead()))
    assert not failed.value.retryable and "allow_duplicate_save" in str(failed.value)


def test_a_converted_lead_is_left_alone_and_a_later_call_is_booked_on_its_contact(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    contact_id = salesforce_fake.convert(first.external_id)

    updated = salesforce.deliver(delivery("lead.updated", lead(status="claimed"), first.external_id))
    assert updated.external_id == first.external_id, "no failure, no dead letter"
    booked = salesforce.deliver(delivery("lead.updated", lead(status="booked", booking=BOOKING), first.external_id))

    event_id = booked.external_id.split(":")[1].partition("@")[0]  # the id, then the call's time it was written at
    event = salesforce_fake.events[event_id]
    lead_record = salesforce_fake.leads[first.external_id]
    assert event["WhoId"] == contact_id and event["WhatId"] == lead_record["ConvertedOpportunityId"]
    assert booked.external_url.endswith(f"/lightning/r/Contact/{contact_id}/view")


def test_a_chat_on_a_converted_lead_is_a_task_on_its_contact_and_erased_from_it_with_the_lead(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    contact_id = salesforce_fake.convert(first.external_id)
    salesforce.deliver(delivery("lead.chat", {**lead(), "chat": CHAT}, first.external_id))
    [task] = salesforce_fake.tasks.values()
    assert task["WhoId"] == contact_id
    assert task["WhatId"] == salesforce_fake.leads[first.external_id]["ConvertedOpportunityId"]

    # sales' own, left alone: one of them opens like a chat's subject (the same rule as HubSpot's and Pipedrive's notes)
    other = salesforce_fake.add_task(contact_id, "Follow up on the proposal")
    about = salesforce_fake.add_task(contact_id, "Chat on the website with Dana Reyes went well, call on Monday")
    salesforce.deliver(delivery("lead.erased", lead(), first.external_id))
    assert list(salesforce_fake.tasks) == [other, about], "the chat, with the visitor's words, is erased from the Contact"


def _task_answer(fake: SalesforceFake, body: dict) -> tuple[int, list | dict]:
    token = requests.post(f"{fake.url}/services/oauth2/token", data={
        "grant_type": "client_credentials", "client_id": fake.client_id, "client_secret": fake.client_secret},
        timeout=5).json()["access_token"]
    answer = requests.post(f"{fake.url}/services/data/v59.0/sobjects/Task/", json=body, timeout=5,
                           headers={"Authorization": f"Bearer {token}"})
    return answer.status_code, answer.json()


@pytest.mark.parametrize(("change", "code", "field"), [
    ({"Body__c": "hello"}, "INVALID_FIELD", "Body__c"),
    ({"IsClosed": True}, "INVALID_FIELD_FOR_INSERT_UPDATE", "IsClosed"),
    ({"Subject": "x" * 256}, "STRING_TOO_LONG", "Subject"),
    ({"Description": "x" * 32001}, "STRING_TOO_LONG", "Description"),
    ({"TaskSubtype": "Chat"}, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "TaskSubtype"),
    ({"ActivityDate": "23/11/2026"}, "JSON_PARSER_ERROR", "ActivityDate"),
    ({"WhoId": "not-an-id"}, "MALFORMED_ID", "WhoId"),
    ({"WhoId": "001000000000000001"}, "FIELD_INTEGRITY_EXCEPTION", "WhoId"),  # an Account is no "who"
    ({"WhoId": "00Q000000000000404"}, "INVALID_CROSS_REFERENCE_KEY", "WhoId"),
    ({"Status": None}, "REQUIRED_FIELD_MISSING", "Status"),
    ({"OwnerId": "005000000000009ZZZ"}, "INVALID_CROSS_REFERENCE_KEY", "OwnerId"),
])
def test_the_org_refuses_a_task_as_salesforce_does(salesforce, salesforce_fake, change, code, field):
    lead_id = salesforce.deliver(delivery("lead.qualified", lead())).external_id
    good = {"Subject": "Chat", "Description": "Hi", "Status": "Completed", "TaskSubtype": "Task",
            "ActivityDate": "2026-11-23", "WhoId": lead_id}
    assert _task_answer(salesforce_fake, good)[0] == 201, "the same Task without the change is taken"
    status, errors = _task_answer(salesforce_fake, {**good, **change})
    assert status == 400 and errors[0]["errorCode"] == code and errors[0]["fields"] == [field]
    assert len(salesforce_fake.tasks) == 1, "nothing half-saved"


def test_an_external_id_field_makes_every_create_an_upsert_that_no_lost_answer_can_double(session):
    with SalesforceFake(block_duplicates=False) as org:
        org.add_field("Lead", "LeadBot_Lead_Id__c", length=64, external_id=True)
        salesforce = salesforce_for(org, session, mapping={"settings": {"external_id_field": "LeadBot_Lead_Id__c"}})
        org.lose_reply_next(method="PATCH", path=f"{API}/LeadBot_Lead_Id__c/")
        with pytest.raises(DeliveryFailed):
            salesforce.deliver(delivery("lead.qualified", lead()))
        outcome = salesforce.deliver(delivery("lead.qualified", lead(), attempt=2))

        record, = org.leads.values()
        assert outcome.external_id == record["Id"] and record["LeadBot_Lead_Id__c"] == "lead-7f3a"
        assert not org.calls("POST", f"{API}/") and not org.calls("GET", "/services/data/v59.0/query")


def test_a_retired_api_version_is_refused_as_the_org_refuses_it(salesforce_fake, session):
    salesforce = salesforce_for(salesforce_fake, session, mapping={"settings": {"api_version": "30.0"}})
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(delivery("lead.qualified", lead()))
    assert failed.value.status == 410 and not failed.value.retryable and "UNSUPPORTED_API_VERSION" in str(failed.value)


def test_an_upsert_that_finds_the_lead_leaves_what_sales_own(session):
    with SalesforceFake(block_duplicates=False) as org:
        org.add_field("Lead", "LeadBot_Lead_Id__c", length=64, external_id=True)
        salesforce = salesforce_for(org, session, mapping={"settings": {"external_id_field": "LeadBot_Lead_Id__c"}})
        first = salesforce.deliver(delivery("lead.qualified", lead()))
        assert org.leads[first.external_id]["Rating"] == "Hot", "a new Lead gets every field"
        org.leads[first.external_id]["Rating"] = "Cold"  # sales' judgement
        again = salesforce.deliver(delivery("lead.qualified", lead(), attempt=2))
        assert again.external_id == first.external_id and org.leads[first.external_id]["Rating"] == "Cold"


def _event_update(fake: SalesforceFake, event_id: str, body: object) -> tuple[int, object]:
    token = requests.post(f"{fake.url}/services/oauth2/token", data={
        "grant_type": "client_credentials", "client_id": fake.client_id, "client_secret": fake.client_secret},
        timeout=5).json()["access_token"]
    answer = requests.patch(f"{fake.url}/services/data/v59.0/sobjects/Event/{event_id}", json=body, timeout=5,
                            headers={"Authorization": f"Bearer {token}"})
    return answer.status_code, answer.json() if answer.content else None


@pytest.mark.parametrize("change, code, field", [
    ({"EndTime": "2026-11-25T15:15:00Z"}, "INVALID_FIELD", "EndTime"),  # no such field on Event
    ({"Id": "00U000000000000999"}, "INVALID_FIELD_FOR_INSERT_UPDATE", "Id"),
    ({"StartDateTime": "2026-11-25 14:30"}, "JSON_PARSER_ERROR", "StartDateTime"),  # no offset
    ({"StartDateTime": "2026-11-25T14:30:00"}, "JSON_PARSER_ERROR", "StartDateTime"),
    ({"DurationInMinutes": "45"}, "INVALID_FIELD", "DurationInMinutes"),
    ({"WhoId": "not-an-id"}, "MALFORMED_ID", "WhoId"),
    ({"OwnerId": "005000000000009ZZZ"}, "INVALID_CROSS_REFERENCE_KEY", "OwnerId"),
    ({"StartDateTime": "2026-11-25T14:30:00Z", "DurationInMinutes": 45, "EndDateTime": "2026-11-25T15:30:00Z"},
     "FIELD_INTEGRITY_EXCEPTION", "DurationInMinutes"),  # two lengths that do not add up
    ({"EndDateTime": "2026-11-24T08:00:00Z"}, "FIELD_INTEGRITY_EXCEPTION", "DurationInMinutes"),  # before its start
])
def test_the_org_refuses_an_event_update_as_salesforce_does(salesforce, salesforce_fake, change, code, field):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    salesforce.deliver(delivery("lead.updated", lead(status="booked", booking=BOOKING), first.external_id))
    [(event_id, event)] = salesforce_fake.events.items()
    before = dict(event)
    status, errors = _event_update(salesforce_fake, event_id, change)
    assert status == 400 and errors[0]["errorCode"] == code and field in errors[0]["fields"]
    assert event == before, "nothing half-saved"


def test_an_events_end_follows_its_start_and_length_as_salesforce_keeps_them(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    salesforce.deliver(delivery("lead.updated", lead(status="booked", booking=BOOKING), first.external_id))
    [(event_id, event)] = salesforce_fake.events.items()
    assert event["EndDateTime"] == "2026-11-24T09:30:00.000+0000"
    assert _event_update(salesforce_fake, event_id, {"StartDateTime": "2026-11-25T14:30:00Z"}) == (204, None)
    assert (event["EndDateTime"], event["DurationInMinutes"]) == ("2026-11-25T15:00:00.000+0000", 30), "its length kept"
    assert _event_update(salesforce_fake, event_id, {"EndDateTime": "2026-11-25T15:15:00+00:00"})[0] == 204
    assert event["DurationInMinutes"] == 45
    assert _event_update(salesforce_fake, event_id, {"StartDateTime": "2026-11-26T10:00:00+01:00",
                                                     "DurationInMinutes": 20})[0] == 204
    assert (event["StartDateTime"], event["EndDateTime"]) == ("2026-11-26T09:00:00.000+0000",
                                                              "2026-11-26T09:20:00.000+0000")
    salesforce_fake.events.clear()
    status, errors = _event_update(salesforce_fake, event_id, {"DurationInMinutes": 30})
    assert status == 404 and errors[0]["errorCode"] == "NOT_FOUND"
