"""The visitor's language and where they came from, in HubSpot (issues 15 and 16), held to what a portal accepts."""

from __future__ import annotations

import pytest

from integrations import hubspot_doctor
from integrations.destination import DeliveryFailed
from integrations.hubspot import HubSpot
from integrations.hubspot_setup import setup
from tests.integrations.conftest import delivery, lead

ORIGIN = {
    "language": "de",
    "attribution": {"channel": "socketio", "page": "https://brightline.example/de/seo?utm_campaign=q1-dach",
                    "referrer": "https://www.google.de/",
                    "utm": {"source": "google", "medium": "cpc", "campaign": "q1-dach", "term": "seo agentur"}},
}


@pytest.fixture
def hubspot(hubspot_fake, session):
    return HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url)


def test_a_german_visitor_gets_preferred_language_german_and_their_campaign_on_the_contact(hubspot, hubspot_fake):
    hubspot.deliver(delivery("lead.qualified", lead(**ORIGIN)))

    contact = hubspot_fake.contact_by_email("jane.doe@acme.io")["properties"]
    assert contact["hs_language"] == "de"
    assert (contact["leadbot_utm_source"], contact["leadbot_utm_medium"], contact["leadbot_utm_campaign"],
            contact["leadbot_utm_term"]) == ("google", "cpc", "q1-dach", "seo agentur")
    assert contact["leadbot_original_page"] == ORIGIN["attribution"]["page"]
    assert contact["leadbot_original_referrer"] == "https://www.google.de/"
    assert "leadbot_utm_content" not in contact  # not sent: never blanked
    (deal,) = hubspot_fake.deals.items.values()
    assert "Language: German" in deal["properties"]["description"]
    assert "UTM source google, medium cpc, campaign q1-dach" in deal["properties"]["description"]


@pytest.mark.parametrize("language", ["bs", "pl"])
def test_a_language_the_mapping_does_not_list_is_left_out_and_the_lead_still_lands(hubspot, hubspot_fake, language):
    hubspot.deliver(delivery("lead.qualified", lead(language=language)))

    contact = hubspot_fake.contact_by_email("jane.doe@acme.io")["properties"]
    assert "hs_language" not in contact
    assert len(hubspot_fake.deals.items) == 1


def test_the_portal_refuses_a_language_that_is_not_one_of_its_options(hubspot_fake, session):
    """What the strict portal holds the mapping to: a wrong option fails the delivery, as HubSpot's 400 would."""
    wrong = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url,
                    mapping={"contact": {"hs_language": {"fact": "language", "map": {"de": "german"}}}})
    with pytest.raises(DeliveryFailed) as failed:
        wrong.deliver(delivery("lead.qualified", lead(language="de")))
    assert failed.value.retryable is False
    assert "INVALID_OPTION hs_language" in str(failed.value)
    raw = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url,
                  mapping={"contact": {"hs_language": "language"}})  # the code as it comes: no "bs" option
    with pytest.raises(DeliveryFailed, match="INVALID_OPTION hs_language"):
        raw.deliver(delivery("lead.qualified", lead(language="bs")))


def test_the_doctor_names_a_mapped_language_the_portal_does_not_have(hubspot_fake, session):
    default = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url)
    assert not [c for c in hubspot_doctor.preflight(default) if "hs_language" in c.name]
    wrong = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url,
                    mapping={"contact": {"hs_language": {"fact": "language", "map": {"de": "german"}}}})
    (check,) = [c for c in hubspot_doctor.preflight(wrong) if "hs_language" in c.name]
    assert not check.ok and "german" in check.detail


@pytest.mark.parametrize("read_only", ["hs_analytics_source", "hs_analytics_first_url", "hs_analytics_first_referrer"])
def test_hubspots_own_source_properties_cannot_be_written(hubspot_fake, session, read_only):
    """Why attribution goes in leadbot_* properties: HubSpot's tracking owns Original Source and First Page Seen."""
    writing = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url,
                      mapping={"contact": {read_only: "page"}})
    with pytest.raises(DeliveryFailed, match=f"READ_ONLY_VALUE {read_only}"):
        writing.deliver(delivery("lead.qualified", lead(**ORIGIN)))


def test_a_later_lead_of_the_same_person_keeps_where_they_first_came_from(hubspot, hubspot_fake):
    hubspot.deliver(delivery("lead.qualified", lead(**ORIGIN)))
    later = {**ORIGIN, "language": "en", "attribution": {"page": "https://brightline.example/pricing",
                                                         "utm": {"source": "newsletter", "campaign": "dec"}}}
    hubspot.deliver(delivery("lead.qualified", lead(id="lead-second", **later)))

    contact = hubspot_fake.contact_by_email("jane.doe@acme.io")["properties"]
    assert (contact["leadbot_utm_source"], contact["leadbot_utm_campaign"]) == ("google", "q1-dach")
    assert contact["leadbot_original_page"] == ORIGIN["attribution"]["page"]
    assert contact["hs_language"] == "en"  # the language they speak now is what sales should use


def test_setup_makes_the_attribution_properties_on_a_fresh_portal(fresh_hubspot, session):
    steps = setup(token=fresh_hubspot.token, session=session, base_url=fresh_hubspot.url)

    made = {step.what for step in steps if step.done == "created"}
    for name in ("leadbot_original_page", "leadbot_original_referrer", "leadbot_utm_source", "leadbot_utm_medium",
                 "leadbot_utm_campaign", "leadbot_utm_term", "leadbot_utm_content"):
        assert f"contacts property {name}" in made
        assert fresh_hubspot.properties["contacts"][name]["type"] == "string"
    hubspot = HubSpot(token=fresh_hubspot.token, session=session, base_url=fresh_hubspot.url)
    hubspot.deliver(delivery("lead.qualified", lead(**ORIGIN)))
    assert fresh_hubspot.contact_by_email("jane.doe@acme.io")["properties"]["leadbot_utm_campaign"] == "q1-dach"
