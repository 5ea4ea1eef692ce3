"""The action server's signed requests, attacked through real gunicorn on SQLite and PostgreSQL.

Before: the signature covered only the body, so one made for a lead could
be sent with another method to another path; the action server's secret
read, changed and erased any lead like the admin key; and a signed caller
got a 500 from JSON nested 10,000 deep or a 4,000-digit number.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from harness.services import lead_body
from signing import LEADS_PATH, booking_path, lead_path, slots_path
from tests.security.lead_api import ADMIN, Service, signed

pytestmark = pytest.mark.slow


def post_signed_lead(service: Service, **changes: Any) -> dict[str, Any]:
    raw = json.dumps(lead_body(**changes)).encode()
    response = service.send("POST", LEADS_PATH, raw, signed("POST", LEADS_PATH, raw))
    assert response.status_code == 201, response.text
    return response.json()


def test_the_action_servers_secret_cannot_read_change_or_erase_a_lead(service: Service) -> None:
    lead_id = post_signed_lead(service)["id"]
    before = service.lead(lead_id)
    for method, path, body in [
        ("GET", lead_path(lead_id), b""),
        ("GET", f"{LEADS_PATH}?limit=200", b""),
        ("PATCH", lead_path(lead_id), b'{"status": "lost", "owner": "U0ATTACKER"}'),
        ("DELETE", lead_path(lead_id), b""),
    ]:
        response = service.send(method, path, body, signed(method, path, body))
        assert response.status_code == 403, (method, path, response.text)
        assert set(response.json()) == {"error"} and "jane" not in response.text.lower()
    assert service.lead(lead_id) == before


def test_the_action_servers_secret_writes_only_the_bots_leads(service: Service) -> None:
    raw = json.dumps(lead_body(source="website")).encode()
    response = service.send("POST", LEADS_PATH, raw, signed("POST", LEADS_PATH, raw))
    assert response.status_code == 403, response.text
    assert service.count() == 0


def test_a_replayed_signed_request_is_refused_and_changes_nothing(service: Service) -> None:
    raw = json.dumps(lead_body("conv-replayed")).encode()
    headers = signed("POST", LEADS_PATH, raw)
    lead_id = service.send("POST", LEADS_PATH, raw, headers).json()["id"]
    before = service.lead(lead_id)
    replay = service.send("POST", LEADS_PATH, raw, headers)
    assert replay.status_code == 401 and "replay" in replay.json()["error"]["message"]

    slot = service.send("GET", slots_path(lead_id) + "?limit=1", headers=ADMIN).json()["slots"][0]
    body = json.dumps({"starts_at": slot["starts_at"], "time_zone": "Europe/Berlin"}).encode()
    booking_headers = signed("POST", booking_path(lead_id), body)
    assert service.send("POST", booking_path(lead_id), body, booking_headers).status_code == 201
    booked = service.lead(lead_id)
    assert booked["status"] == "booked" and booked["updated_at"] > before["updated_at"]
    assert service.send("POST", booking_path(lead_id), body, booking_headers).status_code == 401
    assert service.lead(lead_id) == booked


def test_a_signature_is_good_only_for_the_method_and_path_it_was_made_for(service: Service) -> None:
    first, second = post_signed_lead(service)["id"], post_signed_lead(service)["id"]
    before = service.lead(first)
    # Signed as a new lead, sent as a change of another one.
    body = b'{"status": "lost", "owner": "U0ATTACKER"}'
    moved = service.send("PATCH", lead_path(first), body, signed("POST", LEADS_PATH, body))
    assert moved.status_code == 401, moved.text
    # A slot lookup of one lead, sent for another lead, and as a booking.
    lookup = signed("GET", slots_path(first))
    assert service.send("GET", slots_path(second), headers=lookup).status_code == 401
    assert service.send("POST", slots_path(first), headers=lookup).status_code in (401, 405)
    other_method = signed("GET", booking_path(first), b'{"starts_at": "2030-01-07T09:00:00Z"}')
    refused = service.send("POST", booking_path(first), b'{"starts_at": "2030-01-07T09:00:00Z"}', other_method)
    assert refused.status_code == 401, refused.text
    # The query is signed too: limit=10 is not the limit=1 that was signed.
    one = signed("GET", slots_path(first) + "?limit=1")
    assert service.send("GET", slots_path(first) + "?limit=10", headers=one).status_code == 401
    assert service.lead(first) == before


def test_two_different_signed_requests_with_the_same_body_are_both_accepted(service: Service) -> None:
    first, second = post_signed_lead(service)["id"], post_signed_lead(service)["id"]
    # Two owners with the same working hours (Berlin, Paris): one time fits both.
    for lead_id, owner in ((first, "U0EMEA001"), (second, "U0EMEA003")):
        assert service.send("PATCH", lead_path(lead_id), {"owner": owner}, ADMIN).status_code == 200
    offered = []
    for lead_id in (first, second):
        path = slots_path(lead_id) + "?limit=10&tz=Europe%2FBerlin"
        headers = signed("GET", path)
        page = service.send("GET", path, headers=headers)
        assert page.status_code == 200, page.text
        again = service.send("GET", path, headers=headers)  # a read may repeat: it changes nothing
        assert again.status_code == 200, again.text
        offered.append([s["starts_at"] for s in page.json()["slots"]])
    common = next(start for start in offered[0] if start in offered[1])
    body = json.dumps({"starts_at": common, "time_zone": "Europe/Berlin"}).encode()
    stamp = int(time.time())  # the same second too: only the path tells the two requests apart
    for lead_id in (first, second):
        response = service.send("POST", booking_path(lead_id), body,
                                signed("POST", booking_path(lead_id), body, timestamp=stamp))
        assert response.status_code == 201, response.text
    assert service.lead(first)["status"] == service.lead(second)["status"] == "booked"


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


HUGE = "9" * 4000


@pytest.mark.parametrize("raw", [
    f'{{"source": "bot", "attributes": {{"extra": {nested(10_000)}}}}}',
    f'{{"source": "bot", "conversation_id": "c", "attributes": {{"budget": {{"min": {HUGE}, "currency": "USD"}}}}}}',
    f'{{"source": "bot", "attributes": {{"budget": {{"min": 1{"0" * 400}.5, "currency": "USD"}}}}}}',
    f'{{"source": "bot", "attributes": {{"timing": {{"horizon_days": {HUGE}}}}}}}',
], ids=["nested", "huge-integer", "huge-float", "huge-horizon"])
def test_deep_nesting_and_huge_numbers_are_4xx_for_a_signed_caller(service: Service, raw: str) -> None:
    lead_id = post_signed_lead(service)["id"]
    before = service.lead(lead_id)
    for method, path, headers in [
        ("POST", LEADS_PATH, None),
        ("POST", booking_path(lead_id), None),
        ("PATCH", lead_path(lead_id), ADMIN),
    ]:
        body = raw.encode()
        response = service.send(method, path, body, headers or signed(method, path, body))
        assert 400 <= response.status_code < 500, (method, path, response.status_code, response.text[:300])
        assert response.json()["error"]["code"] != "internal_error"
    assert service.lead(lead_id) == before and service.count() == 1
