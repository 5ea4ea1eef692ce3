"""The custom properties the HubSpot mapping writes, and ``python -m integrations setup hubspot``
that makes them on a portal (``POST /crm/v3/properties/{object}/groups`` and ``.../properties``).

A fresh portal has none of the ``leadbot_*`` properties, and HubSpot refuses
every write that names one (400 ``PROPERTY_DOESNT_EXIST``). Each custom
property the mapping's ``contact`` and ``deal`` sections name gets a
definition here: a known one its own type (``leadbot_score`` a number,
``leadbot_call_at`` a date-time, ``leadbot_lead_id`` unique on deals so a
deal can be upserted by it), any other ``leadbot_*`` a single-line text. All
go in one property group, ``leadbot``. What exists is left alone, so the
command can be run again after the mapping grows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Mapping

import requests

from integrations.mapping import FieldMapping, MappingSource
from integrations.transport import checked, send

GROUP = {"name": "leadbot", "label": "LeadBot", "displayOrder": -1}
PREFIX = "leadbot_"
_SECTIONS = {"contact": "contacts", "deal": "deals"}
# name -> (label, type, fieldType, extra)
_KNOWN: dict[str, tuple[str, str, str, dict[str, Any]]] = {
    "leadbot_lead_id": ("LeadBot lead id", "string", "text", {}),
    "leadbot_stage": ("LeadBot stage", "string", "text", {}),
    "leadbot_score": ("LeadBot score", "number", "number", {"numberDisplayHint": "unformatted"}),
    "leadbot_grade": ("LeadBot ICP grade", "string", "text", {}),
    "leadbot_bant_budget": ("LeadBot BANT: budget", "string", "textarea", {}),
    "leadbot_bant_authority": ("LeadBot BANT: authority", "string", "textarea", {}),
    "leadbot_bant_need": ("LeadBot BANT: need", "string", "textarea", {}),
    "leadbot_bant_timing": ("LeadBot BANT: timing", "string", "textarea", {}),
    "leadbot_call_at": ("LeadBot call booked for", "datetime", "date", {}),
    "leadbot_original_page": ("LeadBot first page", "string", "text", {}),
    "leadbot_original_referrer": ("LeadBot referrer", "string", "text", {}),
    "leadbot_utm_source": ("LeadBot UTM source", "string", "text", {}),
    "leadbot_utm_medium": ("LeadBot UTM medium", "string", "text", {}),
    "leadbot_utm_campaign": ("LeadBot UTM campaign", "string", "text", {}),
    "leadbot_utm_term": ("LeadBot UTM term", "string", "text", {}),
    "leadbot_utm_content": ("LeadBot UTM content", "string", "text", {}),
}
# Deals are upserted by the lead id, which HubSpot allows only on a unique property.
_UNIQUE = {("deals", "leadbot_lead_id")}


def definitions(mapping: MappingSource = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(object type, property definition) for every custom property the mapping writes."""
    loaded = FieldMapping.of("hubspot", mapping)
    for section, kind in _SECTIONS.items():
        for name in loaded.objects.get(section, {}):
            if not name.startswith(PREFIX):
                continue
            label, type_, field, extra = _KNOWN.get(name, (name.replace("_", " ").capitalize(), "string", "text", {}))
            yield kind, {"name": name, "label": label, "type": type_, "fieldType": field,
                         "groupName": GROUP["name"], "hasUniqueValue": (kind, name) in _UNIQUE, **extra}


@dataclass(frozen=True)
class Step:
    """One thing the setup looked at: ``done`` is ``created`` or ``exists``."""

    what: str
    done: str


def setup(*, token: str, session: requests.Session, base_url: str = "https://api.hubapi.com",
          mapping: MappingSource = None, timeout: float = 10.0) -> list[Step]:
    """Make the ``leadbot`` group and each missing custom property; raises ``DeliveryFailed`` on a refusal."""
    headers = {"Authorization": f"Bearer {token}"}
    base = base_url.rstrip("/")

    def call(method: str, path: str, what: str, **kwargs: Any) -> Any:
        return checked(send(session, method, base + path, timeout=timeout, headers=headers, **kwargs), what,
                       ("category",))

    steps: list[Step] = []
    wanted = list(definitions(mapping))
    for kind in dict.fromkeys(kind for kind, _ in wanted):
        groups = {g.get("name") for g in (call("GET", f"/crm/v3/properties/{kind}/groups", "read groups")
                                          or {}).get("results") or []}
        if GROUP["name"] not in groups:
            call("POST", f"/crm/v3/properties/{kind}/groups", "create group", json=GROUP)
        steps.append(Step(f"{kind} group {GROUP['name']}", "exists" if GROUP["name"] in groups else "created"))
        existing = {p.get("name") for p in (call("GET", f"/crm/v3/properties/{kind}", "read properties")
                                            or {}).get("results") or []}
        for definition in (d for k, d in wanted if k == kind):
            if definition["name"] in existing:
                steps.append(Step(f"{kind} property {definition['name']}", "exists"))
                continue
            call("POST", f"/crm/v3/properties/{kind}", "create property", json=definition)
            steps.append(Step(f"{kind} property {definition['name']}", "created"))
    return steps


def names(mapping: MappingSource = None) -> Mapping[str, list[str]]:
    """Object type -> the custom property names the mapping writes there."""
    out: dict[str, list[str]] = {}
    for kind, definition in definitions(mapping):
        out.setdefault(kind, []).append(definition["name"])
    return out
