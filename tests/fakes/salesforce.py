"""A local Salesforce org: the OAuth 2.0 client-credentials token endpoint and
the REST sObject API for Lead (create, update, delete) and Event (create, get,
delete; ``WhoId`` a Lead of the org, ``StartDateTime`` an ISO 8601 time with
an offset, ``DurationInMinutes`` or ``EndDateTime`` required), the ``/query``
endpoint for the two SOQL shapes the destination sends (a Lead by Email, a
Lead's Event by start), with a blocking duplicate rule on Email that matches
Leads and Contacts, and ``OwnerId`` checked against the org's users."""

from __future__ import annotations

import itertools
import re
import time
from datetime import datetime, timezone
from typing import Any

from tests.fakes.server import FakeServer, Recorded, Response, json_response

_LEADS = re.compile(r"^/services/data/v(\d+\.\d)/sobjects/Lead/?$")
_LEAD = re.compile(r"^/services/data/v(\d+\.\d)/sobjects/Lead/(\w+)$")
# Standard Lead field lengths the fake enforces, as an org would.
FIELD_LENGTHS = {"FirstName": 40, "LastName": 80, "Company": 255, "Email": 80, "Title": 128,
                 "City": 40, "Country": 80, "Description": 32000}
_EVENTS = re.compile(r"^/services/data/v(\d+\.\d)/sobjects/Event/?$")
_EVENT = re.compile(r"^/services/data/v(\d+\.\d)/sobjects/Event/(\w+)$")
_QUERY_PATH = re.compile(r"^/services/data/v(\d+\.\d)/query/?$")
# SELECT Id FROM Event WHERE WhoId = '<id>' AND StartDateTime = <dateTime literal> [LIMIT n]
_EVENT_SOQL = re.compile(r"^SELECT Id FROM Event WHERE WhoId = '(\w+)' AND StartDateTime = "
                         r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d))(?: LIMIT (\d+))?$",
                         re.IGNORECASE)
# SELECT Id FROM Lead WHERE Email = '<literal>' [ORDER BY CreatedDate DESC] [LIMIT n]
_SOQL = re.compile(r"^SELECT Id FROM Lead WHERE Email = '((?:[^'\\]|\\.)*)'"
                   r"(?: ORDER BY CreatedDate DESC)?(?: LIMIT (\d+))?$", re.IGNORECASE)
USERS = ("005000000000001AAA", "005000000000002AAA")
INVALID_SESSION = [{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}]


