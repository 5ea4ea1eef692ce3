"""A create whose answer was lost: the destination saved the record, then the connection dropped
before the reply. The worker retries (attempt 2) with no external id on record; each destination
must find what the first attempt made instead of making a second one."""

from __future__ import annotations

import pytest

from integrations.destination import DeliveryFailed
from integrations.hubspot import HubSpot
from integrations.pipedrive import Pipedrive
from integrations.salesforce import Salesforce
from integrations.slack import Slack
from tests.integrations.conftest import delivery, lead


def lost_then_retried(destination, fake, method: str, path: str, data: dict | None = None):
    """Deliver with the create's reply lost, then retry as the worker would; the retry's outcome."""
    data = data or lead()
    fake.lose_reply_next(method=method, path=path)
    with pytest.raises(DeliveryFailed) as lost:
        destination.deliver(delivery("lead.qualified", data, attempt=1))
    assert lost.value.retryable  # a dropped connection is worth a retry
    return destination.deliver(delivery("lead.qualified", data, attempt=2))


def test_slack_finds_its_alert_by_metadata_instead_of_posting_twice(slack_fake):
    slack = Slack(token=slack_fake.token, base_url=slack_fake.api_url)
    outcome = lost_then_retried(slack, slack_fake, "POST", "/api/chat.postMessage")

    [alert] = slack_fake.alerts()
    assert outcome.external_id == f"C0LEADS:{alert['ts']}"
    assert alert["metadata"] == {"event_type": "leadbot_lead_alert", "event_payload": {"lead_id": "lead-7f3a"}}
    [history] = map(slack_fake.args, slack_fake.calls(path="/api/conversations.history"))
    assert history["channel"] == "C0LEADS" and history["include_all_metadata"] in ("1", "true")
    assert len(slack_fake.calls("POST", "/api/chat.postMessage")) == 1
    assert slack_fake.calls("POST", "/api/chat.update")  # redrawn in its current state


def test_slack_resolves_a_channel_name_to_search_it_and_posts_when_nothing_is_there(slack_fake):
    slack = Slack(token=slack_fake.token, base_url=slack_fake.api_url)
    data = lead(qualification={"route": {"name": "sales_emea", "slack_channel": "#sales-emea"}})
    slack_fake.fail_next(500, method="POST", path="/api/chat.postMessage")  # refused: nothing was posted
    with pytest.raises(DeliveryFailed):
        slack.deliver(delivery("lead.qualified", data, attempt=1))
    outcome = slack.deliver(delivery("lead.qualified", data, attempt=2))

    assert slack_fake.calls(path="/api/conversations.list")
    assert [slack_fake.args(r)["channel"] for r in slack_fake.calls(path="/api/conversations.history")] == ["C0EMEA"]
    [alert] = slack_fake.alerts("C0EMEA")
    assert outcome.external_id == f"C0EMEA:{alert['ts']}"


def test_slack_another_leads_alert_is_not_taken_for_this_one(slack_fake):
    slack = Slack(token=slack_fake.token, base_url=slack_fake.api_url)
    slack.deliver(delivery("lead.qualified", lead(id="lead-other")))
    slack_fake.fail_next(503, method="POST", path="/api/chat.postMessage")
    with pytest.raises(DeliveryFailed):
        slack.deliver(delivery("lead.qualified", lead()))
    outcome = slack.deliver(delivery("lead.qualified", lead(), attempt=2))
    assert len(slack_fake.alerts("C0LEADS")) == 2
    assert outcome.external_id.split(":")[1] == slack_fake.alerts("C0LEADS")[-1]["ts"]


def test_hubspot_upserts_the_deal_on_its_lead_id_so_a_retry_finds_it_without_a_search(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, base_url=hubspot_fake.url, session=session)
    outcome = lost_then_retried(hubspot, hubspot_fake, "POST", "/crm/v3/objects/deals/batch/upsert")

    [deal_id] = hubspot_fake.deals.items
    contact_id = outcome.external_id.split(":")[1]
    assert outcome.external_id.split(":")[0] == deal_id
    assert not hubspot_fake.calls("POST", "/crm/v3/objects/deals/search"), "no search: its index trails writes"
    assert len(hubspot_fake.calls("POST", "/crm/v3/objects/deals/batch/upsert")) == 2
    assert (deal_id, contact_id, 3) in hubspot_fake.associations


def test_hubspot_without_upserts_finds_the_deal_by_its_lead_id_property(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, base_url=hubspot_fake.url, session=session,
                      mapping={"settings": {"deal_upsert": False}})
    outcome = lost_then_retried(hubspot, hubspot_fake, "POST", "/crm/v3/objects/deals")

    [deal_id] = hubspot_fake.deals.items
    assert outcome.external_id.split(":")[0] == deal_id
    [search] = hubspot_fake.calls("POST", "/crm/v3/objects/deals/search")
    assert search.json()["filterGroups"] == [{"filters": [
        {"propertyName": "leadbot_lead_id", "operator": "EQ", "value": "lead-7f3a"}]}]
    assert len([r for r in hubspot_fake.calls("POST") if r.path == "/crm/v3/objects/deals"]) == 1
    assert hubspot_fake.calls("PATCH", f"/crm/v3/objects/deals/{deal_id}")


