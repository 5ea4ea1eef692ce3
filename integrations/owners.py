"""Who a Slack user is in each CRM: the owners map a Claim needs to push the owner.

One YAML file (``LEADBOT_OWNERS``) with a section per destination, Slack user
id to that CRM's owner id::

    hubspot:            # HubSpot owner ids (Settings > Users, or GET /crm/v3/owners)
      U0EMEA001: "41629779"
    salesforce:         # User ids (005...)
      U0EMEA001: 0055g00000ABCDeAAF
    pipedrive:          # user ids (GET /v1/users)
      U0EMEA001: 12345

A Slack user missing from a section is not an error: that CRM then gets the
owner as text in the record's notes, with the reason, and keeps its own owner.
Nothing here reads the environment; the worker's settings name the file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Mapping

import yaml

from integrations.mapping import MappingError

DESTINATIONS = ("hubspot", "salesforce", "pipedrive")
_SLACK_USER = re.compile(r"[UW][A-Z0-9]{2,20}")
_OWNER_ID = re.compile(r"[A-Za-z0-9_-]{1,40}")

Owners = Mapping[str, Mapping[str, str]]


def parse(data: Any, where: str = "owners") -> dict[str, dict[str, str]]:
    """``{destination: {slack user: owner id}}``, refusing what cannot be right when it is loaded."""
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise MappingError(where, "must be a table of destinations")
    out: dict[str, dict[str, str]] = {}
    for destination, users in data.items():
        if destination not in DESTINATIONS:
            raise MappingError(f"{where}.{destination}", f"unknown destination; one of {', '.join(DESTINATIONS)}")
        if users is None:
            continue
        if not isinstance(users, Mapping):
            raise MappingError(f"{where}.{destination}", "must be a table of Slack user id: owner id")
        section = {}
        for user, owner in users.items():
            if not isinstance(user, str) or not _SLACK_USER.fullmatch(user):
                raise MappingError(f"{where}.{destination}", f"{str(user)[:40]!r} is not a Slack user id (U...)")
            if isinstance(owner, bool) or not isinstance(owner, (str, int)) or not _OWNER_ID.fullmatch(str(owner)):
                raise MappingError(f"{where}.{destination}.{user}", "the owner id must be a short id")
            section[user] = str(owner)
        out[destination] = section
    return out


def load(path: str | Path | None) -> dict[str, dict[str, str]]:
    """The owners file, or no owners at all when no file is named."""
    if not path:
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise MappingError(str(path), f"cannot be read: {exc}") from exc
    return parse(data, str(path))
