"""The action server's only HTTP: posting a lead to the service, signed.

The body is signed with ``webhooks.signing`` (HMAC over timestamp and the
exact bytes sent), afresh on each attempt. Any failure to get a stored lead
back is a ``ServiceUnavailable`` carrying the status, never the lead's data.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

import requests

from webhooks.signing import sign

LEADS_PATH = "/api/v1/leads"


class ServiceUnavailable(Exception):
    """The service did not store the lead; ``status`` is its HTTP status, None when unreachable."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class LeadService:
    def __init__(
        self, base_url: str, secret: str | None, session: requests.Session | None = None, timeout: float = 5.0
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.secret = secret
        self.session = session or requests.Session()
        self.timeout = timeout

    def post_lead(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Create or update the conversation's lead; the stored lead (with its stage) comes back."""
        if not self.secret:
            raise ServiceUnavailable("LEADBOT_ACTION_SECRET is not set; the service would refuse the lead")
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        headers = {**sign(self.secret, body), "Content-Type": "application/json"}
        try:
            response = self.session.post(self.base_url + LEADS_PATH, data=body, headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            raise ServiceUnavailable(f"lead service unreachable: {type(exc).__name__}") from None
        if response.status_code not in (200, 201):
            code = _error_code(response)
            raise ServiceUnavailable(f"lead service answered {response.status_code} {code}", response.status_code)
        try:
            return response.json()
        except ValueError:
            raise ServiceUnavailable("lead service answered with a body that is not JSON", response.status_code) from None


def _error_code(response: requests.Response) -> str:
    try:
        error = response.json().get("error", {})
        return str(error.get("code", "")) + " " + json.dumps(error.get("fields", {}))[:300]
    except (ValueError, AttributeError):
        return ""
