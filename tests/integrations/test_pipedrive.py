from __future__ import annotations

import pytest

from integrations.destination import DeliveryFailed
from integrations.mapping import FieldMapping
from integrations.pipedrive import Pipedrive
from tests.integrations.conftest import delivery, lead
from tests.integrations.test_salesforce import CHAT


@pytest.fixture
def pipedrive(pipedrive_fake, session):
    return Pipedrive(api_token=pipedrive_fake.api_token, session=session, base_url=pipedrive_fake.url)


def test_qualified_lead_finds_or_creates_person_and_organization_then_creates_the_lead(pipedrive, pipedrive_fake):
    outcome = pipedrive.deliver(delivery("lead.qualified", lead()))

    assert all(r.headers["x-api-token"] == "pd-test-token" and "api_token" not in r.query
               for r in pipedrive_fake.requests)
    org_search, = pipedrive_fake.calls("GET", "/api/v2/organizations/search")
    assert (org_search.param("term"), org_search.param("fields"), org_search.param("exact_match")) == \
        ("Acme", "name", "true")
    person_search, = pipedrive_fake.calls("GET", "/api/v2/persons/search")
    assert (person_search.param("term"), person_search.param("fields"), person_search.param("exact_match")) == \
        ("jane.doe@acme.io", "email", "true")
    org_id, = pipedrive_fake.organizations
    person_id, = pipedrive_fake.persons
    person = pipedrive_fake.persons[person_id]
    assert person["name"] == "Jane Doe" and person["org_id"] == org_id
    assert person["emails"] == [{"value": "jane.doe@acme.io", "primary": True, "label": "work"}]

    create, = pipedrive_fake.calls("POST", "/api/v1/leads")
    body = create.json()
    assert body["title"] == "Acme (SQL lead)" and body["person_id"] == person_id
    assert body["organization_id"] == org_id
    assert body["value"] == {"amount": 30000, "currency": "USD"}
    assert body["expected_close_date"] == "2026-12-31"
    lead_id, = pipedrive_fake.leads
    assert outcome.external_id == f"{lead_id}:{person_id}"
    assert outcome.external_url is None


def test_an_existing_person_and_organization_are_reused(pipedrive, pipedrive_fake):
    pipedrive_fake.organizations[5] = {"id": 5, "name": "ACME"}
    pipedrive_fake.persons[9] = {"id": 9, "name": "J. Doe", "emails": [{"value": "Jane.Doe@acme.io", "primary": True}]}
    outcome = pipedrive.deliver(delivery("lead.qualified", lead()))

    assert not pipedrive_fake.calls("POST", "/api/v2/persons")
    assert not pipedrive_fake.calls("POST", "/api/v2/organizations")
    update, = pipedrive_fake.calls("PATCH", "/api/v2/persons/9")
    assert "emails" not in update.json(), "the person's own emails are left as they are"
    assert outcome.external_id.endswith(":9")
    assert list(pipedrive_fake.leads.values())[0]["organization_id"] == 5


def test_updates_patch_the_same_lead(pipedrive, pipedrive_fake):
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    second = pipedrive.deliver(delivery("lead.updated", lead(status="disqualified"), first.external_id))

    assert second.external_id == first.external_id
    assert len(pipedrive_fake.leads) == 1 and len(pipedrive_fake.persons) == 1
    assert len(pipedrive_fake.calls("POST", "/api/v1/leads")) == 1
    patch, = pipedrive_fake.calls("PATCH", "/api/v1/leads/")
    assert patch.json()["is_archived"] is True
    assert not pipedrive_fake.calls("GET", "/api/v2/persons/search")[1:]  # the person id was known


