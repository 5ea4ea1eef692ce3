"""The visitor's language and where they came from in Salesforce and Pipedrive (issues 15 and 16): in the
description or a note by default, in custom fields when an admin made them, refused when they do not exist."""

from __future__ import annotations

import html

import pytest

from integrations.chat_note import FACTS
from integrations.destination import DeliveryFailed
from integrations.pipedrive import Pipedrive
from integrations.salesforce import Salesforce
from tests.integrations.conftest import delivery, lead

ORIGIN = {
    "language": "fr",
    "attribution": {"channel": "socketio", "page": "https://brightline.example/fr/seo",
                    "referrer": "https://www.linkedin.com/", "utm": {"source": "linkedin", "campaign": "q1-benelux"}},
}
CUSTOM = {"lead": {"LeadBot_Language__c": "language", "LeadBot_UTM_Campaign__c": "utm_campaign",
                   "LeadBot_First_Page__c": {"fact": "page", "max_length": 255}}}
PERSON_LANGUAGE = "5a1b" + "0" * 36  # a person custom field's key, as Pipedrive makes them


def salesforce_of(fake, session, mapping=None) -> Salesforce:
    return Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                      base_url=fake.url, mapping=mapping)


def test_salesforce_gets_the_language_and_the_campaign_in_the_description_by_default(salesforce_fake, session):
    salesforce_of(salesforce_fake, session).deliver(delivery("lead.qualified", lead(**ORIGIN)))

    (saved,) = salesforce_fake.leads.values()
    assert "Language: French" in saved["Description"]
    assert "Came from: page https://brightline.example/fr/seo; UTM source linkedin, campaign q1-benelux" \
        in saved["Description"]


def test_salesforce_custom_fields_an_admin_made_take_the_language_and_the_campaign(salesforce_fake, session):
    for name, length in (("LeadBot_Language__c", 2), ("LeadBot_UTM_Campaign__c", 200), ("LeadBot_First_Page__c", 255)):
        salesforce_fake.add_field("Lead", name, length=length)
    salesforce_of(salesforce_fake, session, CUSTOM).deliver(delivery("lead.qualified", lead(**ORIGIN)))

    (saved,) = salesforce_fake.leads.values()
    assert (saved["LeadBot_Language__c"], saved["LeadBot_UTM_Campaign__c"], saved["LeadBot_First_Page__c"]) == (
        "fr", "q1-benelux", "https://brightline.example/fr/seo")


def test_salesforce_refuses_a_mapped_custom_field_the_org_does_not_have(salesforce_fake, session):
    with pytest.raises(DeliveryFailed, match="INVALID_FIELD") as failed:
        salesforce_of(salesforce_fake, session, CUSTOM).deliver(delivery("lead.qualified", lead(**ORIGIN)))
    assert failed.value.retryable is False
    assert salesforce_fake.leads == {}


def pipedrive_of(fake, session, mapping=None) -> Pipedrive:
    return Pipedrive(api_token=fake.api_token, session=session, base_url=fake.url, mapping=mapping)


def test_pipedrive_gets_the_language_and_where_the_visitor_came_from_in_a_note_once(pipedrive_fake, session):
    pipedrive = pipedrive_of(pipedrive_fake, session)
    first = pipedrive.deliver(delivery("lead.qualified", lead(**ORIGIN)))
    pipedrive.deliver(delivery("lead.updated", lead(score=90, **ORIGIN), first.external_id))

    (note,) = pipedrive_fake.notes.values()
    lines = html.unescape(note["content"]).split("<br>")
    assert lines == [f"<b>{FACTS}</b>", "Language: French",
                     "Came from: page https://brightline.example/fr/seo; UTM source linkedin, campaign q1-benelux; "
                     "referred by https://www.linkedin.com/"]


def test_pipedrive_writes_nothing_more_for_a_lead_without_them(pipedrive_fake, session):
    pipedrive_of(pipedrive_fake, session).deliver(delivery("lead.qualified", lead()))
    assert pipedrive_fake.notes == {}


def test_a_pipedrive_person_custom_field_takes_the_language_when_it_exists(pipedrive_fake, session):
    mapping = {"person": {PERSON_LANGUAGE: "language_name"}}
    with pytest.raises(DeliveryFailed, match="create person: HTTP 400"):  # Pipedrive: "Unknown custom field"
        pipedrive_of(pipedrive_fake, session, mapping).deliver(delivery("lead.qualified", lead(**ORIGIN)))

    pipedrive_fake.person_fields[PERSON_LANGUAGE] = "Language"
    pipedrive_of(pipedrive_fake, session, mapping).deliver(delivery("lead.qualified", lead(**ORIGIN)))
    (person,) = pipedrive_fake.persons.values()
    assert person["custom_fields"][PERSON_LANGUAGE] == "French"
