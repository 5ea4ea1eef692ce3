"""A local HubSpot CRM v3 API: contacts (batch upsert by email, create,
update, GDPR delete, search) and deals (create with associations, update,
delete, search), behind a private app's Bearer token. ``hubspot_owner_id``
must name one of the portal's owners (``owners``), as HubSpot checks."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from tests.fakes.server import FakeServer, Recorded, Response, Store, json_response

DEAL_TO_CONTACT = 3
_CONTACT = re.compile(r"^/crm/v3/objects/contacts/(\d+)$")
_DEAL = re.compile(r"^/crm/v3/objects/deals/(\d+)$")
_SEARCH = re.compile(r"^/crm/v3/objects/(contacts|deals)/search$")
OWNERS = ("41629779", "41629780")


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
        if method == "POST" and (match := _SEARCH.match(path)):
            return self._search(self.contacts if match[1] == "contacts" else self.deals, request.json())
        for pattern, store in ((_CONTACT, self.contacts), (_DEAL, self.deals)):
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
            value = record["properties"].get(flt.get("propertyName"))
            return value is not None if flt["operator"] == "HAS_PROPERTY" else value == str(flt.get("value"))

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

    def _patch(self, record: dict[str, Any], body: Any) -> Response:
        properties = self._properties(body)
        if properties is None:
            return _error(400, "VALIDATION_ERROR", "properties must be an object of strings")
        record["properties"].update(properties)
        record["updatedAt"] = _now()
        return json_response(200, record)
