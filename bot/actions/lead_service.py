"""The action server's only HTTP: posting a lead, reading slots and booking a call, signed.

Each request is signed with ``signing`` (the protocol the service checks),
afresh on each attempt. Any failure to get an answer back
is a ``ServiceUnavailable`` carrying the status and the service's error code,
never the lead's data.

A signature covers the timestamp (whole seconds) and the body, and the
service takes each signature once. Two posts of the same lead body within
one second (a visitor who says no at the privacy question twice in a row:
nothing changed in between) would sign alike, and the second be refused as
a replay. So the same request is never signed twice with the same second: the
second is stamped with the next one (the service allows a few minutes of clock
skew either way), and nobody waits.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from typing import Any, Mapping
from urllib.parse import urlencode

import requests

import signing
from bot.actions.playbook_source import previewing


class ServiceUnavailable(Exception):
    """The service did not do it; ``status`` is its HTTP status (None when unreachable), ``code`` its error code."""

    def __init__(self, message: str, status: int | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class _Stamps:
    """The second each request (method, target, body) was last signed in, to sign none twice in one second."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: dict[str, int] = {}

    def fresh_second(self, method: str, path_url: str, body: bytes) -> int:
        """The second to sign this request with: now, or the one after the last this request was signed with."""
        key = hashlib.sha256(f"{method} {path_url}\n".encode() + body).hexdigest()
        with self._lock:
            now = int(time.time())
            second = max(now, self._last.get(key, now - 1) + 1)
            # Only entries at or after now can clash: older ones are let go.
            self._last = {k: v for k, v in self._last.items() if v >= now}
            self._last[key] = second
            return second


_STAMPS = _Stamps()


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
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        return self._signed("POST", signing.LEADS_PATH, body)[1]

    def slots(
        self, lead_id: str, time_zone: str | None = None, *, after: str | None = None, before: str | None = None,
        part_of_day: str | None = None, limit: int = 3,
    ) -> dict[str, Any]:
        """The lead's owner's next free slots (``GET /api/v1/leads/<id>/slots``)."""
        query = {k: v for k, v in (("tz", time_zone), ("after", after), ("before", before),
                                   ("part_of_day", part_of_day), ("limit", str(limit))) if v}
        path = f"{signing.slots_path(lead_id)}?{urlencode(query)}"
        return self._signed("GET", path, b"")[1]

    def book(self, lead_id: str, starts_at: str, time_zone: str) -> tuple[int, dict[str, Any]]:
        """Book a slot: (201, booking) new, (200, booking) this lead's booking already; else ServiceUnavailable."""
        body = json.dumps({"starts_at": starts_at, "time_zone": time_zone, "request_id": uuid.uuid4().hex}).encode()
        return self._signed("POST", signing.booking_path(lead_id), body)

    def move(self, lead_id: str, starts_at: str, time_zone: str) -> tuple[int, dict[str, Any]]:
        """Move the lead's booked call to another offered slot (``PUT``): (200, booking at its new time)."""
        body = json.dumps({"starts_at": starts_at, "time_zone": time_zone, "request_id": uuid.uuid4().hex}).encode()
        return self._signed("PUT", signing.booking_path(lead_id), body)

    def _signed(self, method: str, path_url: str, body: bytes) -> tuple[int, dict[str, Any]]:
        if method != "GET" and previewing():  # a studio preview chat stores nothing: no lead, no booking
            raise ServiceUnavailable("a studio preview conversation stores nothing", code="preview")
        """Send one request signed afresh (``path_url``: path and query, as the service routes it)."""
        if not self.secret:
            raise ServiceUnavailable("LEADBOT_ACTION_SECRET is not set; the service would refuse the request")
        # A read may be repeated (the service does not refuse it); a change is signed with a second of its own.
        stamp = _STAMPS.fresh_second(method, path_url, body) if method not in ("GET", "HEAD") else None
        headers = {**signing.sign(self.secret, method, path_url, body, timestamp=stamp),
                   "Content-Type": "application/json"}
        try:
            response = self.session.request(method, self.base_url + path_url, data=body or None, headers=headers,
                                            timeout=self.timeout)
        except requests.RequestException as exc:
            raise ServiceUnavailable(f"lead service unreachable: {type(exc).__name__}") from None
        if response.status_code not in (200, 201):
            code, fields = _error(response)
            raise ServiceUnavailable(f"lead service answered {response.status_code} {code} {fields}".rstrip(),
                                     response.status_code, code)
        try:
            return response.status_code, response.json()
        except ValueError:
            raise ServiceUnavailable("lead service answered with a body that is not JSON", response.status_code) from None


def _error(response: requests.Response) -> tuple[str, str]:
    """The service's error code and the names of the fields it refused (never their values)."""
    try:
        error = response.json().get("error", {})
        return str(error.get("code") or ""), json.dumps(error.get("fields") or {})[:300]
    except (ValueError, AttributeError):
        return "", ""
