"""Taking in leads, on the fast path: what one POST stores, races between duplicates, and turns.

A new lead is written by Core statements (on PostgreSQL a single INSERT with
CTEs) instead of the ORM; these tests hold that path to the same result as
reading the lead back, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import threading
from typing import Any

from sqlalchemy import func, select

from signing import LEADS_PATH, sign
from tests.webhooks.conftest import ACTION_SECRET, WEBHOOK_SECRET, lead_body, rows, table_counts
from webhooks import create_app
from webhooks.models import Answer, Consent, Delivery, Lead, StatusChange, UsedNonce


def signed(client: Any, body: dict[str, Any], **headers: str) -> Any:
    raw = json.dumps(body).encode()
    return client.post("/api/v1/leads", data=raw, content_type="application/json",
                       headers={**sign(ACTION_SECRET, "POST", LEADS_PATH, raw), **headers})


def test_what_a_new_lead_answers_is_what_was_stored(config, receiver, admin):
    config["webhook_endpoints"] = {
        "ops": {"url": receiver.url, "secret": WEBHOOK_SECRET},
        "crm": {"url": receiver.url + "/crm", "secret": WEBHOOK_SECRET},
    }
    app = create_app(config)
    client = app.test_client()
    body = lead_body(
        "conv-many",
        answers=[{"question_id": q, "text": f"answer to {q}"} for q in ("budget", "timing", "need")],
        consent=[
            {"purpose": "contact", "granted": True, "wording": "You may contact me."},
            {"purpose": "marketing_email", "granted": False, "given_at": "2026-11-20T09:30:00+01:00"},
        ],
        booking={"starts_at": "2026-12-01T10:00:00Z", "owner": "U0EMEA002"},
    )
    created = signed(client, body)
    assert created.status_code == 201, created.get_json()
    answered = created.get_json()

    stored = client.get(f"/api/v1/leads/{answered['id']}", headers=admin).get_json()
    assert answered == stored  # the in-memory answer is exactly what a read gives back
    assert [(a["question_id"], a["text"]) for a in stored["answers"]] == [
        ("budget", "answer to budget"), ("timing", "answer to timing"), ("need", "answer to need")
    ]
    assert [(c["purpose"], c["granted"], c["given_at"]) for c in stored["consent"]][1] == (
        "marketing_email", False, "2026-11-20T08:30:00.000Z"
    )
    assert sorted(d["destination"] for d in stored["deliveries"]) == ["webhook:crm", "webhook:ops"]
    assert stored["booking"]["starts_at"] == "2026-12-01T10:00:00.000Z"

    deliveries = rows(app, select(Delivery).order_by(Delivery.seq))
    assert {d.payload["data"]["id"] for d in deliveries} == {answered["id"]}
    assert all(d.payload["data"]["answers"] == stored["answers"] for d in deliveries)
    assert [(c.field, c.new, c.actor) for c in rows(app, select(StatusChange))] == [("status", "open", "action_server")]
    assert len(rows(app, select(UsedNonce))) == 1  # the signature was remembered in the same commit
    [lead] = rows(app, select(Lead))
    assert lead.state_digest and lead.created_at == lead.updated_at and lead.owner is None
    app.extensions["leadbot.db"][0].dispose()


def test_a_new_lead_without_route_or_answers_is_stored_with_no_delivery(app, client, admin):
    body = lead_body(attributes={"need": {"summary": "more leads", "categories": ["lead_generation"]}}, answers=[], consent=[])
    response = client.post("/api/v1/leads", json=body, headers=admin)
    assert response.status_code == 201
    assert response.get_json()["deliveries"] == [] and response.get_json()["answers"] == []
    counts = table_counts(app)
    assert (counts["leads"], counts["answers"], counts["consents"], counts["deliveries"], counts["status_changes"]) == (
        1, 0, 0, 0, 1
    )


def test_concurrent_duplicates_make_one_lead(app, admin):
    """Eight first requests for one conversation at once: one lead, one create, one delivery."""
    barrier = threading.Barrier(8)
    statuses: list[int] = []
    ids: set[str] = set()
    lock = threading.Lock()

    def send(index: int) -> None:
        client = app.test_client()
        body = lead_body("conv-race", answers=[{"question_id": "budget", "text": "about 50k for the year"}])
        if index % 2:
            headers = {**admin, "Idempotency-Key": "race-key"}
        else:
            headers = admin
        barrier.wait()
        response = client.post("/api/v1/leads", json=body, headers=headers)
        with lock:
            statuses.append(response.status_code)
            if response.status_code in (200, 201):
                ids.add(response.get_json()["id"])

    threads = [threading.Thread(target=send, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [200] * 7 + [201]
    assert len(ids) == 1
    engine = app.extensions["leadbot.db"][0]
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Lead)).scalar_one() == 1
        assert connection.execute(select(func.count()).select_from(Answer)).scalar_one() == 1
        assert connection.execute(select(func.count()).select_from(Delivery)).scalar_one() == 1
        assert connection.execute(select(func.count()).select_from(Consent)).scalar_one() == 1


def test_repeats_do_not_use_up_round_robin_turns(client, admin):
    first = client.post("/api/v1/leads", json=lead_body("conv-a"), headers=admin).get_json()
    for _ in range(3):
        again = client.post("/api/v1/leads", json=lead_body("conv-a"), headers=admin)
        assert again.status_code == 200 and again.get_json()["suggested_owner"] == first["suggested_owner"]
    second = client.post("/api/v1/leads", json=lead_body("conv-b"), headers=admin).get_json()
    assert (first["suggested_owner"], second["suggested_owner"]) == ("U0EMEA001", "U0EMEA002")


def test_a_replay_inside_the_lead_transaction_writes_nothing(app, client):
    raw = json.dumps(lead_body("conv-replay")).encode()
    headers = sign(ACTION_SECRET, "POST", LEADS_PATH, raw)
    assert client.post("/api/v1/leads", data=raw, content_type="application/json", headers=headers).status_code == 201
    before = table_counts(app)
    # The same signed request again: refused as a replay, and nothing is written.
    replay = client.post("/api/v1/leads", data=raw, content_type="application/json", headers=headers)
    assert replay.status_code == 401 and "replay" in replay.get_json()["error"]["message"]
    assert table_counts(app) == before
    assert len(rows(app, select(UsedNonce))) == 1


def test_an_invalid_signed_lead_does_not_use_up_its_signature(app, client):
    """The nonce joins the lead's transaction: a refused body leaves nothing behind, not even the nonce."""
    raw = json.dumps(lead_body(attributes={"industry": "crypto"})).encode()
    headers = sign(ACTION_SECRET, "POST", LEADS_PATH, raw)
    response = client.post("/api/v1/leads", data=raw, content_type="application/json", headers=headers)
    assert response.status_code == 422
    assert rows(app, select(UsedNonce)) == []
    assert table_counts(app)["leads"] == 0


