"""A local Pipedrive company account, held to Pipedrive's published OpenAPI documents of API v1
and v2 (``harness/fakes/contracts/pipedrive``, through ``harness.fakes.openapi``).

API v2 (``/api/v2``): persons (search, add, update with PATCH, delete; ``emails[]``,
``owner_id``, ``org_id``), organizations (search, add) and activities (add, list by lead or
person, get, update with PATCH, delete; ``owner_id``, ``participants``, ``type`` one of the account's activity
types, ``due_date`` YYYY-MM-DD, ``due_time`` and ``duration`` HH:MM), person and organization
fields. API v1 (``/api/v1``), for what v2 does not have: leads (list, search, add, update, delete;
``label_ids`` the account's lead labels, ``value.currency`` one of its currencies), lead labels, notes
(list a page, add, delete), users. Deleting a lead or a person leaves the notes on it: Pipedrive documents
deleting a lead as deleting that lead (a person: marked deleted, purged after 30 days), nothing more. Each request must be an
operation of those documents with a body that matches its schema (no property the schema does
not name); anything else is refused as Pipedrive refuses it, and the v1 persons, organizations
and activities endpoints, out of support since 2026-08-01, answer 410. Auth: the company's API
token as the ``x-api-token`` header or the ``api_token`` parameter. ``owner_id`` must be a user of
the company (``users``). ``search_lag`` makes lead search trail writes, as Pipedrive's index does."""

from __future__ import annotations

import itertools
import re
import uuid
from datetime import datetime, timezone
from typing import Any

import pycountry

from harness.fakes.openapi import Contract
from harness.fakes.server import FakeServer, Recorded, Response, json_response

_V2_ITEM = re.compile(r"^/api/v2/(persons|organizations|activities)/(\d+)$")
_LEAD = re.compile(r"^/api/v1/leads/([\w-]+)$")
_NOTE = re.compile(r"^/api/v1/notes/(\d+)$")
_RETIRED = re.compile(r"^/api/v1/(persons|organizations|activities)(/|$)")
SUNSET = "2026-08-01"
ACTIVITY_TYPES = ("call", "meeting", "task", "deadline", "email", "lunch")
LABEL_COLORS = ("green", "blue", "red", "yellow", "purple", "gray")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_HH_MM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_CONTRACT: Contract | None = None


def contract() -> Contract:
    global _CONTRACT
    if _CONTRACT is None:
        _CONTRACT = Contract.load(("/api/v2", "pipedrive/v2.json"), ("/api/v1", "pipedrive/v1.json"))
    return _CONTRACT


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _fail(status: int, error: str) -> Response:
    return json_response(status, {"success": False, "error": error, "errorCode": status,
                                  "error_info": "Please check developers.pipedrive.com for more information."})


def _ok(status: int, data: Any, **extra: Any) -> Response:
    return json_response(status, {"success": True, "data": data, **extra})


