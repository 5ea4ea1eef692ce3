"""HubSpot: the visitor as a contact (upserted by email), the opportunity as a
deal in the configured pipeline and stage, associated with the contact.

The external id is ``"<deal id>:<contact id>"``: the deal is what later events
update, the contact is what an erasure must delete.

A create whose answer was lost (a timeout after HubSpot saved it) must not
make a second deal: a retried delivery with no deal on record first searches
deals (``POST /crm/v3/objects/deals/search``) by the property the mapping
fills with the lead id (``leadbot_lead_id`` by default), and updates what it
finds. Contacts are upserted by email, so only a contact without an email is
searched the same way. HubSpot's search index trails writes by a few
seconds; the worker's retry schedule waits longer than that.
"""

from __future__ import annotations

from typing import Any, Mapping

from integrations.crm import CrmDestination
from integrations.destination import Delivery, DeliveryFailed, Outcome
from integrations.transport import checked, send

DEFAULT_BASE_URL = "https://api.hubapi.com"


def _strings(properties: Mapping[str, Any]) -> dict[str, str]:
    """HubSpot property values are strings on the wire (booleans as ``true``/``false``)."""
    out = {}
    for key, value in properties.items():
        if isinstance(value, bool):
            out[key] = "true" if value else "false"
        elif isinstance(value, float) and value.is_integer():
            out[key] = str(int(value))
        else:
            out[key] = str(value)
    return out


class HubSpot(CrmDestination):
    """Pushes leads to HubSpot with a private app's access token (Bearer)."""

    name = "hubspot"
    label = "HubSpot"

    def __init__(self, *, token: str, base_url: str = DEFAULT_BASE_URL, **options: Any) -> None:
        """``options``: ``session`` (required), ``mapping``, ``timeout``, ``owners`` (``CrmDestination``)."""
        super().__init__(base_url=base_url, **options)
        self._headers = {"Authorization": f"Bearer {token}"}

    def deliver(self, delivery: Delivery) -> Outcome:
        deal_id, contact_id = self._ids(delivery.external_id)
        if delivery.event == "lead.erased":
            return self._erase(deal_id, contact_id)
        facts = self.facts(delivery)
        contact_id = self._save_contact(facts, contact_id, delivery.attempt)
        properties = _strings(self.mapping.fields("deal", facts))
        if not deal_id and delivery.attempt > 1:
            deal_id = self._search("deals", "deal", facts)
        if deal_id:
            self._call("PATCH", f"/crm/v3/objects/deals/{deal_id}", "update deal", json={"properties": properties})
        else:
            body = {
                "properties": properties,
                "associations": [{
                    "to": {"id": contact_id},
                    "types": [{
                        "associationCategory": "HUBSPOT_DEFINED",
                        "associationTypeId": int(self.mapping.setting("deal_to_contact_association", 3)),
                    }],
                }],
            }
            created = self._call("POST", "/crm/v3/objects/deals", "create deal", json=body)
            deal_id = str(created.get("id") or "")
            if not deal_id:
                raise DeliveryFailed("create deal: no id in the answer", retryable=True)
        return Outcome(external_id=f"{deal_id}:{contact_id}", external_url=self._url(deal_id))

    def _save_contact(self, facts: Mapping[str, Any], contact_id: str | None, attempt: int) -> str:
        properties = _strings(self.mapping.fields("contact", facts))
        email = facts.get("email")
        if email:
            body = {"inputs": [{"id": email, "idProperty": "email", "properties": properties}]}
            answer = self._call("POST", "/crm/v3/objects/contacts/batch/upsert", "upsert contact", json=body)
            results = answer.get("results") or []
            if answer.get("numErrors") or not results:
                errors = answer.get("errors") or [{}]
                code = errors[0].get("category") if isinstance(errors[0], dict) else None
                raise DeliveryFailed(f"upsert contact: rejected ({code or 'no result'})", retryable=False)
            return str(results[0]["id"])
        if not contact_id and attempt > 1:
            contact_id = self._search("contacts", "contact", facts)
        if contact_id:
            self._call("PATCH", f"/crm/v3/objects/contacts/{contact_id}", "update contact",
                       json={"properties": properties})
            return contact_id
        created = self._call("POST", "/crm/v3/objects/contacts", "create contact", json={"properties": properties})
        return str(created["id"])

    def _search(self, objects: str, section: str, facts: Mapping[str, Any]) -> str | None:
        """The id of the ``objects`` record whose lead-id property holds this lead's id, if any."""
        prop = next((target for target, rule in self.mapping.objects.get(section, {}).items() if rule == "lead_id"),
                    None)
        if prop is None or not facts.get("lead_id"):
            return None
        body = {"filterGroups": [{"filters": [{"propertyName": prop, "operator": "EQ", "value": facts["lead_id"]}]}],
                "properties": [prop], "limit": 1}
        answer = self._call("POST", f"/crm/v3/objects/{objects}/search", f"search {objects}", json=body)
        for result in answer.get("results") or ():
            if isinstance(result, dict) and result.get("id"):
                return str(result["id"])
        return None

    def _erase(self, deal_id: str | None, contact_id: str | None) -> Outcome:
        if deal_id:
            self._call("DELETE", f"/crm/v3/objects/deals/{deal_id}", "delete deal", missing_ok=True)
        if contact_id:
            self._call("POST", "/crm/v3/objects/contacts/gdpr-delete", "erase contact",
                       json={"objectId": contact_id}, missing_ok=True)
        return Outcome()

    def _call(self, method: str, path: str, what: str, *, missing_ok: bool = False, **kwargs: Any) -> dict:
        response = send(self.session, method, self.base_url + path, timeout=self.timeout,
                        headers=self._headers, **kwargs)
        body = checked(response, what, ("category",), missing_ok)
        if body is not None and not isinstance(body, dict):
            raise DeliveryFailed(f"{what}: unexpected answer", retryable=True, status=response.status_code)
        return body or {}

    def _url(self, deal_id: str) -> str | None:
        portal = self.mapping.setting("portal_id")
        if not portal:
            return None
        return f"{self.mapping.setting('app_url').rstrip('/')}/contacts/{portal}/record/0-3/{deal_id}"

    @staticmethod
    def _ids(external_id: str | None) -> tuple[str | None, str | None]:
        if not external_id:
            return None, None
        deal_id, _, contact_id = external_id.partition(":")
        return deal_id or None, contact_id or None
