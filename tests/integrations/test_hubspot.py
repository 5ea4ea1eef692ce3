from __future__ import annotations

import pytest

from harness.fakes.hubspot import NOTE_TO_DEAL
from integrations.destination import DeliveryFailed
from integrations.hubspot import HubSpot
from integrations.mapping import FieldMapping
from tests.integrations.conftest import closed_port_url, delivery, lead
from tests.integrations.test_salesforce import CHAT


@pytest.fixture
def hubspot(hubspot_fake, session):
    return HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url)


def test_qualified_lead_upserts_the_contact_by_email_and_creates_an_associated_deal(hubspot, hubspot_fake):
    outcome = hubspot.deliver(delivery("lead.qualified", lead()))

    upsert, = hubspot_fake.calls("POST", "/crm/v3/objects/contacts/batch/upsert")
    assert upsert.headers["authorization"] == "Bearer pat-na1-test"
    item, = upsert.json()["inputs"]
    assert item["idProperty"] == "email" and item["id"] == "jane.doe@acme.io"
    assert item["properties"]["firstname"] == "Jane" and item["properties"]["lastname"] == "Doe"
    assert item["properties"]["lifecyclestage"] == "salesqualifiedlead"

    create, = hubspot_fake.calls("POST", "/crm/v3/objects/deals/batch/upsert")
    [body] = create.json()["inputs"]
    assert (body["idProperty"], body["id"]) == ("leadbot_lead_id", "lead-7f3a")
    props = body["properties"]
    assert props["pipeline"] == "default" and props["dealstage"] == "qualifiedtobuy"
    assert props["amount"] == "30000" and props["deal_currency_code"] == "USD"
    assert props["leadbot_score"] == "82" and props["leadbot_grade"] == "A" and props["leadbot_stage"] == "SQL"
    assert props["leadbot_bant_timing"] == "5/20 — 38 days is beyond the 30-day window"
    assert "VP signs off" in props["description"]
    contact_id = hubspot_fake.contact_by_email("jane.doe@acme.io")["id"]
    deal_id, = hubspot_fake.deals.items
    assert hubspot_fake.calls("PUT", f"/crm/v4/objects/deals/{deal_id}/associations/default/contacts/{contact_id}")
    assert outcome.external_id == f"{deal_id}:{contact_id}"
    assert (deal_id, contact_id, 3) in hubspot_fake.associations
    assert outcome.external_url is None  # no portal id configured


def test_updates_patch_the_same_deal_and_never_create_another(hubspot, hubspot_fake):
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    second = hubspot.deliver(delivery("lead.updated", lead(status="disqualified", owner="U0BOB"), first.external_id))

    assert second.external_id == first.external_id
    assert len(hubspot_fake.deals.items) == 1 and len(hubspot_fake.contacts.items) == 1
    assert len(hubspot_fake.calls("POST", "/crm/v3/objects/deals/batch/upsert")) == 1
    patch, = hubspot_fake.calls("PATCH", "/crm/v3/objects/deals/")
    assert patch.json()["properties"]["dealstage"] == "closedlost"
    contact = hubspot_fake.contact_by_email("jane.doe@acme.io")
    assert contact["properties"]["hs_lead_status"] == "UNQUALIFIED"


def test_fields_sales_own_are_written_on_create_only_and_the_stage_never_moves_back(hubspot, hubspot_fake):
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    deal_id, contact_id = first.external_id.split(":")
    # sales work the deal in HubSpot: a later stage, another amount
    hubspot_fake.deals.items[deal_id]["properties"].update(dealstage="contractsent", amount="45000")
    hubspot.deliver(delivery("lead.updated", lead(status="booked", score=90), first.external_id))

    patch, = hubspot_fake.calls("PATCH", f"/crm/v3/objects/deals/{deal_id}")
    assert not {"dealstage", "amount", "pipeline", "deal_currency_code"} & set(patch.json()["properties"])
    deal = hubspot_fake.deals.items[deal_id]["properties"]
    assert (deal["dealstage"], deal["amount"], deal["leadbot_score"]) == ("contractsent", "45000", "90")

    hubspot.deliver(delivery("lead.updated", lead(status="disqualified"), first.external_id))
    assert hubspot_fake.deals.items[deal_id]["properties"]["dealstage"] == "closedlost", "closing always lands"
    hubspot.deliver(delivery("lead.updated", lead(status="claimed"), first.external_id))
    assert hubspot_fake.deals.items[deal_id]["properties"]["dealstage"] == "closedlost", "never reopened"


def test_a_mapping_can_have_the_amount_follow_the_lead(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url,
                      mapping={"settings": {"create_only": {"deal": []}}})
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    hubspot.deliver(delivery("lead.updated", lead(attributes={"budget": {"max": 90000, "currency": "USD"}}),
                             first.external_id))
    patch, = hubspot_fake.calls("PATCH", "/crm/v3/objects/deals/")
    assert patch.json()["properties"]["amount"] == "90000"


