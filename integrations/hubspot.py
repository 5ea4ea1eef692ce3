"""HubSpot: the visitor as a contact (upserted by email), the opportunity as a
deal in the configured pipeline and stage, associated with the contact.

The external id is ``"<deal id>:<contact id>"``, and ``":<meeting id>@<call time>"``
after it once a call is booked: the deal is what later events update, the contact
(and the meeting) what an erasure must delete, with the chats' notes on the
deal (``harness/fakes/contracts/README.md``: deleting the deal is not
documented to delete them, and every delete here is HubSpot's Archive).

What a real portal holds us to (``harness/fakes/contracts/hubspot``):

- Custom properties (``leadbot_*``) must exist before anything names them:
  ``python -m integrations setup hubspot`` makes them
  (``integrations.hubspot_setup``), and the doctor reports the missing ones.
- ``deal_currency_code`` must be one of the portal's enabled currencies
  (``GET /account-info/v3/details``, read once): a budget in any other
  currency leaves the deal in the company currency without an amount, and a
  note on the deal says what the visitor stated, so nothing is converted or lost.
- A contact's ``lifecyclestage`` only moves forward: the contact is read
  first (``GET /crm/v3/objects/contacts/<email>?idProperty=email``) and a
  stage earlier than its current one is not sent. That read also says
  whether the contact exists, so the fields sales own (the mapping's
  ``create_only``: the deal's stage and amount, the contact's lead status)
  are written on create only, and the deal's stage, read before an update,
  only moves forward in its pipeline (a closing stage always lands).
- A 429 carries no ``Retry-After`` but a ``policyName``: ``TEN_SECONDLY_ROLLING``
  (and ``SECONDLY``) is worth a retry after about ten seconds, ``DAILY`` only
  after the portal's midnight. Deliveries to one portal are paced
  (``rate_key``/``min_interval``, as Slack's are per channel) so a burst of
  leads stays under the ten-second limit.

A call booked in the chat becomes a meeting engagement
(``POST /crm/v3/objects/meetings``, outcome ``SCHEDULED``), associated with
the contact and the deal, with the owner as ``hubspot_owner_id``. It is made
once per lead (its id is kept in the external id); a retried delivery first
looks among the deal's meetings (``GET /crm/v4/objects/deals/<id>/associations/meetings``,
then each meeting's ``hs_timestamp``: no search index in between) for one at
that start, so a lost answer never makes a second one. Times go out
as epoch milliseconds. A call the visitor moved moves the meeting
(``PATCH /crm/v3/objects/meetings/<id>``: ``hs_timestamp``, ``hs_meeting_start_time``,
``hs_meeting_end_time`` alone), once per move (``integrations.calendar_entry``: the
time last written is kept beside the meeting's id); a meeting deleted in HubSpot
meanwhile is made again at the new time, as the call still happens.

A create whose answer was lost (a timeout after HubSpot saved it) must not
make a second deal: deals are upserted (``POST /crm/v3/objects/deals/batch/upsert``)
on the unique property the mapping fills with the lead id (``leadbot_lead_id``,
made unique by ``setup hubspot``) and then associated with the contact
(``PUT /crm/v4/.../associations/default/contacts/<id>``, which a repeat leaves
as it is), so a retry finds the deal without a search, whose index trails
writes by seconds. With ``deal_upsert: false`` (a portal whose lead-id
property is not unique) a retried delivery searches deals by it instead.
Contacts are upserted by email; only a contact without an email is searched.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta, timezone
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import requests

from integrations.calendar_entry import Entry, move, slot, time_fields
from integrations.chat_note import CHAT, facts_html, is_ours, note_html
from integrations.crm import CrmDestination
from integrations.destination import DeliveryFailed, Outcome, Push
from integrations.transport import checked, error_code, send

DEFAULT_BASE_URL = "https://api.hubapi.com"
# HubSpot's default lifecycle stages, earliest first (a portal may rename but not reorder them).
LIFECYCLE = ("subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer",
             "evangelist")
TEN_SECONDS = 10.0
# What a delivery needs the key to have been granted (meetings and notes count as contacts).
DELIVERY_SCOPES = ("crm.objects.contacts.read", "crm.objects.contacts.write", "crm.objects.deals.read",
                   "crm.objects.deals.write")
# What the doctor and `setup hubspot` need besides (owners only with an owners file).
SETUP_SCOPES = ("crm.schemas.contacts.read", "crm.schemas.deals.read", "crm.schemas.contacts.write",
                "crm.schemas.deals.write", "crm.objects.owners.read")
NOTE_TO_DEAL = 214
BATCH_READ = 100  # the most records one batch read takes


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


def _association(target: str, type_id: int) -> dict[str, Any]:
    return {"to": {"id": target}, "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": type_id}]}


def _moment(value: str) -> datetime | None:
    """A HubSpot date-time as it comes back (ISO 8601, or epoch milliseconds)."""
    try:
        if value.isdigit():
            return datetime.fromtimestamp(int(value) / 1000, timezone.utc)
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc)
    except (ValueError, OverflowError):
        return None


def rate_limit_wait(response: requests.Response, time_zone: str | None = None,
                    now: datetime | None = None) -> float | None:
    """Seconds to wait after a HubSpot 429: ``Retry-After`` when sent, else what ``policyName`` says."""
    policy = error_code(response, "policyName")
    if policy == "DAILY":
        try:
            zone = ZoneInfo(time_zone) if time_zone else timezone.utc
        except (ZoneInfoNotFoundError, ValueError):
            zone = timezone.utc
        moment = (now or datetime.now(timezone.utc)).astimezone(zone)
        midnight = (moment + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        return (midnight - moment).total_seconds()
    return TEN_SECONDS


def _refused_properties(response: requests.Response) -> str | None:
    """``PROPERTY_DOESNT_EXIST leadbot_score, ...`` from a 400 on property values (names, never values)."""
    try:
        message = str(response.json().get("message") or "")
    except (ValueError, AttributeError):
        return None
    _, _, listed = message.partition("Property values were not valid: ")
    try:
        errors = json.loads(listed) if listed else []
    except ValueError:
        return None
    found = [f"{e.get('error')} {e.get('name')}" for e in errors if isinstance(e, dict) and e.get("error")]
    return ", ".join(found)[:300] or None


class HubSpot(CrmDestination):
    """Pushes leads to HubSpot with a service key, or a legacy private app's access token (Bearer)."""

    name = "hubspot"
    takes_chat = True  # a note on the deal when a salesperson's chat with the visitor ends
    label = "HubSpot"

    def __init__(self, *, token: str, base_url: str = DEFAULT_BASE_URL, **options: Any) -> None:
        """``options``: ``session`` (required), ``mapping``, ``timeout``, ``owners`` (``CrmDestination``)."""
        super().__init__(base_url=base_url, **options)
        self._headers = {"Authorization": f"Bearer {token}"}
        self._account: dict[str, Any] | None = None
        self._pipelines: dict[str, dict[str, tuple[int, bool]]] = {}
        self._lock = threading.Lock()
        # One delivery makes up to six calls; a key may make 100 (190 on Pro) per ten seconds.
        self.min_interval = float(self.mapping.setting("pace_seconds", 0.5))

    def rate_key(self, delivery: Push) -> str:
        """Deliveries to one portal share one pace (the worker keeps ``min_interval`` between them)."""
        return "portal"

    def deliver(self, delivery: Push) -> Outcome:
        deal_id, contact_id, meeting = self._ids(delivery.external_id)
        if delivery.event == "lead.erased":
            return self._erase(deal_id, contact_id, meeting.id if meeting else None)
        if delivery.event == CHAT:  # the chat with a salesperson ended: a note on the lead's deal
            if not deal_id:
                raise DeliveryFailed("create note: the lead's deal is not there yet", retryable=True)
            self._note(deal_id, note_html(delivery.payload))
            return Outcome()
        facts = self.facts(delivery)
        contact_id = self._save_contact(facts, contact_id, delivery.attempt)
        if not deal_id and delivery.attempt > 1 and self._upsert_property(facts) is None:
            deal_id = self._search("deals", "deal", facts)
        properties = self.mapping.fields("deal", facts, creating=not deal_id)
        if deal_id and "dealstage" in properties:
            self._stage_forward_only(deal_id, properties)
        note = self._currency(properties, facts)
        properties = _strings(properties)
        if deal_id:
            self._call("PATCH", f"/crm/v3/objects/deals/{deal_id}", "update deal", json={"properties": properties})
        elif (unique := self._upsert_property(facts)) is not None:
            deal_id, created = self._upsert_deal(unique, str(facts["lead_id"]), properties)
            self._call("PUT", f"/crm/v4/objects/deals/{deal_id}/associations/default/contacts/{contact_id}",
                       "associate deal")
            if note and created:
                self._note(deal_id, note)
        else:
            association = int(self.mapping.setting("deal_to_contact_association", 3))
            body = {"properties": properties, "associations": [_association(contact_id, association)]}
            created = self._call("POST", "/crm/v3/objects/deals", "create deal", json=body)
            deal_id = str(created.get("id") or "")
            if not deal_id:
                raise DeliveryFailed("create deal: no id in the answer", retryable=True)
            if note:
                self._note(deal_id, note)
        meeting = self._move_meeting(meeting, facts, deal_id, contact_id, delivery.attempt) if meeting else \
            self._meeting(facts, deal_id, contact_id, delivery.attempt)
        external_id = f"{deal_id}:{contact_id}" + (f":{meeting.kept()}" if meeting else "")
        return Outcome(external_id=external_id, external_url=self._url(deal_id))

    def _upsert_property(self, facts: Mapping[str, Any]) -> str | None:
        """The unique deal property holding the lead id that deals are upserted on (``deal_upsert``)."""
        if not self.mapping.setting("deal_upsert", True) or not facts.get("lead_id"):
            return None
        return next((target for target, rule in self.mapping.objects.get("deal", {}).items() if rule == "lead_id"),
                    None)

    def _upsert_deal(self, unique: str, lead_id: str, properties: dict[str, str]) -> tuple[str, bool]:
        """Create the deal, or update the one that has this lead id: a lost answer's retry finds it at
        once, with no search (whose index trails writes by seconds). (deal id, whether it was new)."""
        body = {"inputs": [{"idProperty": unique, "id": lead_id,
                            "properties": {k: v for k, v in properties.items() if k != unique}}]}
        answer = self._call("POST", "/crm/v3/objects/deals/batch/upsert", "upsert deal", json=body)
        results = answer.get("results") or []
        if answer.get("numErrors") or not results or not results[0].get("id"):
            raise DeliveryFailed("upsert deal: no deal in the answer", retryable=True)
        return str(results[0]["id"]), bool(results[0].get("new", True))

    def account(self) -> dict[str, Any]:
        """The portal's details (currencies, time zone), read once."""
        with self._lock:
            if self._account is None:
                self._account = self._call("GET", "/account-info/v3/details", "read account details")
            return self._account

    def _currency(self, properties: dict[str, Any], facts: Mapping[str, Any]) -> str | None:
        """Keep ``deal_currency_code`` to the portal's currencies; otherwise the company currency, no
        amount, and the text of a note saying what the visitor stated."""
        code = properties.get("deal_currency_code")
        if code is None:
            return None
        account = self.account()
        company = str(account.get("companyCurrency") or "")
        enabled = {company, *(str(c) for c in account.get("additionalCurrencies") or ())}
        if str(code).upper() in enabled:
            properties["deal_currency_code"] = str(code).upper()
            return None
        properties["deal_currency_code"] = company
        if company == "":
            properties.pop("deal_currency_code")
        amount = properties.pop("amount", None)
        if amount is None:
            return None
        return facts_html([f"Budget stated by the visitor: {facts.get('budget') or f'{amount} {code}'}. "
                           f"{code} is not a currency of this HubSpot account, so the deal has no amount; "
                           f"add {code} in Settings > Account defaults > Currencies to have amounts in it."])

    def _stage_forward_only(self, deal_id: str, properties: dict[str, Any]) -> None:
        """Leave the deal's stage alone when the new one is earlier in its pipeline (sales moved it on);
        a closing stage is always taken, and a closed deal is not reopened."""
        current = self._call("GET", f"/crm/v3/objects/deals/{deal_id}", "read deal",
                             params={"properties": "dealstage,pipeline"}).get("properties") or {}
        stages = self._stages(str(current.get("pipeline") or properties.get("pipeline") or "default"))
        old, new = stages.get(str(current.get("dealstage"))), stages.get(str(properties["dealstage"]))
        if old is None or new is None or new[1]:
            if old is not None and old[1] and new is not None and not new[1]:
                del properties["dealstage"]
            return
        if old[1] or new[0] <= old[0]:
            del properties["dealstage"]

    def _stages(self, pipeline: str) -> dict[str, tuple[int, bool]]:
        """Stage id -> (display order, closed) in one deal pipeline, read once."""
        with self._lock:
            if pipeline not in self._pipelines:
                found = self._call("GET", f"/crm/v3/pipelines/deals/{pipeline}", "read pipeline", missing_ok=True)
                self._pipelines[pipeline] = {
                    str(stage.get("id")): (int(stage.get("displayOrder") or 0),
                                           str((stage.get("metadata") or {}).get("isClosed")).lower() == "true")
                    for stage in found.get("stages") or [] if isinstance(stage, dict)}
            return self._pipelines[pipeline]

    def _note(self, deal_id: str, text: str) -> None:
        body = {"properties": {"hs_timestamp": str(int(datetime.now(timezone.utc).timestamp() * 1000)),
                               "hs_note_body": text},
                "associations": [_association(deal_id, int(self.mapping.setting("note_to_deal_association",
                                                                                NOTE_TO_DEAL)))]}
        self._call("POST", "/crm/v3/objects/notes", "create note", json=body)

    def _meeting(self, facts: Mapping[str, Any], deal_id: str, contact_id: str, attempt: int) -> Entry | None:
        """The booked call as a meeting on the contact and the deal; None while nothing is booked."""
        if facts.get("booked_at_ms") is None or not self.mapping.objects.get("meeting"):
            return None
        if attempt > 1 and (found := self._find_meeting(deal_id, facts["booked_at_ms"])):
            return Entry(found, slot(facts))
        association = [(contact_id, "meeting_to_contact_association", 200),
                       (deal_id, "meeting_to_deal_association", 212)]
        body = {
            "properties": _strings(self.mapping.fields("meeting", facts)),
            "associations": [_association(target, int(self.mapping.setting(setting, default)))
                             for target, setting, default in association],
        }
        created = self._call("POST", "/crm/v3/objects/meetings", "create meeting", json=body)
        meeting_id = str(created.get("id") or "")
        if not meeting_id:
            raise DeliveryFailed("create meeting: no id in the answer", retryable=True)
        return Entry(meeting_id, slot(facts))

    def _move_meeting(self, meeting: Entry, facts: Mapping[str, Any], deal_id: str, contact_id: str,
                      attempt: int) -> Entry | None:
        """The meeting at the call's time (``calendar_entry.move``); one deleted in HubSpot since is made again."""
        return move(meeting, facts, _strings(time_fields(self.mapping, "meeting", facts)),
                     lambda properties: self._call("PATCH", f"/crm/v3/objects/meetings/{meeting.id}", "move meeting",
                                                   json={"properties": properties}),
                     lambda: self._meeting(facts, deal_id, contact_id, attempt))

    def _find_meeting(self, deal_id: str, starts_ms: int) -> str | None:
        """The deal's meeting at this start: what a create whose answer was lost made. Read through the
        deal's associations and the meetings themselves, not search, whose index trails writes."""
        wanted = datetime.fromtimestamp(starts_ms / 1000, timezone.utc)
        for meeting_id in self._associated(deal_id, "meetings"):
            meeting = self._call("GET", f"/crm/v3/objects/meetings/{meeting_id}", "read meeting", missing_ok=True,
                                 params={"properties": "hs_timestamp"})
            stamp = str((meeting.get("properties") or {}).get("hs_timestamp") or "")
            if _moment(stamp) == wanted:
                return meeting_id
        return None

    def _associated(self, deal_id: str, kind: str) -> list[str]:
        """The ids of every ``kind`` record associated with the deal, page by page (v4 associations)."""
        ids: list[str] = []
        after: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 500, **({"after": after} if after else {})}
            page = self._call("GET", f"/crm/v4/objects/deals/{deal_id}/associations/{kind}", f"list deal {kind}",
                              missing_ok=True, params=params)
            ids += [str(link["toObjectId"]) for link in page.get("results") or []
                    if isinstance(link, dict) and link.get("toObjectId")]
            after = str(((page.get("paging") or {}).get("next") or {}).get("after") or "")
            if not after:
                return ids

    def _save_contact(self, facts: Mapping[str, Any], contact_id: str | None, attempt: int) -> str:
        email = facts.get("email")
        if email:
            current = self._contact_by_email(str(email)) if self._reads_contact() else None
            properties = self.mapping.fields("contact", facts, creating=current is None)
            self._forward_only(properties, current)
            for name in [n for n in properties if current is not None]:
                if not self.mapping.moves_forward("contact", name, current.get(name), properties[name]):
                    del properties[name]
            body = {"inputs": [{"id": email, "idProperty": "email", "properties": _strings(properties)}]}
            answer = self._call("POST", "/crm/v3/objects/contacts/batch/upsert", "upsert contact", json=body)
            results = answer.get("results") or []
            if answer.get("numErrors") or not results:
                errors = answer.get("errors") or [{}]
                code = errors[0].get("category") if isinstance(errors[0], dict) else None
                raise DeliveryFailed(f"upsert contact: rejected ({code or 'no result'})", retryable=False)
            return str(results[0]["id"])
        if not contact_id and attempt > 1:
            contact_id = self._search("contacts", "contact", facts)
        properties = _strings(self.mapping.fields("contact", facts, creating=not contact_id))
        if contact_id:
            self._call("PATCH", f"/crm/v3/objects/contacts/{contact_id}", "update contact",
                       json={"properties": properties})
            return contact_id
        created = self._call("POST", "/crm/v3/objects/contacts", "create contact",
                             json={"properties": properties, "associations": []})
        return str(created["id"])

    def _reads_contact(self) -> bool:
        """Whether the contact must be read before the upsert (a lifecycle stage, or fields sales own)."""
        section = self.mapping.objects.get("contact", {})
        forward = (self.mapping.setting("forward_only") or {}).get("contact") or []
        return "lifecyclestage" in section or any(name in section for name in [*self.mapping.create_only("contact"),
                                                                                *forward])

    def _contact_by_email(self, email: str) -> dict[str, Any] | None:
        """The contact's current properties, or None when there is no contact with this email yet."""
        response = send(self.session, "GET", f"{self.base_url}/crm/v3/objects/contacts/{requests.utils.quote(email)}",
                        timeout=self.timeout, headers=self._headers,
                        params={"idProperty": "email", "properties": ",".join(
                            ["lifecyclestage", *((self.mapping.setting("forward_only") or {}).get("contact") or [])])})
        if response.status_code == 404:
            return None
        body = self._checked(response, "read contact")
        return body.get("properties") or {}

    @staticmethod
    def _forward_only(properties: dict[str, Any], current: Mapping[str, Any] | None) -> None:
        """Never move a contact's lifecycle stage back (HubSpot ignores it, and it would undo sales' work)."""
        new, old = properties.get("lifecyclestage"), (current or {}).get("lifecyclestage")
        if new in LIFECYCLE and old in LIFECYCLE and LIFECYCLE.index(new) <= LIFECYCLE.index(old):
            del properties["lifecyclestage"]
        elif new is not None and old and old not in LIFECYCLE:  # a custom stage: its order is the portal's
            del properties["lifecyclestage"]

    def _search(self, objects: str, section: str, facts: Mapping[str, Any]) -> str | None:
        """The id of the ``objects`` record whose lead-id property holds this lead's id, if any."""
        prop = next((target for target, rule in self.mapping.objects.get(section, {}).items() if rule == "lead_id"),
                    None)
        if prop is None or not facts.get("lead_id"):
            return None
        return self._first(objects, [{"propertyName": prop, "operator": "EQ", "value": facts["lead_id"]}], prop)

    def _first(self, objects: str, filters: list[dict[str, str]], prop: str) -> str | None:
        body = {"filterGroups": [{"filters": filters}], "properties": [prop], "limit": 1, "after": "0", "sorts": []}
        answer = self._call("POST", f"/crm/v3/objects/{objects}/search", f"search {objects}", json=body)
        for result in answer.get("results") or ():
            if isinstance(result, dict) and result.get("id"):
                return str(result["id"])
        return None

    def _erase(self, deal_id: str | None, contact_id: str | None, meeting_id: str | None) -> Outcome:
        if meeting_id:  # its title names the person
            self._call("DELETE", f"/crm/v3/objects/meetings/{meeting_id}", "delete meeting", missing_ok=True)
        if deal_id:
            self._erase_notes(deal_id)
            self._call("DELETE", f"/crm/v3/objects/deals/{deal_id}", "delete deal", missing_ok=True)
        if contact_id:
            self._call("POST", "/crm/v3/objects/contacts/gdpr-delete", "erase contact",
                       json={"objectId": contact_id}, missing_ok=True)
        return Outcome()

    def _erase_notes(self, deal_id: str) -> None:
        """The notes leadbot wrote on the deal (chats, facts), before the deal: a note is a record of its own, which
        deleting the deal is not documented to take along, with the visitor's words in it. Sales' own notes stay. The
        deal's notes are read a hundred at a time, so a deal with many stays within the rate limit."""
        note_ids = self._associated(deal_id, "notes")
        for start in range(0, len(note_ids), BATCH_READ):
            body = {"inputs": [{"id": note_id} for note_id in note_ids[start:start + BATCH_READ]],
                    "properties": ["hs_note_body"], "propertiesWithHistory": []}
            found = self._call("POST", "/crm/v3/objects/notes/batch/read", "read notes", json=body)  # 207: some gone
            for note in found.get("results") or []:
                if isinstance(note, dict) and str(note.get("id") or "").isdigit() and \
                        is_ours(str((note.get("properties") or {}).get("hs_note_body") or "")):
                    self._call("DELETE", f"/crm/v3/objects/notes/{note['id']}", "delete note", missing_ok=True)

    def scopes(self) -> list[str]:
        """The scopes a legacy private app's token was granted (``POST /oauth/v2/private-apps/get/access-token-info``)."""
        token = self._headers["Authorization"].removeprefix("Bearer ")
        answer = self._call("POST", "/oauth/v2/private-apps/get/access-token-info", "read token scopes",
                            json={"tokenKey": token})
        return [str(scope) for scope in answer.get("scopes") or []]

    def read(self, path: str, what: str, **params: Any) -> dict:
        """A GET of the API (the doctor's read-only checks); raises ``DeliveryFailed`` when refused."""
        return self._call("GET", path, what, params=params or None)

    def _call(self, method: str, path: str, what: str, *, missing_ok: bool = False, **kwargs: Any) -> dict:
        response = send(self.session, method, self.base_url + path, timeout=self.timeout,
                        headers=self._headers, **kwargs)
        return self._checked(response, what, missing_ok)

    def _checked(self, response: requests.Response, what: str, missing_ok: bool = False) -> dict:
        try:
            body = checked(response, what, ("category", "policyName"), missing_ok)
        except DeliveryFailed as failed:
            if response.status_code == 429 and failed.retry_after is None:
                zone = (self._account or {}).get("timeZone")
                failed.retry_after = rate_limit_wait(response, str(zone) if zone else None)
            if response.status_code == 400 and (refused := _refused_properties(response)):
                failed.args = (f"{failed.args[0]}: {refused}",)
            raise
        if body is not None and not isinstance(body, dict):
            raise DeliveryFailed(f"{what}: unexpected answer", retryable=True, status=response.status_code)
        return body or {}

    def _url(self, deal_id: str) -> str | None:
        portal = self.mapping.setting("portal_id")
        if not portal:
            return None
        return f"{self.mapping.setting('app_url').rstrip('/')}/contacts/{portal}/record/0-3/{deal_id}"

    @staticmethod
    def _ids(external_id: str | None) -> tuple[str | None, str | None, Entry | None]:
        """Deal and contact ids, and the meeting (``integrations.calendar_entry``); records made before
        meetings existed have two parts."""
        if not external_id:
            return None, None, None
        deal_id, contact_id, meeting = (external_id.split(":", 2) + ["", ""])[:3]
        return deal_id or None, contact_id or None, Entry.read(meeting)
