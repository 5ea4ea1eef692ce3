"""The lead service's API paths the action server calls, as both sides spell them."""

from __future__ import annotations

from urllib.parse import quote

API = "/api/v1"
LEADS_PATH = f"{API}/leads"
PLAYBOOK_PATH = f"{API}/playbook"


def lead_path(lead_id: str) -> str:
    # Ids are URL-safe already; quoting keeps a strange one from reaching another path.
    return f"{LEADS_PATH}/{quote(lead_id, safe='')}"


def slots_path(lead_id: str) -> str:
    return f"{lead_path(lead_id)}/slots"


def booking_path(lead_id: str) -> str:
    return f"{lead_path(lead_id)}/booking"
