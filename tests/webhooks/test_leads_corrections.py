"""A visitor who puts an answer right (issue 14): the stored answer, the lead and the destinations all follow."""

from __future__ import annotations

from sqlalchemy import select

from tests.webhooks.api.test_leads import signed_post
from tests.webhooks.conftest import SQL_LEAD, lead_body, rows
from webhooks.models import Answer, Delivery


def conversation(budget_text: str, budget: int, source: str, **changes: object) -> dict:
    attributes = {**SQL_LEAD, "budget": {"min": budget, "max": budget, "currency": "EUR", "period": "year",
                                         "status": "stated"}}
    return lead_body("conv-fix", attributes=attributes, answers=[
        {"question_id": "company_size", "text": "about 40 people", "source": "given"},
        {"question_id": "budget", "text": budget_text, "source": source},
    ], **changes)


def test_a_corrected_answer_replaces_the_stored_one_and_destinations_hear_of_it(app, client):
    first = signed_post(client, "/api/v1/leads", conversation("about 50k a year", 50000, "given"))
    corrected = signed_post(client, "/api/v1/leads", conversation("no wait, 80k a year", 80000, "corrected"))

    assert (first.status_code, corrected.status_code) == (201, 200)
    lead = corrected.get_json()
    assert lead["answers"] == [
        {"question_id": "company_size", "text": "about 40 people", "source": "given"},
        {"question_id": "budget", "text": "no wait, 80k a year", "source": "corrected"},
    ]
    assert [(a.question_id, a.text) for a in rows(app, select(Answer).order_by(Answer.seq))] == [
        ("company_size", "about 40 people"), ("budget", "no wait, 80k a year")]  # the old answer is gone
    assert lead["attributes"]["budget"]["max"] == 80000
    deliveries = rows(app, select(Delivery).order_by(Delivery.seq))
    assert [d.event for d in deliveries] == ["lead.qualified", "lead.updated"]
    update = deliveries[-1].payload["data"]
    assert update["attributes"]["budget"]["max"] == 80000
    assert update["answers"] == lead["answers"]


def test_the_same_correction_posted_again_changes_and_sends_nothing_more(app, client, admin):
    signed_post(client, "/api/v1/leads", conversation("about 50k a year", 50000, "given"))
    signed_post(client, "/api/v1/leads", conversation("no wait, 80k a year", 80000, "corrected"))
    # (a signed repeat within the same second would be a replay: the API key posts it)
    again = client.post("/api/v1/leads", json=conversation("no wait, 80k a year", 80000, "corrected"), headers=admin)

    assert again.status_code == 200
    assert len(rows(app, select(Answer))) == 2
    assert [d.event for d in rows(app, select(Delivery))] == ["lead.qualified", "lead.updated"]


def test_an_answer_resent_without_its_source_keeps_the_source_it_had(app, client, admin):
    signed_post(client, "/api/v1/leads", conversation("about 50k a year", 50000, "confirmed"))
    plain = lead_body("conv-fix", answers=[{"question_id": "budget", "text": "about 50k a year"}])
    lead = client.post("/api/v1/leads", json={**plain, "attributes": conversation("", 50000, "given")["attributes"]},
                       headers=admin).get_json()

    assert [(a["question_id"], a["source"]) for a in lead["answers"]] == [
        ("company_size", "given"), ("budget", "confirmed")]


def test_two_answers_to_one_question_in_one_post_keep_the_last(app, client):
    body = conversation("about 50k a year", 50000, "given")
    body["answers"].append({"question_id": "budget", "text": "make that 60k", "source": "corrected"})
    lead = signed_post(client, "/api/v1/leads", body).get_json()

    assert [(a["question_id"], a["text"]) for a in lead["answers"]] == [
        ("company_size", "about 40 people"), ("budget", "make that 60k")]
    assert len(rows(app, select(Answer))) == 2