class PipedriveFake(FakeServer):
    def __init__(self, api_token: str = "pd-test-token") -> None:
        super().__init__()
        self.api_token = api_token
        self.contract = contract()
        self.persons: dict[int, dict[str, Any]] = {}
        self.organizations: dict[int, dict[str, Any]] = {}
        self.leads: dict[str, dict[str, Any]] = {}
        self.notes: dict[int, dict[str, Any]] = {}
        self.activities: dict[int, dict[str, Any]] = {}
        self.labels: dict[str, dict[str, Any]] = {}
        for name, color in (("Hot", "red"), ("Warm", "yellow"), ("Cold", "blue")):  # every account's defaults
            self._add_label(name, color)
        self.users = {1, 12345}
        self.currencies = {currency.alpha_3 for currency in pycountry.currencies}  # GET /v1/currencies
        self.search_lag = 0.0  # seconds before a new lead shows in search (Pipedrive's index trails writes)
        # custom fields an admin added: field_code (40 hex digits) -> name
        self.person_fields: dict[str, str] = {}
        self.organization_fields: dict[str, str] = {}
        self._ids = itertools.count(1)

    def default_error_body(self, status: int) -> Any:
        return {"success": False, "error": f"scripted {status}", "errorCode": status}

    def handle(self, request: Recorded) -> Response:
        if self.api_token not in (request.param("api_token"), request.headers.get("x-api-token")):
            return _fail(401, "unauthorized access")
        method, path = request.method, request.path
        if _RETIRED.match(path):
            return _fail(410, f"API v1 {path} is out of support since {SUNSET}: use API v2 "
                         f"({path.replace('/api/v1/', '/api/v2/')}).")
        query = {k: v for k, v in request.query.items() if k != "api_token"}
        problem = self.contract.check(method, path, query, request.body)
        if problem is not None:
            if problem.kind == "route":
                return _fail(404, f"Unknown method {method} {path}")
            return _fail(400, f"Validation failed: {problem.message}")
        body = request.json() if request.body else None
        if method == "GET" and path == "/api/v2/persons/search":
            return self._search(request, self.persons, {"email": self._person_emails, "name": self._name})
        if method == "GET" and path == "/api/v2/organizations/search":
            return self._search(request, self.organizations, {"name": self._name})
        if method == "POST" and path == "/api/v2/persons":
            return self._save_person(None, body)
        if method == "POST" and path == "/api/v2/organizations":
            org_id = next(self._ids)
            self.organizations[org_id] = {"id": org_id, "name": body["name"], "add_time": _now(),
                                          "owner_id": body.get("owner_id", 1)}
            return _ok(200, self.organizations[org_id])
        if method == "GET" and path in ("/api/v2/personFields", "/api/v2/organizationFields"):
            fields = self.person_fields if path == "/api/v2/personFields" else self.organization_fields
            standard = [{"field_code": code, "field_name": code, "field_type": "varchar", "is_custom_field": False}
                        for code in ("name", "owner_id", "org_id", "emails", "phones")]
            custom = [{"field_code": code, "field_name": name, "field_type": "varchar", "is_custom_field": True}
                      for code, name in fields.items()]
            return _ok(200, standard + custom, additional_data={"next_cursor": None})
        if method == "GET" and path == "/api/v1/users":
            return _ok(200, [{"id": user, "name": f"User {user}", "active_flag": True} for user in sorted(self.users)])
        if method == "POST" and path == "/api/v1/leads":
            return self._save_lead(None, request)
        if method == "GET" and path == "/api/v1/leads/search":
            return self._search_leads(request)
        if method == "GET" and path == "/api/v1/leads":
            return self._list_leads(request)
        if path == "/api/v1/leadLabels":
            if method == "GET":
                return _ok(200, list(self.labels.values()))
            if body.get("color") not in LABEL_COLORS:
                return _fail(400, "name and a color (" + ", ".join(LABEL_COLORS) + ") must be given")
            return _ok(200, self._add_label(body["name"], body["color"]))
        if method == "POST" and path == "/api/v2/activities":
            return self._add_activity(body)
        if method == "GET" and path == "/api/v2/activities":
            return self._list_activities(request)
        if path == "/api/v1/notes":
            return self._list_notes(request) if method == "GET" else self._add_note(body)
        if match := _NOTE.match(path):  # DELETE, the only operation kept
            if self.notes.pop(int(match[1]), None) is None:
                return _fail(404, "Note not found")
            return _ok(200, True)
        if match := _V2_ITEM.match(path):
            kind, item_id = match[1], int(match[2])
            store = {"persons": self.persons, "organizations": self.organizations,
                     "activities": self.activities}[kind]
            if item_id not in store:
                return _fail(404, f"{kind[:-1].capitalize()} not found")
            if method == "GET":
                return _ok(200, store[item_id])
            if method == "DELETE":
                del store[item_id]
                return _ok(200, {"id": item_id})
            if method == "PATCH" and kind == "persons":
                return self._save_person(item_id, body)
            if method == "PATCH" and kind == "activities":
                return self._update_activity(item_id, body)
            return _fail(405, "Method not allowed")
        if match := _LEAD.match(path):
            if match[1] not in self.leads:
                return _fail(404, "Lead not found")
            if method == "GET":
                return _ok(200, self.leads[match[1]])
            if method == "DELETE":
                del self.leads[match[1]]
                return _ok(200, {"id": match[1]})
            if method == "PATCH":
                return self._save_lead(match[1], request)
        return _fail(404, f"Unknown method {method} {path}")

    @staticmethod
    def _person_emails(item: dict[str, Any]) -> list[str]:
        return [e["value"] for e in item.get("emails") or []]

    @staticmethod
    def _name(item: dict[str, Any]) -> list[str]:
        return [item.get("name") or ""]

    def _search(self, request: Recorded, store: dict[int, dict[str, Any]], fields: dict[str, Any]) -> Response:
        term = request.param("term") or ""
        exact = request.param("exact_match") == "true"
        if len(term) < (1 if exact else 2):
            return _fail(400, "Search term must be at least 2 characters long")
        wanted = (request.param("fields") or ",".join(fields)).split(",")
        if any(f not in fields for f in wanted):
            return _fail(400, "Invalid field")
        items = []
        for item in store.values():
            values = [v.lower() for f in wanted for v in fields[f](item)]
            if (term.lower() in values) if exact else any(term.lower() in v for v in values):
                summary = {"id": item["id"], "type": "person" if store is self.persons else "organization",
                           "name": item.get("name"), "owner": {"id": item.get("owner_id", 1)}, "custom_fields": [],
                           "notes": []}
                if store is self.persons:
                    summary |= {"emails": self._person_emails(item), "phones": [], "visible_to": 3,
                                "organization": {"id": item["org_id"]} if item.get("org_id") else None}
                items.append({"result_score": 1.0, "item": summary})
        limit = int(request.param("limit") or 100)
        return _ok(200, {"items": items[:limit]}, additional_data={"next_cursor": None})

    def _list_leads(self, request: Recorded) -> Response:
        """The leads themselves (no search index): filtered by person or organization, newest last."""
        person, org = request.param("person_id"), request.param("organization_id")
        found = [lead for lead in self.leads.values()
                 if (person is None or str(lead.get("person_id")) == person)
                 and (org is None or str(lead.get("organization_id")) == org)]
        start, limit = int(request.param("start") or 0), int(request.param("limit") or 100)
        return _ok(200, found[start:start + limit], additional_data={"pagination": {
            "start": start, "limit": limit, "more_items_in_collection": len(found) > start + limit}})

    def _indexed(self, lead: dict[str, Any]) -> bool:
        """Whether search sees the lead yet: Pipedrive's search index trails writes by ``search_lag`` seconds."""
        added = datetime.strptime(lead["add_time"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        return (datetime.now(timezone.utc) - added).total_seconds() >= self.search_lag

    def _search_leads(self, request: Recorded) -> Response:
        term = request.param("term") or ""
        exact = request.param("exact_match") == "true"
        if len(term) < (1 if exact else 2):
            return _fail(400, "Search term must be at least 2 characters long")
        person, org = request.param("person_id"), request.param("organization_id")
        items = []
        for lead in self.leads.values():
            if not self._indexed(lead):
                continue
            title = (lead.get("title") or "").lower()
            if not ((term.lower() == title) if exact else (term.lower() in title)):
                continue
            if person is not None and str(lead.get("person_id")) != person:
                continue
            if org is not None and str(lead.get("organization_id")) != org:
                continue
            person_item = self.persons.get(lead.get("person_id"))
            items.append({"result_score": 1.0, "item": {
                "id": lead["id"], "type": "lead", "title": lead["title"], "owner": {"id": lead["owner_id"]},
                "person": {"id": person_item["id"], "name": person_item.get("name")} if person_item else None,
                "organization": {"id": lead["organization_id"]} if lead.get("organization_id") else None,
                "phones": [], "emails": [], "custom_fields": [], "notes": [], "visible_to": 3,
                "is_archived": lead.get("is_archived", False)}})
        limit = int(request.param("limit") or 100)
        return _ok(200, {"items": items[:limit]},
                   additional_data={"pagination": {"start": 0, "limit": limit,
                                                   "more_items_in_collection": len(items) > limit}})

    def _list_notes(self, request: Recorded) -> Response:
        """A page of notes (``start``, ``limit``: 100 by default, 500 at most), of one lead if asked."""
        lead_id = request.param("lead_id")
        start, limit = int(request.param("start") or 0), min(int(request.param("limit") or 100), 500)
        found = [n for n in self.notes.values() if lead_id is None or n.get("lead_id") == lead_id]
        page, more = found[start:start + limit], len(found) > start + limit
        pagination = {"start": start, "limit": limit, "more_items_in_collection": more,
                      **({"next_start": start + limit} if more else {})}
        return _ok(200, page or None, additional_data={"pagination": pagination})

    def add_note(self, lead_id: str | None, content: str, user_id: int = 12345) -> int:
        """A note someone wrote on the lead in Pipedrive (not leadbot)."""
        note_id = next(self._ids)
        self.notes[note_id] = {"id": note_id, "content": content, "lead_id": lead_id, "user_id": user_id,
                               "add_time": _now(), "active_flag": True}
        return note_id

    def _add_note(self, body: Any) -> Response:
        if not body["content"].strip():
            return _fail(400, "Content must be given.")
        targets = [k for k in ("lead_id", "deal_id", "person_id", "org_id") if body.get(k) is not None]
        if not targets:
            return _fail(400, "A note must be attached to a deal, person, organization or lead.")
        if body.get("lead_id") is not None and body["lead_id"] not in self.leads:
            return _fail(404, "Lead not found")
        return _ok(201, self.notes[self.add_note(body.get("lead_id"), body["content"], user_id=1)])

    def _add_label(self, name: str, color: str) -> dict[str, Any]:
        label = {"id": str(uuid.uuid4()), "name": name, "color": color, "add_time": _now(), "update_time": _now()}
        self.labels[label["id"]] = label
        return label

    def _list_activities(self, request: Recorded) -> Response:
        lead, person = request.param("lead_id"), request.param("person_id")
        found = [a for a in self.activities.values()
                 if (lead is None or a.get("lead_id") == lead)
                 and (person is None or any(p["person_id"] == int(person) for p in a["participants"]))]
        limit = int(request.param("limit") or 100)
        return _ok(200, found[:limit], additional_data={"next_cursor": None})

    def _activity_problem(self, body: Any) -> Response | None:
        """What Pipedrive refuses in an activity's values (its shape is the contract's), on add and update."""
        if body.get("type", "call") not in ACTIVITY_TYPES:
            return _fail(400, "Activity type is not valid")
        if "due_date" in body and not _DATE.match(body["due_date"]):
            return _fail(400, "due_date must be YYYY-MM-DD")
        for key in ("due_time", "duration"):
            if key in body and not _HH_MM.match(body[key]):
                return _fail(400, f"{key} must be HH:MM")
        if "owner_id" in body and body["owner_id"] not in self.users:
            return _fail(400, "Owner not found")
        participants = body.get("participants") or []
        if any(p.get("person_id") not in self.persons for p in participants):
            return _fail(400, "Participant person not found")
        if body.get("person_id") is not None and body["person_id"] not in self.persons:
            return _fail(400, "Person not found")
        if body.get("lead_id") is not None and body["lead_id"] not in self.leads:
            return _fail(400, "Lead not found")
        return None

    def _add_activity(self, body: Any) -> Response:
        if problem := self._activity_problem(body):
            return problem
        participants = body.get("participants") or []
        activity_id = next(self._ids)
        self.activities[activity_id] = {
            "id": activity_id, "subject": body.get("subject") or str(body.get("type", "call")).capitalize(),
            "type": body.get("type", "call"), "done": bool(body.get("done", False)),
            "due_date": body.get("due_date"), "due_time": body.get("due_time"),
            "duration": body.get("duration"), "owner_id": body.get("owner_id", 1),
            "participants": participants, "person_id": body.get("person_id") or next(
                (p["person_id"] for p in participants if p.get("primary")), None),
            "lead_id": body.get("lead_id"), "deal_id": body.get("deal_id"), "add_time": _now(),
        }
        return _ok(200, self.activities[activity_id])

    def _update_activity(self, activity_id: int, body: Any) -> Response:
        """``PATCH /api/v2/activities/{id}``: the values given are judged as on add and replace the activity's."""
        if problem := self._activity_problem(body):
            return problem
        activity = self.activities[activity_id]
        activity.update(body)
        activity["update_time"] = _now()
        return _ok(200, activity)

    def _save_person(self, person_id: int | None, body: Any) -> Response:
        if person_id is None and not body.get("name"):
            return _fail(400, "Name must be given.")
        if "owner_id" in body and body["owner_id"] not in self.users:
            return _fail(400, "Owner not found.")
        if "org_id" in body and body["org_id"] not in self.organizations:
            return _fail(400, "Organization not found.")
        unknown = [code for code in body.get("custom_fields") or {} if code not in self.person_fields]
        if unknown:
            return _fail(400, f"Unknown custom field: {unknown[0]}")
        if any(not e.get("value") for e in body.get("emails") or []):
            return _fail(400, "Each email needs a value")
        if person_id is None:
            person_id = next(self._ids)
            self.persons[person_id] = {"id": person_id, "add_time": _now(), "owner_id": 1, "emails": []}
        self.persons[person_id].update(body)
        return _ok(200, self.persons[person_id])

    def _save_lead(self, lead_id: str | None, request: Recorded) -> Response:
        if not request.headers.get("content-type", "").startswith("application/json"):
            return _fail(415, "Leads accept application/json only")
        body = request.json()
        merged = {**(self.leads.get(lead_id) or {}), **body}
        if not merged.get("title"):
            return _fail(400, "Title is required")
        if "owner_id" in body and body["owner_id"] not in self.users:
            return _fail(400, "owner_id must be the id of a user")
        if merged.get("person_id") is None and merged.get("organization_id") is None:
            return _fail(400, "A lead must be linked to a person or an organization")
        if merged.get("person_id") is not None and merged["person_id"] not in self.persons:
            return _fail(400, "Person not found")
        if merged.get("organization_id") is not None and merged["organization_id"] not in self.organizations:
            return _fail(400, "Organization not found")
        labels = body.get("label_ids")
        if labels is not None and not all(label in self.labels for label in labels):
            return _fail(400, "label_ids must be ids of the account's lead labels")
        value = body.get("value")
        if value is not None and value["currency"] not in self.currencies:
            return _fail(400, f"Currency {value['currency']} is not supported")
        if lead_id is None:
            if "is_archived" in body:
                return _fail(400, "is_archived cannot be set on create")
            lead_id = str(uuid.uuid4())
            merged |= {"id": lead_id, "owner_id": merged.get("owner_id", 1),
                       "is_archived": merged.get("is_archived", False),
                       "was_seen": False, "source_name": "API", "add_time": _now()}
            status = 201
        else:
            status = 200
        merged["update_time"] = _now()
        self.leads[lead_id] = merged
        return _ok(status, merged)
