"""Fakes as fixtures, and leads as the service would send them."""

from __future__ import annotations

import copy
import socket
from typing import Any, Iterator

import pytest
import requests

from harness.fakes.hubspot import HubSpotFake
from harness.fakes.pipedrive import PipedriveFake
from harness.fakes.salesforce import SalesforceFake
from harness.fakes.slack import SlackFake
from integrations.destination import Push

LEAD: dict[str, Any] = {
    "id": "lead-7f3a",
    "source": "bot",
    "conversation_id": "conv-1",
    "status": "open",
    "owner": None,
    "suggested_owner": "U0ALICE",
    "stage": "sql",
    "score": 82,
    "grade": "A",
    "attributes": {
        "budget": {"min": 20000, "max": 30000, "currency": "USD", "period": "one_time", "status": "stated"},
        "authority": {"title": "VP of Marketing", "seniority": "vp", "role": "decision_maker"},
        "need": {"summary": "our SEO is terrible", "categories": ["seo"]},
        "timing": {"horizon_days": 38, "target_date": "2026-12-31", "status": "stated"},
        "company_size": {"min": 10, "max": 50},
        "industry": "fintech",
        "location": {"country": "DE", "city": "Berlin"},
        "tech_stack": ["salesforce", "marketo"],
        "email": {"address": "jane.doe@acme.io", "free_mail": False},
        "name": "Jane Doe",
        "company": "Acme",
    },
    # as qualification.Qualification.to_dict() gives it
    "qualification": {
        "stage": "sql",
        "score": 82,
        "grade": "A",
        "fit": 80.0,
        "bant": [
            {"letter": "budget", "points": 21, "max_points": 30, "reason": "20,000–30,000 USD: at least 20,000 USD"},
            {"letter": "authority", "points": 24, "max_points": 25, "reason": "VP signs off"},
            {"letter": "need", "points": 25, "max_points": 25, "reason": "SEO is a service we sell"},
            {"letter": "timing", "points": 5, "max_points": 20, "reason": "38 days is beyond the 30-day window"},
        ],
        "icp": [
            {"name": "Target industry", "met": True, "weight": 30.0, "reason": "fintech"},
            {"name": "Market we serve", "met": True, "weight": 20.0, "reason": "DE"},
            {"name": "Company size", "met": False, "weight": 25.0, "reason": "about 30 people: outside 50-500 people"},
            {"name": "Annual revenue", "met": None, "weight": 15.0, "reason": "revenue unknown"},
        ],
        "reasons": ["BANT score 82 reaches 60", "ICP grade A meets B"],
        "route": {"name": "sales_emea", "slack_channel": "C0LEADS", "owners": ["U0ALICE", "U0BOB"],
                  "destinations": ["slack", "hubspot", "salesforce", "pipedrive"]},
        "next_question": None,
    },
    "answers": [
        {"question_id": "budget", "text": "about 20-30k"},
        {"question_id": "timing", "text": "before new year"},
    ],
    "booking": None,
    "created_at": "2026-11-23T10:00:00Z",
    "updated_at": "2026-11-23T10:00:00Z",
}


def lead(**changes: Any) -> dict[str, Any]:
    """A copy of LEAD; ``attributes``/``qualification`` given here are merged key by key."""
    data = copy.deepcopy(LEAD)
    for key in ("attributes", "qualification"):
        if key in changes:
            data[key] = {k: v for k, v in {**data[key], **changes.pop(key)}.items() if v is not None}
    data.update(changes)
    return data


def delivery(event: str, data: dict[str, Any], external_id: str | None = None, attempt: int = 1) -> Push:
    payload = {"type": event, "timestamp": "2026-11-23T10:00:01Z", "data": data}
    if event == "lead.erased":
        payload["data"] = {"id": data["id"]}
    return Push(id=f"d-{event}-{attempt}", lead_id=data["id"], event=event, payload=payload,
                    external_id=external_id, attempt=attempt)


def closed_port_url() -> str:
    """A loopback URL where nothing listens: connection refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


@pytest.fixture
def hubspot_fake() -> Iterator[HubSpotFake]:
    """A portal set up as the README says (the custom properties exist)."""
    with HubSpotFake() as fake:
        yield fake


@pytest.fixture
def fresh_hubspot() -> Iterator[HubSpotFake]:
    """A portal nobody has set up: no leadbot_* properties."""
    with HubSpotFake(set_up=False) as fake:
        yield fake


@pytest.fixture
def salesforce_fake() -> Iterator[SalesforceFake]:
    with SalesforceFake() as fake:
        yield fake


@pytest.fixture
def pipedrive_fake() -> Iterator[PipedriveFake]:
    with PipedriveFake() as fake:
        yield fake


@pytest.fixture
def slack_fake() -> Iterator[SlackFake]:
    with SlackFake() as fake:
        yield fake
