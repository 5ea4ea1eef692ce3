"""The doctor's read-only checks of a Salesforce org (``integrations.doctor``): a token from My
Domain, the Lead and Event describe against the mapping (the run-as user's Create, Edit and
Delete on the object, since leads are updated, calls moved and visitors erased; fields, what
can be written and what updated, picklists, country picklists, the external-id field), the
org's duplicate rules, and whether a salesperson's chat can go in as a Task (and be erased)."""

from __future__ import annotations

from typing import Any, Iterator

from integrations import doctor
from integrations.calendar_entry import time_targets
from integrations.destination import DeliveryFailed
from integrations.salesforce import MY_DOMAIN_HELP, TASK_FIELDS, Salesforce

NAME = "salesforce"
_SECTIONS = {"lead": "Lead", "event": "Event"}
# The object permissions the destination uses, as the describe names them.
_OBJECT_PERMISSIONS = (("Create", "createable"), ("Edit", "updateable"), ("Delete", "deletable"))
# Why each permission is needed, where it is not plain.
_NEEDED_FOR = {
    ("Lead", "Edit"): "every later change of a lead, its status, its answers, its owner",
    ("Lead", "Delete"): "a visitor's erasure would fail and the Lead stay",
    ("Event", "Edit"): "a call the visitor moved would stay at its old time",
    ("Event", "Delete"): "a visitor's erasure would fail and the Event, which names them, stay",
}


def _check(name: str, ok: bool, detail: str = "", fix: str = "", blocking: bool = True) -> doctor.Check:
    return doctor.Check(NAME, name, ok, detail, fix, blocking)


@doctor.register(NAME)
def preflight(salesforce: Salesforce) -> Iterator[doctor.Check]:
    try:
        instance = salesforce.instance_url()
    except DeliveryFailed as failed:
        fix = MY_DOMAIN_HELP if "invalid_grant" in str(failed) else \
            "check SALESFORCE_CLIENT_ID/SECRET: a connected app with the client credentials flow and a run-as user"
        yield _check("token", False, str(failed), fix)
        return
    yield _check("token", True, f"issued by {salesforce.base_url} for {instance}")
    for section, sobject in _SECTIONS.items():
        if salesforce.mapping.objects.get(section):
            yield from _describe(salesforce, section, sobject)
    yield from _duplicate_rules(salesforce)
    yield from _owners(salesforce)
    yield from _chat_task(salesforce)


def _chat_task(salesforce: Salesforce) -> Iterator[doctor.Check]:
    """A salesperson's chat with the visitor goes in as a Task on the Lead: without Create on Task and its
    fields those notes are lost (dead letters), while leads still arrive, so a warning."""
    fix = "give the run-as user Create and Delete on Task and edit access to " + ", ".join(TASK_FIELDS)
    try:
        described = salesforce.read("/sobjects/Task/describe", "describe Task")
    except DeliveryFailed as failed:
        yield _check("Task (chat notes)", False, str(failed), fix, blocking=False)
        return
    fields = {f.get("name"): f for f in described.get("fields") or [] if isinstance(f, dict)}
    locked = [name for name in TASK_FIELDS if not (fields.get(name) or {}).get("createable")]
    problems = (["the run-as user cannot create Tasks"] if described.get("createable") is False else []) + \
        (["the run-as user cannot delete Tasks, so a converted Lead's chats (on its Contact) cannot be erased"]
         if described.get("deletable") is False else []) + \
        ([f"not writable: {', '.join(locked)}"] if locked else [])
    yield _check("Task (chat notes)", not problems,
                 "; ".join(problems) or "a chat with a salesperson can be kept as a Task on the Lead", fix,
                 blocking=False)


def _owners(salesforce: Salesforce) -> Iterator[doctor.Check]:
    wanted = sorted({owner for owner in salesforce.owners.values() if owner.isalnum()})
    if not wanted:
        return
    ids = ", ".join(f"'{owner}'" for owner in wanted)
    try:
        answer = salesforce.read("/query", "query users", q=f"SELECT Id FROM User WHERE IsActive = true AND Id IN ({ids})")
    except DeliveryFailed as failed:
        yield _check("owners", False, str(failed), "the run-as user must be able to read users", blocking=False)
        return
    found = {str(r.get("Id")) for r in answer.get("records") or []}
    unknown = [owner for owner in wanted if owner not in found]
    yield _check("owners", not unknown, f"not active users of the org: {', '.join(unknown)}" if unknown
                 else f"all {len(wanted)} owners in the owners file are active users",
                 "fix the salesforce section of the owners file (LEADBOT_OWNERS): 18-character User ids (005...)")