def test_a_lead_without_company_or_budget_links_the_person_only(pipedrive, pipedrive_fake):
    data = lead(attributes={"company": None, "budget": None,
                            "email": {"address": "jo@gmail.com", "free_mail": True}, "name": None})
    pipedrive.deliver(delivery("lead.qualified", data))

    assert not pipedrive_fake.calls(path="/api/v2/organizations")
    body = pipedrive_fake.calls("POST", "/api/v1/leads")[0].json()
    assert "organization_id" not in body and "value" not in body
    person, = pipedrive_fake.persons.values()
    assert person["name"] == "jo@gmail.com"


def test_budget_without_currency_uses_the_default_currency(pipedrive_fake, session):
    mapping = FieldMapping.load("pipedrive", {"settings": {"default_currency": "EUR", "company_domain": "acme"}})
    pipedrive = Pipedrive(api_token=pipedrive_fake.api_token, session=session, base_url=pipedrive_fake.url,
                          mapping=mapping)
    outcome = pipedrive.deliver(delivery("lead.qualified", lead(attributes={"budget": {"max": 5000}})))
    assert pipedrive_fake.calls("POST", "/api/v1/leads")[0].json()["value"] == {"amount": 5000, "currency": "EUR"}
    assert outcome.external_url == f"https://acme.pipedrive.com/leads/inbox/{outcome.external_id.split(':')[0]}"


def test_rate_limit_is_retryable_with_retry_after(pipedrive, pipedrive_fake):
    pipedrive_fake.rate_limit_next(retry_after=2, path="/api/v1/leads")
    with pytest.raises(DeliveryFailed) as failed:
        pipedrive.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable and failed.value.retry_after == 2 and failed.value.status == 429


def test_bad_token_is_not_retried(pipedrive_fake, session):
    pipedrive = Pipedrive(api_token="wrong", session=session, base_url=pipedrive_fake.url)
    with pytest.raises(DeliveryFailed) as failed:
        pipedrive.deliver(delivery("lead.qualified", lead()))
    assert failed.value.status == 401 and not failed.value.retryable


@pytest.mark.parametrize("status, retryable", [(500, True), (502, True), (400, False), (404, False)])
def test_status_codes_are_classified(pipedrive, pipedrive_fake, status, retryable):
    pipedrive_fake.fail_next(status, path="/api/v2/persons")
    with pytest.raises(DeliveryFailed) as failed:
        pipedrive.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable is retryable
    assert not pipedrive_fake.leads


def test_malformed_json_and_unsuccessful_answers(pipedrive, pipedrive_fake):
    pipedrive_fake.malformed_next(path="/api/v2/organizations/search")
    with pytest.raises(DeliveryFailed) as failed:
        pipedrive.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable

    pipedrive_fake.fail_next(200, body={"success": False, "error": "odd"}, path="/api/v1/leads")
    with pytest.raises(DeliveryFailed) as failed:
        pipedrive.deliver(delivery("lead.qualified", lead()))
    assert not failed.value.retryable


def test_erasure_deletes_lead_and_person_but_keeps_the_organization(pipedrive, pipedrive_fake):
    outcome = pipedrive.deliver(delivery("lead.qualified", lead()))
    pipedrive.deliver(delivery("lead.erased", lead(), outcome.external_id))
    assert not pipedrive_fake.leads and not pipedrive_fake.persons and len(pipedrive_fake.organizations) == 1
    pipedrive.deliver(delivery("lead.erased", lead(), outcome.external_id, attempt=2))


