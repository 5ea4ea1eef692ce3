from __future__ import annotations

import pytest

from integrations.destination import DeliveryFailed
from integrations.mapping import FieldMapping
from integrations.salesforce import Salesforce
from tests.integrations.conftest import closed_port_url, delivery, lead

API = "/services/data/v59.0/sobjects/Lead"


@pytest.fixture
def salesforce(salesforce_fake, session):
    return Salesforce(client_id=salesforce_fake.client_id, client_secret=salesforce_fake.client_secret,
                      session=session, base_url=salesforce_fake.url)


def test_qualified_lead_gets_a_token_then_creates_a_lead(salesforce, salesforce_fake):
    outcome = salesforce.deliver(delivery("lead.qualified", lead()))

    token, = salesforce_fake.calls("POST", "/services/oauth2/token")
    assert token.form() == {"grant_type": "client_credentials", "client_id": salesforce_fake.client_id,
                            "client_secret": salesforce_fake.client_secret}
    create, = salesforce_fake.calls("POST", f"{API}/")
    assert create.headers["authorization"].startswith("Bearer 00Dfake!")
    fields = create.json()
    assert fields["LastName"] == "Doe" and fields["FirstName"] == "Jane" and fields["Company"] == "Acme"
    assert fields["Email"] == "jane.doe@acme.io" and fields["Rating"] == "Hot" and fields["LeadSource"] == "Web"
    assert fields["NumberOfEmployees"] == 50 and fields["Status"] == "Open - Not Contacted"
    assert "Timing: 5/20 — 38 days" in fields["Description"]
    lead_id, = salesforce_fake.leads
    assert outcome.external_id == lead_id and lead_id.startswith("00Q")
    assert outcome.external_url == f"{salesforce_fake.url}/lightning/r/Lead/{lead_id}/view"


