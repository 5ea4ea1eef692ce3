"""The calendar file the service sends says how the booked call happens, as the playbook has it for the call's
owner: a video link or an address is its LOCATION, a phone line (or a link the owner will email) a line of its
DESCRIPTION; and the lead's booking, which the destinations read, carries it too.

Through the service as the action server uses it: signed slot and booking requests, then the file by its link.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from sqlalchemy import select

from harness.services import webhook_playbook
from qualification.playbook_file import read_yaml
from tests.webhooks.api.test_bookings import get_slots, make_lead, post_booking
from tests.webhooks.conftest import ADMIN_KEY, rows
from webhooks.models import Delivery

LENA, TOM, SOPHIE = "U0EMEA001", "U0EMEA002", "U0EMEA003"
PARIS = "Brightline Paris, 12 rue de la Paix; 2e étage"


@pytest.fixture(scope="module")
def playbook_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The service's playbook with Tom on a phone line and Sophie in an office (Lena keeps her own video link)."""
    path = webhook_playbook(tmp_path_factory.mktemp("playbook") / "playbook.yml")
    data = read_yaml(path.read_text(encoding="utf-8"))
    owners = data["scheduling"]["owners"]
    owners[TOM].update(call="phone", call_at="+44 20 7946 0321")
    owners[SOPHIE].update(call="place", call_at=PARIS)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def booked_file(client: Any, owner: str) -> tuple[str, str]:
    """The lead's id and its calendar file's text, unfolded (RFC 5545 folds lines at 75 octets)."""
    lead_id = make_lead(client, owner=owner, conversation_id=f"conv-{owner}")
    slot = get_slots(client, lead_id, tz="Europe/Berlin").get_json()["slots"][0]
    booking = post_booking(client, lead_id, slot["starts_at"])
    assert booking.status_code == 201, booking.get_json()
    calendar = client.get(urlsplit(booking.get_json()["ics_url"]).path)
    assert calendar.status_code == 200 and calendar.mimetype == "text/calendar"
    return lead_id, calendar.get_data(as_text=True).replace("\r\n ", "")


def lines(text: str, name: str) -> list[str]:
    return [line[len(name) + 1:] for line in text.split("\r\n") if line.startswith(name + ":")]


def test_a_video_link_is_the_calls_location(client: Any) -> None:
    _, text = booked_file(client, LENA)
    assert lines(text, "LOCATION") == ["https://meet.brightline.example/lena-fischer"]
    (description,) = lines(text, "DESCRIPTION")
    assert description.startswith("Your call with Lena Fischer") and "\\n" not in description, \
        "no second line: the link says it"


def test_a_phone_line_is_a_line_of_the_description_and_no_location(client: Any) -> None:
    _, text = booked_file(client, TOM)
    assert lines(text, "LOCATION") == []
    (description,) = lines(text, "DESCRIPTION")
    assert description.startswith("Your call with Tom Hughes") and \
        "\\nIt's a phone call: please call Tom Hughes on +44 20 7946 0321." in description


def test_an_address_is_the_location_escaped_as_calendar_text(client: Any) -> None:
    _, text = booked_file(client, SOPHIE)
    assert lines(text, "LOCATION") == ["Brightline Paris\\, 12 rue de la Paix\\; 2e étage"]


def test_an_owner_without_their_own_way_has_everyones_a_video_link_the_owner_emails(client: Any) -> None:
    _, text = booked_file(client, "U0SALES01")
    assert lines(text, "LOCATION") == []
    assert "\\nIt's a video call: Dana Reyes will email you the link." in lines(text, "DESCRIPTION")[0]


def test_the_leads_booking_carries_how_the_call_happens_to_the_destinations(client: Any, app: Any) -> None:
    lead_id, _ = booked_file(client, TOM)
    lead = client.get(f"/api/v1/leads/{lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).get_json()
    assert lead["status"] == "booked"
    updates = rows(app, select(Delivery).where(Delivery.lead_id == lead_id, Delivery.event == "lead.updated"))
    booked = [d.payload["data"]["booking"] for d in updates if d.payload["data"].get("booking")]
    assert booked and all(b["call"] == {"kind": "phone", "at": "+44 20 7946 0321"} for b in booked), booked
