"""The API as its callers use it: the action server (signed) and an admin (API key)."""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import select

from signing import LEADS_PATH, sign
from tests.webhooks.conftest import ACTION_SECRET, WEBSITE_KEY, lead_body, rows, table_counts
from webhooks import create_app
from webhooks.models import Answer, Consent, Delivery, Lead, StatusChange


def signed_post(client: Any, path: str, body: dict[str, Any], **headers: str) -> Any:
    raw = json.dumps(body).encode()
    return client.post(path, data=raw, content_type="application/json", headers={**sign(ACTION_SECRET, "POST", LEADS_PATH, raw), **headers})


def test_a_signed_lead_is_scored_stored_and_queued_in_one_go(app, client):
    response = signed_post(client, "/api/v1/leads", lead_body("conv-1"))

    assert response.status_code == 201
    lead = response.get_json()
    assert (lead["stage"], lead["grade"], lead["status"]) == ("sql", "A", "open")
    assert lead["score"] >= 60
    assert lead["suggested_owner"] == "U0EMEA001"
    assert lead["qualification"]["route"]["name"] == "sales_emea"
    assert lead["attributes"]["email"]["address"] == "jane.doe@acme.io"
    assert lead["answers"] == [{"question_id": "budget", "text": "about 50k for the year", "source": None}]
    assert lead["consent"][0]["granted"] is True
    # The route names slack, hubspot and webhook; only the webhook endpoint is configured here.
    assert [(d["destination"], d["event"], d["status"]) for d in lead["deliveries"]] == [
        ("webhook:ops", "lead.qualified", "pending")
    ]
    stored = rows(app, select(Lead))
    assert [(s.id, s.email, s.stage, s.conversation_id) for s in stored] == [
        (lead["id"], "jane.doe@acme.io", "sql", "conv-1")
    ]
    delivery = rows(app, select(Delivery))[0]
    assert delivery.payload["type"] == "lead.qualified"
    assert delivery.payload["data"]["id"] == lead["id"]
    assert delivery.payload["data"]["answers"] == lead["answers"]
    assert [(c.field, c.new, c.actor) for c in rows(app, select(StatusChange))] == [("status", "open", "action_server")]


def test_the_same_conversation_updates_the_lead_and_requalifies_it(app, client, admin):
    first = client.post("/api/v1/leads", headers=admin, json=lead_body(
        "conv-2", attributes={"need": {"summary": "more leads", "categories": ["lead_generation"]}},
        answers=[{"question_id": "need", "text": "more leads"}],
    ))
    assert first.status_code == 201
    assert first.get_json()["stage"] == "iql"
    assert first.get_json()["deliveries"] == []  # no route for IQLs: stored, not pushed

    second = client.post("/api/v1/leads", headers=admin, json=lead_body("conv-2"))
    assert second.status_code == 200
    body = second.get_json()
    assert body["id"] == first.get_json()["id"]
    assert body["stage"] == "sql"
    assert body["attributes"]["need"]["categories"] == ["lead_generation", "seo"]  # merged, not replaced
    assert [a["question_id"] for a in body["answers"]] == ["need", "budget"]
    assert [d["event"] for d in body["deliveries"]] == ["lead.qualified"]

    again = client.post("/api/v1/leads", headers=admin, json=lead_body("conv-2"))
    assert again.status_code == 200
    assert len(again.get_json()["deliveries"]) == 1  # a repeat changes nothing and queues nothing
    assert table_counts(app)["leads"] == 1

    budget = {**lead_body("conv-2")["attributes"], "budget": {"min": 80000, "max": 80000, "currency": "USD"}}
    changed = client.post("/api/v1/leads", headers=admin, json=lead_body("conv-2", attributes=budget))
    assert [d["event"] for d in changed.get_json()["deliveries"]] == ["lead.qualified", "lead.updated"]


def test_idempotency_key_makes_a_form_resubmission_update_the_same_lead(client, app):
    headers = {"Authorization": f"Bearer {WEBSITE_KEY}", "Idempotency-Key": "form-123"}
    body = lead_body(source="website")
    del body["conversation_id"]
    assert client.post("/api/v1/leads", json=body, headers=headers).status_code == 201
    assert client.post("/api/v1/leads", json=body, headers=headers).status_code == 200
    assert table_counts(app)["leads"] == 1


def test_round_robin_gives_each_owner_a_turn(client, admin):
    owners = [
        client.post("/api/v1/leads", json=lead_body(), headers=admin).get_json()["suggested_owner"]
        for _ in range(4)
    ]
    assert owners == ["U0EMEA001", "U0EMEA002", "U0EMEA003", "U0EMEA001"]


def test_list_filters_and_pages_with_a_cursor(client, admin):
    ids = [client.post("/api/v1/leads", json=lead_body(), headers=admin).get_json()["id"] for _ in range(5)]
    client.post("/api/v1/leads", headers=admin, json=lead_body(attributes={"need": {"categories": ["seo"]}}))
    client.patch(f"/api/v1/leads/{ids[0]}", json={"status": "claimed", "owner": "U1"}, headers=admin)

    seen, cursor = [], None
    while True:
        query = {"stage": "sql", "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/leads", query_string=query, headers=admin).get_json()
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(ids))

    claimed = client.get("/api/v1/leads?status=claimed&owner=U1", headers=admin).get_json()["items"]
    assert [item["id"] for item in claimed] == [ids[0]]
    future = client.get("/api/v1/leads?since=2999-01-01T00:00:00Z", headers=admin).get_json()
    assert future == {"items": [], "next_cursor": None}


