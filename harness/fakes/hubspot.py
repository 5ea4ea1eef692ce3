"""A local HubSpot portal behind the CRM v3 API, as strict as HubSpot.

Every request is first held to HubSpot's published OpenAPI documents
(``harness/fakes/contracts/hubspot``, through ``harness.fakes.openapi``): an
undocumented path is a 404, a token without the operation's scope a 403
``MISSING_SCOPES``, a body off the schema a 400 ``VALIDATION_ERROR``. Then the
portal (``contracts/hubspot/portal.json``: a fresh portal's properties,
pipeline, owners and currencies) judges the values the way HubSpot does:
a property the portal does not have is ``PROPERTY_DOESNT_EXIST``, an
enumeration value that is not an option (``deal_currency_code`` not among
the portal's enabled currencies, a pipeline or stage that does not exist) is
``INVALID_OPTION``, an unknown ``hubspot_owner_id`` is ``INVALID_OWNER_ID``,
all in HubSpot's error body (``category: VALIDATION_ERROR`` with the
message listing each property's error).

Kept: associations (v4: the default deal-to-contact one, and a record's
meetings or notes, a page at a time: ``limit``, ``after``), contacts (batch
upsert by email, create, read by id or email, update, GDPR delete, search),
deals (create with associations, batch upsert on a unique property, update,
delete, search), meetings and notes (create with associations, get, delete;
a meeting's update, its times judged as on create, a deleted one 404; notes'
batch read; meeting search by property and by ``associations.<object>``),
properties and property groups (list, read, create), pipelines, owners and
account details.
Lifecycle stages only move forward, as HubSpot keeps them. Deleting a deal
leaves its notes and meetings: they are records of their own, and a deal's
delete moves it to the recycling bin (``contracts/README.md`` says where
HubSpot documents this). Date-time properties take epoch milliseconds or
ISO 8601 and are kept as ISO 8601 UTC.

``POST /oauth/v2/private-apps/get/access-token-info`` answers a token's scopes, as HubSpot's
private-apps page documents (it is not in the OpenAPI collection, so no contract checks it).

``search_lag`` makes CRM search trail writes by that many seconds, as HubSpot's index does.

Scripted failures beyond ``FakeServer``'s: ``rate_limit_policy_next`` answers
429 the way HubSpot does, with ``policyName`` and no ``Retry-After``.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import datetime, timezone
from typing import Any, Mapping
from urllib.parse import unquote

from harness.fakes.openapi import CONTRACTS, Contract
from harness.fakes.server import FakeServer, Recorded, Response, Store, json_response

DEAL_TO_CONTACT = 3
MEETING_TO_CONTACT, MEETING_TO_DEAL = 200, 212
NOTE_TO_CONTACT, NOTE_TO_DEAL = 202, 214
PORTAL = json.loads((CONTRACTS / "hubspot" / "portal.json").read_text(encoding="utf-8"))
OWNERS = tuple(owner["id"] for owner in PORTAL["owners"])
DOCUMENTS = ("contacts", "deals", "meetings", "notes", "companies", "properties", "pipelines", "owners",
             "account-info", "associations")
# What a private app made for leadbot is granted (the README's setup list).
SCOPES = frozenset({"oauth", "crm.objects.contacts.read", "crm.objects.contacts.write",
                    "crm.objects.deals.read", "crm.objects.deals.write", "crm.objects.companies.read",
                    "crm.objects.owners.read", "crm.schemas.contacts.read", "crm.schemas.contacts.write",
                    "crm.schemas.deals.read", "crm.schemas.deals.write"})
_OBJECTS = {"0-1": "contacts", "0-3": "deals", "0-47": "meetings", "0-46": "notes", "contact": "contacts",
            "deal": "deals", "meeting": "meetings", "note": "notes"}
_RECORD = re.compile(r"^/crm/v3/objects/(contacts|deals|meetings|notes)/([^/]+)$")
_SEARCH = re.compile(r"^/crm/v3/objects/(contacts|deals|meetings|notes)/search$")
_PROPERTIES = re.compile(r"^/crm/v3/properties/([\w-]+)(?:/([\w-]+))?$")
_GROUPS = re.compile(r"^/crm/v3/properties/([\w-]+)/groups(?:/([\w-]+))?$")
_DEFAULT_ASSOCIATION = re.compile(r"^/crm/v4/objects/(deals|0-3)/(\d+)/associations/default/(contacts|0-1)/(\d+)$")
_ASSOCIATED = re.compile(r"^/crm/v4/objects/(deals|0-3|contacts|0-1)/(\d+)/associations/(meetings|0-47|notes|0-46)$")
_PIPELINES = re.compile(r"^/crm/v3/pipelines/([\w-]+)(?:/([\w-]+))?$")
MEETING_TIMES = ("hs_timestamp", "hs_meeting_start_time", "hs_meeting_end_time")
LIFECYCLE = [o["value"] for p in PORTAL["properties"]["contacts"] if p["name"] == "lifecyclestage" for o in p["options"]]
_CONTRACT: Contract | None = None


def contract() -> Contract:
    global _CONTRACT
    if _CONTRACT is None:
        _CONTRACT = Contract.load(*(("", f"hubspot/{name}.json") for name in DOCUMENTS))
    return _CONTRACT


def _datetime(value: str) -> str | None:
    """A date-time property value (epoch milliseconds or ISO 8601 with an offset) as ISO UTC; None if neither."""
    try:
        moment = datetime.fromtimestamp(int(value) / 1000, timezone.utc) if value.isdigit() else \
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        return None
    if moment.tzinfo is None:
        if len(value) == 10:  # a date alone (YYYY-MM-DD) is midnight UTC
            return moment.replace(tzinfo=timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return None
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _error(status: int, category: str, message: str, **extra: Any) -> Response:
    return json_response(status, {"status": "error", "message": message,
                                  "correlationId": "00000000-0000-0000-0000-000000000000", "category": category,
                                  **extra})


def _invalid_values(errors: list[dict[str, Any]]) -> Response:
    """HubSpot's answer to property values it refuses: one 400 listing each property's error."""
    return _error(400, "VALIDATION_ERROR", f"Property values were not valid: {json.dumps(errors)}",
                  errors=[{"message": e["message"], "code": e["error"], "context": {"propertyName": [e["name"]]}}
                          for e in errors])


class HubSpotFake(FakeServer):
    def __init__(self, token: str = "pat-na1-test", scopes: frozenset[str] | set[str] = SCOPES,
                 currencies: tuple[str, ...] | None = None, set_up: bool = True) -> None:
        """``currencies``: the portal's company currency then its additional ones (default: USD, EUR).
        ``set_up``: the portal has what ``python -m integrations setup hubspot`` makes (the custom
        properties of the default mapping); false is a portal nobody has set up."""
        super().__init__()
        self.token = token
        self.scopes = set(scopes)
        self.contract = contract()
        self.account = dict(PORTAL["account"])
        if currencies:
            self.account["companyCurrency"], self.account["additionalCurrencies"] = currencies[0], list(currencies[1:])
        self.properties: dict[str, dict[str, dict[str, Any]]] = {
            kind: {p["name"]: copy.deepcopy(p) for p in props} for kind, props in PORTAL["properties"].items()}
        self.groups: dict[str, set[str]] = {kind: set(names) for kind, names in PORTAL["groups"].items()}
        self.pipelines: dict[str, list[dict[str, Any]]] = copy.deepcopy(PORTAL["pipelines"])
        self.owners = set(OWNERS)
        self.contacts = Store(prefix="")
        self.contacts.counter = 100
        self.deals = Store(prefix="")
        self.deals.counter = 9000
        self.associations: set[tuple[str, str, int]] = set()  # (deal id, contact id, type id)
        self.meetings = Store(prefix="")
        self.meetings.counter = 70000
        self.notes = Store(prefix="")
        self.notes.counter = 50000
        # (meeting or note id, "contacts" | "deals", record id, type id)
        self.meeting_links: set[tuple[str, str, str, int]] = set()
        self.note_links: set[tuple[str, str, str, int]] = set()
        self.search_lag = 0.0  # seconds before a new record shows in search (HubSpot's index trails writes)
        if set_up:
            from integrations.hubspot_setup import GROUP, definitions

            for kind, definition in definitions():
                self.groups[kind].add(GROUP["name"])
                self.properties[kind][definition["name"]] = self._property(definition)

    @property
    def currencies(self) -> list[str]:
        return [self.account["companyCurrency"], *self.account["additionalCurrencies"]]

    def default_error_body(self, status: int) -> Any:
        category = {429: "RATE_LIMITS", 401: "INVALID_AUTHENTICATION"}.get(status, "INTERNAL_ERROR")
        return {"status": "error", "message": f"scripted {status}", "category": category}

    def rate_limit_policy_next(self, policy: str = "TEN_SECONDLY_ROLLING", **match: Any) -> None:
        """A 429 as HubSpot sends it: no Retry-After, the limit that was hit named in ``policyName``."""
        self.fail_next(429, body={"status": "error", "message": f"You have reached your {policy.lower()} limit.",
                                  "errorType": "RATE_LIMIT", "correlationId": "00000000-0000-0000-0000-000000000000",
                                  "policyName": policy, "groupName": "publicapi:private-app:4242"}, **match)

    def contact_by_email(self, email: str) -> dict[str, Any] | None:
        return next((c for c in self.contacts.items.values()
                     if c["properties"].get("email", "").lower() == email.lower()), None)

    def handle(self, request: Recorded) -> Response:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return _error(401, "INVALID_AUTHENTICATION",
                          "Authentication credentials not found. This API supports OAuth 2.0 authentication.")
        method = request.method
        if method == "POST" and request.path == "/oauth/v2/private-apps/get/access-token-info":
            return self._token_info(request.json())
        path = re.sub(r"^/crm/v3/objects/(0-3|deal)(?=/|$)", "/crm/v3/objects/deals", request.path)
        checked_path = re.sub(r"^/crm/v3/objects/deals(?=/|$)", "/crm/v3/objects/0-3", path)
        problem = self.contract.check(method, checked_path, request.query, request.body, self.scopes)
        if problem is not None:
            if problem.kind == "route":
                return _error(404, "OBJECT_NOT_FOUND", problem.message)
            if problem.kind == "scope":
                return _error(403, "MISSING_SCOPES", "This app hasn't been granted all required scopes to make "
                              "this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
                              errors=[{"message": "One or more of the following scopes are required.",
                                       "context": {"requiredGranularScopes": list(problem.scopes)}}])
            return _error(400, "VALIDATION_ERROR", f"Invalid input JSON: {problem.message}")
        body = request.json() if request.body else None
        if method == "GET" and path == "/account-info/v3/details":
            return json_response(200, self.account)
        if method == "GET" and path == "/crm/v3/owners":
            return json_response(200, {"results": [o for o in PORTAL["owners"] if o["id"] in self.owners]})
        if method == "PUT" and (match := _DEFAULT_ASSOCIATION.match(path)):
            if match[2] not in self.deals.items or match[4] not in self.contacts.items:
                return _error(404, "OBJECT_NOT_FOUND", "One of the objects does not exist")
            self.associations.add((match[2], match[4], DEAL_TO_CONTACT))
            return json_response(200, {"status": "COMPLETE", "results": [{
                "from": {"id": match[2]}, "to": {"id": match[4]},
                "associationSpec": {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": DEAL_TO_CONTACT}}],
                "startedAt": _now(), "completedAt": _now()})
        if method == "GET" and (match := _ASSOCIATED.match(path)):
            kind = _OBJECTS.get(match[1], match[1])
            other = _OBJECTS.get(match[3], match[3])
            links = self.meeting_links if other == "meetings" else self.note_links
            found = sorted({(link[0], link[3]) for link in links if link[1:3] == (kind, match[2])})
            after = request.param("after") or "0"
            if not after.isdigit():  # HubSpot's cursors are opaque: only one it gave is taken
                return _error(400, "VALIDATION_ERROR", f"Invalid paging cursor: {after}")
            start, limit = int(after), min(int(request.param("limit") or 500), 500)
            more = {"paging": {"next": {"after": str(start + limit)}}} if len(found) > start + limit else {}
            return json_response(200, {"results": [
                {"toObjectId": int(record_id), "associationTypes": [
                    {"category": "HUBSPOT_DEFINED", "typeId": type_id, "label": None}]}
                for record_id, type_id in found[start:start + limit]], **more})
        if match := _PIPELINES.match(path):
            return self._pipelines(match[1], match[2])
        if match := _GROUPS.match(path):
            return self._groups(method, _OBJECTS.get(match[1], match[1]), match[2], body)
        if match := _PROPERTIES.match(path):
            return self._properties_api(method, _OBJECTS.get(match[1], match[1]), match[2], body)
        if method == "POST" and path == "/crm/v3/objects/contacts/batch/upsert":
            return self._upsert_contacts(body)
        if method == "POST" and path == "/crm/v3/objects/deals/batch/upsert":
            return self._upsert_deals(body)
        if method == "POST" and path == "/crm/v3/objects/contacts":
            return self._create("contacts", self.contacts, body)
        if method == "POST" and path == "/crm/v3/objects/contacts/gdpr-delete":
            object_id = str(body.get("objectId"))
            if body.get("idProperty") == "email":
                found = self.contact_by_email(object_id)
                object_id = found["id"] if found else ""
            if self.contacts.items.pop(object_id, None) is None:
                return _error(404, "OBJECT_NOT_FOUND", "Object not found")
            self.associations = {a for a in self.associations if a[1] != object_id}
            return 204, {}, b""
        if method == "POST" and path == "/crm/v3/objects/deals":
            return self._create_deal(body)
        if method == "POST" and path == "/crm/v3/objects/meetings":
            return self._create_engagement("meetings", body)
        if method == "POST" and path == "/crm/v3/objects/notes":
            return self._create_engagement("notes", body)
        if method == "POST" and path == "/crm/v3/objects/notes/batch/read":
            return self._read_notes(body)
        if method == "POST" and (match := _SEARCH.match(path)):
            return self._search(match[1], body)
        if match := _RECORD.match(path):
            kind, key = match[1], unquote(match[2])
            store = self._store(kind)
            if kind == "contacts" and request.param("idProperty") == "email":
                found = self.contact_by_email(key)
                key = found["id"] if found else ""
            record = store.items.get(key)
            if record is None:
                return _error(404, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.")
            if method == "PATCH":
                return self._patch(kind, record, body)
            if method == "GET":
                wanted = (request.param("properties") or "").split(",")
                shown = {k: v for k, v in record["properties"].items() if not wanted[0] or k in wanted}
                return json_response(200, {**record, "properties": shown})
            if method == "DELETE":
                del store.items[key]  # a deal's notes and meetings stay, as in HubSpot (README)
                self.meeting_links = {link for link in self.meeting_links if link[0] != key}
                self.note_links = {link for link in self.note_links if link[0] != key}
                return 204, {}, b""
        return _error(404, "OBJECT_NOT_FOUND", f"No route for {method} {path}")

    def _token_info(self, body: Any) -> Response:
        """A private app token's scopes: documented on HubSpot's private-apps page, not in the OpenAPI collection."""
        if not isinstance(body, dict) or body.get("tokenKey") != self.token:
            return _error(400, "VALIDATION_ERROR", "tokenKey is not a valid private app access token")
        return json_response(200, {"userId": 9001, "hubId": self.account["portalId"], "appId": 2718281,
                                   "scopes": sorted(self.scopes)})

    def _store(self, kind: str) -> Store:
        return {"contacts": self.contacts, "deals": self.deals, "meetings": self.meetings, "notes": self.notes}[kind]

    # properties, groups, pipelines
    @staticmethod
    def _property(definition: Mapping[str, Any]) -> dict[str, Any]:
        return {"hidden": False, "hasUniqueValue": False, "calculated": False, "options": [],
                "modificationMetadata": {"archivable": True, "readOnlyDefinition": False, "readOnlyValue": False},
                "createdAt": _now(), "updatedAt": _now(), **copy.deepcopy(dict(definition))}

    def _properties_api(self, method: str, kind: str, name: str | None, body: Any) -> Response:
        if kind not in self.properties:
            return _error(400, "VALIDATION_ERROR", f"Unable to infer object type from: {kind}")
        known = self.properties[kind]
        if method == "GET" and name is None:
            return json_response(200, {"results": list(known.values())})
        if method == "GET":
            if name not in known:
                return _error(404, "OBJECT_NOT_FOUND", f"Property {name} does not exist")
            return json_response(200, known[name])
        if body["name"] in known:
            return _error(409, "OBJECT_ALREADY_EXISTS", f"A property named '{body['name']}' already exists.")
        if body["groupName"] not in self.groups[kind]:
            return _error(400, "VALIDATION_ERROR", f"Property group {body['groupName']} does not exist.")
        if body["type"] == "enumeration" and not body.get("options"):
            return _error(400, "VALIDATION_ERROR", "Enumeration properties need options.")
        known[body["name"]] = self._property(body)
        return json_response(201, known[body["name"]])

    def _groups(self, method: str, kind: str, name: str | None, body: Any) -> Response:
        groups = self.groups.setdefault(kind, set())
        if method == "GET" and name is None:
            return json_response(200, {"results": [{"name": g, "label": g, "displayOrder": -1, "archived": False}
                                                   for g in sorted(groups)]})
        if method == "GET":
            if name not in groups:
                return _error(404, "OBJECT_NOT_FOUND", f"Property group {name} does not exist")
            return json_response(200, {"name": name, "label": name, "displayOrder": -1, "archived": False})
        if body["name"] in groups:
            return _error(409, "OBJECT_ALREADY_EXISTS", f"A property group named '{body['name']}' already exists.")
        groups.add(body["name"])
        return json_response(201, {"name": body["name"], "label": body["label"], "displayOrder": -1,
                                   "archived": False})

    def _pipelines(self, kind: str, pipeline_id: str | None) -> Response:
        pipelines = self.pipelines.get(_OBJECTS.get(kind, kind))
        if pipelines is None:
            return _error(400, "VALIDATION_ERROR", f"Object type {kind} has no pipelines")
        if pipeline_id is None:
            return json_response(200, {"results": pipelines})
        found = next((p for p in pipelines if p["id"] == pipeline_id), None)
        return json_response(200, found) if found else _error(404, "OBJECT_NOT_FOUND", "Pipeline not found")

    # values
    def _value_errors(self, kind: str, properties: Mapping[str, str], record: Mapping[str, Any] | None = None
                      ) -> list[dict[str, Any]]:
        """Each property value HubSpot would refuse, as its error entries."""
        errors = []
        known = self.properties[kind]
        merged = {**((record or {}).get("properties") or {}), **properties}

        def refuse(name: str, code: str, message: str) -> None:
            errors.append({"isValid": False, "message": message, "error": code, "name": name,
                           "localizedErrorMessage": message})

        for name, value in properties.items():
            definition = known.get(name)
            if definition is None:
                refuse(name, "PROPERTY_DOESNT_EXIST", f'Property "{name}" does not exist')
                continue
            if definition.get("calculated"):
                refuse(name, "READ_ONLY_VALUE", f'"{name}" is a read only property; its value cannot be set.')
            if value == "":
                continue
            if name == "hubspot_owner_id":
                if value not in self.owners:
                    refuse(name, "INVALID_OWNER_ID", f"{value} is not a valid owner id")
                continue
            options = [o["value"] for o in definition.get("options") or []]
            if name == "deal_currency_code":
                options = self.currencies
            elif name == "pipeline":
                options = [p["id"] for p in self.pipelines.get(kind, [])]
            elif name == "dealstage":
                pipeline = merged.get("pipeline") or "default"
                options = [s["id"] for p in self.pipelines.get(kind, []) if p["id"] == pipeline for s in p["stages"]]
            if definition["type"] == "enumeration" and value not in options:
                refuse(name, "INVALID_OPTION", f'{value} was not one of the allowed options: {options}')
            elif definition["type"] == "number":
                try:
                    float(value)
                except ValueError:
                    refuse(name, "INVALID_FLOAT", f"{value} is not a valid number")
            elif definition["type"] in ("datetime", "date") and _datetime(value) is None:
                refuse(name, "INVALID_DATE", f"{value} is not a valid date")
        return errors

    def _save(self, kind: str, record: dict[str, Any] | None, properties: dict[str, str]) -> dict[str, Any]:
        """Store values as HubSpot keeps them: date-times as ISO UTC, a lifecycle stage never moved back."""
        for name in MEETING_TIMES:
            if kind in ("meetings", "notes") and name in properties:
                properties[name] = _datetime(properties[name]) or properties[name]
        if record is not None:
            old, new = record["properties"].get("lifecyclestage"), properties.get("lifecyclestage")
            if old in LIFECYCLE and new in LIFECYCLE and LIFECYCLE.index(new) < LIFECYCLE.index(old):
                del properties["lifecyclestage"]
            record["properties"].update(properties)
            record["updatedAt"] = _now()
            return record
        return self._new(self._store(kind), properties)

    def _search(self, kind: str, body: Any) -> Response:
        """CRM search: filters within a group are ANDed, groups ORed; EQ and HAS_PROPERTY here."""
        store = self._store(kind)
        groups = body.get("filterGroups")
        if len(groups) > 5:
            return _error(400, "VALIDATION_ERROR", "filterGroups must be a list of at most 5")
        limit = body.get("limit", 10)
        if not 0 < limit <= 200:
            return _error(400, "VALIDATION_ERROR", "limit must be 1 to 200")
        links = {"meetings": self.meeting_links, "notes": self.note_links}.get(kind, set())

        def matches(record: dict[str, Any], flt: Any) -> bool:
            if flt.get("operator") not in ("EQ", "HAS_PROPERTY"):
                raise ValueError("unsupported filter")
            name, wanted = str(flt.get("propertyName")), str(flt.get("value"))
            if name.startswith("associations.") and links:
                other = name.split(".", 1)[1] + "s"
                return flt["operator"] == "EQ" and any(link[0] == record["id"] and link[1:3] == (other, wanted)
                                                       for link in links)
            value = record["properties"].get(name)
            if kind == "meetings" and name in MEETING_TIMES and flt["operator"] == "EQ":
                wanted = _datetime(wanted) or wanted
            return value is not None if flt["operator"] == "HAS_PROPERTY" else value == wanted

        found = [r for r in store.items.values() if self._indexed(r)
                 and (not groups or any(all(matches(r, f) for f in g.get("filters") or []) for g in groups))]
        wanted = body.get("properties") or []
        results = [{"id": r["id"], "properties": {k: r["properties"].get(k) for k in wanted},
                    "createdAt": r["createdAt"], "updatedAt": r["updatedAt"], "archived": False}
                   for r in found[:limit]]
        paging = {"next": {"after": str(limit)}} if len(found) > limit else None
        return json_response(200, {"total": len(found), "results": results,
                                   **({"paging": paging} if paging else {})})

    def _indexed(self, record: dict[str, Any]) -> bool:
        """Whether search sees the record yet: HubSpot's search index trails writes by ``search_lag`` seconds."""
        if not self.search_lag:
            return True
        created = datetime.fromisoformat(record["createdAt"].replace("Z", "+00:00"))
        return (datetime.now(timezone.utc) - created).total_seconds() >= self.search_lag

    def _upsert_contacts(self, body: Any) -> Response:
        inputs = body["inputs"]
        if not inputs:
            return _error(400, "VALIDATION_ERROR", "inputs must be a non-empty list")
        results = []
        for item in inputs:
            if item.get("idProperty") != "email":
                return _error(400, "VALIDATION_ERROR", "contacts are upserted by email (or a unique property)")
            existing = self.contact_by_email(item["id"])
            if errors := self._value_errors("contacts", item["properties"], existing):
                return _invalid_values(errors)
            if existing is None:
                results.append({**self._save("contacts", None, {**item["properties"], "email": item["id"]}),
                                "new": True})
            else:
                results.append({**self._save("contacts", existing, dict(item["properties"])), "new": False})
        return json_response(200, {"status": "COMPLETE", "results": results,
                                   "startedAt": _now(), "completedAt": _now()})

    def _upsert_deals(self, body: Any) -> Response:
        results = []
        for item in body["inputs"]:
            id_property = item.get("idProperty") or "hs_object_id"
            definition = self.properties["deals"].get(id_property)
            if definition is None or not (definition.get("hasUniqueValue") or id_property == "hs_object_id"):
                return _error(400, "VALIDATION_ERROR",
                              f"{id_property} is not a unique identifier property for deals")
            existing = next((d for d in self.deals.items.values()
                             if d["properties"].get(id_property) == item["id"]), None)
            if errors := self._value_errors("deals", item["properties"], existing):
                return _invalid_values(errors)
            if existing is None and not item["properties"].get("dealname"):
                return _invalid_values([{"isValid": False, "message": "dealname is required", "error": "REQUIRED",
                                         "name": "dealname"}])
            record = self._save("deals", existing, {**item["properties"], id_property: item["id"]})
            results.append({**record, "new": existing is None})
        return json_response(200, {"status": "COMPLETE", "results": results,
                                   "startedAt": _now(), "completedAt": _now()})

    def _new(self, store: Store, properties: dict[str, str]) -> dict[str, Any]:
        record_id = store.new_id()
        record = {"id": record_id, "properties": dict(properties), "createdAt": _now(),
                  "updatedAt": _now(), "archived": False}
        store.items[record_id] = record
        return record

    def _create(self, kind: str, store: Store, body: Any) -> Response:
        if errors := self._value_errors(kind, body["properties"]):
            return _invalid_values(errors)
        return json_response(201, self._save(kind, None, dict(body["properties"])))

    def _create_deal(self, body: Any) -> Response:
        properties = body["properties"]
        if errors := self._value_errors("deals", properties):
            return _invalid_values(errors)
        if not properties.get("dealname"):
            return _error(400, "VALIDATION_ERROR", "dealname is required")
        links = []
        for association in body.get("associations") or []:
            target = str(association["to"]["id"])
            if target not in self.contacts.items:
                return _error(400, "VALIDATION_ERROR", "association target does not exist")
            for kind in association.get("types") or []:
                if kind.get("associationCategory") != "HUBSPOT_DEFINED" or kind.get("associationTypeId") != \
                        DEAL_TO_CONTACT:
                    return _error(400, "VALIDATION_ERROR", "bad association type")
                links.append((target, kind["associationTypeId"]))
        deal = self._save("deals", None, dict(properties))
        self.associations |= {(deal["id"], contact, kind) for contact, kind in links}
        return json_response(201, deal)

    def _create_engagement(self, kind: str, body: Any) -> Response:
        properties = dict(body["properties"])
        if errors := self._value_errors(kind, properties):
            return _invalid_values(errors)
        for name in MEETING_TIMES:
            if name in properties and _datetime(properties[name]) is None:
                return _error(400, "VALIDATION_ERROR", f"{name}: not a valid date-time")
        if kind == "meetings":
            properties.setdefault("hs_timestamp", properties.get("hs_meeting_start_time", ""))
        if not properties.get("hs_timestamp"):
            return _error(400, "VALIDATION_ERROR", "hs_timestamp is required")
        types = {"meetings": {MEETING_TO_CONTACT: "contacts", MEETING_TO_DEAL: "deals"},
                 "notes": {NOTE_TO_CONTACT: "contacts", NOTE_TO_DEAL: "deals"}}[kind]
        links = []
        for association in body.get("associations") or []:
            target = str(association["to"]["id"])
            for spec in association.get("types") or []:
                type_id = spec.get("associationTypeId")
                other = types.get(type_id)
                if spec.get("associationCategory") != "HUBSPOT_DEFINED" or other is None:
                    return _error(400, "VALIDATION_ERROR", "bad association type")
                if target not in self._store(other).items:
                    return _error(400, "VALIDATION_ERROR", "association target does not exist")
                links.append((other, target, type_id))
        record = self._save(kind, None, properties)
        linked = self.meeting_links if kind == "meetings" else self.note_links
        linked |= {(record["id"], other, target, type_id) for other, target, type_id in links}
        return json_response(201, record)

    def _read_notes(self, body: Any) -> Response:
        """A batch read: at most 100 ids; those not there are errors beside the results (207)."""
        if len(body["inputs"]) > 100:
            return _error(400, "VALIDATION_ERROR", "Batch input must contain at most 100 inputs")
        wanted = set(body["properties"])
        ids = [str(entry.get("id")) for entry in body["inputs"]]
        results = [{**self.notes.items[key], "properties": {
            k: v for k, v in self.notes.items[key]["properties"].items() if k in wanted or k == "hs_object_id"}}
            for key in ids if key in self.notes.items]
        missing = [key for key in ids if key not in self.notes.items]
        answer: dict[str, Any] = {"status": "COMPLETE", "results": results, "startedAt": _now(), "completedAt": _now()}
        if missing:
            answer |= {"numErrors": 1, "errors": [{"status": "error", "category": "OBJECT_NOT_FOUND",
                                                   "message": "Could not get some NOTE objects, they may be deleted "
                                                              "or not exist.", "context": {"ids": missing}}]}
        return json_response(207 if missing else 200, answer)

    def add_note(self, deal_id: str, body: str) -> str:
        """A note someone wrote on the deal in HubSpot (not leadbot)."""
        note = self._save("notes", None, {"hs_note_body": body, "hs_timestamp": _now()})
        self.note_links.add((note["id"], "deals", deal_id, NOTE_TO_DEAL))
        return str(note["id"])

    def meetings_of(self, kind: str, record_id: str) -> list[dict[str, Any]]:
        """The meetings associated with one contact (``contacts``) or deal (``deals``)."""
        ids = {link[0] for link in self.meeting_links if link[1:3] == (kind, record_id)}
        return [meeting for meeting_id, meeting in self.meetings.items.items() if meeting_id in ids]

    def notes_of(self, kind: str, record_id: str) -> list[dict[str, Any]]:
        """The notes associated with one contact (``contacts``) or deal (``deals``)."""
        ids = {link[0] for link in self.note_links if link[1:3] == (kind, record_id)}
        return [note for note_id, note in self.notes.items.items() if note_id in ids]

    def _patch(self, kind: str, record: dict[str, Any], body: Any) -> Response:
        if errors := self._value_errors(kind, body["properties"], record):
            return _invalid_values(errors)
        return json_response(200, self._save(kind, record, dict(body["properties"])))
