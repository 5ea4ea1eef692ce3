"""A local HubSpot CRM v3 API: contacts (batch upsert by email, create,
update, GDPR delete, search), deals (create with associations, update,
delete, search) and meetings (create with associations to contacts and deals,
get, delete, search by property and by ``associations.<object>``), behind a
private app's Bearer token. ``hubspot_owner_id`` must name one of the
portal's owners (``owners``), as HubSpot checks. Date-time properties of
meetings take epoch milliseconds or ISO 8601 and are kept, returned and
compared as ISO 8601 UTC, as HubSpot does; ``hs_timestamp`` is required."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from tests.fakes.server import FakeServer, Recorded, Response, Store, json_response

DEAL_TO_CONTACT = 3
_CONTACT = re.compile(r"^/crm/v3/objects/contacts/(\d+)$")
_DEAL = re.compile(r"^/crm/v3/objects/deals/(\d+)$")
_MEETING = re.compile(r"^/crm/v3/objects/meetings/(\d+)$")
_SEARCH = re.compile(r"^/crm/v3/objects/(contacts|deals|meetings)/search$")
OWNERS = ("41629779", "41629780")
MEETING_TO_CONTACT, MEETING_TO_DEAL = 200, 212
MEETING_TIMES = ("hs_timestamp", "hs_meeting_start_time", "hs_meeting_end_time")
MEETING_OUTCOMES = ("SCHEDULED", "COMPLETED", "RESCHEDULED", "NO_SHOW", "CANCELED")


def _datetime(value: str) -> str | None:
    """A date-time property value (epoch milliseconds or ISO 8601 with an offset) as ISO UTC; None if neither."""
    try:
        moment = datetime.fromtimestamp(int(value) / 1000, timezone.utc) if value.isdigit() else \
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _error(status: int, category: str, message: str) -> Response:
    return json_response(status, {"status": "error", "message": message,
                                  "correlationId": "00000000-0000-0000-0000-000000000000", "category": category})


class HubSpotFake(FakeServer):
    def __init__(self, token: str = "pat-na1-test") -> None:
        super().__init__()
        self.token = token
        self.contacts = Store(prefix="")
        self.contacts.counter = 100
        self.deals = Store(prefix="")
        self.deals.counter = 9000
        self.associations: set[tuple[str, str, int]] = set()  # (deal id, contact id, type id)
        self.meetings = Store(prefix="")
        self.meetings.counter = 70000
        # (meeting id, "contacts" | "deals", record id, type id)
        self.meeting_links: set[tuple[str, str, str, int]] = set()
        self.owners = set(OWNERS)

    def default_error_body(self, status: int) -> Any:
        category = {429: "RATE_LIMITS", 401: "INVALID_AUTHENTICATION"}.get(status, "INTERNAL_ERROR")
        return {"status": "error", "message": f"scripted {status}", "category": category}

    def contact_by_email(self, email: str) -> dict[str, Any] | None:
        return next((c for c in self.contacts.items.values()
                     if c["properties"].get("email", "").lower() == email.lower()), None)

    def handle(self, request: Recorded) -> Response:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return _error(401, "INVALID_AUTHENTICATION",
                          "Authentication credentials not found. This API supports OAuth 2.0 authentication.")
        method, path = request.method, request.path
        if method == "POST" and path == "/crm/v3/objects/contacts/batch/upsert":
            return self._upsert_contacts(request.json())
        if method == "POST" and path == "/crm/v3/objects/contacts":
            return self._create(self.contacts, request.json())
        if method == "POST" and path == "/crm/v3/objects/contacts/gdpr-delete":
            object_id = str(request.json().get("objectId"))
            if self.contacts.items.pop(object_id, None) is None:
                return _error(404, "OBJECT_NOT_FOUND", "Object not found")
            self.associations = {a for a in self.associations if a[1] != object_id}
            return 204, {}, b""
        if method == "POST" and path == "/crm/v3/objects/deals":
            return self._create_deal(request.json())
        if method == "POST" and path == "/crm/v3/objects/meetings":
            return self._create_meeting(request.json())
        if method == "POST" and (match := _SEARCH.match(path)):
            store = {"contacts": self.contacts, "deals": self.deals, "meetings": self.meetings}[match[1]]
            return self._search(store, request.json())
        for pattern, store in ((_CONTACT, self.contacts), (_DEAL, self.deals), (_MEETING, self.meetings)):
            if match := pattern.match(path):
                record = store.items.get(match[1])
                if record is None:
                    return _error(404, "OBJECT_NOT_FOUND", "Object not found")
                if method == "PATCH":
                    return self._patch(record, request.json())
                if method == "GET":
                    return json_response(200, record)
                if method == "DELETE":
                    del store.items[match[1]]
                    self.meeting_links = {link for link in self.meeting_links if link[0] != match[1]}
                    return 204, {}, b""
        return _error(404, "NOT_FOUND", f"No route for {method} {path}")

    def _properties(self, body: Any) -> dict[str, str] | None:
        properties = body.get("properties") if isinstance(body, dict) else None
        if not isinstance(properties, dict) or not all(isinstance(v, str) for v in properties.values()):
            return None
        if "hubspot_owner_id" in properties and properties["hubspot_owner_id"] not in self.owners:
            return None
        return properties

    def _search(self, store: Store, body: Any) -> Response:
        """CRM search: filters within a group are ANDed, groups ORed; EQ and HAS_PROPERTY here."""
        groups = body.get("filterGroups") if isinstance(body, dict) else None
        if not isinstance(groups, list) or len(groups) > 5:
            return _error(400, "VALIDATION_ERROR", "filterGroups must be a list of at most 5")
        limit = body.get("limit", 10)
        if not isinstance(limit, int) or not 0 < limit <= 200:
            return _error(400, "VALIDATION_ERROR", "limit must be 1 to 200")

        def matches(record: dict[str, Any], flt: Any) -> bool:
            if not isinstance(flt, dict) or flt.get("operator") not in ("EQ", "HAS_PROPERTY"):
                raise ValueError("unsupported filter")
            name, wanted = str(flt.get("propertyName")), str(flt.get("value"))
            if name.startswith("associations.") and store is self.meetings:
                kind = name.split(".", 1)[1] + "s"
                return (flt["operator"] == "EQ"
                        and any(link[0] == record["id"] and link[1:3] == (kind, wanted) for link in self.meeting_links))
            value = record["properties"].get(name)
            if store is self.meetings and name in MEETING_TIMES and flt["operator"] == "EQ":
                wanted = _datetime(wanted) or wanted
            return value is not None if flt["operator"] == "HAS_PROPERTY" else value == wanted

        found = [r for r in store.items.values()
                 if not groups or any(all(matches(r, f) for f in g.get("filters") or []) for g in groups)]
        wanted = body.get("properties") or []
        results = [{"id": r["id"], "properties": {k: r["properties"].get(k) for k in wanted},
                    "createdAt": r["createdAt"], "updatedAt": r["updatedAt"], "archived": False}
                   for r in found[:limit]]
        paging = {"next": {"after": str(limit)}} if len(found) > limit else None
        return json_response(200, {"total": len(found), "results": results,
                                   **({"paging": paging} if paging else {})})

    def _upsert_contacts(self, body: Any) -> Response:
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list) or not inputs:
            return _error(400, "VALIDATION_ERROR", "inputs must be a non-empty list")
        results = []
        for item in inputs:
            properties = self._properties(item)
            if item.get("idProperty") != "email" or not item.get("id") or properties is None:
                return _error(400, "VALIDATION_ERROR", "each input needs id, idProperty and string properties")
            existing = self.contact_by_email(item["id"])
            if existing is None:
                existing = self._new(self.contacts, {**properties, "email": item["id"]})
                results.append({**existing, "new": True})
            else:
                existing["properties"].update(properties)
                existing["updatedAt"] = _now()
                results.append({**existing, "new": False})
        return json_response(200, {"status": "COMPLETE", "results": results,
                                   "startedAt": _now(), "completedAt": _now()})

    def _new(self, store: Store, properties: dict[str, str]) -> dict[str, Any]:
        record_id = store.new_id()
        record = {"id": record_id, "properties": dict(properties), "createdAt": _now(),
                  "updatedAt": _now(), "archived": False}
        store.items[record_id] = record
        return record

    def _create(self, store: Store, body: Any) -> Response:
        properties = self._properties(body)
        if properties is None:
            return _error(400, "VALIDATION_ERROR", "properties must be an object of strings, owners known")
        return json_response(201, self._new(store, properties))

    def _create_deal(self, body: Any) -> Response:
        properties = self._properties(body)
        if properties is None or not properties.get("dealname"):
            return _error(400, "VALIDATION_ERROR", "dealname is required")
        links = []
        for association in body.get("associations") or []:
            target = str((association.get("to") or {}).get("id"))
            if target not in self.contacts.items:
                return _error(400, "VALIDATION_ERROR", "association target does not exist")
            for kind in association.get("types") or []:
                if kind.get("associationCategory") != "HUBSPOT_DEFINED" or \
                        not isinstance(kind.get("associationTypeId"), int):
                    return _error(400, "VALIDATION_ERROR", "bad association type")
                links.append((target, kind["associationTypeId"]))
        deal = self._new(self.deals, properties)
        self.associations |= {(deal["id"], contact, kind) for contact, kind in links}
        return json_response(201, deal)

    def _create_meeting(self, body: Any) -> Response:
        properties = self._properties(body)
        if properties is None:
            return _error(400, "VALIDATION_ERROR", "properties must be an object of strings, owners known")
        for name in MEETING_TIMES:
            if name in properties:
                if (value := _datetime(properties[name])) is None:
                    return _error(400, "VALIDATION_ERROR", f"{name}: not a valid date-time")
                properties[name] = value
        properties.setdefault("hs_timestamp", properties.get("hs_meeting_start_time", ""))
        if not properties["hs_timestamp"]:
            return _error(400, "VALIDATION_ERROR", "hs_timestamp is required")
        if properties.get("hs_meeting_outcome", "SCHEDULED") not in MEETING_OUTCOMES:
            return _error(400, "VALIDATION_ERROR", "hs_meeting_outcome is not one of the allowed options")
        links = []
        for association in body.get("associations") or []:
            target = str((association.get("to") or {}).get("id"))
            for kind in association.get("types") or []:
                type_id = kind.get("associationTypeId")
                store = {MEETING_TO_CONTACT: ("contacts", self.contacts),
                         MEETING_TO_DEAL: ("deals", self.deals)}.get(type_id)
                if kind.get("associationCategory") != "HUBSPOT_DEFINED" or store is None:
                    return _error(400, "VALIDATION_ERROR", "bad association type")
                if target not in store[1].items:
                    return _error(400, "VALIDATION_ERROR", "association target does not exist")
                links.append((store[0], target, type_id))
        meeting = self._new(self.meetings, properties)
        self.meeting_links |= {(meeting["id"], kind, target, type_id) for kind, target, type_id in links}
        return json_response(201, meeting)

    def meetings_of(self, kind: str, record_id: str) -> list[dict[str, Any]]:
        """The meetings associated with one contact (``contacts``) or deal (``deals``)."""
        ids = {link[0] for link in self.meeting_links if link[1:3] == (kind, record_id)}
        return [meeting for meeting_id, meeting in self.meetings.items.items() if meeting_id in ids]

    def _patch(self, record: dict[str, Any], body: Any) -> Response:
        properties = self._properties(body)
        if properties is None:
            return _error(400, "VALIDATION_ERROR", "properties must be an object of strings")
        record["properties"].update(properties)
        record["updatedAt"] = _now()
        return json_response(200, record)
