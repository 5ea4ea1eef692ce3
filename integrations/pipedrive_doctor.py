"""The doctor's read-only checks of a Pipedrive account (``integrations.doctor``): API v2 answers
the token, the custom field keys the mapping names exist, the lead label a booked call adds, and
the users the owners file names."""

from __future__ import annotations

from typing import Iterator

from integrations import doctor
from integrations.destination import DeliveryFailed
from integrations.pipedrive import CUSTOM_FIELD, Pipedrive

NAME = "pipedrive"
_FIELDS = {"person": "personFields", "organization": "organizationFields"}


def _check(name: str, ok: bool, detail: str = "", fix: str = "", blocking: bool = True) -> doctor.Check:
    return doctor.Check(NAME, name, ok, detail, fix, blocking)


@doctor.register(NAME)
def preflight(pipedrive: Pipedrive) -> Iterator[doctor.Check]:
    known: dict[str, set[str]] = {}
    for section, endpoint in _FIELDS.items():
        try:
            fields = pipedrive.read(f"/v2/{endpoint}", f"read {endpoint}", listed=True, limit=500)
        except DeliveryFailed as failed:
            yield _check("API v2", False, str(failed), "check PIPEDRIVE_API_TOKEN (Personal preferences > API) "
                         "and that the account reaches api/v2")
            return
        known[section] = {str(f.get("field_code") or f.get("key")) for f in fields if isinstance(f, dict)}
    yield _check("API v2", True, "persons, organizations and activities answer on API v2")
    for section in _FIELDS:
        custom = [name for name in pipedrive.mapping.objects.get(section, {}) if CUSTOM_FIELD.match(name)]
        missing = [key for key in custom if key not in known[section]]
        if custom:
            yield _check(f"{section} custom fields", not missing,
                         f"unknown keys: {', '.join(missing)}" if missing else f"all {len(custom)} keys exist",
                         "copy the keys from Settings > Data fields (the field's API key)")
    yield from _label(pipedrive)
    yield from _users(pipedrive)


def _label(pipedrive: Pipedrive) -> Iterator[doctor.Check]:
    name = pipedrive.mapping.setting("booked_label")
    if not name:
        return
    try:
        labels = pipedrive.read("/v1/leadLabels", "list lead labels", listed=True)
    except DeliveryFailed as failed:
        yield _check("lead label", False, str(failed), "the token's user must see leads", blocking=False)
        return
    exists = any(isinstance(label, dict) and label.get("name") == name for label in labels)
    yield _check("lead label", True, f"{name!r} " + ("exists" if exists else "will be created with the first booking"))


def _users(pipedrive: Pipedrive) -> Iterator[doctor.Check]:
    if not pipedrive.owners:
        return
    try:
        users = pipedrive.read("/v1/users", "list users", listed=True)
    except DeliveryFailed as failed:
        yield _check("owners", False, str(failed), "the token's user must be allowed to list users", blocking=False)
        return
    known = {str(user.get("id")) for user in users if isinstance(user, dict)}
    unknown = sorted({owner for owner in pipedrive.owners.values() if owner not in known})
    yield _check("owners", not unknown, f"not users of the account: {', '.join(unknown)}" if unknown
                 else f"all {len(set(pipedrive.owners.values()))} owners in the owners file are users",
                 "fix the pipedrive section of the owners file (LEADBOT_OWNERS): user ids from Settings > Users")
