"""A call moved by the visitor (``PUT /api/v1/leads/<id>/booking``, ``webhooks.bookings.move``) reaches the CRMs and
Slack as the first booking did: one ``lead.updated`` to each destination the lead reached, carrying the new time,
delivered by the real worker to the HubSpot and Slack fakes; SQLite and PostgreSQL."""

# ruff: noqa: F811  (the Slack tests' fixtures are imported by name and taken as arguments, as in their conftest)

from __future__ import annotations

import json
import socket
import uuid
from datetime import datetime
from typing import Any, Iterator

import pytest
import requests
from sqlalchemy import select

from harness import slack_api
from harness.fakes.hubspot import HubSpotFake
from harness.ports import free_port
from signing import sign
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, rows
from tests.webhooks.slack.conftest import (  # noqa: F401  (fixtures, shared as they are)
    alerted,
    app,
    rasa_slack,
    slack,
    worker,
)
from webhooks.models import Delivery

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


@pytest.fixture
def hubspot() -> Iterator[HubSpotFake]:
    with HubSpotFake() as fake:
        yield fake


@pytest.fixture
def config(database_url: str, slack: slack_api.Slack, rasa_slack: slack_api.RasaSlackChannel,
           hubspot: HubSpotFake) -> dict[str, Any]:
    """The Slack tests' service, with HubSpot where the default playbook's routes send an SQL lead."""
    from integrations.hubspot import HubSpot

    crm = HubSpot(token=hubspot.token, session=requests.Session(), base_url=hubspot.url)
    crm.min_interval = 0
    return {
        "TESTING": True, "database_url": database_url, "action_secret": ACTION_SECRET, "admin_api_key": ADMIN_KEY,
        "slack_signing_secret": slack_api.SIGNING_SECRET, "bot_url": rasa_slack.url,
        "integrations": {"slack": {"token": slack_api.TOKEN, "base_url": slack.api_url, "min_interval": 0}},
        "destinations": {"hubspot": crm},
        "http_timeout": 5.0, "retry_schedule": [0.05, 0.05, 0.05],
        "wake_address": ("127.0.0.1", free_port(socket.SOCK_DGRAM)), "lease_seconds": 5.0,
    }


def signed(method: str, path: str, body: bytes = b"") -> dict[str, str]:
    return {**sign(ACTION_SECRET, method, path, body), "Content-Type": "application/json"}


def slots(client: Any, lead_id: str) -> list[str]:
    path = f"/api/v1/leads/{lead_id}/slots"
    answer = client.get(path, headers=signed("GET", path))
    assert answer.status_code == 200, answer.get_json()
    return [slot["starts_at"] for slot in answer.get_json()["slots"]]


def booking(client: Any, method: str, lead_id: str, starts_at: str) -> Any:
    path = f"/api/v1/leads/{lead_id}/booking"
    body = json.dumps({"starts_at": starts_at, "time_zone": "Europe/Berlin", "request_id": uuid.uuid4().hex}).encode()
    return client.open(path, method=method, data=body, headers=signed(method, path, body))


def epoch(moment: str) -> int:
    return int(datetime.fromisoformat(moment.replace("Z", "+00:00")).timestamp())


def deal_call_at(hubspot: HubSpotFake) -> str:
    [deal] = hubspot.deals.items.values()
    return deal["properties"]["leadbot_call_at"]


def updates_of(app: Any, lead_id: str) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for row in rows(app, select(Delivery).where(Delivery.lead_id == lead_id, Delivery.event == "lead.updated")
                    .order_by(Delivery.created_at)):
        found.setdefault(row.destination, []).append(row.payload["data"]["booking"])
    return found


def test_a_moved_call_reaches_the_crm_and_slack_with_its_new_time_as_the_first_booking_did(
        app, client, slack, worker, alerted, hubspot) -> None:
    alert = alerted()
    worker.run_once()
    assert hubspot.deals.items, "the lead reached HubSpot"
    first, _, moved_to = slots(client, alert.lead_id)

    assert booking(client, "POST", alert.lead_id, first).status_code == 201
    worker.run_once()
    assert deal_call_at(hubspot) == str(epoch(first) * 1000)
    assert f"<!date^{epoch(first)}^" in json.dumps(slack.messages[(alert.channel, alert.ts)]["blocks"])
    booked = updates_of(app, alert.lead_id)
    assert {name: len(bookings) for name, bookings in booked.items()} == {"hubspot": 1, "slack": 1}

    moved = booking(client, "PUT", alert.lead_id, moved_to)
    assert moved.status_code == 200 and moved.get_json()["starts_at"] == moved_to
    updates = updates_of(app, alert.lead_id)
    assert {name: len(bookings) for name, bookings in updates.items()} == {"hubspot": 2, "slack": 2}, \
        "one update to each destination the lead reached, as for the first booking"
    assert all(bookings[-1]["starts_at"].startswith(moved_to[:16]) for bookings in updates.values())
    assert all(bookings[-1]["id"] == bookings[0]["id"] for bookings in updates.values()), "the same booking, moved"

    worker.run_once()
    assert deal_call_at(hubspot) == str(epoch(moved_to) * 1000)
    alert_blocks = json.dumps(slack.messages[(alert.channel, alert.ts)]["blocks"])
    assert f"<!date^{epoch(moved_to)}^" in alert_blocks and f"<!date^{epoch(first)}^" not in alert_blocks
    lead = client.get(f"/api/v1/leads/{alert.lead_id}", headers=ADMIN).get_json()
    assert lead["booking"]["starts_at"].startswith(moved_to[:16]) and lead["status"] == "booked"


def test_a_call_moved_to_the_time_it_already_has_tells_nobody(app, client, worker, alerted) -> None:
    alert = alerted()
    worker.run_once()
    first = slots(client, alert.lead_id)[0]
    assert booking(client, "POST", alert.lead_id, first).status_code == 201
    before = updates_of(app, alert.lead_id)
    assert booking(client, "PUT", alert.lead_id, first).status_code == 200
    assert updates_of(app, alert.lead_id) == before