def test_hubspot_a_contact_without_email_is_found_the_same_way(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, base_url=hubspot_fake.url, session=session)
    data = lead(attributes={"email": None})
    lost_then_retried(hubspot, hubspot_fake, "POST", "/crm/v3/objects/contacts", data)
    assert len(hubspot_fake.contacts.items) == 1 and len(hubspot_fake.deals.items) == 1
    assert hubspot_fake.calls("POST", "/crm/v3/objects/contacts/search")


def test_hubspot_a_first_attempt_does_not_search(hubspot_fake, session):
    hubspot = HubSpot(token=hubspot_fake.token, base_url=hubspot_fake.url, session=session)
    hubspot.deliver(delivery("lead.qualified", lead()))
    assert not hubspot_fake.calls("POST", "/crm/v3/objects/deals/search")  # speed: only retries look


def test_salesforce_queries_the_lead_by_email_before_inserting(salesforce_fake, session):
    salesforce_fake.block_duplicates = False  # no duplicate rule in this org: the query alone must save us
    salesforce = Salesforce(client_id=salesforce_fake.client_id, client_secret=salesforce_fake.client_secret,
                            base_url=salesforce_fake.url, session=session)
    outcome = lost_then_retried(salesforce, salesforce_fake, "POST", "/services/data/v59.0/sobjects/Lead")

    [lead_id] = salesforce_fake.leads
    assert outcome.external_id == lead_id
    [query] = salesforce_fake.calls("GET", "/services/data/v59.0/query")
    assert query.param("q") == ("SELECT Id FROM Lead WHERE Email = 'jane.doe@acme.io' "
                                "ORDER BY CreatedDate DESC LIMIT 1")
    assert salesforce_fake.calls("PATCH", f"/services/data/v59.0/sobjects/Lead/{lead_id}")


def test_salesforce_quotes_the_email_in_soql(salesforce_fake, session):
    salesforce_fake.block_duplicates = False
    salesforce = Salesforce(client_id=salesforce_fake.client_id, client_secret=salesforce_fake.client_secret,
                            base_url=salesforce_fake.url, session=session)
    data = lead(attributes={"email": {"address": "o'brien@acme.io", "free_mail": False}})
    outcome = lost_then_retried(salesforce, salesforce_fake, "POST", "/services/data/v59.0/sobjects/Lead", data)
    assert list(salesforce_fake.leads) == [outcome.external_id]
    [query] = salesforce_fake.calls("GET", "/services/data/v59.0/query")
    assert "'o\\'brien@acme.io'" in query.param("q")


def test_pipedrive_finds_the_persons_lead_by_its_lead_id_though_search_has_not_seen_it_yet(pipedrive_fake, session):
    pipedrive_fake.search_lag = 60.0  # Pipedrive's search index trails writes
    pipedrive = Pipedrive(api_token=pipedrive_fake.api_token, base_url=pipedrive_fake.url, session=session)
    outcome = lost_then_retried(pipedrive, pipedrive_fake, "POST", "/api/v1/leads")

    [lead_id] = pipedrive_fake.leads
    [person_id] = pipedrive_fake.persons
    assert outcome.external_id == f"{lead_id}:{person_id}"
    assert pipedrive_fake.leads[lead_id]["origin_id"] == "lead-7f3a"
    [listed] = pipedrive_fake.calls("GET", "/api/v1/leads")
    assert listed.param("person_id") == str(person_id)
    assert len(pipedrive_fake.calls("POST", "/api/v1/leads")) == 1


def test_a_lost_update_is_simply_sent_again(pipedrive_fake, session):
    """Updates are idempotent (same fields, same record): the retry needs no search."""
    pipedrive = Pipedrive(api_token=pipedrive_fake.api_token, base_url=pipedrive_fake.url, session=session)
    created = pipedrive.deliver(delivery("lead.qualified", lead()))
    lead_id = created.external_id.split(":")[0]
    pipedrive_fake.lose_reply_next(method="PATCH", path=f"/api/v1/leads/{lead_id}")
    with pytest.raises(DeliveryFailed):
        pipedrive.deliver(delivery("lead.updated", lead(status="claimed"), created.external_id))
    pipedrive.deliver(delivery("lead.updated", lead(status="claimed"), created.external_id, attempt=2))
    assert list(pipedrive_fake.leads) == [lead_id]
    assert not pipedrive_fake.calls("GET", "/api/v1/leads/search")


def test_an_unknown_channel_name_is_listed_once_not_for_every_message(slack_fake):
    slack = Slack(token=slack_fake.token, base_url=slack_fake.api_url, default_channel="#nowhere")
    data = lead(qualification={"route": {"name": "x"}})
    keys = [slack.rate_key(delivery("lead.qualified", data)) for _ in range(3)]
    assert keys == ["#nowhere"] * 3  # paced by its name
    assert len(slack_fake.calls(path="/api/conversations.list")) == 1
