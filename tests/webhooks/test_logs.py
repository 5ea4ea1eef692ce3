"""Logs carry ids, never emails, names, chat text or secrets: checked over a whole lead's life."""

from __future__ import annotations

import json
import logging

from sqlalchemy import select

from harness.fakes.webhook_receiver import scripted
from signing import LEADS_PATH, sign
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, WEBHOOK_SECRET, lead_body, rows
from webhooks.delivery.worker import Worker
from webhooks.models import Delivery


def test_a_lead_life_logs_ids_and_nothing_personal(app, client, admin, receiver, caplog):
    caplog.set_level(logging.DEBUG)
    receiver.responder = scripted((503, {}, b"jane.doe@acme.io is busy"), (400, {}, b"Jane Doe rejected"))
    worker = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])

    body = lead_body(answers=[{"question_id": "need", "text": "our SEO is terrible, call me on 555-0101"}])
    raw = json.dumps(body).encode()
    headers = sign(ACTION_SECRET, "POST", LEADS_PATH, raw)
    lead_id = client.post("/api/v1/leads", data=raw, content_type="application/json", headers=headers).get_json()["id"]
    client.post("/api/v1/leads", data=raw, content_type="application/json", headers=headers)  # a replay, refused
    client.post("/api/v1/leads", json={**body, "attributes": {"name": 5}}, headers=admin)  # invalid
    worker.run_once()  # 503
    worker.settings = worker.settings.override({"retry_schedule": [0]})
    [delivery] = rows(app, select(Delivery))
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.get(Delivery, delivery.seq).next_attempt_at = delivery.created_at
    worker.run_once()  # 400: dead
    client.patch(f"/api/v1/leads/{lead_id}", json={"status": "claimed", "owner": "U0EMEA001"}, headers=admin)
    worker.run_once()
    client.delete(f"/api/v1/leads/{lead_id}", headers=admin)
    worker.run_once()
    worker.engine.dispose()

    logged = caplog.text
    assert lead_id in logged and delivery.id in logged  # ids are there to trace the lead
    for secret_or_personal in (
        "jane", "Jane", "acme", "Acme", "SEO is terrible", "555-0101", "50k",
        ACTION_SECRET, ADMIN_KEY, WEBHOOK_SECRET, WEBHOOK_SECRET.removeprefix("whsec_"), headers["X-Leadbot-Signature"][3:],
    ):
        assert secret_or_personal not in logged, secret_or_personal