def test_the_token_is_cached_and_updates_patch_the_same_lead(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    second = salesforce.deliver(delivery("lead.updated", lead(status="claimed", owner="U0BOB"), first.external_id))

    assert second.external_id == first.external_id
    assert len(salesforce_fake.calls("POST", "/services/oauth2/token")) == 1
    assert len(salesforce_fake.calls("POST", f"{API}/")) == 1 and len(salesforce_fake.leads) == 1
    patch, = salesforce_fake.calls("PATCH", f"{API}/{first.external_id}")
    assert patch.json()["Status"] == "Working - Contacted"
    assert salesforce_fake.leads[first.external_id]["Status"] == "Working - Contacted"


def test_an_expired_session_fetches_one_new_token_and_goes_on(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    salesforce_fake.expire_tokens()
    salesforce_fake.clear_requests()
    salesforce.deliver(delivery("lead.updated", lead(status="booked"), first.external_id))

    refused, token, repeated, *_ = salesforce_fake.requests
    assert token.path == "/services/oauth2/token"
    assert (refused.method, refused.path) == (repeated.method, repeated.path)
    assert refused.headers["authorization"] != repeated.headers["authorization"]
    assert len(salesforce_fake.calls("PATCH", API)) == 1


def test_a_401_after_a_fresh_token_is_not_retried(salesforce, salesforce_fake):
    salesforce_fake.fail_next(401, path=API, times=2)
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(delivery("lead.qualified", lead()))
    assert failed.value.status == 401 and not failed.value.retryable
    assert len(salesforce_fake.calls("POST", "/services/oauth2/token")) == 2
    assert not salesforce_fake.leads


def test_bad_client_credentials_are_not_retried(salesforce_fake, session):
    salesforce = Salesforce(client_id="wrong", client_secret="nope", session=session, base_url=salesforce_fake.url)
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(delivery("lead.qualified", lead()))
    assert failed.value.status == 400 and not failed.value.retryable and "invalid_client" in str(failed.value)


def test_a_duplicate_rule_match_updates_the_existing_lead(salesforce, salesforce_fake):
    salesforce_fake.leads["00Q000000000000999"] = {"Id": "00Q000000000000999", "LastName": "Doe",
                                                   "Company": "Acme", "Email": "JANE.DOE@acme.io"}
    outcome = salesforce.deliver(delivery("lead.qualified", lead()))

    assert outcome.external_id == "00Q000000000000999"
    assert len(salesforce_fake.leads) == 1
    assert "Timing: 5/20" in salesforce_fake.leads["00Q000000000000999"]["Description"]
    assert "Rating" not in salesforce_fake.leads["00Q000000000000999"], "a Lead that existed is sales' to rate"
    assert [r.method for r in salesforce_fake.calls(path=API) if r.method != "GET"] == ["POST", "PATCH"]


def test_a_duplicate_of_a_contact_only_is_refused_not_duplicated(salesforce, salesforce_fake):
    salesforce_fake.add_contact("jane.doe@acme.io")
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(delivery("lead.qualified", lead()))
    assert not failed.value.retryable and "DUPLICATES_DETECTED" in str(failed.value)
    assert not salesforce_fake.leads


def test_required_fields_fall_back_when_the_visitor_gave_no_name_or_company(salesforce, salesforce_fake):
    salesforce.deliver(delivery("lead.qualified", lead(attributes={"name": None, "company": None})))
    salesforce.deliver(delivery("lead.qualified", lead(
        id="lead-2", attributes={"name": None, "company": None,
                                 "email": {"address": "someone@gmail.com", "free_mail": True}})))

    first, second = (c.json() for c in salesforce_fake.calls("POST", f"{API}/"))
    assert first["LastName"] == "[not provided]" and first["Company"] == "acme.io"
    assert "FirstName" not in first
    assert second["LastName"] == "[not provided]" and second["Company"] == "[not provided]"


def test_long_visitor_text_is_cut_to_the_field_lengths(salesforce, salesforce_fake):
    salesforce.deliver(delivery("lead.qualified", lead(attributes={"name": "Jane " + "X" * 500,
                                                                   "company": "C" * 1000})))
    lead_record, = salesforce_fake.leads.values()
    assert len(lead_record["LastName"]) == 80 and len(lead_record["Company"]) == 255


@pytest.mark.parametrize("status, retryable", [(429, True), (500, True), (503, True), (400, False), (404, False)])
def test_status_codes_are_classified(salesforce, salesforce_fake, status, retryable):
    salesforce_fake.fail_next(status, path=API, headers={"Retry-After": "3"} if status == 429 else None)
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable is retryable and failed.value.status == status
    assert failed.value.retry_after == (3 if status == 429 else None)


def test_the_daily_api_limit_is_worth_waiting_for(salesforce, salesforce_fake):
    salesforce_fake.fail_next(403, path=API, body=[{"message": "TotalRequests Limit exceeded.",
                                                    "errorCode": "REQUEST_LIMIT_EXCEEDED"}])
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable and failed.value.status == 403


def test_malformed_json_is_retryable(salesforce, salesforce_fake):
    salesforce_fake.malformed_next(201, path=API)
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable and "malformed JSON" in str(failed.value)


def test_connection_refused_is_retryable(session):
    salesforce = Salesforce(client_id="a", client_secret="b", session=session, base_url=closed_port_url(), timeout=2)
    with pytest.raises(DeliveryFailed) as failed:
        salesforce.deliver(delivery("lead.qualified", lead()))
    assert failed.value.retryable


def test_erasure_deletes_the_lead_and_tolerates_it_being_gone(salesforce, salesforce_fake):
    outcome = salesforce.deliver(delivery("lead.qualified", lead()))
    salesforce.deliver(delivery("lead.erased", lead(), outcome.external_id))
    assert not salesforce_fake.leads
    salesforce.deliver(delivery("lead.erased", lead(), outcome.external_id, attempt=2))
    assert len(salesforce_fake.calls("DELETE", API)) == 2


def test_mapping_overrides_from_yaml(salesforce_fake, session):
    mapping = FieldMapping.load("salesforce", {"settings": {"api_version": "58.0"},
                                               "lead": {"LeadSource": {"value": "Chatbot"}, "Description": None}})
    salesforce = Salesforce(client_id=salesforce_fake.client_id, client_secret=salesforce_fake.client_secret,
                            session=session, base_url=salesforce_fake.url, mapping=mapping)
    salesforce.deliver(delivery("lead.qualified", lead()))
    create, = salesforce_fake.calls("POST", "/services/data/v58.0/sobjects/Lead/")
    assert create.json()["LeadSource"] == "Chatbot" and "Description" not in create.json()


def test_the_duplicate_result_is_read_under_its_misspelt_key_too(salesforce, salesforce_fake):
    salesforce_fake.leads["00Q000000000000777"] = {"Id": "00Q000000000000777", "LastName": "Doe", "Company": "Acme"}
    salesforce_fake.fail_next(400, path=API, method="POST", body=[{
        "duplicateResut": {"allowSave": False, "matchResults": [{"entityType": "Lead", "matchRecords": [
            {"record": {"attributes": {"type": "Lead"}, "Id": "00Q000000000000777"}}]}]},
        "errorCode": "DUPLICATES_DETECTED", "message": "Use one of these records?"}])
    assert salesforce.deliver(delivery("lead.qualified", lead())).external_id == "00Q000000000000777"
    assert salesforce_fake.leads["00Q000000000000777"]["Email"] == "jane.doe@acme.io"


CHAT = {"agent": "Dana Reyes", "started_at": "2026-11-23T10:00:07.000Z", "ended_at": "2026-11-23T10:05:00.000Z",
        "lines": [{"from": "agent", "name": "Dana Reyes", "text": "Hi <there>, it's Dana"},
                  {"from": "visitor", "name": "Visitor", "text": "20k & up"}]}


def test_a_chat_that_ended_is_one_completed_task_on_the_lead_even_when_sent_again(salesforce, salesforce_fake):
    data = lead()
    with pytest.raises(DeliveryFailed) as early:  # before the Lead exists there: tried again later
        salesforce.deliver(delivery("lead.chat", {**data, "chat": CHAT}))
    assert early.value.retryable and not salesforce_fake.tasks
    first = salesforce.deliver(delivery("lead.qualified", data))
    for attempt in (1, 2):  # the first answer lost: the retry finds the Task
        outcome = salesforce.deliver(delivery("lead.chat", {**data, "chat": CHAT}, first.external_id, attempt=attempt))
        assert outcome.external_id is None, "the Lead's record stays as it was"
    [task] = salesforce_fake.tasks.values()
    assert task["WhoId"] == first.external_id and task["Status"] == "Completed" and task["TaskSubtype"] == "Task"
    assert task["Subject"] == "Chat on the website with Dana Reyes (2026-11-23 10:00:07 UTC)"
    assert task["ActivityDate"] == "2026-11-23"
    assert task["Description"] == ("Chat on the website with Dana Reyes (2026-11-23 10:00 – 2026-11-23 10:05 UTC)\n"
                                   "Dana Reyes: Hi <there>, it's Dana\nVisitor: 20k & up")


def test_a_chat_longer_than_a_tasks_comments_is_cut_with_a_line_saying_so(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    lines = [{"from": "visitor", "name": "Visitor", "text": f"line {n} " + "x" * 990} for n in range(40)]
    salesforce.deliver(delivery("lead.chat", {**lead(), "chat": {**CHAT, "lines": lines}}, first.external_id))
    [task] = salesforce_fake.tasks.values()
    assert len(task["Description"]) == 32000 and task["Description"].endswith("\n(the rest is in leadbot)")


def test_erasing_the_lead_takes_its_chat_task_with_it(salesforce, salesforce_fake):
    first = salesforce.deliver(delivery("lead.qualified", lead()))
    salesforce.deliver(delivery("lead.chat", {**lead(), "chat": CHAT}, first.external_id))
    assert salesforce_fake.tasks
    salesforce.deliver(delivery("lead.erased", lead(), first.external_id))
    assert not salesforce_fake.leads and not salesforce_fake.tasks
