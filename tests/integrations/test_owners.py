"""A Claim's owner in the CRMs: mapped Slack users become each CRM's owner field, as updates;
unmapped ones are written down with the reason, and the CRM's own owner is left alone."""

from __future__ import annotations

import pytest

from integrations import owners
from integrations.chat_note import FACTS
from integrations.hubspot import HubSpot
from integrations.mapping import MappingError
from integrations.pipedrive import Pipedrive
from integrations.salesforce import Salesforce
from tests.integrations.conftest import delivery, lead

CLAIMED = {"status": "claimed", "owner": "U0ALICE"}


def test_the_owners_file_is_checked_when_loaded(tmp_path):
    path = tmp_path / "owners.yml"
    path.write_text("hubspot:\n  U0ALICE: '41629779'\npipedrive:\n  U0ALICE: 12345\nsalesforce:\n")
    assert owners.load(path) == {"hubspot": {"U0ALICE": "41629779"}, "pipedrive": {"U0ALICE": "12345"}}
    assert owners.load(None) == {}
    for bad, where in (("zoho: {U0ALICE: 1}", "zoho"), ("hubspot: {alice: 1}", "hubspot"),
                       ("hubspot: {U0ALICE: 'a b'}", "U0ALICE"), ("hubspot: [U0ALICE]", "hubspot"),
                       ("- a", "owners.yml"), ("hubspot: {U0ALICE: true}", "U0ALICE")):
        path.write_text(bad)
        with pytest.raises(MappingError, match=where):
            owners.load(path)
    with pytest.raises(MappingError, match="cannot be read"):
        owners.load(tmp_path / "missing.yml")


def test_hubspot_sets_the_mapped_owner_on_contact_and_deal(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, base_url=hubspot_fake.url, session=session,
                      owners={"U0ALICE": "41629779"})
    created = hubspot.deliver(delivery("lead.qualified", lead()))
    hubspot.deliver(delivery("lead.updated", lead(**CLAIMED), created.external_id))

    deal_id, contact_id = created.external_id.split(":")
    assert hubspot_fake.deals.items[deal_id]["properties"]["hubspot_owner_id"] == "41629779"
    assert hubspot_fake.contacts.items[contact_id]["properties"]["hubspot_owner_id"] == "41629779"
    assert len(hubspot_fake.deals.items) == 1 and len(hubspot_fake.contacts.items) == 1


def test_hubspot_an_unmapped_owner_goes_in_the_description_with_the_reason(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, base_url=hubspot_fake.url, session=session,
                      owners={"U0SOMEONE": "41629779"})
    created = hubspot.deliver(delivery("lead.qualified", lead()))
    hubspot.deliver(delivery("lead.updated", lead(**CLAIMED), created.external_id))

    [patch] = hubspot_fake.calls("PATCH", "/crm/v3/objects/deals/")
    properties = patch.json()["properties"]
    assert "hubspot_owner_id" not in properties
    description = properties["description"]
    assert "Slack user U0ALICE" in description and "no HubSpot user is mapped" in description


def test_salesforce_sets_owner_id_or_explains_in_the_description(salesforce_fake, session):
    mapped = Salesforce(client_id=salesforce_fake.client_id, client_secret=salesforce_fake.client_secret,
                        base_url=salesforce_fake.url, session=session, owners={"U0ALICE": "005000000000001AAA"})
    created = mapped.deliver(delivery("lead.qualified", lead()))
    mapped.deliver(delivery("lead.updated", lead(**CLAIMED), created.external_id))
    assert salesforce_fake.leads[created.external_id]["OwnerId"] == "005000000000001AAA"

    unmapped = Salesforce(client_id=salesforce_fake.client_id, client_secret=salesforce_fake.client_secret,
                          base_url=salesforce_fake.url, session=session)
    unmapped.deliver(delivery("lead.updated", lead(status="claimed", owner="U0BOB"), created.external_id))
    record = salesforce_fake.leads[created.external_id]
    assert record["OwnerId"] == "005000000000001AAA"  # left alone
    assert "Slack user U0BOB" in record["Description"] and "no Salesforce user is mapped" in record["Description"]
    assert len(salesforce_fake.leads) == 1


def test_pipedrive_sets_owner_id_as_a_number_on_lead_and_person(pipedrive_fake, session):
    pipedrive = Pipedrive(api_token=pipedrive_fake.api_token, base_url=pipedrive_fake.url, session=session,
                          owners={"U0ALICE": "12345"})
    created = pipedrive.deliver(delivery("lead.qualified", lead()))
    pipedrive.deliver(delivery("lead.updated", lead(**CLAIMED), created.external_id))
    lead_id, person_id = created.external_id.split(":")
    assert pipedrive_fake.leads[lead_id]["owner_id"] == 12345
    assert pipedrive_fake.persons[int(person_id)]["owner_id"] == 12345
    assert not pipedrive_fake.notes


def test_pipedrive_writes_an_unmapped_owner_and_a_reason_in_one_note_once(pipedrive_fake, session):
    pipedrive = Pipedrive(api_token=pipedrive_fake.api_token, base_url=pipedrive_fake.url, session=session)
    created = pipedrive.deliver(delivery("lead.qualified", lead()))
    closed = lead(status="disqualified", owner="U0ALICE", status_reason="No budget — <b>frozen</b>")
    pipedrive.deliver(delivery("lead.updated", closed, created.external_id))
    pipedrive.deliver(delivery("lead.updated", closed, created.external_id, attempt=2))  # a retry: no second note

    lead_id = created.external_id.split(":")[0]
    [note] = pipedrive_fake.notes.values()
    assert note["lead_id"] == lead_id
    assert note["content"].startswith(f"<b>{FACTS}</b><br>Status: disqualified (No budget — &lt;b&gt;frozen&lt;/b&gt;)<br>")
    assert "Slack user U0ALICE" in note["content"]
    assert pipedrive_fake.leads[lead_id]["is_archived"] is True
    assert "owner_id" not in pipedrive_fake.calls("PATCH", "/api/v1/leads/")[-1].json()