def test_get_one_lead_and_unknown_ids(client, admin):
    lead_id = client.post("/api/v1/leads", json=lead_body(), headers=admin).get_json()["id"]
    assert client.get(f"/api/v1/leads/{lead_id}", headers=admin).get_json()["id"] == lead_id
    missing = client.get("/api/v1/leads/lead_nope", headers=admin)
    assert missing.status_code == 404
    assert missing.get_json()["error"]["fields"] == {"id": ["unknown lead id"]}
    assert client.patch("/api/v1/leads/lead_nope", json={"status": "won"}, headers=admin).status_code == 404
    assert client.delete("/api/v1/leads/lead_nope", headers=admin).status_code == 404


def test_patch_is_audited_and_tells_destinations(app, client, admin):
    lead_id = client.post("/api/v1/leads", json=lead_body(), headers=admin).get_json()["id"]
    response = client.patch(
        f"/api/v1/leads/{lead_id}", json={"status": "claimed", "owner": "U0EMEA002", "actor": "slack:U0EMEA002"},
        headers=admin,
    )
    assert response.status_code == 200
    assert (response.get_json()["status"], response.get_json()["owner"]) == ("claimed", "U0EMEA002")
    audit = [(c.field, c.old, c.new, c.actor) for c in rows(app, select(StatusChange).order_by(StatusChange.seq))]
    assert audit[1:] == [("status", "open", "claimed", "slack:U0EMEA002"), ("owner", None, "U0EMEA002", "slack:U0EMEA002")]
    updates = rows(app, select(Delivery).where(Delivery.event == "lead.updated"))
    assert [(d.destination, d.payload["data"]["status"]) for d in updates] == [("webhook:ops", "claimed")]

    same = client.patch(f"/api/v1/leads/{lead_id}", json={"status": "claimed"}, headers=admin)
    assert same.status_code == 200
    assert len(rows(app, select(Delivery))) == 2  # no change, no event


def test_delete_erases_the_person_and_queues_notices(app, client, admin):
    lead_id = client.post("/api/v1/leads", json=lead_body("conv-erase"), headers=admin).get_json()["id"]
    response = client.delete(f"/api/v1/leads/{lead_id}", headers=admin)

    assert response.status_code == 200
    assert response.get_json()["notices"] == ["webhook:ops"]
    lead = rows(app, select(Lead))[0]
    assert (lead.attributes, lead.email, lead.conversation_id, lead.erased_at is not None) == ({}, None, None, True)
    assert rows(app, select(Answer)) == [] and rows(app, select(Consent)) == []
    deliveries = rows(app, select(Delivery).order_by(Delivery.seq))
    assert [(d.event, d.status) for d in deliveries] == [("lead.qualified", "cancelled"), ("lead.erased", "pending")]
    assert deliveries[0].payload == {}
    assert deliveries[1].payload["data"] == {"id": lead_id}
    stored = json.dumps([lead.qualification, [d.payload for d in deliveries]])
    assert "jane" not in stored.lower() and "acme" not in stored.lower()

    again = client.delete(f"/api/v1/leads/{lead_id}", headers=admin)
    assert again.status_code == 200 and again.get_json()["notices"] == []
    assert client.patch(f"/api/v1/leads/{lead_id}", json={"status": "won"}, headers=admin).status_code == 409
    shown = client.get(f"/api/v1/leads/{lead_id}", headers=admin).get_json()
    assert shown["erased_at"] is not None and shown["attributes"] == {}


def test_healthz_reports_the_database(client, config):
    assert client.get("/healthz").get_json() == {"status": "ok", "database": "ok"}
    broken = create_app({**config, "database_url": "postgresql://postgres@127.0.0.1:1/none"}).test_client()
    response = broken.get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "unreachable"


def test_openapi_document_describes_the_api(client):
    document = client.get("/api/openapi.json").get_json()
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) >= {"/api/v1/leads", "/api/v1/leads/{lead_id}", "/healthz"}  # others add theirs
    lead_in = document["components"]["schemas"]["LeadIn"]
    assert set(lead_in["required"]) == {"source", "attributes"}


def test_signature_window_and_replay(app, client):
    raw = json.dumps(lead_body()).encode()
    headers = sign(ACTION_SECRET, "POST", LEADS_PATH, raw)
    assert client.post("/api/v1/leads", data=raw, content_type="application/json", headers=headers).status_code == 201
    replay = client.post("/api/v1/leads", data=raw, content_type="application/json", headers=headers)
    assert replay.status_code == 401
    assert "replay" in replay.get_json()["error"]["message"]
    stale = sign(ACTION_SECRET, "POST", LEADS_PATH, raw, timestamp=int(time.time()) - 3600)
    assert client.post("/api/v1/leads", data=raw, content_type="application/json", headers=stale).status_code == 401
    assert table_counts(app)["leads"] == 1
