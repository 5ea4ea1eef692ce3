"""HubSpot: the visitor as a contact (upserted by email), the opportunity as a
deal in the configured pipeline and stage, associated with the contact.

The external id is ``"<deal id>:<contact id>"``, and ``":<meeting id>"`` after
it once a call is booked: the deal is what later events update, the contact
(and the meeting) what an erasure must delete.

A call booked in the chat becomes a meeting engagement
(``POST /crm/v3/objects/meetings``, outcome ``SCHEDULED``), associated with
the contact and the deal, with the owner as ``hubspot_owner_id``: that is
what shows on the records' timelines and in the owner's upcoming activities,
which a deal property alone would not. It is made once per lead (its id is
kept in the external id); a retried delivery first searches the deal's
meetings at that start (``associations.deal`` and ``hs_timestamp``), so a
lost answer never makes a second one. Times go out as epoch milliseconds, the
form every HubSpot date-time property accepts (ISO strings are read too, but
not by every endpoint).

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
        deal_id, contact_id, meeting_id = self._ids(delivery.external_id)
        if delivery.event == "lead.erased":
            return self._erase(deal_id, contact_id, meeting_id)
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
        meeting_id = meeting_id or self._meeting(facts, deal_id, contact_id, delivery.attempt)
        external_id = f"{deal_id}:{contact_id}" + (f":{meeting_id}" if meeting_id else "")
        return Outcome(external_id=external_id, external_url=self._url(deal_id))

    def _meeting(self, facts: Mapping[str, Any], deal_id: str, contact_id: str, attempt: int) -> str | None:
        """The booked call as a meeting on the contact and the deal; None while nothing is booked."""
        if facts.get("booked_at_ms") is None or not self.mapping.objects.get("meeting"):
            return None
        if attempt > 1 and (found := self._find_meeting(deal_id, facts["booked_at_ms"])):
            return found
        association = [(contact_id, "meeting_to_contact_association", 200),
                       (deal_id, "meeting_to_deal_association", 212)]
        body = {
            "properties": _strings(self.mapping.fields("meeting", facts)),
            "associations": [{"to": {"id": target},
                              "types": [{"associationCategory": "HUBSPOT_DEFINED",
                                         "associationTypeId": int(self.mapping.setting(setting, default))}]}
                             for target, setting, default in association],
        }
        created = self._call("POST", "/crm/v3/objects/meetings", "create meeting", json=body)
        meeting_id = str(created.get("id") or "")
        if not meeting_id:
            raise DeliveryFailed("create meeting: no id in the answer", retryable=True)
        return meeting_id

    def _find_meeting(self, deal_id: str, starts_ms: int) -> str | None:
        """The deal's meeting at this start: what a create whose answer was lost made."""
        body = {"filterGroups": [{"filters": [
                    {"propertyName": "associations.deal", "operator": "EQ", "value": deal_id},
                    {"propertyName": "hs_timestamp", "operator": "EQ", "value": str(starts_ms)}]}],
                "properties": ["hs_timestamp"], "limit": 1}
        answer = self._call("POST", "/crm/v3/objects/meetings/search", "search meetings", json=body)
        for result in answer.get("results") or ():
            if isinstance(result, dict) and result.get("id"):
                return str(result["id"])
        return None

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

    def _erase(self, deal_id: str | None, contact_id: str | None, meeting_id: str | None) -> Outcome:
        if meeting_id:  # its title names the person
            self._call("DELETE", f"/crm/v3/objects/meetings/{meeting_id}", "delete meeting", missing_ok=True)
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
    def _ids(external_id: str | None) -> tuple[str | None, str | None, str | None]:
        """Deal, contact and meeting ids; records made before meetings existed have two parts."""
        if not external_id:
            return None, None, None
        deal_id, contact_id, meeting_id = (external_id.split(":", 2) + ["", ""])[:3]
        return deal_id or None, contact_id or None, meeting_id or None
