"""A local Salesforce org, held to a default org's ``describe`` of Lead and Event
and Task (``harness/fakes/contracts/salesforce``: State and Country/Territory picklists on, as
in every new org).

The OAuth 2.0 client-credentials token endpoint answers only on the org's My Domain; a fake
made with ``login_host=True`` plays ``login.salesforce.com``, which refuses the flow
(``invalid_grant``). The REST sObject API takes Lead (create, update, delete, get, upsert
on an external-id field), Event and Task (create, get, update, delete), each call judged by the run-as
user's object permissions as the describe gives them (``createable``, ``updateable``, ``deletable``: a
false one refuses creates, updates or deletes with ``INSUFFICIENT_ACCESS_OR_READONLY``), and every field
by the describe the way the org judges it: a field the object does not have is ``INVALID_FIELD``,
one that cannot be written ``INVALID_FIELD_FOR_INSERT_UPDATE``, text past its length
``STRING_TOO_LONG``, a value outside a restricted picklist
``INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST``, a date that is not ``YYYY-MM-DD`` or a dateTime
without its offset ``JSON_PARSER_ERROR``, an activity's ``WhoId`` that is no id ``MALFORMED_ID``, the id of
something else than a Lead or Contact ``FIELD_INTEGRITY_EXCEPTION`` and one of nobody
``INVALID_CROSS_REFERENCE_KEY``, and a ``Country`` that is not the full name of a country of
the picklist (or does not match ``CountryCode``) ``FIELD_INTEGRITY_EXCEPTION``.
A converted Lead refuses updates (``CANNOT_UPDATE_CONVERTED_LEAD``) and activities; a deleted
Lead takes its activities with it. An Event's ``EndDateTime`` is its ``StartDateTime`` plus
``DurationInMinutes``: one of the two lengths must be given on create, both may be if they add up
(the Object Reference, "Event"), else ``FIELD_INTEGRITY_EXCEPTION``; an update of the start alone
keeps the length.

``/query`` answers the SOQL shapes the destination and the doctor send (a Lead by Email,
a Lead's Event by start, a Task by who and subject, the active duplicate rules, active users by id). A blocking duplicate rule on Email
matches Leads and Contacts unless the request carries
``Sforce-Duplicate-Rule-Header: allowSave=true``; ``OwnerId`` must be a user of the org.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import time
from datetime import datetime, timedelta, timezone
from typing import Any

from harness.fakes.openapi import CONTRACTS
from harness.fakes.server import FakeServer, Recorded, Response, json_response

_SOBJECT = r"^/services/data/v(\d+\.\d)/sobjects"
_LEADS = re.compile(_SOBJECT + r"/Lead/?$")
_LEAD = re.compile(_SOBJECT + r"/Lead/(\w+)$")
_UPSERT = re.compile(_SOBJECT + r"/Lead/(\w+)/([^/]+)$")
_DESCRIBE = re.compile(_SOBJECT + r"/(Lead|Event|Task)/describe/?$")
_EVENTS = re.compile(_SOBJECT + r"/Event/?$")
_TASKS = re.compile(_SOBJECT + r"/Task/?$")
_ACTIVITY = re.compile(_SOBJECT + r"/(Event|Task)/(\w+)$")
_QUERY_PATH = re.compile(r"^/services/data/v(\d+\.\d)/query/?$")
# SELECT Id FROM Event WHERE WhoId = '<id>' AND StartDateTime = <dateTime literal> [LIMIT n]
_EVENT_SOQL = re.compile(r"^SELECT Id FROM Event WHERE WhoId = '(\w+)' AND StartDateTime = "
                         r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d))(?: LIMIT (\d+))?$",
                         re.IGNORECASE)
# SELECT Id[, Subject] FROM Task WHERE WhoId = '<id>' AND Subject (= | LIKE) '<literal>' [LIMIT n] (LIKE: a prefix
# and %)
_TASK_SOQL = re.compile(r"^SELECT Id(, ?Subject)? FROM Task WHERE WhoId = '(\w+)' AND Subject (=|LIKE) '((?:[^'\\]|\\.)*)'"
                        r"(?: LIMIT (\d+))?$", re.IGNORECASE)
# SELECT Id FROM Lead WHERE Email = '<literal>' [ORDER BY CreatedDate DESC] [LIMIT n]
_SOQL = re.compile(r"^SELECT Id FROM Lead WHERE Email = '((?:[^'\\]|\\.)*)'"
                   r"(?: ORDER BY CreatedDate DESC)?(?: LIMIT (\d+))?$", re.IGNORECASE)
_USERS_SOQL = re.compile(r"^SELECT Id FROM User WHERE IsActive = true AND Id IN \(((?:'\w+'(?:, ?)?)+)\)$",
                         re.IGNORECASE)
_RULES_SOQL = re.compile(r"^SELECT DeveloperName, IsActive FROM DuplicateRule WHERE SobjectType = 'Lead'$",
                         re.IGNORECASE)
USERS = ("005000000000001AAA", "005000000000002AAA")
OLDEST_VERSION = 31  # versions 21.0 to 30.0 were retired in summer 2025
INVALID_SESSION = [{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}]
DESCRIBES = {name: json.loads((CONTRACTS / "salesforce" / f"{name}.json").read_text(encoding="utf-8"))
             for name in ("Lead", "Event", "Task")}
_TEXT_TYPES = {"string", "textarea", "email", "phone", "url", "picklist", "combobox", "date", "reference"}
# A record id: 15 characters, or 18 with the case-safe suffix.
_ID = re.compile(r"^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _datetime(value: Any) -> str | None:
    """A dateTime field (ISO 8601 with an offset) as Salesforce returns it (UTC, ``.000+0000``); None if invalid."""
    if not isinstance(value, str):
        return None
    try:  # the offset as Salesforce writes it (+0000) too
        moment = datetime.fromisoformat(re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value.replace("Z", "+00:00")))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def _errors(status: int, code: str, message: str, fields: list[str] | None = None) -> Response:
    return json_response(status, [{"message": message, "errorCode": code, "fields": fields or []}])


def _event_times(event: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any] | Response:
    """An Event's ``StartDateTime``, ``EndDateTime`` and ``DurationInMinutes`` once ``fields`` are written over
    ``event`` (as Salesforce returns them), or the refusal: a length given twice must add up, and none is
    negative. A new start with no length keeps the Event's length."""
    start = _datetime(fields.get("StartDateTime", event.get("StartDateTime")))
    if start is None:
        return {}
    begins = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S.000+0000").replace(tzinfo=timezone.utc)
    duration = fields.get("DurationInMinutes")
    end = _datetime(fields["EndDateTime"]) if fields.get("EndDateTime") is not None else None
    if end is not None:
        ends = datetime.strptime(end, "%Y-%m-%dT%H:%M:%S.000+0000").replace(tzinfo=timezone.utc)
        minutes = int((ends - begins).total_seconds() // 60)
        if duration is not None and duration != minutes:
            return _errors(400, "FIELD_INTEGRITY_EXCEPTION", "Duration and end date/time do not match: "
                           f"{duration} minutes is not {start} to {end}", ["DurationInMinutes", "EndDateTime"])
        duration = minutes
    if duration is None:
        duration = event.get("DurationInMinutes")
    if not isinstance(duration, int) or duration < 0:
        return _errors(400, "FIELD_INTEGRITY_EXCEPTION", "The event's end can't be before its start",
                       ["DurationInMinutes"])
    ends = begins + timedelta(minutes=duration)
    return {"StartDateTime": start, "DurationInMinutes": duration,
            "EndDateTime": ends.strftime("%Y-%m-%dT%H:%M:%S.000+0000")}


class SalesforceFake(FakeServer):
    def __init__(self, client_id: str = "3MVG9-test-client", client_secret: str = "test-secret",
                 block_duplicates: bool = True, login_host: bool = False) -> None:
        super().__init__()
        self.client_id, self.client_secret = client_id, client_secret
        self.block_duplicates = block_duplicates
        self.login_host = login_host
        self.tokens: set[str] = set()
        self.leads: dict[str, dict[str, Any]] = {}
        self.contacts: dict[str, dict[str, Any]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.tasks: dict[str, dict[str, Any]] = {}
        self.users = set(USERS)
        self.describes = copy.deepcopy(DESCRIBES)
        self.duplicate_rules = [{"DeveloperName": "Standard_Rule_for_Leads_with_Duplicate_Contacts", "IsActive": True},
                                {"DeveloperName": "Standard_Rule_for_Leads_with_Duplicate_Leads", "IsActive": True}]
        self._ids = itertools.count(1)

    def default_error_body(self, status: int) -> Any:
        if status == 401:
            return INVALID_SESSION
        return [{"message": f"scripted {status}", "errorCode": "UNKNOWN_EXCEPTION"}]

    # the org, as tests shape it
    def expire_tokens(self) -> None:
        """Every issued token stops working, as when a session times out or is revoked."""
        with self._lock:
            self.tokens.clear()

    def add_contact(self, email: str, last_name: str = "Existing") -> str:
        contact_id = f"003{next(self._ids):015d}"
        self.contacts[contact_id] = {"Id": contact_id, "Email": email, "LastName": last_name}
        return contact_id

    def add_field(self, sobject: str, name: str, type_: str = "string", length: int = 255,
                  external_id: bool = False) -> None:
        """A custom field an admin made (``LeadBot_Lead_Id__c``, external id and unique)."""
        self.describes[sobject]["fields"].append({
            "name": name, "label": name, "type": type_, "length": length, "nillable": True, "createable": True,
            "updateable": True, "defaultedOnCreate": False, "restrictedPicklist": False, "picklistValues": [],
            "externalId": external_id, "unique": external_id, "controllerName": None})

    def convert(self, lead_id: str) -> str:
        """Sales convert the Lead: a Contact (and Account, Opportunity) take over; the Lead is frozen."""
        lead = self.leads[lead_id]
        contact_id = self.add_contact(lead.get("Email") or "", lead.get("LastName") or "")
        lead.update(IsConverted=True, Status="Closed - Converted", ConvertedContactId=contact_id,
                    ConvertedAccountId=f"001{next(self._ids):015d}", ConvertedOpportunityId=f"006{next(self._ids):015d}")
        return contact_id

    def add_task(self, who: str, subject: str) -> str:
        """A Task someone made in the org (not leadbot)."""
        return self._store_task({"WhoId": who, "Subject": subject})

    def _store_task(self, fields: dict[str, Any]) -> str:
        task_id = f"00T{next(self._ids):015d}"
        self.tasks[task_id] = {"Id": task_id, "Status": "Not Started", "Priority": "Normal", "OwnerId": USERS[0],
                               **fields}
        return task_id

    def field(self, sobject: str, name: str) -> dict[str, Any] | None:
        return next((f for f in self.describes[sobject]["fields"] if f["name"] == name), None)

    # serving
    def handle(self, request: Recorded) -> Response:
        if request.path == "/services/oauth2/token":
            return self._token(request)
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.tokens:
            return json_response(401, INVALID_SESSION)
        version = re.match(r"^/services/data/v(\d+)\.\d/", request.path)
        if version and int(version[1]) < OLDEST_VERSION:
            return _errors(410, "UNSUPPORTED_API_VERSION", f"API version {version[1]}.0 is retired; use "
                           f"{OLDEST_VERSION}.0 or later")
        if _QUERY_PATH.match(request.path) and request.method == "GET":
            return self._query(request.param("q") or "")
        if (match := _DESCRIBE.match(request.path)) and request.method == "GET":
            return json_response(200, self.describes[match[2]])
        if (match := _LEADS.match(request.path)) and request.method == "POST":
            return self._create(request.json(), request, match[1])
        if (match := _UPSERT.match(request.path)) and request.method == "PATCH":
            return self._upsert(match[2], match[3], request.json(), request, match[1])
        if _EVENTS.match(request.path) and request.method == "POST":
            return self._create_event(request.json())
        if _TASKS.match(request.path) and request.method == "POST":
            return self._create_task(request.json())
        if match := _ACTIVITY.match(request.path):
            records = self.events if match[2] == "Event" else self.tasks
            record = records.get(match[3])
            if record is None:
                return _errors(404, "NOT_FOUND", "The requested resource does not exist")
            if request.method == "GET":
                return json_response(200, {"attributes": {"type": match[2]}, **record})
            if request.method == "DELETE":
                if denied := self._denied(match[2], "deletable"):
                    return denied
                del records[match[3]]
                return 204, {}, b""
            if request.method == "PATCH":
                return self._update_activity(match[2], record, request.json())
        if match := _LEAD.match(request.path):
            lead = self.leads.get(match[2])
            if lead is None:
                return _errors(404, "NOT_FOUND", "The requested resource does not exist")
            if request.method == "PATCH":
                return self._update(lead, request.json())
            if request.method == "GET":
                wanted = (request.param("fields") or "").split(",")
                shown = {k: v for k, v in lead.items() if not wanted[0] or k in wanted or k == "Id"}
                return json_response(200, {"attributes": {"type": "Lead"}, **shown})
            if request.method == "DELETE":
                if denied := self._denied("Lead", "deletable"):
                    return denied
                del self.leads[match[2]]
                # A Lead's activities go with it.
                self.events = {k: e for k, e in self.events.items() if e.get("WhoId") != match[2]}
                self.tasks = {k: t for k, t in self.tasks.items() if t.get("WhoId") != match[2]}
                return 204, {}, b""
        return _errors(404, "NOT_FOUND", "The requested resource does not exist")

    def _token(self, request: Recorded) -> Response:
        if request.method != "POST":
            return json_response(405, {"error": "invalid_request"})
        form = request.form()
        if form.get("grant_type") != "client_credentials":
            return json_response(400, {"error": "unsupported_grant_type",
                                        "error_description": "grant type not supported"})
        if self.login_host:
            return json_response(400, {"error": "invalid_grant",
                                        "error_description": "request not supported on this domain"})
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return json_response(400, {"error": "invalid_client", "error_description": "invalid client credentials"})
        token = f"00Dfake!{next(self._ids)}"
        self.tokens.add(token)
        return json_response(200, {
            "access_token": token, "instance_url": self.url, "token_type": "Bearer",
            "id": f"{self.url}/id/00D000000000001/005000000000001", "issued_at": str(int(time.time() * 1000)),
            "signature": "fake-signature", "scope": "api",
        })

    def _denied(self, sobject: str, permission: str) -> Response | None:
        """The refusal of a call the run-as user's object permissions do not allow (the describe's
        ``createable``, ``updateable``, ``deletable`` false: no Create, Edit or Delete on the object); None
        when they do. The code is the API's StatusCode for missing access; the message is not recorded
        from a live org."""
        if self.describes[sobject].get(permission) is not False:
            return None
        return _errors(400, "INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id")

    def _invalid(self, sobject: str, fields: Any, creating: bool) -> Response | None:
        """What the org says about these field values, judged by the describe (and the object permission
        the call needs); None when they are fine."""
        if denied := self._denied(sobject, "createable" if creating else "updateable"):
            return denied
        if not isinstance(fields, dict):
            return _errors(400, "JSON_PARSER_ERROR", "Expected an object")
        for name, value in fields.items():
            field = self.field(sobject, name)
            if field is None:
                return _errors(400, "INVALID_FIELD", f"No such column '{name}' on sobject of type {sobject}", [name])
            if not field["createable" if creating else "updateable"]:
                return _errors(400, "INVALID_FIELD_FOR_INSERT_UPDATE", f"Unable to create/update fields: {name}. "
                               "Please check the security settings of this field and verify that it is read/write "
                               "for your profile or permission set.", [name])
            if value is None:
                if not field["nillable"]:  # a default applies only when the field is left out
                    return _errors(400, "REQUIRED_FIELD_MISSING", f"Required fields are missing: [{name}]", [name])
                continue
            if field["type"] in _TEXT_TYPES and not isinstance(value, str):
                return _errors(400, "JSON_PARSER_ERROR", f"Cannot deserialize instance of string from {value!r}",
                               [name])
            if isinstance(value, str) and field["length"] and len(value) > field["length"]:
                return _errors(400, "STRING_TOO_LONG", f"{field['label']}: data value too large", [name])
            if field["type"] == "date" and not _DATE.match(value):
                return _errors(400, "JSON_PARSER_ERROR", f"Cannot deserialize instance of date from VALUE_STRING "
                               f"value {value}", [name])
            if field["type"] == "datetime" and _datetime(value) is None:
                return _errors(400, "JSON_PARSER_ERROR", f"Cannot deserialize instance of datetime from "
                               f"{value!r}", [name])
            if field["type"] == "reference" and not _ID.match(value):
                return _errors(400, "MALFORMED_ID", f"{field['label']}: id value of incorrect type: {value}", [name])
            if field["type"] == "int" and (not isinstance(value, int) or isinstance(value, bool)):
                return _errors(400, "INVALID_FIELD", f"{name} must be an integer", [name])
            if field["type"] == "picklist" and field["restrictedPicklist"] and \
                    value not in {p["value"] for p in field["picklistValues"] if p["active"]}:
                return _errors(400, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                               f"{field['label']}: bad value for restricted picklist field: {value}", [name])
            if field["type"] == "reference" and name == "OwnerId" and value not in self.users:
                return _errors(400, "INVALID_CROSS_REFERENCE_KEY", "Owner ID: id value of incorrect type", [name])
        if creating:
            missing = [f["name"] for f in self.describes[sobject]["fields"]
                       if not f["nillable"] and f["createable"] and not f["defaultedOnCreate"] and not fields.get(f["name"])]
            if missing:
                return _errors(400, "REQUIRED_FIELD_MISSING", f"Required fields are missing: {missing}", missing)
        return self._country(sobject, fields)

    def _country(self, sobject: str, fields: dict[str, Any]) -> Response | None:
        """With country picklists on, Country is the full name of a listed country, matching CountryCode."""
        codes = self.field(sobject, "CountryCode")
        if codes is None or ("Country" not in fields and "CountryCode" not in fields):
            return None
        labels = {p["value"]: p["label"] for p in codes["picklistValues"] if p["active"]}
        country, code = fields.get("Country"), fields.get("CountryCode")
        if (country is not None and country not in labels.values()) or \
                (country is not None and code is not None and labels.get(code) != country):
            return _errors(400, "FIELD_INTEGRITY_EXCEPTION", "There's a problem with this country, even though it may "
                           "appear correct. Please select a country/territory from the list of valid countries.",
                           ["Country"])
        if code is not None:
            fields["Country"] = labels[code]
        elif country is not None:
            fields["CountryCode"] = next(k for k, v in labels.items() if v == country)
        return None

    def _update(self, lead: dict[str, Any], fields: Any) -> Response:
        if lead.get("IsConverted"):
            return _errors(400, "CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead")
        if problem := self._invalid("Lead", fields, creating=False):
            return problem
        lead.update(fields)
        return 204, {}, b""

    def _create_event(self, fields: Any) -> Response:
        if problem := self._invalid("Event", fields, creating=True):
            return problem
        if _datetime(fields.get("StartDateTime")) is None:
            return _errors(400, "REQUIRED_FIELD_MISSING", "Required fields are missing: [StartDateTime]",
                           ["StartDateTime"])
        if fields.get("DurationInMinutes") is None and fields.get("EndDateTime") is None:
            return _errors(400, "REQUIRED_FIELD_MISSING", "Required fields are missing: [DurationInMinutes]",
                           ["DurationInMinutes"])
        times = _event_times({}, fields)
        if isinstance(times, tuple):
            return times
        if problem := self._who(fields.get("WhoId")):
            return problem
        event_id = f"00U{next(self._ids):015d}"
        self.events[event_id] = {"Id": event_id, "IsAllDayEvent": False, "OwnerId": USERS[0], **fields, **times}
        return json_response(201, {"id": event_id, "success": True, "errors": []})

    def _update_activity(self, sobject: str, record: dict[str, Any], fields: Any) -> Response:
        """``PATCH sobjects/Event/<id>`` (or Task): the fields judged by the describe as on create; an Event's
        start, end and length kept consistent."""
        if problem := self._invalid(sobject, fields, creating=False):
            return problem
        if "WhoId" in fields and (problem := self._who(fields["WhoId"])):
            return problem
        if sobject == "Event":
            times = _event_times(record, fields)
            if isinstance(times, tuple):
                return times
            fields = {**fields, **times}
        record.update(fields)
        return 204, {}, b""

    def _who(self, who: Any) -> Response | None:
        """An activity's ``WhoId`` names a Lead (not converted) or a Contact of the org; None when it does."""
        if who is None:
            return None
        if not who.startswith(("00Q", "003")):
            return _errors(400, "FIELD_INTEGRITY_EXCEPTION", "Name ID: id value of incorrect type", ["WhoId"])
        if who not in self.leads and who not in self.contacts:
            return _errors(400, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", ["WhoId"])
        if who in self.leads and self.leads[who].get("IsConverted"):
            return _errors(400, "FIELD_INTEGRITY_EXCEPTION", "You can't associate an activity with a converted lead.",
                           ["WhoId"])
        return None

    def _create_task(self, fields: Any) -> Response:
        if problem := self._invalid("Task", fields, creating=True) or self._who(fields.get("WhoId")):
            return problem
        return json_response(201, {"id": self._store_task(fields), "success": True, "errors": []})

    def _query(self, soql: str) -> Response:
        soql = soql.strip()
        if users := _USERS_SOQL.match(soql):
            wanted = re.findall(r"'(\w+)'", users[1])
            records = [{"attributes": {"type": "User"}, "Id": user} for user in wanted if user in self.users]
            return json_response(200, {"totalSize": len(records), "done": True, "records": records})
        if _RULES_SOQL.match(soql):
            records = [{"attributes": {"type": "DuplicateRule"}, **rule} for rule in self.duplicate_rules]
            return json_response(200, {"totalSize": len(records), "done": True, "records": records})
        if event := _EVENT_SOQL.match(soql):
            start = _datetime(event[2])
            limit = int(event[3]) if event[3] else 2000
            found = [e for e in self.events.values() if e.get("WhoId") == event[1] and e["StartDateTime"] == start]
            records = [{"attributes": {"type": "Event", "url": f"/services/data/v59.0/sobjects/Event/{e['Id']}"},
                        "Id": e["Id"]} for e in found[:limit]]
            return json_response(200, {"totalSize": len(records), "done": True, "records": records})
        if task := _TASK_SOQL.match(soql):
            wanted = re.sub(r"\\(.)", r"\1", task[4])
            if task[3].upper() == "LIKE" and (not wanted.endswith("%") or "%" in wanted[:-1] or "_" in wanted):
                return _errors(400, "MALFORMED_QUERY", "this fake org takes LIKE 'prefix%' only")
            found = [t for t in self.tasks.values() if t.get("WhoId") == task[2] and (
                str(t.get("Subject") or "").startswith(wanted[:-1]) if task[3].upper() == "LIKE"
                else t.get("Subject") == wanted)]
            records = [{"attributes": {"type": "Task", "url": f"/services/data/v59.0/sobjects/Task/{t['Id']}"},
                        "Id": t["Id"], **({"Subject": t.get("Subject")} if task[1] else {})}
                       for t in found[:int(task[5]) if task[5] else 2000]]
            return json_response(200, {"totalSize": len(records), "done": True, "records": records})
        match = _SOQL.match(soql)
        if not match:
            return _errors(400, "MALFORMED_QUERY",
                           "this fake org answers only: SELECT Id FROM Lead WHERE Email = '...', "
                           "SELECT Id FROM Event WHERE WhoId = '...' AND StartDateTime = ..., "
                           "SELECT Id[, Subject] FROM Task WHERE WhoId = '...' AND Subject (= | LIKE) '...' and "
                           "SELECT DeveloperName, IsActive FROM DuplicateRule WHERE SobjectType = 'Lead'")
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

    def _blocked(self, fields: dict[str, Any], request: Recorded, version: str) -> Response | None:
        allow = request.headers.get("sforce-duplicate-rule-header", "").replace(" ", "").lower() == "allowsave=true"
        if not self.block_duplicates or allow or not any(r["IsActive"] for r in self.duplicate_rules):
            return None
        duplicates = self._duplicates(fields.get("Email"))
        if not duplicates:
            return None
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

    def _create(self, fields: Any, request: Recorded, version: str) -> Response:
        if problem := self._invalid("Lead", fields, creating=True):
            return problem
        if blocked := self._blocked(fields, request, version):
            return blocked
        lead_id = f"00Q{next(self._ids):015d}"
        self.leads[lead_id] = {"Id": lead_id, "Status": "Open - Not Contacted", "IsConverted": False,
                               "OwnerId": USERS[0], **fields}
        return json_response(201, {"id": lead_id, "success": True, "errors": []})

    def _upsert(self, field_name: str, value: str, fields: Any, request: Recorded, version: str) -> Response:
        """``PATCH /sobjects/Lead/<external id field>/<value>``: update the Lead that has it, or create one."""
        field = self.field("Lead", field_name)
        if field is None or not field.get("externalId"):
            return _errors(400, "NOT_FOUND", f"Provided external ID field does not exist or is not accessible: "
                           f"{field_name}")
        if isinstance(fields, dict) and field_name in fields:
            return _errors(400, "INVALID_FIELD", f"The external ID field {field_name} must not be in the body",
                           [field_name])
        found = [lead for lead in self.leads.values() if lead.get(field_name) == value]
        if len(found) > 1:
            return json_response(300, [f"/services/data/v59.0/sobjects/Lead/{lead['Id']}" for lead in found])
        if found:
            answer = self._update(found[0], fields)
            if answer[0] >= 300:
                return answer
            return json_response(200, {"id": found[0]["Id"], "success": True, "errors": [], "created": False})
        answer = self._create({**fields, field_name: value}, request, version)
        if answer[0] >= 300:
            return answer
        body = json.loads(answer[2])
        return json_response(201, {**body, "created": True})
