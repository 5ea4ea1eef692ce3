"""Cuts the vendors' published OpenAPI documents down to the operations leadbot calls.

Run it by hand when a vendor changes its API (it is not run by the tests)::

    python -m harness.fakes.contracts.extract hubspot <checkout of HubSpot/HubSpot-public-api-spec-collection>
    python -m harness.fakes.contracts.extract pipedrive <folder holding Pipedrive's v1.yaml and v2.yaml>

Each kept operation keeps its parameters, request body and security (the
scopes it needs); every schema those reach through ``$ref`` comes along;
descriptions and examples are dropped. The output is what the fakes read
(``harness.fakes.openapi``), so a fake answers only what the vendor documents.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
_DROP = {"description", "example", "examples", "summary", "x-hubspot-user-level-auth", "externalDocs",
         "x-hubspot-product-tier-requirements", "x-hubspot-related-documentation", "tags", "x-badges",
         "x-token-cost", "x-rate-limit-tier"}

# document -> (source file, operations kept); "*" keeps every method of the path.
HUBSPOT = {
    "contacts": ("PublicApiSpecs/CRM/Contacts/Rollouts/424/v3/contacts.json", {
        "/crm/v3/objects/contacts": ["post"], "/crm/v3/objects/contacts/{contactId}": ["get", "patch", "delete"],
        "/crm/v3/objects/contacts/batch/upsert": ["post"], "/crm/v3/objects/contacts/search": ["post"],
        "/crm/v3/objects/contacts/gdpr-delete": ["post"]}),
    "deals": ("PublicApiSpecs/CRM/Deals/Rollouts/424/v3/deals.json", {
        "/crm/v3/objects/0-3": ["post"], "/crm/v3/objects/0-3/{dealId}": ["get", "patch", "delete"],
        "/crm/v3/objects/0-3/batch/upsert": ["post"], "/crm/v3/objects/0-3/search": ["post"]}),
    "meetings": ("PublicApiSpecs/CRM/Meetings/Rollouts/424/v3/meetings.json", {
        "/crm/v3/objects/meetings": ["post"], "/crm/v3/objects/meetings/{meetingId}": ["get", "patch", "delete"],
        "/crm/v3/objects/meetings/search": ["post"]}),
    "notes": ("PublicApiSpecs/CRM/Notes/Rollouts/424/v3/notes.json", {
        "/crm/v3/objects/notes": ["post"], "/crm/v3/objects/notes/{noteId}": ["get", "delete"],
        "/crm/v3/objects/notes/batch/read": ["post"]}),
    "companies": ("PublicApiSpecs/CRM/Companies/Rollouts/424/v3/companies.json", {
        "/crm/v3/objects/companies/search": ["post"]}),
    "properties": ("PublicApiSpecs/CRM/Properties/Rollouts/145899/v3/properties.json", {
        "/crm/v3/properties/{objectType}": ["get", "post"],
        "/crm/v3/properties/{objectType}/{propertyName}": ["get"],
        "/crm/v3/properties/{objectType}/groups": ["get", "post"],
        "/crm/v3/properties/{objectType}/groups/{groupName}": ["get"]}),
    "pipelines": ("PublicApiSpecs/CRM/Pipelines/Rollouts/145896/v3/pipelines.json", {
        "/crm/v3/pipelines/{objectType}": ["get"], "/crm/v3/pipelines/{objectType}/{pipelineId}": ["get"]}),
    "owners": ("PublicApiSpecs/CRM/Crm Owners/Rollouts/146888/v3/crmOwners.json", {
        "/crm/v3/owners": ["get"], "/crm/v3/owners/{ownerId}": ["get"]}),
    "account-info": ("PublicApiSpecs/Account/Account Info/Rollouts/144923/v3/accountInfo.json", {
        "/account-info/v3/details": ["get"]}),
    "associations": ("PublicApiSpecs/CRM/Associations/Rollouts/130902/v4/associations.json", {
        "/crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}": ["put"],
        "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}": ["get"]}),
}
PIPEDRIVE = {
    "v2": ("v2.yaml", {
        "/persons": ["post"], "/persons/{id}": ["get", "patch", "delete"], "/persons/search": ["get"],
        "/organizations": ["post"], "/organizations/{id}": ["get", "patch"], "/organizations/search": ["get"],
        "/activities": ["get", "post"], "/activities/{id}": ["get", "patch", "delete"],
        "/personFields": ["get"], "/organizationFields": ["get"]}),
    "v1": ("v1.yaml", {
        "/leads": ["get", "post"], "/leads/{id}": ["get", "patch", "delete"], "/leads/search": ["get"],
        "/leadLabels": ["get", "post"], "/leadFields": ["get"], "/notes": ["get", "post"], "/notes/{id}": ["delete"],
        "/users/me": ["get"], "/users": ["get"], "/currencies": ["get"], "/activityTypes": ["get"]}),
}


def _strip(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip(v) for k, v in node.items() if k not in _DROP}
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


def _refs(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)


def _resolve(document: dict, ref: str) -> Any:
    node: Any = document
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def trim(document: dict, keep: dict[str, list[str]]) -> dict:
    """The document with only ``keep``'s operations and the components they reach."""
    paths: dict[str, Any] = {}
    for path, methods in keep.items():
        item = document["paths"].get(path)
        if item is None:
            raise SystemExit(f"{path} is not in the document any more")
        paths[path] = {m: item[m] for m in methods if m in item}
        if "parameters" in item:
            paths[path]["parameters"] = item["parameters"]
    out: dict[str, Any] = {"openapi": document["openapi"], "info": document["info"],
                           "servers": document.get("servers", []), "paths": paths, "components": {}}
    if "security" in document:
        out["security"] = document["security"]
    seen: set[str] = set()
    todo: set[str] = set()
    _refs(paths, todo)
    while todo:
        ref = todo.pop()
        if ref in seen or not ref.startswith("#/components/"):
            continue
        seen.add(ref)
        _, _, section, name = ref.split("/", 3)
        target = _resolve(document, ref)
        out["components"].setdefault(section, {})[name] = target
        _refs(target, todo)
    if "securitySchemes" in document.get("components", {}):
        out["components"]["securitySchemes"] = document["components"]["securitySchemes"]
    return _strip(out)


def _read(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def main(argv: list[str]) -> int:
    vendor, source = argv[0], Path(argv[1])
    table = {"hubspot": HUBSPOT, "pipedrive": PIPEDRIVE}[vendor]
    for name, (file, keep) in table.items():
        trimmed = trim(_read(source / file), keep)
        target = HERE / vendor / f"{name}.json"
        target.parent.mkdir(exist_ok=True)
        target.write_text(json.dumps(trimmed, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{target.relative_to(HERE)}: {len(trimmed['paths'])} paths, {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