def test_a_portal_whose_lead_id_is_not_unique_creates_deals_with_their_association(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url,
                      mapping={"settings": {"deal_upsert": False}})
    outcome = hubspot.deliver(delivery("lead.qualified", lead()))
    create, = hubspot_fake.calls("POST", "/crm/v3/objects/deals")
    contact_id = outcome.external_id.split(":")[1]
    assert create.json()["associations"] == [{"to": {"id": contact_id}, "types": [
        {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 3}]}]
    assert not hubspot_fake.calls("POST", "/crm/v3/objects/deals/batch/upsert")


def test_lead_without_email_creates_then_updates_the_contact_by_id(hubspot, hubspot_fake):
    data = lead(attributes={"email": None})
    first = hubspot.deliver(delivery("lead.qualified", data))
    assert not hubspot_fake.calls("POST", "/crm/v3/objects/contacts/batch/upsert")
    created, = hubspot_fake.calls("POST", "/crm/v3/objects/contacts")
    assert created.json()["properties"]["lastname"] == "Doe"

    hubspot.deliver(delivery("lead.updated", data, first.external_id))
    contact_id = first.external_id.split(":")[1]
    assert hubspot_fake.calls("PATCH", f"/crm/v3/objects/contacts/{contact_id}")
    assert len(hubspot_fake.contacts.items) == 1


def test_rate_limit_is_retryable_with_the_wait_hubspot_asks_for(hubspot, hubspot_fake):
    hubspot_fake.rate_limit_next(retry_after=7, path="/crm/v3/objects/deals")
    with pytest.raises(DeliveryFailed) as failed:
        hubspot.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable and failed.value.retry_after == 7 and failed.value.status == 429
    assert "RATE_LIMITS" in str(failed.value) and "jane" not in str(failed.value).lower()


@pytest.mark.parametrize("status, retryable", [(500, True), (503, True), (408, True), (400, False),
                                               (403, False), (404, False), (422, False)])
def test_status_codes_are_classified(hubspot, hubspot_fake, status, retryable):
    hubspot_fake.fail_next(status, path="/crm/v3/objects/contacts/batch/upsert")
    with pytest.raises(DeliveryFailed) as failed:
        hubspot.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable is retryable and failed.value.status == status
    assert not hubspot_fake.deals.items


def test_a_revoked_token_is_not_retried(hubspot_fake, session):
    hubspot = HubSpot(token="pat-revoked", session=session, base_url=hubspot_fake.url)
    with pytest.raises(DeliveryFailed) as failed:
        hubspot.deliver(delivery("lead.qualified", lead()))
    assert failed.value.status == 401 and not failed.value.retryable


def test_malformed_json_is_retryable_and_the_retry_completes(hubspot, hubspot_fake):
    hubspot_fake.malformed_next(201, path="/crm/v3/objects/deals")
    with pytest.raises(DeliveryFailed) as failed:
        hubspot.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable and "malformed JSON" in str(failed.value)
    outcome = hubspot.deliver(delivery("lead.qualified", lead(), attempt=2))
    assert outcome.external_id.split(":")[0] in hubspot_fake.deals.items


def test_connection_refused_is_retryable(session):
    hubspot = HubSpot(token="t", session=session, base_url=closed_port_url(), timeout=2)
    with pytest.raises(DeliveryFailed) as failed:
        hubspot.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable and failed.value.status is None


def test_erasure_deletes_the_deal_and_gdpr_deletes_the_contact(hubspot, hubspot_fake):
    outcome = hubspot.deliver(delivery("lead.qualified", lead()))
    erased = hubspot.deliver(delivery("lead.erased", lead(), outcome.external_id))

    assert erased.external_id is None
    assert not hubspot_fake.deals.items and not hubspot_fake.contacts.items
    gdpr, = hubspot_fake.calls("POST", "/crm/v3/objects/contacts/gdpr-delete")
    assert gdpr.json() == {"objectId": outcome.external_id.split(":")[1]}
    # erasing again (a retry after a lost answer) finds nothing and still succeeds
    hubspot.deliver(delivery("lead.erased", lead(), outcome.external_id, attempt=2))