def test_consent_is_recorded_when_it_changes_not_on_every_repeat(client, admin):
    grant = [{"purpose": "marketing_email", "granted": True, "wording": "Send me news."}]
    lead_id = client.post("/api/v1/leads", json=lead_body("conv-consent", consent=grant), headers=admin).get_json()["id"]
    client.post("/api/v1/leads", json=lead_body("conv-consent", consent=grant), headers=admin)
    revoke = [{"purpose": "marketing_email", "granted": False, "wording": "Send me news."}]
    latest = client.post("/api/v1/leads", json=lead_body("conv-consent", consent=revoke), headers=admin).get_json()
    assert latest["id"] == lead_id
    assert [(c["purpose"], c["granted"]) for c in latest["consent"]] == [("marketing_email", True), ("marketing_email", False)]


def test_now_and_then_a_signed_lead_forgets_expired_nonces(app, client, monkeypatch):
    """The nonce is taken in the lead's own statement; the occasional sweep of expired ones still runs."""
    from datetime import timedelta

    from webhooks import auth
    from webhooks.models import utcnow

    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.add(UsedNonce(nonce="expired-long-ago", expires_at=utcnow() - timedelta(hours=1)))
        session.add(UsedNonce(nonce="still-valid", expires_at=utcnow() + timedelta(hours=1)))
    monkeypatch.setattr(auth.random, "random", lambda: 0.0)  # this request is the one in a hundred
    assert signed(client, lead_body("conv-sweep")).status_code == 201
    left = {n.nonce for n in rows(app, select(UsedNonce))}
    assert "expired-long-ago" not in left and "still-valid" in left and len(left) == 2
