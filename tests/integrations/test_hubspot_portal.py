"""HubSpot as a real portal holds us to it: custom properties that must be made first, currencies the
portal has, rate limits named by policy, lifecycle stages that only move forward, scopes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone

import pytest
import requests

from harness.fakes.hubspot import SCOPES, HubSpotFake
from integrations.destination import DeliveryFailed
from integrations.hubspot import HubSpot, rate_limit_wait
from tests.integrations.conftest import delivery, lead

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def hubspot_for(fake: HubSpotFake, session: requests.Session, **options) -> HubSpot:
    return HubSpot(token=fake.token, session=session, base_url=fake.url, **options)


@pytest.fixture
def hubspot(hubspot_fake, session):
    return hubspot_for(hubspot_fake, session)


def cli(fake: HubSpotFake, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HUBSPOT_TOKEN": fake.token, "HUBSPOT_BASE_URL": fake.url}
    return subprocess.run([sys.executable, "-m", "integrations", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)


def test_a_fresh_portal_refuses_the_custom_properties_until_setup_creates_them(fresh_hubspot, session):
    hubspot = hubspot_for(fresh_hubspot, session)
    with pytest.raises(DeliveryFailed) as failed:
        hubspot.deliver(delivery("lead.qualified", lead()))
    assert failed.value.status == 400 and not failed.value.retryable
    assert "PROPERTY_DOESNT_EXIST leadbot_lead_id" in str(failed.value)
    assert not fresh_hubspot.deals.items

    made = cli(fresh_hubspot, "setup", "hubspot")
    assert made.returncode == 0, made.stdout + made.stderr
    assert "created deals property leadbot_lead_id" in made.stdout
    assert fresh_hubspot.properties["deals"]["leadbot_lead_id"]["hasUniqueValue"] is True
    assert fresh_hubspot.properties["deals"]["leadbot_score"]["type"] == "number"

    outcome = hubspot.deliver(delivery("lead.qualified", lead()))
    deal = fresh_hubspot.deals.items[outcome.external_id.split(":")[0]]["properties"]
    assert deal["leadbot_score"] == "82" and deal["leadbot_grade"] == "A"
    again = cli(fresh_hubspot, "setup", "hubspot")
    assert again.returncode == 0 and "created" not in again.stdout, "a second run finds everything made"


def test_a_budget_in_an_enabled_currency_is_the_deals_currency(hubspot, hubspot_fake):
    hubspot.deliver(delivery("lead.qualified", lead(attributes={"budget": {"max": 40000, "currency": "EUR"}})))
    deal, = hubspot_fake.deals.items.values()
    assert (deal["properties"]["deal_currency_code"], deal["properties"]["amount"]) == ("EUR", "40000")
    assert not hubspot_fake.notes.items


def test_a_budget_in_a_currency_the_portal_lacks_keeps_the_company_currency_and_says_so_in_a_note(
        hubspot, hubspot_fake):
    outcome = hubspot.deliver(delivery("lead.qualified", lead(attributes={
        "budget": {"min": 20000, "max": 30000, "currency": "GBP", "status": "stated"}})))

    deal_id = outcome.external_id.split(":")[0]
    deal = hubspot_fake.deals.items[deal_id]["properties"]
    assert deal["deal_currency_code"] == "USD" and "amount" not in deal, "no GBP amount passed off as dollars"
    note, = hubspot_fake.notes_of("deals", deal_id)
    assert "GBP" in note["properties"]["hs_note_body"] and "30,000" in note["properties"]["hs_note_body"]


def test_erasure_removes_the_note_that_said_what_the_visitor_budgeted(hubspot, hubspot_fake):
    outcome = hubspot.deliver(delivery("lead.qualified", lead(attributes={
        "budget": {"min": 20000, "max": 30000, "currency": "GBP", "status": "stated"}})))
    deal_id = outcome.external_id.split(":")[0]
    own = hubspot_fake.add_note(deal_id, "<p>Budget stated by the visitor on the call: 25k</p>")
    assert len(hubspot_fake.notes.items) == 2

    hubspot.deliver(delivery("lead.erased", lead(), outcome.external_id))
    assert list(hubspot_fake.notes.items) == [own], "the visitor's budget is gone with the deal; sales' note stays"


def test_the_portal_refuses_a_currency_it_has_not_enabled(hubspot_fake, session):
    """What today's HubSpot answers when a client writes the visitor's currency as it is."""
    answer = session.post(f"{hubspot_fake.url}/crm/v3/objects/deals", headers={"Authorization": "Bearer pat-na1-test"},
                          json={"properties": {"dealname": "x", "deal_currency_code": "GBP"}, "associations": []})
    assert answer.status_code == 400
    body = answer.json()
    assert body["category"] == "VALIDATION_ERROR" and "INVALID_OPTION" in body["message"]


def test_a_ten_second_rate_limit_is_retried_after_ten_seconds(hubspot, hubspot_fake):
    hubspot_fake.rate_limit_policy_next("TEN_SECONDLY_ROLLING", path="/crm/v3/objects/deals")
    with pytest.raises(DeliveryFailed) as failed:
        hubspot.deliver(delivery("lead.qualified", lead()))
    assert failed.value.status == 429 and failed.value.retryable and failed.value.retry_after == 10


def test_the_daily_limit_waits_for_the_portals_midnight():
    response = requests.Response()
    response.status_code = 429
    response._content = b'{"status": "error", "policyName": "DAILY", "errorType": "RATE_LIMIT"}'
    late = datetime(2026, 12, 2, 22, 0, tzinfo=timezone.utc)  # 17:00 in New York
    assert rate_limit_wait(response, "America/New_York", now=late) == 7 * 3600
    assert rate_limit_wait(response, None, now=late) == 2 * 3600


def test_deliveries_to_one_portal_share_one_pace(hubspot):
    first = hubspot.rate_key(delivery("lead.qualified", lead()))
    other = hubspot.rate_key(delivery("lead.qualified", lead(id="lead-other")))
    assert first == other and hubspot.min_interval > 0


def test_a_lifecycle_stage_never_moves_backwards(hubspot, hubspot_fake):
    hubspot_fake.contacts.items["77"] = {"id": "77", "properties": {"email": "jane.doe@acme.io",
                                                                    "lifecyclestage": "opportunity"},
                                         "createdAt": "", "updatedAt": "", "archived": False}
    hubspot.deliver(delivery("lead.qualified", lead()))  # an SQL: earlier than opportunity

    upsert, = hubspot_fake.calls("POST", "/crm/v3/objects/contacts/batch/upsert")
    assert "lifecyclestage" not in upsert.json()["inputs"][0]["properties"]
    assert hubspot_fake.contacts.items["77"]["properties"]["lifecyclestage"] == "opportunity"


def test_a_lifecycle_stage_moves_forward(hubspot, hubspot_fake):
    first = hubspot.deliver(delivery("lead.qualified", lead(stage="mql")))
    hubspot.deliver(delivery("lead.updated", lead(stage="sql"), first.external_id))
    assert hubspot_fake.contact_by_email("jane.doe@acme.io")["properties"]["lifecyclestage"] == "salesqualifiedlead"


def test_a_token_without_the_deal_scopes_is_refused_as_hubspot_refuses_it(session):
    with HubSpotFake(scopes=SCOPES - {"crm.objects.deals.write"}) as fake:
        with pytest.raises(DeliveryFailed) as failed:
            hubspot_for(fake, session).deliver(delivery("lead.qualified", lead()))
        assert failed.value.status == 403 and not failed.value.retryable and "MISSING_SCOPES" in str(failed.value)
        answer = session.post(f"{fake.url}/crm/v3/objects/deals", headers={"Authorization": f"Bearer {fake.token}"},
                              json={"properties": {"dealname": "x"}, "associations": []})
        assert answer.json()["errors"][0]["context"]["requiredGranularScopes"] == ["crm.objects.deals.write"]


def test_the_fake_holds_requests_to_hubspots_published_schema(hubspot_fake, session):
    headers = {"Authorization": f"Bearer {hubspot_fake.token}"}
    unknown_field = session.post(f"{hubspot_fake.url}/crm/v3/objects/contacts", headers=headers,
                                 json={"properties": {"email": "a@b.c"}, "associations": [], "email": "a@b.c"})
    assert unknown_field.status_code == 400 and unknown_field.json()["category"] == "VALIDATION_ERROR"
    not_a_string = session.post(f"{hubspot_fake.url}/crm/v3/objects/contacts", headers=headers,
                                json={"properties": {"email": "a@b.c", "leadbot_lead_id": 7}, "associations": []})
    assert not_a_string.status_code == 400
    undocumented = session.get(f"{hubspot_fake.url}/contacts/v1/lists", headers=headers)
    assert undocumented.status_code == 404


def test_the_portal_holds_a_meeting_update_to_hubspots_schema_and_properties(hubspot, hubspot_fake, session):
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    booking = {"id": "bk_1", "starts_at": "2026-11-24T09:00:00Z", "ends_at": "2026-11-24T09:30:00Z",
               "owner": None, "time_zone": "Europe/Berlin"}
    hubspot.deliver(delivery("lead.updated", lead(status="booked", booking=booking), first.external_id))
    [(meeting_id, meeting)] = hubspot_fake.meetings.items.items()
    before = dict(meeting["properties"])
    url = f"{hubspot_fake.url}/crm/v3/objects/meetings/{meeting_id}"
    headers = {"Authorization": f"Bearer {hubspot_fake.token}"}

    def patch(body: object) -> requests.Response:
        return session.patch(url, json=body, headers=headers)

    unknown = patch({"properties": {"hs_meeting_start": "1795617000000"}})
    assert unknown.status_code == 400 and "PROPERTY_DOESNT_EXIST hs_meeting_start" in \
        " ".join(f"{e['code']} {e['context']['propertyName'][0]}" for e in unknown.json()["errors"])
    not_a_time = patch({"properties": {"hs_meeting_start_time": "tomorrow at 9"}})
    assert not_a_time.status_code == 400 and not_a_time.json()["errors"][0]["code"] == "INVALID_DATE"
    unwrapped = patch({"hs_meeting_start_time": "1795617000000"})  # the properties object left out
    assert unwrapped.status_code == 400 and unwrapped.json()["category"] == "VALIDATION_ERROR"
    a_number = patch({"properties": {"hs_meeting_start_time": 1795617000000}})  # values are strings
    assert a_number.status_code == 400 and a_number.json()["category"] == "VALIDATION_ERROR"
    assert meeting["properties"] == before, "nothing half-saved"

    moved = patch({"properties": {"hs_meeting_start_time": "1795617000000", "hs_meeting_end_time": "1795619700000"}})
    assert moved.status_code == 200 and meeting["properties"]["hs_meeting_start_time"] == "2026-11-25T14:30:00.000Z"
    assert meeting["properties"]["hs_meeting_end_time"] == "2026-11-25T15:15:00.000Z"
    assert session.delete(url, headers=headers).status_code == 204
    gone = patch({"properties": {"hs_meeting_end_time": "1795619700000"}})
    assert gone.status_code == 404 and gone.json()["category"] == "OBJECT_NOT_FOUND"