def test_erasure_deletes_the_chats_notes_on_the_deal_and_leaves_sales_own(hubspot, hubspot_fake):
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    deal_id = first.external_id.split(":")[0]
    # sales' own notes, more than one page of the deal's associations, one of them about a chat too
    own = [hubspot_fake.add_note(deal_id, f"<p>Call {n}: wants a quote</p>") for n in range(500)]
    own.append(hubspot_fake.add_note(deal_id, "<p>Chat on the website with Dana Reyes went well</p>"))
    hubspot.deliver(delivery("lead.chat", {**lead(), "chat": CHAT}, first.external_id))
    hubspot.deliver(delivery("lead.chat", {**lead(), "chat": {**CHAT, "agent": "Sam Lee"}}, first.external_id))
    assert len(hubspot_fake.notes.items) == 503

    hubspot.deliver(delivery("lead.erased", lead(), first.external_id))
    assert sorted(hubspot_fake.notes.items) == sorted(own), "both chats, with the visitor's words, are gone"
    assert len(hubspot_fake.calls("POST", "/crm/v3/objects/notes/batch/read")) == 6, "100 notes a call"
    hubspot.deliver(delivery("lead.erased", lead(), first.external_id, attempt=2))  # a retry still succeeds
    assert sorted(hubspot_fake.notes.items) == sorted(own)


def test_a_retried_erasure_passes_over_the_chat_note_the_lost_attempt_deleted(hubspot, hubspot_fake):
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    hubspot.deliver(delivery("lead.chat", {**lead(), "chat": CHAT}, first.external_id))
    [chat] = hubspot_fake.notes.items
    hubspot_fake.lose_reply_next(method="DELETE", path=f"/crm/v3/objects/notes/{chat}")
    with pytest.raises(DeliveryFailed) as lost:
        hubspot.deliver(delivery("lead.erased", lead(), first.external_id))
    assert lost.value.retryable and chat not in hubspot_fake.notes.items
    # the deal's associations may still list the note for a while: the batch read answers 207 without it
    hubspot_fake.note_links.add((chat, "deals", first.external_id.split(":")[0], NOTE_TO_DEAL))

    hubspot.deliver(delivery("lead.erased", lead(), first.external_id, attempt=2))
    assert not hubspot_fake.deals.items and not hubspot_fake.contacts.items
    assert len(hubspot_fake.calls("DELETE", f"/crm/v3/objects/notes/{chat}")) == 1


def test_erasure_of_a_lead_never_delivered_sends_nothing(hubspot, hubspot_fake):
    hubspot.deliver(delivery("lead.erased", lead()))
    assert hubspot_fake.calls() == []


def test_mapping_overrides_from_yaml(hubspot_fake, session, tmp_path):
    hubspot_fake.pipelines["deals"].append({"id": "123456", "label": "Inbound", "displayOrder": 1, "archived": False,
                                            "stages": [{"id": "98765", "label": "New", "displayOrder": 0,
                                                        "archived": False, "metadata": {}}]})
    override = tmp_path / "hubspot.yml"
    override.write_text(
        "settings: {portal_id: 4711}\n"
        "deal:\n"
        "  pipeline: {value: '123456'}\n"
        "  dealstage: {value: '98765'}\n"
        "  leadbot_score: null\n"
        "  leadbot_bant_budget: null\n"
        "  closed_lost_reason: {fact: source, default: bot}\n"
    )
    hubspot = HubSpot(token=hubspot_fake.token, session=session, base_url=hubspot_fake.url,
                      mapping=FieldMapping.load("hubspot", override))
    outcome = hubspot.deliver(delivery("lead.qualified", lead()))

    props = hubspot_fake.calls("POST", "/crm/v3/objects/deals/batch/upsert")[0].json()["inputs"][0]["properties"]
    assert props["pipeline"] == "123456" and props["dealstage"] == "98765"
    assert "leadbot_score" not in props and "leadbot_bant_budget" not in props
    assert props["closed_lost_reason"] == "bot" and props["leadbot_grade"] == "A"
    deal_id = outcome.external_id.split(":")[0]
    assert outcome.external_url == f"https://app.hubspot.com/contacts/4711/record/0-3/{deal_id}"


def test_the_lead_status_moves_on_with_the_lead_but_never_back_and_never_over_sales_own(hubspot, hubspot_fake):
    first = hubspot.deliver(delivery("lead.qualified", lead()))
    contact = hubspot_fake.contact_by_email("jane.doe@acme.io")["properties"]
    assert contact["hs_lead_status"] == "NEW"
    hubspot.deliver(delivery("lead.updated", lead(status="booked"), first.external_id))
    assert contact["hs_lead_status"] == "CONNECTED"
    hubspot.deliver(delivery("lead.updated", lead(status="claimed"), first.external_id))
    assert contact["hs_lead_status"] == "CONNECTED", "claimed comes before booked"
    hubspot.deliver(delivery("lead.updated", lead(status="disqualified"), first.external_id))
    assert contact["hs_lead_status"] == "UNQUALIFIED"

    contact["hs_lead_status"] = "OPEN_DEAL"  # sales' own status, one the mapping never writes
    hubspot.deliver(delivery("lead.updated", lead(status="disqualified"), first.external_id))
    assert contact["hs_lead_status"] == "OPEN_DEAL"
