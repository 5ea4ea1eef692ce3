"""Everything a stranger can send: each gets a clear 4xx naming the problem, and nothing is written."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from signing import LEADS_PATH, SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from tests.webhooks.conftest import ACTION_SECRET, WEBSITE_KEY, lead_body, table_counts


@pytest.fixture
def before(app: Any, client: Any, admin: dict[str, str]) -> dict[str, int]:
    """One lead already stored, so "nothing written" also means "nothing changed"."""
    assert client.post("/api/v1/leads", json=lead_body("existing"), headers=admin).status_code == 201
    return table_counts(app)


def post(client: Any, raw: bytes | str, headers: dict[str, str]) -> Any:
    return client.post("/api/v1/leads", data=raw, content_type="application/json", headers=headers)


@pytest.mark.parametrize(
    "raw, message",
    [
        (b'{"source": "bot", "attributes": {', "not valid JSON at line 1"),
        (b"", "body is empty"),
        (b"[1, 2]", "must be a JSON object"),
        (b"\xff\xfe{}", "not valid JSON"),
        # Python's json accepts these; JSON does not, and PostgreSQL would refuse to store them (a 500 before).
        (b'{"source": "bot", "attributes": {"favourite": NaN}}', "not valid JSON"),
        (b'{"source": "bot", "attributes": {"extra": {"x": -Infinity}}}', "not valid JSON"),
        (b'{"source": "bot", "attributes": {}, "answers": [{"question_id": "q", "text": "\\ud800"}]}', "surrogate"),
        # A RecursionError and an OverflowError before: 500s.
        (b'{"source": "bot", "attributes": {"extra": ' + b"[" * 10_000 + b"]" * 10_000 + b"}}", "deeper than 32"),
        (b'{"source": "bot", "attributes": {"extra": ' + b"[" * 40 + b"]" * 40 + b"}}", "deeper than 32"),
        (b'{"source": "bot", "attributes": {"budget": {"min": ' + b"9" * 4000 + b"}}}", "more than 18 digits"),
        (b'{"source": "bot", "attributes": {"budget": {"min": 1' + b"0" * 400 + b'.5}}}', "too large"),
        (b'{"source": "bot", "attributes": {"extra": 1e400}}', "too large"),
    ],
)
def test_malformed_bodies_are_400(app, client, admin, before, raw, message):
    response = post(client, raw, admin)
    assert response.status_code == 400
    assert message in response.get_json()["error"]["message"]
    assert table_counts(app) == before


@pytest.mark.parametrize(
    "change, field",
    [
        ({"source": 7}, "source"),
        ({"source": "Not A Source!"}, "source"),
        ({"attributes": "rich"}, "attributes"),
        ({"answers": [{"question_id": "budget", "text": 50}]}, "answers.0.text"),
        ({"answers": [{"question_id": "budget"}]}, "answers.0.text"),
        ({"consent": [{"purpose": "contact", "granted": "yes"}]}, "consent.0.granted"),
        ({"booking": {"starts_at": "next tuesday"}}, "booking.starts_at"),
        ({"signals": {"pages": "pricing"}}, "signals.pages"),
        ({"surprise": True}, "surprise"),
        ({"answers": [{"question_id": "budget", "text": "50k", "score": 9}]}, "answers.0.score"),
        ({"consent": [{"purpose": "contact", "granted": True, "ip": "1.2.3.4"}]}, "consent.0.ip"),
        ({"signals": {"engaged": True, "vip": True}}, "signals.vip"),
        ({"booking": {"starts_at": "2026-12-01T10:00:00Z", "room": "B"}}, "booking.room"),
        ({"conversation_id": "a\x00b"}, "conversation_id"),
        ({"attributes": {"budget": {"min": "lots"}}}, "attributes.budget.min"),
        ({"attributes": {"industry": "crypto"}}, "attributes.industry"),
        ({"attributes": {"location": {"country": "Germany"}}}, "attributes.location.country"),
        ({"attributes": {"name": "Ja\x00ne"}}, "attributes.name"),
        # drafts: "complete" is JSON true or false, nothing that merely looks like one
        ({"complete": "false"}, "complete"),
        ({"complete": 0}, "complete"),
        ({"complete": None}, "complete"),
        ({"complete": False, "attributes": {"industry": "crypto"}}, "attributes.industry"),
        ({"consent": [{"purpose": "contact", "granted": 1}]}, "consent.0.granted"),
        ({"human_requested": 1}, "human_requested"),
    ],
)
def test_wrong_types_unknown_fields_and_contract_violations_are_422(app, client, admin, before, change, field):
    body = lead_body("existing")
    body.update(change)
    response = client.post("/api/v1/leads", json=body, headers=admin)
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["fields"]
    assert table_counts(app) == before


def test_escaped_emoji_still_arrive_whole(app, client, admin):
    """A surrogate *pair* is one character (here an emoji), not the lone surrogate refused above."""
    raw = json.dumps(lead_body("emoji", answers=[{"question_id": "need", "text": "SEO \U0001F680"}])).encode()
    assert b"\\ud83d\\ude80" in raw
    response = post(client, raw, admin)
    assert response.status_code == 201
    assert response.get_json()["answers"][0]["text"] == "SEO \U0001F680"


def test_missing_required_fields_are_named(client, admin, before, app):
    response = client.post("/api/v1/leads", json={"conversation_id": "x"}, headers=admin)
    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]) == {"source", "attributes"}
    assert table_counts(app) == before


def test_the_deepest_and_largest_json_taken_is_taken(client, admin):
    body = lead_body(attributes={**lead_body()["attributes"], "extra": json.loads("[" * 29 + "]" * 29)})
    body["attributes"]["budget"] = {"min": 10**17, "max": 10**17, "currency": "USD"}
    response = client.post("/api/v1/leads", json=body, headers=admin)
    assert response.status_code == 201, response.get_json()


def test_every_api_body_goes_through_the_same_json_boundary(app, client, admin, before):
    lead_id = client.get("/api/v1/leads", headers=admin).get_json()["items"][0]["id"]
    deep = b"[" * 10_000 + b"]" * 10_000
    for method, path in (("PATCH", f"/api/v1/leads/{lead_id}"), ("POST", f"/api/v1/leads/{lead_id}/booking")):
        response = client.open(path, method=method, data=b'{"status": ' + deep + b"}", headers=admin,
                               content_type="application/json")
        assert response.status_code == 400 and "deeper than" in response.get_json()["error"]["message"]
    assert table_counts(app) == before


def test_oversized_bodies_are_413_before_anything_else(app, client, before):
    huge = json.dumps(lead_body(answers=[{"question_id": "need", "text": "x" * 5000}] * 20)).encode()
    assert len(huge) > 64 * 1024
    for headers in ({}, sign(ACTION_SECRET, "POST", LEADS_PATH, huge)):
        response = post(client, huge, headers)
        assert response.status_code == 413
        assert response.get_json()["error"]["code"] == "request_entity_too_large"
    assert table_counts(app) == before


def test_signatures_missing_stale_forged_or_replayed_are_401(app, client, before):
    raw = json.dumps(lead_body()).encode()
    good = sign(ACTION_SECRET, "POST", LEADS_PATH, raw)
    attempts = {
        "missing": {},
        "no timestamp": {SIGNATURE_HEADER: good[SIGNATURE_HEADER]},
        "stale": sign(ACTION_SECRET, "POST", LEADS_PATH, raw, timestamp=int(time.time()) - 301),
        "future": sign(ACTION_SECRET, "POST", LEADS_PATH, raw, timestamp=int(time.time()) + 360),
        "forged": sign("not-the-secret", "POST", LEADS_PATH, raw),
        "other body": sign(ACTION_SECRET, "POST", LEADS_PATH, raw + b" "),
        "not a number": {TIMESTAMP_HEADER: "yesterday", SIGNATURE_HEADER: good[SIGNATURE_HEADER]},
        "unknown key": {"Authorization": "Bearer guess"},
    }
    for name, headers in attempts.items():
        response = post(client, raw, headers)
        assert response.status_code == 401, name
        assert response.get_json()["error"]["code"] == "unauthenticated"
        assert response.headers["WWW-Authenticate"]
    assert post(client, raw, good).status_code == 201
    assert post(client, raw, good).status_code == 401  # the same signed request again is a replay
    assert table_counts(app)["leads"] == before["leads"] + 1


def test_a_source_key_cannot_post_for_another_source_or_read(app, client, before):
    key = {"Authorization": f"Bearer {WEBSITE_KEY}"}
    response = client.post("/api/v1/leads", json=lead_body(), headers=key)
    assert response.status_code == 403
    assert "source" in response.get_json()["error"]["fields"]
    assert client.get("/api/v1/leads", headers=key).status_code == 403
    assert table_counts(app) == before


@pytest.mark.parametrize(
    "query, field",
    [("stage=hot", "stage"), ("limit=0", "limit"), ("limit=many", "limit"), ("since=last+week", "since"),
     ("cursor=%%%", "cursor"), ("colour=red", "colour")],
)
def test_bad_list_queries_are_422(client, admin, query, field):
    response = client.get(f"/api/v1/leads?{query}", headers=admin)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


@pytest.mark.parametrize(
    "body, field",
    [({}, "_schema"), ({"status": "hot"}, "status"), ({"owner": 5}, "owner"), ({"status": "won", "x": 1}, "x")],
)
def test_bad_patches_are_422_and_change_nothing(app, client, admin, before, body, field):
    lead_id = client.get("/api/v1/leads", headers=admin).get_json()["items"][0]["id"]
    response = client.patch(f"/api/v1/leads/{lead_id}", json=body, headers=admin)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert table_counts(app) == before


def test_unknown_routes_and_methods_answer_json(client, admin):
    assert client.get("/api/v1/nothing", headers=admin).get_json()["error"]["code"] == "not_found"
    response = client.put("/api/v1/leads", headers=admin)
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"
