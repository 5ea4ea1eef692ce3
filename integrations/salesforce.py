"""Salesforce: each lead is a Lead record, created once and updated after.

Authentication is the OAuth 2.0 client-credentials flow of a connected app,
which Salesforce grants only on the org's My Domain
(``https://<mydomain>.my.salesforce.com``; ``login.salesforce.com`` and
``test.salesforce.com`` refuse it), so ``base_url`` must be that URL and a
destination without it is refused when built, with a message saying so. The
token is cached and fetched again once when Salesforce answers 401
(``INVALID_SESSION_ID``: expired or revoked).

When the org's duplicate rules block a create (``DUPLICATES_DETECTED``), the
matching Lead is updated instead, so a returning visitor never becomes a
second record; a match on a Contact alone is saved anyway when the mapping's
``allow_duplicate_save`` sends ``Sforce-Duplicate-Rule-Header: allowSave=true``,
and is refused with a message saying so otherwise. A retried create (the
first one's answer may have been lost after Salesforce saved the Lead) asks
first (SOQL through ``/query``) for the newest Lead with the same email, and
updates it instead of inserting another; with an external-id field in the
mapping (``external_id_field``), every create is an upsert on the lead id
instead, which no lost answer can double.

Updates leave out the fields sales own (the mapping's ``create_only``: Rating),
and a Status earlier in the org's picklist than the Lead's (read before the
update) is not sent: Claim and Disqualify in Slack move it on, an update
never moves it back. A Lead that sales converted refuses updates
(``CANNOT_UPDATE_CONVERTED_LEAD``): the destination stops updating it, never
dead-letters for it, and books later calls on the Contact it became
(``ConvertedContactId``, with the Opportunity as ``WhatId``).

A call booked in the chat becomes an Event on the Lead (``WhoId``) with the
owner as ``OwnerId``: an Event is what salespeople see in their calendar and
in the Lead's activities, where a Lead field would only be a value to look
at. The external id is then ``"<lead id>:<event id>@<call time>"``; the Event is
made once, and a retried delivery first asks (SOQL) for the Lead's Event at that
start, so a lost answer never makes a second one. A call the visitor moved moves
the Event (``PATCH sobjects/Event/<id>``: ``StartDateTime`` and ``DurationInMinutes``
alone, whose sum Salesforce keeps as ``EndDateTime``), once per move
(``integrations.calendar_entry``: the time last written is kept beside the Event's
id); an Event deleted in the org meanwhile is made again at the new time.

A salesperson's chat with the visitor (``lead.chat``, ``integrations.chat_note``)
becomes a completed Task on the Lead (or the Contact it became), as a logged
call is: it shows in the record's activity history, the lines in its
Comments (``Description``, plain text, at most 32,000 characters). A retried
delivery first asks (SOQL) for the Task with that subject, which names the
chat's start to the second. Erasing the Lead deletes its Tasks with it; a
converted Lead's chats are on its Contact, which stays, so they are found by
their subject and deleted first.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import urlsplit

import requests

from integrations.calendar_entry import Entry, move, slot, time_fields
from integrations.chat_note import CHAT, TITLE, is_chat, note_text, subject
from integrations.crm import CrmDestination
from integrations.destination import DeliveryFailed, Outcome, Push
from integrations.transport import checked, error_code, send

LOGIN_HOSTS = {"login.salesforce.com", "test.salesforce.com"}
MY_DOMAIN_HELP = ("SALESFORCE_BASE_URL must be your org's My Domain URL, https://<mydomain>.my.salesforce.com "
                  "(Setup > My Domain): Salesforce grants the client-credentials flow only there, never on "
                  "login.salesforce.com or test.salesforce.com")
LEAD_ID_PREFIX = "00Q"
# A Task's Comments hold at most this many characters.
TASK_DESCRIPTION_CHARS = 32000
# What a chat's Task is written with (the doctor checks the run-as user may).
TASK_FIELDS = ("Subject", "Description", "Status", "Priority", "TaskSubtype", "WhoId", "WhatId", "ActivityDate")
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


def _literal(text: str) -> str:
    """``text`` inside a SOQL string literal (backslash and quote escaped)."""
    return text.replace("\\", "\\\\").replace("'", "\\'")


def my_domain(base_url: str | None) -> str:
    """``base_url`` when it can issue client-credentials tokens; ``ValueError`` saying what to set otherwise."""
    host = (urlsplit(base_url or "").hostname or "").lower()
    if not host:
        raise ValueError(f"no Salesforce URL: {MY_DOMAIN_HELP}")
    if host in LOGIN_HOSTS:
        raise ValueError(f"{host} is not a My Domain: {MY_DOMAIN_HELP}")
    return str(base_url)


class Salesforce(CrmDestination):
    """Pushes leads to Salesforce; ``base_url`` is the org's My Domain URL, which issues the tokens."""

    name = "salesforce"
    takes_chat = True  # a completed Task on the Lead when a salesperson's chat with the visitor ends
    label = "Salesforce"

    def __init__(self, *, client_id: str, client_secret: str, base_url: str | None = None,
                 **options: Any) -> None:
        """``options``: ``session`` (required), ``mapping``, ``timeout``, ``owners`` (``CrmDestination``)."""
        super().__init__(base_url=my_domain(base_url), **options)
        self._client = (client_id, client_secret)
        self._token: tuple[str, str] | None = None  # (access token, instance url)
        self._statuses: list[str] | None = None
        self._lock = threading.Lock()

    @property
    def _api(self) -> str:
        return f"{self._sobjects}/Lead"

    @property
    def _sobjects(self) -> str:
        return f"/services/data/v{self.mapping.setting('api_version', '59.0')}/sobjects"

    def deliver(self, delivery: Push) -> Outcome:
        lead_id, _, kept = (delivery.external_id or "").partition(":")
        event = Entry.read(kept)
        if delivery.event == "lead.erased":
            if event:  # its subject names the person
                self._call("DELETE", f"{self._sobjects}/Event/{event.id}", "delete event", missing_ok=True)
            if lead_id:
                self._erase_converted_chats(lead_id)
                self._call("DELETE", f"{self._api}/{lead_id}", "delete lead", missing_ok=True)
            return Outcome()
        if delivery.event == CHAT:
            if not lead_id:
                raise DeliveryFailed("create task: the lead is not there yet", retryable=True)
            self._chat_task(lead_id, delivery.payload, delivery.attempt)
            return Outcome()
        facts = self.facts(delivery)
        converted: dict[str, Any] | None = None
        if lead_id:
            converted = self._update(lead_id, self.mapping.fields("lead", facts, creating=False))
        elif self.mapping.setting("external_id_field"):
            lead_id = self._upsert(str(self.mapping.setting("external_id_field")), facts)
        else:
            lead_id = (self._find(facts) if delivery.attempt > 1 else None) or \
                self._create(self.mapping.fields("lead", facts))
        who, what = (converted.get("ConvertedContactId"), converted.get("ConvertedOpportunityId")) if converted \
            else (lead_id, None)
        event = self._move_event(event, facts, str(who or lead_id), what, delivery.attempt) if event else \
            self._event(facts, str(who or lead_id), what, delivery.attempt)
        record = f"Contact/{who}" if converted and who else f"Lead/{lead_id}"
        return Outcome(external_id=lead_id + (f":{event.kept()}" if event else ""),
                       external_url=f"{self.instance_url()}/lightning/r/{record}/view")

    def _update(self, lead_id: str, fields: dict[str, Any]) -> dict[str, Any] | None:
        """PATCH the Lead; when sales converted it, nothing is updated and what it became is returned."""
        if "Status" in fields:
            self._status_forward_only(lead_id, fields)
        response = self._request("PATCH", f"{self._api}/{lead_id}", json=fields)
        if response.status_code == 400 and error_code(response, "errorCode") == "CANNOT_UPDATE_CONVERTED_LEAD":
            return self._call("GET", f"{self._api}/{lead_id}", "read converted lead",
                              params={"fields": "ConvertedContactId,ConvertedOpportunityId,ConvertedAccountId"})
        self._checked(response, "update lead")
        return None

    def _status_forward_only(self, lead_id: str, fields: dict[str, Any]) -> None:
        """Leave the Status alone when the new one comes earlier in the org's picklist than the Lead's."""
        order = self._status_order()
        current = self._call("GET", f"{self._api}/{lead_id}", "read lead", params={"fields": "Status"}).get("Status")
        if current in order and fields["Status"] in order and order.index(fields["Status"]) <= order.index(current):
            del fields["Status"]

    def _status_order(self) -> list[str]:
        """The org's Lead Status values in their picklist order, read once (``describe``)."""
        with self._lock:
            cached = self._statuses
        if cached is None:
            described = self._call("GET", f"{self._api}/describe", "describe lead")
            status = next((f for f in described.get("fields") or [] if f.get("name") == "Status"), {})
            cached = [str(p.get("value")) for p in status.get("picklistValues") or [] if p.get("active")]
            with self._lock:
                self._statuses = cached
        return cached

    def _upsert(self, field: str, facts: dict[str, Any]) -> str:
        """Create or update the Lead whose external-id ``field`` holds the lead id: a repeat finds it.
        The fields sales own go in only when the upsert made the Lead, so an existing one keeps them."""
        fields = self.mapping.fields("lead", facts)
        fields.pop(field, None)
        owned = {k: v for k, v in fields.items() if k in set(self.mapping.create_only("lead"))}
        path = f"{self._api}/{field}/{requests.utils.quote(str(facts['lead_id']), safe='')}"
        response = self._request("PATCH", path, json={k: v for k, v in fields.items() if k not in owned},
                                 headers=self._duplicate_header())
        body = self._checked(response, "upsert lead")
        if not body.get("id"):
            raise DeliveryFailed("upsert lead: no id in the answer", retryable=True, status=response.status_code)
        if body.get("created") and owned:
            self._update(str(body["id"]), owned)
        return str(body["id"])

    def _event(self, facts: dict[str, Any], who: str, what: str | None, attempt: int) -> Entry | None:
        """The booked call as an Event on the Lead (or the Contact it became); None while nothing is booked."""
        fields = self.mapping.fields("event", facts)
        if facts.get("booked_minutes") is None or not fields:
            return None
        if attempt > 1 and (found := self._find_event(who, str(facts["booked_at"]))):
            return Entry(found, slot(facts))
        body = {**fields, "WhoId": who, **({"WhatId": what} if what else {})}
        answer = self._call("POST", f"{self._sobjects}/Event/", "create event", json=body)
        event_id = answer.get("id")
        if not event_id:
            raise DeliveryFailed("create event: no id in the answer", retryable=True)
        return Entry(str(event_id), slot(facts))

    def _move_event(self, event: Entry, facts: dict[str, Any], who: str, what: str | None,
                    attempt: int) -> Entry | None:
        """The Event at the call's time (its start and length: ``calendar_entry.move``); one deleted in the org
        since is made again."""
        return move(event, facts, time_fields(self.mapping, "event", facts),
                     lambda fields: self._call("PATCH", f"{self._sobjects}/Event/{event.id}", "move event", json=fields),
                     lambda: self._event(facts, who, what, attempt))

    def _chat_task(self, lead_id: str, payload: dict[str, Any], attempt: int) -> str:
        """The chat as a completed Task on the Lead, or on the Contact (and Opportunity) it was converted to."""
        lead = self._call("GET", f"{self._api}/{lead_id}", "read lead",
                          params={"fields": "IsConverted,ConvertedContactId,ConvertedOpportunityId"})
        who = str(lead.get("ConvertedContactId") or lead_id) if lead.get("IsConverted") else lead_id
        what = lead.get("ConvertedOpportunityId") if lead.get("IsConverted") else None
        title = subject(payload)
        if attempt > 1 and (found := self._find_task(who, title)):
            return found
        chat = (payload.get("data") or {}).get("chat") or {}
        body = {"Subject": title, "Description": note_text(payload, TASK_DESCRIPTION_CHARS), "Status": "Completed",
                "Priority": "Normal", "TaskSubtype": "Task", "WhoId": who, **({"WhatId": what} if what else {}),
                **({"ActivityDate": str(chat["ended_at"])[:10]} if chat.get("ended_at") else {})}
        task_id = self._call("POST", f"{self._sobjects}/Task/", "create task", json=body).get("id")
        if not task_id:
            raise DeliveryFailed("create task: no id in the answer", retryable=True)
        return str(task_id)

    def _erase_converted_chats(self, lead_id: str) -> None:
        """The chat Tasks on the Contact a Lead was converted to: deleting the Lead leaves them, with the
        visitor's words in them."""
        lead = self._call("GET", f"{self._api}/{lead_id}", "read lead", missing_ok=True,
                          params={"fields": "IsConverted,ConvertedContactId"})
        contact = str(lead.get("ConvertedContactId") or "") if lead.get("IsConverted") else ""
        if not contact.isalnum():
            return
        # LIKE narrows the search; the whole heading (``is_chat``, as for HubSpot's and Pipedrive's notes) decides.
        soql = f"SELECT Id, Subject FROM Task WHERE WhoId = '{contact}' AND Subject LIKE '{_literal(TITLE)}%'"
        for record in self.read("/query", "query tasks", q=soql).get("records") or []:
            if isinstance(record, dict) and str(record.get("Id") or "").isalnum() \
                    and is_chat(str(record.get("Subject") or "")):
                self._call("DELETE", f"{self._sobjects}/Task/{record['Id']}", "delete task", missing_ok=True)

    def _find_task(self, who: str, title: str) -> str | None:
        """The Task with this subject on ``who``: what a create whose answer was lost made."""
        if not who.isalnum():
            return None
        return self._first_id(f"SELECT Id FROM Task WHERE WhoId = '{who}' AND Subject = '{_literal(title)}' LIMIT 1",
                              "query tasks")

    def _find_event(self, lead_id: str, starts_at: str) -> str | None:
        """The Lead's Event at this start (a SOQL dateTime literal is unquoted UTC ISO 8601)."""
        if not lead_id.isalnum() or not starts_at.endswith("Z") or "'" in starts_at:
            return None
        return self._first_id(f"SELECT Id FROM Event WHERE WhoId = '{lead_id}' AND StartDateTime = {starts_at} "
                              "LIMIT 1", "query events")

    def _first_id(self, soql: str, what: str) -> str | None:
        """The Id of the first record a SOQL query finds; None when it finds none."""
        answer = self.read("/query", what, q=soql)
        records = answer.get("records") or []
        found = records[0].get("Id") if records and isinstance(records[0], dict) else None
        return str(found) if found else None

    def _find(self, facts: dict[str, Any]) -> str | None:
        """The newest Lead with this email, updated with the lead's fields; ``None`` when there is none."""
        fields = self.mapping.fields("lead", facts, creating=False)
        email = fields.get("Email")
        if not isinstance(email, str) or not email:
            return None
        found = self._first_id(f"SELECT Id FROM Lead WHERE Email = '{_literal(email)}' ORDER BY CreatedDate DESC "
                               "LIMIT 1", "query leads")
        if not found:
            return None
        self._update(str(found), fields)
        return str(found)

    def _duplicate_header(self) -> dict[str, str]:
        return {"Sforce-Duplicate-Rule-Header": "allowSave=true"} if self.mapping.setting("allow_duplicate_save") \
            else {}

    def _create(self, fields: dict[str, Any]) -> str:
        response = self._request("POST", f"{self._api}/", json=fields, headers=self._duplicate_header())
        if response.status_code == 400 and (existing := _duplicate_lead_id(response)):
            owned = set(self.mapping.create_only("lead"))
            self._update(existing, {k: v for k, v in fields.items() if k not in owned})
            return existing
        if response.status_code == 400 and error_code(response, "errorCode") == "DUPLICATES_DETECTED":
            raise DeliveryFailed("create lead: HTTP 400 (DUPLICATES_DETECTED): the org's duplicate rule matched a "
                                 "Contact; set allow_duplicate_save in the Salesforce mapping to save the Lead anyway",
                                 retryable=False, status=400)
        body = self._checked(response, "create lead")
        lead_id = body.get("id")
        if not lead_id:
            raise DeliveryFailed("create lead: no id in the answer", retryable=True, status=response.status_code)
        return str(lead_id)

    def read(self, path: str, what: str, **params: Any) -> dict:
        """A GET of the REST API under ``/services/data/v<version>`` (the doctor's read-only checks)."""
        version = self.mapping.setting("api_version", "59.0")
        return self._call("GET", f"/services/data/v{version}{path}", what, params=params or None)

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

    def _send_with(self, token: tuple[str, str], method: str, path: str, *,
                   headers: dict[str, str] | None = None, **kwargs: Any) -> requests.Response:
        return send(self.session, method, token[1] + path, timeout=self.timeout,
                    headers={"Authorization": f"Bearer {token[0]}", **(headers or {})}, **kwargs)

    def instance_url(self) -> str:
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
            if response.status_code == 400 and error_code(response, "error") == "invalid_grant" and \
                    "domain" in str(error_code(response, "error_description") or ""):
                raise DeliveryFailed(f"token: HTTP 400 (invalid_grant): {MY_DOMAIN_HELP}", retryable=False, status=400)
            body = checked(response, "token", ("error",))
            if not isinstance(body, dict) or not body.get("access_token"):
                raise DeliveryFailed("token: no access_token in the answer", retryable=True)
            self._token = (body["access_token"], str(body.get("instance_url") or self.base_url).rstrip("/"))
            return self._token
