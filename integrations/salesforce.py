"""Salesforce: each lead is a Lead record, created once and updated after.

Authentication is the OAuth 2.0 client-credentials flow of a connected app;
the token is cached and fetched again once when Salesforce answers 401
(``INVALID_SESSION_ID``: expired or revoked). When the org's duplicate rules
block a create (``DUPLICATES_DETECTED``), the matching Lead is updated instead,
so a returning visitor never becomes a second record. A retried create (the
first one's answer may have been lost after Salesforce saved the Lead) asks
first (SOQL through ``/query``) for the newest Lead with the same email, and
updates it instead of inserting another.

A call booked in the chat becomes an Event on the Lead (``WhoId``) with the
owner as ``OwnerId``: an Event is what salespeople see in their calendar and
in the Lead's activities, where a Lead field would only be a value to look
at. The external id is then ``"<lead id>:<event id>"``; the Event is made
once, and a retried delivery first asks (SOQL) for the Lead's Event at that
start, so a lost answer never makes a second one.
"""

from __future__ import annotations

import threading
from typing import Any

import requests

from integrations.crm import CrmDestination
from integrations.destination import Delivery, DeliveryFailed, Outcome
from integrations.transport import checked, error_code, send

DEFAULT_LOGIN_URL = "https://login.salesforce.com"
LEAD_ID_PREFIX = "00Q"
# The org's rolling 24-hour API allowance: it comes back, so waiting helps.
_TRANSIENT_CODES = {"REQUEST_LIMIT_EXCEEDED", "UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE"}


def _errors(response: requests.Response) -> list[dict]:
    try:
        body = response.json()
    except ValueError:
        return []
    if isinstance(body, dict):
        body = [body]
    return [e for e in body if isinstance(e, dict)] if isinstance(body, list) else []


def _duplicate_lead_id(response: requests.Response) -> str | None:
    """The id of the existing Lead a duplicate rule matched, if it matched a Lead."""
    for error in _errors(response):
        if error.get("errorCode") != "DUPLICATES_DETECTED":
            continue
        # Salesforce has spelt the key "duplicateResut" in some API versions.
        result = error.get("duplicateResult") or error.get("duplicateResut") or {}
        for match in result.get("matchResults") or ():
            for record in match.get("matchRecords") or ():
                fields = record.get("record") or {}
                record_id = fields.get("Id")
                kind = (fields.get("attributes") or {}).get("type")
                if record_id and (kind == "Lead" or (kind is None and record_id.startswith(LEAD_ID_PREFIX))):
                    return record_id
    return None


