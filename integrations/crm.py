"""What the CRM destinations (HubSpot, Salesforce, Pipedrive) share: where the
API is, the HTTP session tests point at a local server, and the field mapping."""

from __future__ import annotations

from typing import Any

import requests

from integrations.destination import Delivery
from integrations.lead import LeadView
from integrations.mapping import FieldMapping, MappingSource
from integrations.transport import DEFAULT_TIMEOUT


class CrmDestination:
    """Base of one CRM destination; ``name`` picks the default mapping in ``integrations/mappings``."""

    name: str

    def __init__(
        self,
        *,
        session: requests.Session,
        base_url: str,
        mapping: MappingSource = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session
        self.mapping = FieldMapping.of(self.name, mapping)
        self.timeout = timeout

    @staticmethod
    def facts(delivery: Delivery) -> dict[str, Any]:
        return LeadView(delivery.payload.get("data") or {}).facts()