def _describe(salesforce: Salesforce, section: str, sobject: str) -> Iterator[doctor.Check]:
    try:
        described = salesforce.read(f"/sobjects/{sobject}/describe", f"describe {sobject}")
    except DeliveryFailed as failed:
        yield _check(f"{sobject} describe", False, str(failed), "the run-as user needs read access to "
                     f"{sobject} (profile or permission set)")
        return
    # The describe's ``createable``, ``updateable`` and ``deletable`` are the run-as user's object permissions
    # (DescribeSObjectResult): a false one fails every call of that kind, whatever the fields allow.
    denied = [permission for permission, key in _OBJECT_PERMISSIONS if described.get(key) is False]
    if denied:
        yield _check(f"{sobject} access", False, f"the run-as user cannot {' or '.join(p.lower() for p in denied)} "
                     f"{sobject} records" + "".join(f" ({_NEEDED_FOR[sobject, p]})" for p in denied
                                                  if (sobject, p) in _NEEDED_FOR),
                     f"give the connected app's run-as user {', '.join(denied)} on {sobject} "
                     "(profile or permission set)")
    fields: dict[str, Any] = {f.get("name"): f for f in described.get("fields") or [] if isinstance(f, dict)}
    mapped = salesforce.mapping.objects[section]
    missing = [name for name in mapped if name not in fields]
    locked = [name for name in mapped if name in fields and not fields[name].get("createable")]
    # What later deliveries send again: a Lead's fields but those sales own, an Event's time when the call moved.
    updated = [name for name in _updated_fields(salesforce, section) if name in fields and name not in locked]
    frozen = [name for name in updated if not fields[name].get("updateable")]
    problems = ([f"no field {', '.join(missing)}"] if missing else []) + \
        ([f"not writable: {', '.join(locked)}"] if locked else []) + \
        ([f"written once, never updated: {', '.join(frozen)}"] if frozen else [])
    fix = "create the fields or drop them from SALESFORCE_MAPPING"
    if frozen and not missing and not locked:
        fix = f"give the run-as user edit access to {', '.join(frozen)} (field-level security)" + \
            (", or list them under create_only in the mapping" if section == "lead" else "")
    if "CountryCode" in missing:
        fix = "this org has no country picklists: set `CountryCode: null` and `Country: country_name` in the mapping"
    yield _check(f"{sobject} fields", not problems, "; ".join(problems) or f"all {len(mapped)} mapped fields exist",
                 fix)
    if section == "lead" and "Country" in mapped and "CountryCode" in fields:
        yield _check("Lead country", False, "country picklists are on, so Country takes the org's full names only",
                     "map the ISO code instead: `CountryCode: country` and `Country: null`")
    for name in mapped:
        field = fields.get(name) or {}
        if field.get("type") != "picklist":
            continue
        values = {p.get("value") for p in field.get("picklistValues") or [] if p.get("active")}
        wrong = [str(v) for v in salesforce.mapping.constants(section, name) if str(v) not in values]
        if wrong:
            restricted = bool(field.get("restrictedPicklist"))
            yield _check(f"{sobject}.{name} picklist", False, f"not values of the picklist: {', '.join(wrong)}",
                         f"map to the org's values ({', '.join(sorted(str(v) for v in values))[:200]})",
                         blocking=restricted)
    external = salesforce.mapping.setting("external_id_field")
    if section == "lead" and external:
        field = fields.get(str(external)) or {}
        yield _check("Lead external id", bool(field.get("externalId")),
                     f"{external} " + ("is an External ID field" if field.get("externalId") else
                                       "is missing or not marked External ID"),
                     f"create {external} (text, External ID, unique) on Lead or set external_id_field: null")


def _updated_fields(salesforce: Salesforce, section: str) -> list[str]:
    """The mapped fields a later delivery writes again: a Lead's on each update (all but ``create_only``),
    an Event's time fields when the visitor moves the call (``calendar_entry.time_targets``)."""
    if section == "event":
        return time_targets(salesforce.mapping, section)
    owned = set(salesforce.mapping.create_only(section))
    return [name for name in salesforce.mapping.objects[section] if name not in owned]


def _duplicate_rules(salesforce: Salesforce) -> Iterator[doctor.Check]:
    try:
        answer = salesforce.read("/query", "query duplicate rules",
                                 q="SELECT DeveloperName, IsActive FROM DuplicateRule WHERE SobjectType = 'Lead'")
    except DeliveryFailed as failed:
        yield _check("duplicate rules", False, str(failed), "the run-as user needs View Setup to read them",
                     blocking=False)
        return
    active = [r.get("DeveloperName") for r in answer.get("records") or [] if r.get("IsActive")]
    allow = bool(salesforce.mapping.setting("allow_duplicate_save"))
    yield _check("duplicate rules", allow or not active,
                 f"active on Lead: {', '.join(str(a) for a in active) or 'none'}"
                 + ("; a Lead matching a Contact is saved anyway (allow_duplicate_save)" if allow and active else ""),
                 "a visitor who is already a Contact will not become a Lead: set allow_duplicate_save: true "
                 "(or let the rule alert instead of block)", blocking=False)
