"""Booking a call through the service: slots, bookings, the calendar file; SQLite and PostgreSQL.

The action server's requests are signed over method, path, query and body;
every refusal leaves the tables as they were; two bookings of one slot
racing each other end with exactly one booking (the database decides).
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from signing import sign
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, WEBSITE_KEY, lead_body, rows, table_counts
from webhooks.models import Booking, Delivery, Lead

OWNER = "U0EMEA001"


def signed(method: str, path_url: str, body: bytes = b"") -> dict[str, str]:
    return {**sign(ACTION_SECRET, method, path_url, body), "Content-Type": "application/json"}


def get_slots(client: Any, lead_id: str, **query: Any) -> Any:
    path = f"/api/v1/leads/{lead_id}/slots" + (f"?{urlencode(query)}" if query else "")
    return client.get(path, headers=signed("GET", path))


def post_booking(client: Any, lead_id: str, starts_at: str, time_zone: str = "Europe/Berlin", **extra: Any) -> Any:
    path = f"/api/v1/leads/{lead_id}/booking"
    body = json.dumps({"starts_at": starts_at, "time_zone": time_zone, "request_id": uuid.uuid4().hex, **extra}).encode()
    return client.post(path, data=body, headers=signed("POST", path, body))


def make_lead(client: Any, owner: str | None = OWNER, **changes: Any) -> str:
    response = client.post("/api/v1/leads", json=lead_body(**changes), headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert response.status_code == 201, response.get_json()
    lead_id = response.get_json()["id"]
    if owner is not None and response.get_json()["stage"] == "sql":
        patched = client.patch(f"/api/v1/leads/{lead_id}", json={"owner": owner},
                               headers={"Authorization": f"Bearer {ADMIN_KEY}"})
        assert patched.status_code == 200
    return lead_id


def test_slots_are_the_owners_next_free_times_labelled_in_the_visitors_zone(client: Any) -> None:
    lead_id = make_lead(client)
    response = get_slots(client, lead_id, tz="America/New_York")
    assert response.status_code == 200, response.get_json()
    page = response.get_json()
    assert page["owner"] == {"id": OWNER, "name": "Lena Fischer"}
    assert page["owner_time_zone"] == "Europe/Berlin" and page["time_zone"] == "America/New_York"
    slots = page["slots"]
    assert len(slots) == 3
    starts = [datetime.fromisoformat(s["starts_at"].replace("Z", "+00:00")) for s in slots]
    assert starts == sorted(starts) and starts[0] > datetime.now(timezone.utc) + timedelta(minutes=119)
    assert all(s.astimezone(timezone.utc).weekday() < 5 for s in starts)
    # The label is the New York wall clock: six hours before Berlin's (five or seven around DST changes).
    first = starts[0]
    ny_hour = first.astimezone(ZoneInfo("America/New_York")).strftime("%H:%M")
    assert ny_hour in slots[0]["label"]
    later = get_slots(client, lead_id, after=slots[-1]["starts_at"].replace("Z", "+00:00"), limit=2).get_json()
    assert later["slots"][0]["starts_at"] == slots[-1]["starts_at"] and len(later["slots"]) == 2, "after is inclusive"
    assert later["time_zone"] == "Europe/Berlin", "the owner's zone when the visitor's is unknown"
    afternoons = get_slots(client, lead_id, tz="Europe/Berlin", part_of_day="afternoon").get_json()["slots"]
    assert all(int(s["label"].split(", ")[1][:2]) >= 12 for s in afternoons)


@pytest.mark.parametrize("tz", ["Australia/Sydney", "Asia/Tokyo", "America/Los_Angeles"])
def test_a_visitor_far_from_the_owner_is_offered_times_in_their_own_day_not_their_night(client: Any, tz: str) -> None:
    lead_id = make_lead(client)
    slots = get_slots(client, lead_id, tz=tz).get_json()["slots"]
    hours = [datetime.fromisoformat(s["starts_at"].replace("Z", "+00:00")).astimezone(ZoneInfo(tz)).hour for s in slots]
    assert len(hours) == 3 and all(7 <= hour < 21 for hour in hours), (tz, hours)


def test_when_the_owner_has_no_time_in_the_visitors_day_their_next_times_are_offered_all_the_same(client: Any) -> None:
    lead_id = make_lead(client)
    owners = get_slots(client, lead_id).get_json()["slots"]  # Berlin's 09:00-17:00 is 22:00-06:00 in Kiritimati
    far = get_slots(client, lead_id, tz="Pacific/Kiritimati").get_json()
    assert [s["starts_at"] for s in far["slots"]] == [s["starts_at"] for s in owners]
    assert far["time_zone"] == "Pacific/Kiritimati"


def test_booking_a_slot_updates_the_lead_and_tells_its_destinations(client: Any, app: Any) -> None:
    lead_id = make_lead(client)
    slot = get_slots(client, lead_id, tz="Europe/Berlin").get_json()["slots"][1]
    response = post_booking(client, lead_id, slot["starts_at"])
    assert response.status_code == 201, response.get_json()
    booking = response.get_json()
    assert booking["starts_at"] == slot["starts_at"] and booking["label"] == slot["label"]
    assert booking["owner"]["id"] == OWNER
    token = urlsplit(booking["ics_url"]).path.rsplit("/", 1)[1][: -len(".ics")]
    assert len(token) >= 43, "256 random bits"

    lead = client.get(f"/api/v1/leads/{lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).get_json()
    assert lead["status"] == "booked" and lead["owner"] == OWNER
    assert lead["booking"]["starts_at"].startswith(slot["starts_at"][:-1]) and lead["booking"]["owner"] == OWNER
    updates = rows(app, select(Delivery).where(Delivery.lead_id == lead_id, Delivery.event == "lead.updated"))
    booked = [d for d in updates if d.payload["data"]["status"] == "booked"]
    reached = {d.destination for d in rows(app, select(Delivery).where(Delivery.lead_id == lead_id,
                                                                       Delivery.event == "lead.qualified"))}
    assert reached and {d.destination for d in booked} == reached, "every destination the lead reached hears of it"
    assert all(d.payload["data"]["booking"]["starts_at"] == lead["booking"]["starts_at"] for d in booked)

    calendar = client.get(urlsplit(booking["ics_url"]).path)
    assert calendar.status_code == 200 and calendar.mimetype == "text/calendar"
    text = calendar.get_data(as_text=True)
    start = slot["starts_at"].replace("-", "").replace(":", "")
    assert f"DTSTART:{start}" in text and "ORGANIZER;CN=\"Lena Fischer\":mailto:lena.fischer@brightline.example" in text
    assert "\r\n" in text
    # The link shows the call, not the visitor: no ATTENDEE, no name, no address (before: both, as ATTENDEE).
    assert "ATTENDEE" not in text and "jane" not in text.lower() and "acme" not in text.lower()
    assert client.get("/calendar/" + "x" * 43 + ".ics").status_code == 404


def test_erasing_the_lead_cancels_its_call(client: Any, app: Any) -> None:
    lead_id = make_lead(client)
    slot = get_slots(client, lead_id, tz="Europe/Berlin").get_json()["slots"][0]
    booking = post_booking(client, lead_id, slot["starts_at"]).get_json()
    calendar = urlsplit(booking["ics_url"]).path
    assert client.get(calendar).status_code == 200
    assert client.delete(f"/api/v1/leads/{lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).status_code == 200
    assert client.get(calendar).status_code == 404, "the link no longer answers"
    assert rows(app, select(Booking)) == []
    other = make_lead(client, conversation_id="conv-after-erasure")
    assert slot["starts_at"] in [s["starts_at"] for s in get_slots(client, other, tz="Europe/Berlin").get_json()["slots"]]


def test_a_double_click_books_once_and_a_second_slot_is_refused(client: Any, app: Any) -> None:
    lead_id = make_lead(client)
    slots = get_slots(client, lead_id).get_json()["slots"]
    first = post_booking(client, lead_id, slots[0]["starts_at"])
    again = post_booking(client, lead_id, slots[0]["starts_at"])
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.get_json()["id"] == first.get_json()["id"]
    other = post_booking(client, lead_id, slots[1]["starts_at"])
    assert other.status_code == 409 and other.get_json()["error"]["code"] == "already_booked"
    assert len(rows(app, select(Booking).where(Booking.lead_id == lead_id))) == 1


def test_a_slot_booked_by_someone_else_is_taken_and_disappears_from_the_offer(client: Any, app: Any) -> None:
    ann, bob = make_lead(client), make_lead(client)
    slot = get_slots(client, ann).get_json()["slots"][0]
    assert post_booking(client, ann, slot["starts_at"]).status_code == 201
    before = table_counts(app)
    taken = post_booking(client, bob, slot["starts_at"])
    assert taken.status_code == 409 and taken.get_json()["error"]["code"] == "slot_taken"
    assert table_counts(app) == before
    assert slot["starts_at"] not in [s["starts_at"] for s in get_slots(client, bob, limit=10).get_json()["slots"]]
    assert rows(app, select(Lead).where(Lead.id == bob))[0].status == "open"


@pytest.mark.parametrize("change, field", [
    (lambda s: {"starts_at": s["starts_at"], "time_zone": "Mars/Olympus"}, "time_zone"),
    (lambda s: {"starts_at": (datetime.fromisoformat(s["starts_at"].replace("Z", "+00:00")) + timedelta(minutes=5))
                .isoformat(), "time_zone": "UTC"}, "starts_at"),
    (lambda s: {"starts_at": "2020-01-06T09:00:00Z", "time_zone": "UTC"}, "starts_at"),
    (lambda s: {"starts_at": s["starts_at"][:-1], "time_zone": "UTC"}, "starts_at"),  # no offset
    (lambda s: {"starts_at": "next tuesday", "time_zone": "UTC"}, "starts_at"),
    (lambda s: {"time_zone": "UTC"}, "starts_at"),
    (lambda s: {"starts_at": s["starts_at"], "time_zone": "UTC", "owner": "U0OTHER01"}, "owner"),
])
def test_bad_bookings_are_refused_with_the_field_named_and_nothing_saved(client: Any, app: Any, change: Any, field: str) -> None:
    lead_id = make_lead(client)
    slot = get_slots(client, lead_id).get_json()["slots"][0]
    before = table_counts(app)
    path = f"/api/v1/leads/{lead_id}/booking"
    body = json.dumps({**change(slot), "request_id": uuid.uuid4().hex}).encode()
    response = client.post(path, data=body, headers=signed("POST", path, body))
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["fields"]
    assert table_counts(app) == before


def test_bad_slot_queries_and_unknown_leads(client: Any) -> None:
    lead_id = make_lead(client)
    assert get_slots(client, "lead_nope").status_code == 404
    assert post_booking(client, "lead_nope", "2030-01-07T09:00:00Z").status_code == 404
    for query in ({"tz": "Mars/Olympus"}, {"tz": "../../etc/passwd"}, {"after": "soon"}, {"limit": 500},
                  {"part_of_day": "teatime"}, {"after": "2030-01-01T10:00:00"}):
        response = get_slots(client, lead_id, **query)
        assert response.status_code == 422, (query, response.get_json())
    mql = make_lead(client, owner=None, attributes={"email": {"address": "kim@kim-shop.com"},
                                                    "need": {"summary": "seo", "categories": ["seo"]}})
    refused = get_slots(client, mql)
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "not_bookable"


def test_signatures_are_bound_to_the_lead_the_query_and_used_once(client: Any, app: Any) -> None:
    ann, bob = make_lead(client), make_lead(client)
    ann_path = f"/api/v1/leads/{ann}/slots?tz=UTC"
    headers = signed("GET", ann_path)
    assert client.get(ann_path, headers=headers).status_code == 200
    assert client.get(f"/api/v1/leads/{bob}/slots?tz=UTC", headers=headers).status_code == 401
    assert client.get(f"/api/v1/leads/{ann}/slots?tz=Europe/Berlin", headers=headers).status_code == 401
    assert client.get(ann_path).status_code == 401
    assert client.get(ann_path, headers={"Authorization": f"Bearer {WEBSITE_KEY}"}).status_code == 403
    slot = get_slots(client, ann).get_json()["slots"][0]
    path = f"/api/v1/leads/{ann}/booking"
    body = json.dumps({"starts_at": slot["starts_at"], "time_zone": "UTC"}).encode()
    headers = signed("POST", path, body)
    assert client.post(path, data=body, headers=headers).status_code == 201
    assert client.post(path, data=body, headers=headers).status_code == 401, "a replayed booking is refused"
    bob_path = f"/api/v1/leads/{bob}/booking"
    assert client.post(bob_path, data=body, headers=signed("POST", path, body)).status_code == 401
    assert len(rows(app, select(Booking))) == 1


def test_the_database_refuses_two_bookings_of_one_slot(app: Any) -> None:
    start = datetime(2030, 1, 7, 9, 0)
    with app.extensions["leadbot.db"][1]() as session:
        for lead_id in ("lead_a", "lead_b"):
            session.add(Lead(id=lead_id, source="bot", stage="sql", score=80, status="open", attributes={},
                             qualification={}))
        session.commit()
        session.add(Booking(id="bk_a", lead_id="lead_a", owner=OWNER, starts_at=start, ends_at=start + timedelta(minutes=30),
                            time_zone="UTC", token="a" * 43))
        session.commit()
        session.add(Booking(id="bk_b", lead_id="lead_b", owner=OWNER, starts_at=start, ends_at=start + timedelta(minutes=30),
                            time_zone="UTC", token="b" * 43))
        with pytest.raises(IntegrityError):
            session.commit()


def test_racing_bookings_of_one_slot_end_with_exactly_one(app: Any, client: Any) -> None:
    """Six visitors click the same slot at once (threads, one connection each): one booking, five 409s."""
    visitors = [make_lead(client) for _ in range(6)]
    slot = get_slots(client, visitors[0]).get_json()["slots"][0]["starts_at"]
    barrier = threading.Barrier(len(visitors))
    results: dict[str, int] = {}

    def book(lead_id: str) -> None:
        own = app.test_client()
        path = f"/api/v1/leads/{lead_id}/booking"
        body = json.dumps({"starts_at": slot, "time_zone": "UTC", "request_id": uuid.uuid4().hex}).encode()
        headers = signed("POST", path, body)
        barrier.wait(timeout=30)
        results[lead_id] = own.post(path, data=body, headers=headers).status_code

    threads = [threading.Thread(target=book, args=(v,)) for v in visitors]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(results.values()) == [201] + [409] * (len(visitors) - 1), results
    booked = rows(app, select(Booking).where(Booking.owner == OWNER))
    winner = next(v for v, status in results.items() if status == 201)
    assert [b.lead_id for b in booked] == [winner]
    statuses = {lead.id: lead.status for lead in rows(app, select(Lead).where(Lead.id.in_(visitors)))}
    assert [v for v, s in statuses.items() if s == "booked"] == [winner]


def test_a_lead_asking_for_a_person_is_routed_to_the_human_route_and_stays_so(client: Any, app: Any) -> None:
    """Not a booking, but the other way to reach sales from the chat: ``human_requested`` on the lead API."""
    headers = {"Authorization": f"Bearer {ADMIN_KEY}"}
    iql = {"need": {"summary": "help with ads", "categories": ["paid_ads"]}}
    plain = client.post("/api/v1/leads", json=lead_body(attributes=iql), headers=headers).get_json()
    assert plain["stage"] == "iql" and plain["qualification"]["route"] is None
    conversation = f"conv-{uuid.uuid4().hex[:8]}"
    asked = client.post("/api/v1/leads", json=lead_body(conversation, attributes=iql, human_requested=True),
                        headers=headers)
    assert asked.status_code == 201
    body = asked.get_json()
    assert body["stage"] == "iql" and body["qualification"]["route"]["name"] == "sales"
    assert body["qualification"]["human_requested"] is True and body["suggested_owner"] in ("U0SALES01", "U0SALES02")
    queued = rows(app, select(Delivery).where(Delivery.lead_id == body["id"]))
    assert queued, "a lead nobody would have been told about is now sent to sales"
    later = client.post("/api/v1/leads", json=lead_body(conversation, attributes=iql), headers=headers).get_json()
    assert later["qualification"]["human_requested"] is True, "a later post without the flag keeps it"
    bad = client.post("/api/v1/leads", json=lead_body(attributes=iql, human_requested="yes"), headers=headers)
    assert bad.status_code == 422 and "human_requested" in bad.get_json()["error"]["fields"]


def test_the_booking_endpoints_are_in_the_openapi_document(client: Any) -> None:
    paths = client.get("/api/openapi.json").get_json()["paths"]
    assert {"get"} <= set(paths["/api/v1/leads/{lead_id}/slots"])
    assert "409" in paths["/api/v1/leads/{lead_id}/booking"]["post"]["responses"]
    assert "/calendar/{token}.ics" in paths


def test_the_calendar_link_uses_the_public_address_when_one_is_set(config: dict[str, Any]) -> None:
    from webhooks import create_app

    app = create_app({**config, "public_url": "https://leads.brightline.example/"})
    try:
        client = app.test_client()
        lead_id = make_lead(client)
        slot = get_slots(client, lead_id).get_json()["slots"][0]
        booking = post_booking(client, lead_id, slot["starts_at"]).get_json()
        assert booking["ics_url"].startswith("https://leads.brightline.example/calendar/")
    finally:
        app.extensions["leadbot.db"][0].dispose()