def _datetime(value: Any) -> str | None:
    """A dateTime field (ISO 8601 with an offset) as Salesforce returns it (UTC, ``.000+0000``); None if invalid."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def _errors(status: int, code: str, message: str, fields: list[str] | None = None) -> Response:
    return json_response(status, [{"message": message, "errorCode": code, "fields": fields or []}])


class SalesforceFake(FakeServer):
    def __init__(self, client_id: str = "3MVG9-test-client", client_secret: str = "test-secret",
                 block_duplicates: bool = True) -> None:
        super().__init__()
        self.client_id, self.client_secret = client_id, client_secret
        self.block_duplicates = block_duplicates
        self.tokens: set[str] = set()
        self.leads: dict[str, dict[str, Any]] = {}
        self.contacts: dict[str, dict[str, Any]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.users = set(USERS)
        self._ids = itertools.count(1)

    def default_error_body(self, status: int) -> Any:
        if status == 401:
            return INVALID_SESSION
        return [{"message": f"scripted {status}", "errorCode": "UNKNOWN_EXCEPTION"}]

    def expire_tokens(self) -> None:
        """Every issued token stops working, as when a session times out or is revoked."""
        with self._lock:
            self.tokens.clear()

    def add_contact(self, email: str, last_name: str = "Existing") -> str:
        contact_id = f"003{next(self._ids):015d}"
        self.contacts[contact_id] = {"Id": contact_id, "Email": email, "LastName": last_name}
        return contact_id

    def handle(self, request: Recorded) -> Response:
        if request.path == "/services/oauth2/token":
            return self._token(request)
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.tokens:
            return json_response(401, INVALID_SESSION)
        if _QUERY_PATH.match(request.path) and request.method == "GET":
            return self._query(request.param("q") or "")
        if (match := _LEADS.match(request.path)) and request.method == "POST":
            return self._create(request.json(), match[1])
        if _EVENTS.match(request.path) and request.method == "POST":
            return self._create_event(request.json())
        if match := _EVENT.match(request.path):
            event = self.events.get(match[2])
            if event is None:
                return _errors(404, "NOT_FOUND", "The requested resource does not exist")
            if request.method == "GET":
                return json_response(200, {"attributes": {"type": "Event"}, **event})
            if request.method == "DELETE":
                del self.events[match[2]]
                return 204, {}, b""
        if match := _LEAD.match(request.path):
            lead = self.leads.get(match[2])
            if lead is None:
                return _errors(404, "NOT_FOUND", "The requested resource does not exist")
            if request.method == "PATCH":
                fields = request.json()
                if problem := self._invalid(fields, partial=True):
                    return problem
                lead.update(fields)
                return 204, {}, b""
            if request.method == "GET":
                return json_response(200, {"attributes": {"type": "Lead"}, **lead})
            if request.method == "DELETE":
                del self.leads[match[2]]
                # A Lead's activities go with it.
                self.events = {k: e for k, e in self.events.items() if e.get("WhoId") != match[2]}
                return 204, {}, b""
        return _errors(404, "NOT_FOUND", "The requested resource does not exist")

    def _token(self, request: Recorded) -> Response:
        if request.method != "POST":
            return json_response(405, {"error": "invalid_request"})
        form = request.form()
        if form.get("grant_type") != "client_credentials":
            return json_response(400, {"error": "unsupported_grant_type",
                                        "error_description": "grant type not supported"})
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return json_response(400, {"error": "invalid_client", "error_description": "invalid client credentials"})
        token = f"00Dfake!{next(self._ids)}"
        self.tokens.add(token)
        return json_response(200, {
            "access_token": token, "instance_url": self.url, "token_type": "Bearer",
            "id": f"{self.url}/id/00D000000000001/005000000000001", "issued_at": str(int(time.time() * 1000)),
            "signature": "fake-signature", "scope": "api",
        })

    def _invalid(self, fields: Any, partial: bool) -> Response | None:
        if not isinstance(fields, dict):
            return _errors(400, "JSON_PARSER_ERROR", "Expected an object")
        if not partial:
            missing = [f for f in ("LastName", "Company") if not fields.get(f)]
            if missing:
                return _errors(400, "REQUIRED_FIELD_MISSING", f"Required fields are missing: {missing}", missing)
        for name, limit in FIELD_LENGTHS.items():
            if isinstance(fields.get(name), str) and len(fields[name]) > limit:
                return _errors(400, "STRING_TOO_LONG", f"{name}: data value too large", [name])
        if "OwnerId" in fields and fields["OwnerId"] not in self.users:
            return _errors(400, "INVALID_CROSS_REFERENCE_KEY", "Owner ID: id value of incorrect type", ["OwnerId"])
        if "NumberOfEmployees" in fields and not isinstance(fields["NumberOfEmployees"], int):
            return _errors(400, "INVALID_FIELD", "NumberOfEmployees must be an integer", ["NumberOfEmployees"])
        return None

    def _create_event(self, fields: Any) -> Response:
        if not isinstance(fields, dict):
            return _errors(400, "JSON_PARSER_ERROR", "Expected an object")
        start = _datetime(fields.get("StartDateTime"))
        if start is None:
            return _errors(400, "REQUIRED_FIELD_MISSING", "Required fields are missing: [StartDateTime]",
                           ["StartDateTime"])
        duration, end = fields.get("DurationInMinutes"), fields.get("EndDateTime")
        if duration is None and end is None:
            return _errors(400, "REQUIRED_FIELD_MISSING", "Required fields are missing: [DurationInMinutes]",
                           ["DurationInMinutes"])
        if duration is not None and (not isinstance(duration, int) or isinstance(duration, bool) or duration < 0):
            return _errors(400, "INVALID_FIELD", "DurationInMinutes must be a whole number", ["DurationInMinutes"])
        if fields.get("WhoId") is not None and fields["WhoId"] not in self.leads and fields["WhoId"] not in self.contacts:
            return _errors(400, "INVALID_CROSS_REFERENCE_KEY", "Name ID: id value of incorrect type", ["WhoId"])
        if "OwnerId" in fields and fields["OwnerId"] not in self.users:
            return _errors(400, "INVALID_CROSS_REFERENCE_KEY", "Assigned To ID: id value of incorrect type", ["OwnerId"])
        if isinstance(fields.get("Subject"), str) and len(fields["Subject"]) > 255:
            return _errors(400, "STRING_TOO_LONG", "Subject: data value too large", ["Subject"])
        event_id = f"00U{next(self._ids):015d}"
        self.events[event_id] = {"Id": event_id, "IsAllDayEvent": False, "OwnerId": USERS[0], **fields,
                                 "StartDateTime": start}
        return json_response(201, {"id": event_id, "success": True, "errors": []})

    def _query(self, soql: str) -> Response:
        if event := _EVENT_SOQL.match(soql.strip()):
            start = _datetime(event[2])
            limit = int(event[3]) if event[3] else 2000
            found = [e for e in self.events.values() if e.get("WhoId") == event[1] and e["StartDateTime"] == start]
            records = [{"attributes": {"type": "Event", "url": f"/services/data/v59.0/sobjects/Event/{e['Id']}"},
                        "Id": e["Id"]} for e in found[:limit]]
            return json_response(200, {"totalSize": len(records), "done": True, "records": records})
        match = _SOQL.match(soql.strip())
        if not match:
            return _errors(400, "MALFORMED_QUERY",
                           "this fake org answers only: SELECT Id FROM Lead WHERE Email = '...' and "
                           "SELECT Id FROM Event WHERE WhoId = '...' AND StartDateTime = ...")
        email = re.sub(r"\\(.)", r"\1", match[1]).lower()
        limit = int(match[2]) if match[2] else 2000
        found = [lead for lead in reversed(self.leads.values()) if (lead.get("Email") or "").lower() == email][:limit]
        records = [{"attributes": {"type": "Lead", "url": f"/services/data/v59.0/sobjects/Lead/{lead['Id']}"},
                    "Id": lead["Id"]} for lead in found]
        return json_response(200, {"totalSize": len(records), "done": True, "records": records})

    def _duplicates(self, email: str | None) -> list[tuple[str, str]]:
        if not email:
            return []
        found = [("Lead", i) for i, lead in self.leads.items() if (lead.get("Email") or "").lower() == email.lower()]
        found += [("Contact", i) for i, c in self.contacts.items() if c["Email"].lower() == email.lower()]
        return found

    def _create(self, fields: Any, version: str) -> Response:
        if problem := self._invalid(fields, partial=False):
            return problem
        duplicates = self._duplicates(fields.get("Email")) if self.block_duplicates else []
        if duplicates:
            message = "You're creating a duplicate record. We recommend you use an existing record instead."
            match_results = []
            for kind in sorted({k for k, _ in duplicates}):
                records = [{"additionalInformation": [], "fieldDiffs": [], "matchConfidence": 100.0,
                            "record": {"attributes": {"type": kind,
                                                      "url": f"/services/data/v{version}/sobjects/{kind}/{i}"},
                                       "Id": i}} for k, i in duplicates if k == kind]
                match_results.append({"entityType": kind, "errors": [], "matchEngine": "FuzzyMatchEngine",
                                      "matchRecords": records, "rule": f"Standard_{kind}_Match_Rule_v1_0",
                                      "size": len(records), "success": True})
            return json_response(400, [{
                "duplicateResult": {
                    "allowSave": False, "duplicateRule": "Standard_Rule_for_Leads_with_Duplicate_Leads",
                    "duplicateRuleEntityType": "Lead", "errorMessage": message, "matchResults": match_results,
                },
                "errorCode": "DUPLICATES_DETECTED", "message": message,
            }])
        lead_id = f"00Q{next(self._ids):015d}"
        self.leads[lead_id] = {"Id": lead_id, "Status": "Open - Not Contacted", **fields}
        return json_response(201, {"id": lead_id, "success": True, "errors": []})