class Salesforce(CrmDestination):
    """Pushes leads to Salesforce; ``base_url`` is the My Domain (or login) URL that issues tokens."""

    name = "salesforce"
    label = "Salesforce"

    def __init__(self, *, client_id: str, client_secret: str, base_url: str = DEFAULT_LOGIN_URL,
                 **options: Any) -> None:
        """``options``: ``session`` (required), ``mapping``, ``timeout``, ``owners`` (``CrmDestination``)."""
        super().__init__(base_url=base_url, **options)
        self._client = (client_id, client_secret)
        self._token: tuple[str, str] | None = None  # (access token, instance url)
        self._lock = threading.Lock()

    @property
    def _api(self) -> str:
        return f"{self._sobjects}/Lead"

    @property
    def _sobjects(self) -> str:
        return f"/services/data/v{self.mapping.setting('api_version', '59.0')}/sobjects"

    def deliver(self, delivery: Delivery) -> Outcome:
        lead_id, _, event_id = (delivery.external_id or "").partition(":")
        if delivery.event == "lead.erased":
            if event_id:  # its subject names the person
                self._call("DELETE", f"{self._sobjects}/Event/{event_id}", "delete event", missing_ok=True)
            if lead_id:
                self._call("DELETE", f"{self._api}/{lead_id}", "delete lead", missing_ok=True)
            return Outcome()
        facts = self.facts(delivery)
        fields = self.mapping.fields("lead", facts)
        if lead_id:
            self._call("PATCH", f"{self._api}/{lead_id}", "update lead", json=fields)
        else:
            lead_id = (self._find(fields) if delivery.attempt > 1 else None) or self._create(fields)
        event_id = event_id or self._event(facts, lead_id, delivery.attempt)
        return Outcome(external_id=lead_id + (f":{event_id}" if event_id else ""),
                       external_url=f"{self._instance_url()}/lightning/r/Lead/{lead_id}/view")

    def _event(self, facts: dict[str, Any], lead_id: str, attempt: int) -> str | None:
        """The booked call as an Event on the Lead; None while nothing is booked."""
        fields = self.mapping.fields("event", facts)
        if facts.get("booked_minutes") is None or not fields:
            return None
        if attempt > 1 and (found := self._find_event(lead_id, str(facts["booked_at"]))):
            return found
        answer = self._call("POST", f"{self._sobjects}/Event/", "create event", json={**fields, "WhoId": lead_id})
        event_id = answer.get("id")
        if not event_id:
            raise DeliveryFailed("create event: no id in the answer", retryable=True)
        return str(event_id)

    def _find_event(self, lead_id: str, starts_at: str) -> str | None:
        """The Lead's Event at this start (a SOQL dateTime literal is unquoted UTC ISO 8601)."""
        if not lead_id.isalnum() or not starts_at.endswith("Z") or "'" in starts_at:
            return None
        soql = f"SELECT Id FROM Event WHERE WhoId = '{lead_id}' AND StartDateTime = {starts_at} LIMIT 1"
        version = self.mapping.setting("api_version", "59.0")
        answer = self._call("GET", f"/services/data/v{version}/query", "query events", params={"q": soql})
        records = answer.get("records") or []
        found = records[0].get("Id") if records and isinstance(records[0], dict) else None
        return str(found) if found else None

    def _find(self, fields: dict[str, Any]) -> str | None:
        """The newest Lead with this email, updated with ``fields``; ``None`` when there is none."""
        email = fields.get("Email")
        if not isinstance(email, str) or not email:
            return None
        quoted = email.replace("\\", "\\\\").replace("'", "\\'")
        soql = f"SELECT Id FROM Lead WHERE Email = '{quoted}' ORDER BY CreatedDate DESC LIMIT 1"
        version = self.mapping.setting("api_version", "59.0")
        answer = self._call("GET", f"/services/data/v{version}/query", "query leads", params={"q": soql})
        records = answer.get("records") or []
        found = records[0].get("Id") if records and isinstance(records[0], dict) else None
        if not found:
            return None
        self._call("PATCH", f"{self._api}/{found}", "update found lead", json=fields)
        return str(found)

    def _create(self, fields: dict[str, Any]) -> str:
        response = self._request("POST", f"{self._api}/", json=fields)
        if response.status_code == 400 and (existing := _duplicate_lead_id(response)):
            self._call("PATCH", f"{self._api}/{existing}", "update duplicate lead", json=fields)
            return existing
        body = self._checked(response, "create lead")
        lead_id = body.get("id")
        if not lead_id:
            raise DeliveryFailed("create lead: no id in the answer", retryable=True, status=response.status_code)
        return str(lead_id)

    def _call(self, method: str, path: str, what: str, *, missing_ok: bool = False, **kwargs: Any) -> dict:
        return self._checked(self._request(method, path, **kwargs), what, missing_ok)

    @staticmethod
    def _checked(response: requests.Response, what: str, missing_ok: bool = False) -> dict:
        try:
            body = checked(response, what, ("errorCode", "error"), missing_ok)
        except DeliveryFailed as failed:
            if error_code(response, "errorCode") in _TRANSIENT_CODES:
                failed.retryable = True
            raise
        return body if isinstance(body, dict) else {}

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """A REST call with the cached token, fetching a new token once on 401."""
        token = self._access_token()
        response = self._send_with(token, method, path, **kwargs)
        if response.status_code == 401:
            token = self._access_token(stale=token)
            response = self._send_with(token, method, path, **kwargs)
            if response.status_code == 401:
                raise DeliveryFailed(f"{method} lead: HTTP 401 after a new token "
                                     f"({error_code(response, 'errorCode')})",
                                     retryable=False, status=401)
        return response

    def _send_with(self, token: tuple[str, str], method: str, path: str, **kwargs: Any) -> requests.Response:
        return send(self.session, method, token[1] + path, timeout=self.timeout,
                    headers={"Authorization": f"Bearer {token[0]}"}, **kwargs)

    def _instance_url(self) -> str:
        return self._access_token()[1]

    def _access_token(self, stale: tuple[str, str] | None = None) -> tuple[str, str]:
        """The cached token, or a new one when there is none or ``stale`` is the one cached."""
        with self._lock:
            if self._token is not None and self._token != stale:
                return self._token
            client_id, client_secret = self._client
            response = send(self.session, "POST", f"{self.base_url}/services/oauth2/token", timeout=self.timeout,
                            data={"grant_type": "client_credentials", "client_id": client_id,
                                  "client_secret": client_secret})
            body = checked(response, "token", ("error",))
            if not isinstance(body, dict) or not body.get("access_token"):
                raise DeliveryFailed("token: no access_token in the answer", retryable=True)
            self._token = (body["access_token"], str(body.get("instance_url") or self.base_url).rstrip("/"))
            return self._token
