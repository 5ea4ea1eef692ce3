"""What the CRM destinations (HubSpot, Salesforce, Pipedrive) share: where the
API is, the HTTP session tests point at a local server, the field mapping, and
who a lead's Slack owner is in this CRM (``integrations.owners``)."""

from __future__ import annotations

from typing import Any, Mapping

import requests

from integrations.destination import Push
from integrations.lead import LeadView
from integrations.mapping import FieldMapping, MappingSource
from integrations.transport import DEFAULT_TIMEOUT


class CrmDestination:
    """Base of one CRM destination; ``name`` picks the default mapping in ``integrations/mappings``."""

    name: str
    label: str

    def __init__(
        self,
        *,
        session: requests.Session,
        base_url: str,
        mapping: MappingSource = None,
        timeout: float = DEFAULT_TIMEOUT,
        owners: Mapping[str, str] | None = None,
    ) -> None:
        """``owners`` maps Slack user ids to this CRM's owner ids (one section of the owners file)."""
        self.base_url = base_url.rstrip("/")
        self.session = session
        self.mapping = FieldMapping.of(self.name, mapping)
        self.timeout = timeout
        self.owners = {str(user): str(owner) for user, owner in (owners or {}).items()}

    def facts(self, delivery: Push) -> dict[str, Any]:
        """The lead's facts, with ``crm_owner`` when its Slack owner is mapped here; when not,
        ``owner_note`` says who owns it and why the CRM's owner was left alone, and the
        summary (the records' description) carries that note too."""
        facts = LeadView(delivery.payload.get("data") or {}).facts()
        owner = facts.get("owner")
        if owner:
            crm_owner = self.owners.get(owner)
            if crm_owner:
                facts["crm_owner"] = crm_owner
            else:
                note = (f"Owner: Slack user {owner}, not set as the {self.label} owner because no "
                        f"{self.label} user is mapped to that Slack user (owners file, section {self.name}).")
                facts["owner_note"] = note
                facts["summary"] = f"{facts['summary']}\n\n{note}"
        return facts
