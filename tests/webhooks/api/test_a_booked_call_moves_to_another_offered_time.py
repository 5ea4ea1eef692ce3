"""Moving a booked call (``PUT /api/v1/leads/<id>/booking``), as the bot does when a visitor asks to reschedule.

The call keeps its id and calendar link and takes the new offered time; the old time is free again for others;
a time that is not offered, or taken by someone else, is refused with the field named and the call left where it
was; a lead with no call yet books one.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from typing import Any

from tests.webhooks.api.test_bookings import get_slots, make_lead, post_booking, signed
from tests.webhooks.conftest import ADMIN_KEY, SQL_LEAD


def put_booking(client: Any, lead_id: str, starts_at: str, time_zone: str = "Europe/Berlin") -> Any:
    path = f"/api/v1/leads/{lead_id}/booking"
    body = json.dumps({"starts_at": starts_at, "time_zone": time_zone, "request_id": uuid.uuid4().hex}).encode()
    return client.put(path, data=body, headers=signed("PUT", path, body))


def test_a_booked_call_moves_to_another_offered_time_and_frees_the_old_one(client: Any) -> None:
    lead_id = make_lead(client)
    first, second, _ = get_slots(client, lead_id).get_json()["slots"]
    booked = post_booking(client, lead_id, first["starts_at"]).get_json()

    moved = put_booking(client, lead_id, second["starts_at"])
    assert moved.status_code == 200, moved.get_json()
    body = moved.get_json()
    assert body["id"] == booked["id"] and body["starts_at"] == second["starts_at"], body
    assert body["ics_url"] == booked["ics_url"], "the calendar link the visitor has opens the new time"
    lead = client.get(f"/api/v1/leads/{lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).get_json()
    assert lead["booking"]["starts_at"].startswith(second["starts_at"][:19]), lead["booking"]

    other = make_lead(client)
    offered = [s["starts_at"] for s in get_slots(client, other).get_json()["slots"]]
    assert first["starts_at"] in offered and second["starts_at"] not in offered, offered


def test_a_move_to_a_time_not_offered_or_taken_is_refused_and_the_call_stays(client: Any) -> None:
    lead_id = make_lead(client)
    first, second, _ = get_slots(client, lead_id).get_json()["slots"]
    post_booking(client, lead_id, first["starts_at"])
    other = make_lead(client)
    assert post_booking(client, other, second["starts_at"]).status_code == 201

    taken = put_booking(client, lead_id, second["starts_at"])
    assert taken.status_code == 409 and taken.get_json()["error"]["code"] == "slot_taken", taken.get_json()
    odd = put_booking(client, lead_id, (datetime.fromisoformat(first["starts_at"].replace("Z", "+00:00"))
                                        + timedelta(minutes=5)).isoformat())
    assert odd.status_code == 422, odd.get_json()
    lead = client.get(f"/api/v1/leads/{lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).get_json()
    assert lead["booking"]["starts_at"].startswith(first["starts_at"][:19]), lead["booking"]


def test_a_move_for_a_lead_with_no_call_books_it(client: Any) -> None:
    lead_id = make_lead(client)
    first = get_slots(client, lead_id).get_json()["slots"][0]
    response = put_booking(client, lead_id, first["starts_at"])
    assert response.status_code == 200 and response.get_json()["starts_at"] == first["starts_at"], response.get_json()


def test_a_lead_without_an_email_books_no_call_and_is_told_why(client: Any) -> None:
    """A call nobody could be invited to is refused with a 409 the bot turns into asking for the address."""
    lead_id = make_lead(client, attributes={k: v for k, v in SQL_LEAD.items() if k != "email"})
    first = get_slots(client, lead_id).get_json()["slots"][0]
    for response in (post_booking(client, lead_id, first["starts_at"]), put_booking(client, lead_id, first["starts_at"])):
        assert response.status_code == 409 and response.get_json()["error"]["code"] == "no_email", response.get_json()
    lead = client.get(f"/api/v1/leads/{lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).get_json()
    assert not lead.get("booking"), lead.get("booking")
