"""The service under test as the end-to-end scenarios drive it: a lead the action server posts
(signed), read back through the admin API while the worker pushes it out."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import requests

from signing import LEADS_PATH, sign
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, lead_body

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


@dataclass
class PostedLead:
    web: str
    id: str
    http: requests.Session = field(default_factory=requests.Session)

    @classmethod
    def post(cls, web: str, **changes: Any) -> "PostedLead":
        http = requests.Session()
        raw = json.dumps(lead_body(**changes)).encode()
        created = http.post(f"{web}/api/v1/leads", data=raw, timeout=10,
                            headers={**sign(ACTION_SECRET, "POST", LEADS_PATH, raw), "Content-Type": "application/json"})
        assert created.status_code == 201, created.text
        return cls(web, created.json()["id"], http)

    def now(self) -> dict[str, Any]:
        return self.http.get(f"{self.web}/api/v1/leads/{self.id}", headers=ADMIN, timeout=10).json()

    def records(self) -> dict[str, str]:
        """Destination name to the external id it gave back, for those that did."""
        return {d["destination"]: d["external_id"] for d in self.now()["destinations"] if d["external_id"]}