def test_erasure_deletes_the_notes_leadbot_wrote_on_the_lead_and_leaves_sales_own(pipedrive, pipedrive_fake):
    visitor = lead(language="fr", attribution={"channel": "socketio", "page": "https://brightline.example/fr/"})
    first = pipedrive.deliver(delivery("lead.qualified", visitor))
    lead_id = first.external_id.split(":")[0]
    ours = set(pipedrive_fake.notes)  # what leadbot says of the lead (language, where they came from)
    assert ours, "the lead's facts note"
    # sales' own notes, more than one page of the lead's notes, one of them about a chat too
    own = [pipedrive_fake.add_note(lead_id, f"Call {n}: wants a quote") for n in range(500)]
    own.append(pipedrive_fake.add_note(lead_id, "Chat on the website with Dana Reyes went well"))
    pipedrive.deliver(delivery("lead.chat", {**visitor, "chat": CHAT}, first.external_id))
    pipedrive.deliver(delivery("lead.chat", {**visitor, "chat": {**CHAT, "agent": "Sam Lee"}}, first.external_id))
    assert len(pipedrive_fake.notes) == len(ours) + 503

    pipedrive.deliver(delivery("lead.erased", visitor, first.external_id))
    assert not pipedrive_fake.leads, "the lead is deleted"
    assert sorted(pipedrive_fake.notes) == sorted(own), "both chats and the facts note, with the visitor's words, are gone"
    pipedrive.deliver(delivery("lead.erased", visitor, first.external_id, attempt=2))  # a retry still succeeds
    assert sorted(pipedrive_fake.notes) == sorted(own)


def test_a_retried_erasure_passes_over_the_chat_note_the_lost_attempt_deleted(pipedrive, pipedrive_fake):
    first = pipedrive.deliver(delivery("lead.qualified", lead()))
    pipedrive.deliver(delivery("lead.chat", {**lead(), "chat": CHAT}, first.external_id))
    chat = max(pipedrive_fake.notes)
    pipedrive_fake.lose_reply_next(method="DELETE", path=f"/api/v1/notes/{chat}")
    with pytest.raises(DeliveryFailed) as lost:
        pipedrive.deliver(delivery("lead.erased", lead(), first.external_id))
    assert lost.value.retryable and chat not in pipedrive_fake.notes

    pipedrive.deliver(delivery("lead.erased", lead(), first.external_id, attempt=2))
    assert not pipedrive_fake.leads and not pipedrive_fake.persons


def test_a_mapping_file_path_is_laid_over_the_default(pipedrive_fake, session, tmp_path):
    path = tmp_path / "pipedrive.yml"
    path.write_text("lead:\n  title: {fact: display_name}\n  expected_close_date: null\n")
    pipedrive = Pipedrive(api_token=pipedrive_fake.api_token, session=session, base_url=pipedrive_fake.url,
                          mapping=str(path))
    pipedrive.deliver(delivery("lead.qualified", lead()))
    body = pipedrive_fake.calls("POST", "/api/v1/leads")[0].json()
    assert body["title"] == "Jane Doe" and "expected_close_date" not in body and body["value"]["amount"] == 30000


def test_a_chat_that_ended_is_one_note_on_the_lead_even_when_sent_again(pipedrive, pipedrive_fake):
    data = lead()
    with pytest.raises(DeliveryFailed) as early:  # before the lead exists there: tried again later
        pipedrive.deliver(delivery("lead.chat", {**data, "chat": {"lines": []}}))
    assert early.value.retryable
    first = pipedrive.deliver(delivery("lead.qualified", data))
    chat = {"agent": "Dana Reyes", "started_at": "2026-11-23T10:00:00.000Z", "ended_at": "2026-11-23T10:05:00.000Z",
            "lines": [{"from": "agent", "name": "Dana Reyes", "text": "Hi <there>"},
                      {"from": "visitor", "name": "Visitor", "text": "20k & up"}]}
    before = len(pipedrive_fake.notes)
    for attempt in (1, 2):  # the first answer lost: the retry finds the note
        pipedrive.deliver(delivery("lead.chat", {**data, "chat": chat}, first.external_id, attempt=attempt))
    [note] = list(pipedrive_fake.notes.values())[before:]
    assert note["content"] == ("<b>Chat on the website with Dana Reyes</b> (2026-11-23 10:00 – 2026-11-23 10:05 UTC)"
                               "<br><b>Dana Reyes:</b> Hi &lt;there&gt;<br><b>Visitor:</b> 20k &amp; up")
    assert note["lead_id"] == first.external_id.split(":")[0]
