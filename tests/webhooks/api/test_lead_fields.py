"""A lead's language, where the visitor came from, and how each answer came to be known (issues 14-16):
taken in, stored, given back, and sent on; refused whole when wrong; optional for sources that do not send them."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from sqlalchemy import select

from qualification.playbook_file import read_yaml
from tests.webhooks.api.test_leads import signed_post
from tests.webhooks.conftest import lead_body, rows, table_counts
from webhooks import create_app
from webhooks.delivery.worker import Worker
from webhooks.models import Answer, Delivery, Lead

ATTRIBUTION = {
    "channel": "socketio",
    "page": "https://brightline.example/pricing?utm_source=linkedin&utm_campaign=q1-dach",
    "referrer": "https://www.linkedin.com/",
    "utm": {"source": "linkedin", "medium": "paid_social", "campaign": "q1-dach", "term": "lead gen",
            "content": "carousel-2"},
}
ANSWERS = [
    {"question_id": "budget", "text": "etwa 25.000 € pro Jahr", "source": "given"},
    {"question_id": "company_size", "text": "wir sind rund 40 Leute", "source": "confirmed"},
    {"question_id": "timing", "text": "Ende des ersten Quartals", "source": "heard"},
    {"question_id": "need", "text": "mehr Leads aus SEO", "source": "chat"},
]


def german_lead(conversation_id: str, **changes: Any) -> dict[str, Any]:
    return lead_body(conversation_id, **{"language": "de", "attribution": ATTRIBUTION, "answers": ANSWERS, **changes})


def test_language_attribution_and_answer_sources_are_stored_returned_and_sent_on(app, client):
    response = signed_post(client, "/api/v1/leads", german_lead("conv-de-1"))

    assert response.status_code == 201, response.get_json()
    lead = response.get_json()
    assert lead["language"] == "de"
    assert lead["attribution"] == ATTRIBUTION
    assert [(a["question_id"], a["source"]) for a in lead["answers"]] == [
        ("budget", "given"), ("company_size", "confirmed"), ("timing", "heard"), ("need", "chat")]
    (stored,) = rows(app, select(Lead))
    assert (stored.language, stored.attribution) == ("de", ATTRIBUTION)
    assert [(a.question_id, a.text, a.source) for a in rows(app, select(Answer).order_by(Answer.seq))] == [
        (a["question_id"], a["text"], a["source"]) for a in ANSWERS]
    (delivery,) = rows(app, select(Delivery))
    data = delivery.payload["data"]
    assert (data["language"], data["attribution"], data["answers"]) == ("de", ATTRIBUTION, lead["answers"])


def test_the_signed_webhook_receives_language_attribution_and_sources(app, client, receiver):
    lead = signed_post(client, "/api/v1/leads", german_lead("conv-de-hook")).get_json()
    worker = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    try:
        assert worker.run_once() == 1
    finally:
        worker.engine.dispose()

    [got] = receiver.accepted
    data = got.payload["data"]
    assert (data["id"], data["language"], data["attribution"]) == (lead["id"], "de", ATTRIBUTION)
    assert [a["source"] for a in data["answers"]] == ["given", "confirmed", "heard", "chat"]


def test_a_read_of_the_lead_gives_the_same_fields_as_the_post(app, client, admin):
    created = signed_post(client, "/api/v1/leads", german_lead("conv-de-2")).get_json()
    read = client.get(f"/api/v1/leads/{created['id']}", headers=admin).get_json()
    listed = client.get("/api/v1/leads", headers=admin).get_json()["items"][0]

    for key in ("language", "attribution", "answers"):
        assert read[key] == created[key]
    assert (listed["language"], listed["attribution"]) == ("de", ATTRIBUTION)


def test_a_lead_without_the_new_fields_is_taken_as_before(app, client, admin):
    response = client.post("/api/v1/leads", json=lead_body("conv-plain"), headers=admin)

    assert response.status_code == 201
    lead = response.get_json()
    assert (lead["language"], lead["attribution"]) == (None, None)
    assert lead["answers"] == [{"question_id": "budget", "text": "about 50k for the year", "source": None}]


def test_empty_attribution_values_are_left_out_rather_than_stored(app, client, admin):
    body = lead_body("conv-empty", attribution={"channel": "socketio", "page": "https://brightline.example/",
                                                "referrer": "", "utm": {"source": "", "campaign": None}})
    lead = client.post("/api/v1/leads", json=body, headers=admin).get_json()
    assert lead["attribution"] == {"channel": "socketio", "page": "https://brightline.example/"}
    nothing = client.post("/api/v1/leads", json=lead_body("conv-none", attribution={"referrer": ""}),
                          headers=admin).get_json()
    assert nothing["attribution"] is None


def test_a_later_post_switches_the_language_but_keeps_where_the_conversation_began(app, client, admin):
    signed_post(client, "/api/v1/leads", german_lead("conv-switch"))
    elsewhere = {**ATTRIBUTION, "page": "https://brightline.example/contact", "utm": {"campaign": "other"}}
    later = client.post("/api/v1/leads", headers=admin, json={
        **german_lead("conv-switch"), "language": "en", "attribution": elsewhere, "source": "bot"})
    silent = client.post("/api/v1/leads", headers=admin, json={
        key: value for key, value in german_lead("conv-switch").items() if key not in ("language", "attribution")})

    assert later.status_code == 200, later.get_json()
    assert (later.get_json()["language"], later.get_json()["attribution"]) == ("en", ATTRIBUTION)
    assert (silent.get_json()["language"], silent.get_json()["attribution"]) == ("en", ATTRIBUTION)


def test_an_attribution_sent_only_later_is_stored_then(app, client, admin):
    client.post("/api/v1/leads", json=lead_body("conv-late"), headers=admin)
    later = client.post("/api/v1/leads", json=lead_body("conv-late", attribution=ATTRIBUTION), headers=admin)
    assert later.get_json()["attribution"] == ATTRIBUTION


@pytest.mark.parametrize(
    "change, field",
    [
        ({"language": "German"}, "language"),
        ({"language": "DE"}, "language"),
        ({"language": "de-DE"}, "language"),
        ({"language": "xx"}, "language"),  # two lower-case letters, but no language
        ({"language": "deu"}, "language"),  # ISO 639-2/3, not 639-1
        ({"language": 49}, "language"),
        ({"language": ""}, "language"),
        ({"attribution": "linkedin"}, "attribution"),
        ({"attribution": {"page": "https://x.example/" + "a" * 2000}}, "attribution.page"),
        ({"attribution": {"referrer": "https://x.example/" + "a" * 2000}}, "attribution.referrer"),
        ({"attribution": {"channel": "c" * 41}}, "attribution.channel"),
        ({"attribution": {"utm": {"campaign": "c" * 201}}}, "attribution.utm.campaign"),
        ({"attribution": {"utm": {"campaign": 5}}}, "attribution.utm.campaign"),
        ({"attribution": {"utm": {"gclid": "abc"}}}, "attribution.utm.gclid"),
        ({"attribution": {"utm": "linkedin"}}, "attribution.utm"),
        ({"attribution": {"page": "https://x.example/\x00"}}, "attribution.page"),
        ({"attribution": {"ip": "10.0.0.1"}}, "attribution.ip"),
        ({"answers": [{"question_id": "budget", "text": "50k", "source": "guessed"}]}, "answers.0.source"),
        ({"answers": [{"question_id": "budget", "text": "50k", "source": "GIVEN"}]}, "answers.0.source"),
        ({"answers": [{"question_id": "budget", "text": "50k", "source": 1}]}, "answers.0.source"),
    ],
)
def test_a_wrong_language_attribution_or_answer_source_is_422_and_nothing_changes(app, client, admin, change, field):
    assert client.post("/api/v1/leads", json=german_lead("conv-kept"), headers=admin).status_code == 201
    before = table_counts(app)
    stored = client.get("/api/v1/leads", headers=admin).get_json()["items"][0]

    response = client.post("/api/v1/leads", json={**german_lead("conv-kept"), **change}, headers=admin)

    assert response.status_code == 422, response.get_json()
    named = response.get_json()["error"]["fields"]
    assert any(name == field or name.startswith(f"{field}.") for name in named), named
    assert table_counts(app) == before
    assert client.get("/api/v1/leads", headers=admin).get_json()["items"][0] == stored


def test_the_openapi_document_describes_the_new_fields(client):
    schemas = client.get("/api/openapi.json").get_json()["components"]["schemas"]
    lead_in, lead_out = schemas["LeadIn"]["properties"], schemas["LeadOut"]["properties"]
    assert {"language", "attribution"} <= set(lead_in) and {"language", "attribution"} <= set(lead_out)
    answer = schemas["Answer"]["properties"]["source"]
    assert set(answer["enum"]) >= {"given", "confirmed", "heard", "chat"}


def test_a_german_lead_is_routed_to_the_dach_team_and_stays_there(config, tmp_path, admin):
    data = read_yaml(open(config["playbook_path"], encoding="utf-8").read())
    data["routing"]["routes"].insert(0, {"name": "sales_dach", "match": {"stages": ["sql", "pql"], "languages": ["de"]},
                                         "slack_channel": "#sales-dach", "owners": ["U0EMEA002"],
                                         "destinations": ["webhook"]})
    path = tmp_path / "dach.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    app = create_app({**config, "playbook_path": str(path)})
    try:
        client = app.test_client()
        german = signed_post(client, "/api/v1/leads", german_lead("conv-dach")).get_json()
        english = signed_post(client, "/api/v1/leads", lead_body("conv-en", language="en")).get_json()
        # a later POST that does not repeat the language is routed by the one stored
        repeat = client.post("/api/v1/leads", headers=admin, json=lead_body("conv-dach", answers=ANSWERS)).get_json()
    finally:
        app.extensions["leadbot.db"][0].dispose()

    assert (german["qualification"]["route"]["name"], german["suggested_owner"]) == ("sales_dach", "U0EMEA002")
    assert english["qualification"]["route"]["name"] == "sales_emea"
    assert repeat["qualification"]["route"]["name"] == "sales_dach"


def test_erasing_the_lead_forgets_where_the_visitor_came_from(app, client, admin):
    attribution = {**ATTRIBUTION, "page": "https://brightline.example/?email=jane.doe%40acme.io"}
    lead = signed_post(client, "/api/v1/leads", german_lead("conv-erase", attribution=attribution)).get_json()
    assert client.delete(f"/api/v1/leads/{lead['id']}", headers=admin).status_code == 200

    (stored,) = rows(app, select(Lead))
    assert (stored.attribution, stored.language) == (None, None)
    assert rows(app, select(Answer)) == []
