"""Pipedrive: a lead in the Leads Inbox, linked to the person (found by email
or created) and the organization (found by name or created).

Persons, organizations and activities go through API v2 (``/api/v2``: PATCH
updates, ``emails[]``, ``owner_id``, ``participants``): their v1 endpoints are
out of support since 2026-08-01. Leads, lead labels and notes stay on API v1
as long as v2 has none. A mapped person or organization field whose name is a
custom field's key (40 hex digits) goes in v2's ``custom_fields``.

The external id is ``"<lead id>:<person id>"``: the lead is what later events
update; the person is what an erasure must delete, with the notes leadbot wrote
on the lead (deleting a lead is not documented to delete its notes). Organizations are shared
by colleagues of the visitor, so they are never deleted.

A retried create (the first one's answer may have been lost after Pipedrive
saved the lead) looks first among the person's leads (``GET /api/v1/leads?person_id=``,
which reads the leads themselves, not the search index that trails writes by
seconds) for the one whose ``origin_id`` is this lead's id, and updates it
instead of adding another. Leads
have no description, so why a lead was closed, who owns it when that
Slack user is not in the owners file, the conversation's language and where
the visitor came from (page, UTM, referrer) go in a note on the lead, written
once per text (``GET /api/v1/notes`` first). Pipedrive has no standard field
for a language or a campaign; a person custom field can be mapped to them by
its key in the ``person`` section instead (pipedrive.yml says how).

A call booked in the chat becomes a ``call`` activity on the lead with the
person as its participant (``POST /api/v2/activities``: due date and time in
UTC, duration, the owner as ``owner_id``), which is what Pipedrive puts in the
owner's calendar and as the lead's next activity; and the lead gets the
"booked" label (``booked_label`` in the mapping's settings: found by name in
``GET /api/v1/leadLabels``, created when missing, added to the lead's labels).
The external id is then ``"<lead id>:<person id>:<activity id>@<call time>"``: the
activity is made once, and a retried delivery first looks for it among the
lead's activities (``GET /api/v2/activities?lead_id=``), so a lost answer
never makes a second one. A call the visitor moved moves the activity
(``PATCH /api/v2/activities/<id>``: ``due_date``, ``due_time`` and ``duration``
alone), once per move (``integrations.calendar_entry``: the time last written is
kept beside the activity's id); an activity deleted in Pipedrive meanwhile is
added again at the new time. Fields sales own on the lead (the mapping's
``create_only``: its value and close date) are written on create only.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from integrations.calendar_entry import Entry, move, slot, time_fields
from integrations.chat_note import CHAT, facts_html, is_ours, note_html
from integrations.crm import CrmDestination
from integrations.destination import DeliveryFailed, Outcome, Push
from integrations.transport import checked, send

DEFAULT_BASE_URL = "https://api.pipedrive.com"
CUSTOM_FIELD = re.compile(r"^[0-9a-f]{40}$")
NOTES_PAGE = 500  # the most notes Pipedrive lists at once


class Pipedrive(CrmDestination):
    """Pushes leads to Pipedrive with a company's API token (sent as the ``x-api-token`` header)."""

    name = "pipedrive"
    takes_chat = True  # a note on the lead when a salesperson's chat with the visitor ends
    label = "Pipedrive"

    def __init__(self, *, api_token: str, base_url: str = DEFAULT_BASE_URL, **options: Any) -> None:
        """``options``: ``session`` (required), ``mapping``, ``timeout``, ``owners`` (``CrmDestination``)."""
        super().__init__(base_url=base_url, **options)
        self._headers = {"x-api-token": api_token}
        self._label_ids: dict[str, str] = {}  # lead label name -> id, as the account gave it

    def deliver(self, delivery: Push) -> Outcome:
        lead_id, person_id, activity = self._ids(delivery.external_id)
        if delivery.event == "lead.erased":
            if activity:  # its subject names the person
                self._call("DELETE", f"/api/v2/activities/{activity.id}", "delete activity", missing_ok=True)
            if lead_id:
                self._erase_notes(lead_id)
                self._call("DELETE", f"/api/v1/leads/{lead_id}", "delete lead", missing_ok=True)
            if person_id:
                self._call("DELETE", f"/api/v2/persons/{person_id}", "delete person", missing_ok=True)
            return Outcome()
        if delivery.event == CHAT:  # the chat with a salesperson ended: a note on the lead, once per text
            if not lead_id:
                raise DeliveryFailed("add note: the lead is not there yet", retryable=True)
            self._add_note(lead_id, note_html(delivery.payload))
            return Outcome()
        facts = self.facts(delivery)
        org_id = self._organization(facts)
        person_id = self._person(facts, person_id, org_id)
        if not lead_id and delivery.attempt > 1:
            lead_id = self._find_lead(facts.get("lead_id"), person_id)
        body: dict[str, Any] = self.mapping.fields("lead", facts, creating=not lead_id)
        value = body.pop("value", {})
        if value.get("amount") is not None:
            body["value"] = {"amount": value["amount"],
                             "currency": value.get("currency") or self.mapping.setting("default_currency", "USD")}
        body["person_id"] = person_id
        if org_id is not None:
            body["organization_id"] = org_id
        _owner_as_number(body)
        if facts.get("status") == "booked" and (label := self._booked_label()):
            labels = self._call("GET", f"/api/v1/leads/{lead_id}", "read lead").get("label_ids") if lead_id else []
            labels = [entry for entry in labels or [] if isinstance(entry, str)]
            body["label_ids"] = labels if label in labels else [*labels, label]
        if lead_id:
            self._call("PATCH", f"/api/v1/leads/{lead_id}", "update lead", json=body)
        else:
            body.pop("is_archived", None)
            lead_id = str(self._call("POST", "/api/v1/leads", "create lead", json=body).get("id") or "")
            if not lead_id:
                raise DeliveryFailed("create lead: no id in the answer", retryable=True)
        self._note(lead_id, facts)
        activity = self._move_activity(activity, facts, lead_id, person_id, delivery.attempt) if activity else \
            self._activity(facts, lead_id, person_id, delivery.attempt)
        external_id = f"{lead_id}:{person_id}" + (f":{activity.kept()}" if activity else "")
        return Outcome(external_id=external_id, external_url=self._url(lead_id))

    def _activity(self, facts: Mapping[str, Any], lead_id: str, person_id: int, attempt: int) -> Entry | None:
        """The booked call as an activity on the lead and the person; None while nothing is booked."""
        body: dict[str, Any] = self.mapping.fields("activity", facts)
        if facts.get("booked_date") is None or not body:
            return None
        if attempt > 1 and (found := self._find_activity(lead_id, person_id, body)) is not None:
            return Entry(str(found), slot(facts))
        _owner_as_number(body)
        body |= {"lead_id": lead_id, "participants": [{"person_id": person_id, "primary": True}]}
        created = self._call("POST", "/api/v2/activities", "add activity", json=body)
        if created.get("id") is None:
            raise DeliveryFailed("add activity: no id in the answer", retryable=True)
        return Entry(str(int(created["id"])), slot(facts))

    def _move_activity(self, activity: Entry, facts: Mapping[str, Any], lead_id: str, person_id: int,
                       attempt: int) -> Entry | None:
        """The activity at the call's time (its due date, time and duration: ``calendar_entry.move``); one
        deleted in Pipedrive since is added again."""
        return move(activity, facts, time_fields(self.mapping, "activity", facts),
                     lambda body: self._call("PATCH", f"/api/v2/activities/{activity.id}", "move activity", json=body),
                     lambda: self._activity(facts, lead_id, person_id, attempt), gone=(404, 410))

    def _find_activity(self, lead_id: str, person_id: int, body: Mapping[str, Any]) -> int | None:
        """The lead's activity due at this time: what an add whose answer was lost made."""
        found = self._call("GET", "/api/v2/activities", "list activities",
                           params={"lead_id": lead_id, "limit": 100}, listed=True)
        for activity in found:
            if isinstance(activity, dict) and activity.get("lead_id") == lead_id and \
                    (activity.get("due_date"), activity.get("due_time")) == (body.get("due_date"), body.get("due_time")):
                return int(activity["id"])
        return None

    def _booked_label(self) -> str | None:
        """The id of the lead label named by ``booked_label``, created once when the account lacks it."""
        name = self.mapping.setting("booked_label")
        if not name:
            return None
        if self._label_ids.get(name):
            return self._label_ids[name]
        labels = self._call("GET", "/api/v1/leadLabels", "list lead labels", listed=True)
        found = next((entry.get("id") for entry in labels
                      if isinstance(entry, dict) and entry.get("name") == name and entry.get("id")), None)
        if found is None:
            color = self.mapping.setting("booked_label_color", "green")
            found = self._call("POST", "/api/v1/leadLabels", "add lead label",
                               json={"name": name, "color": color}).get("id")
            if not found:
                raise DeliveryFailed("add lead label: no id in the answer", retryable=True)
        self._label_ids[name] = str(found)
        return str(found)

    def _find_lead(self, lead_id: Any, person_id: int) -> str | None:
        """The person's lead carrying this lead id (``origin_id`` by default): what a create whose answer was
        lost made. Read from the person's leads, not from search, whose index trails writes by seconds."""
        target = next((t for t, rule in self.mapping.objects.get("lead", {}).items() if rule == "lead_id"), None)
        if target is None or not lead_id:
            return None
        found = self._call("GET", "/api/v1/leads", "list leads", params={"person_id": person_id, "limit": 500},
                           listed=True)
        for item in found:
            if isinstance(item, dict) and item.get(target) == lead_id and item.get("id"):
                return str(item["id"])
        return None

    def _note(self, lead_id: str, facts: Mapping[str, Any]) -> None:
        """Say on the lead what it has no field for, once per text."""
        lines = []
        if facts.get("status_reason"):
            lines.append(f"Status: {facts.get('status')} ({facts['status_reason']})")
        if facts.get("owner_note"):
            lines.append(str(facts["owner_note"]))
        # A Pipedrive account has no standard field for either (a custom one can be mapped: pipedrive.yml).
        if facts.get("language"):
            lines.append(f"Language: {facts.get('language_name') or facts['language']}")
        if facts.get("attribution"):
            lines.append(f"Came from: {facts['attribution']}")
        if not lines:
            return
        self._add_note(lead_id, facts_html(lines))

    def _add_note(self, lead_id: str, content: str) -> None:
        """A note on the lead, unless one with this very text is there (a retry after a lost answer)."""
        if any(note.get("content") == content for note in self._notes(lead_id)):
            return
        self._call("POST", "/api/v1/notes", "add note", json={"content": content, "lead_id": lead_id})

    def _notes(self, lead_id: str) -> list[dict[str, Any]]:
        """Every note on the lead, page by page (a page shorter than asked for is the last)."""
        notes: list[dict[str, Any]] = []
        start = 0
        while True:  # a lead deleted already (a retried erasure) has none
            page = self._call("GET", "/api/v1/notes", "list notes", listed=True, missing_ok=True,
                              params={"lead_id": lead_id, "start": start, "limit": NOTES_PAGE})
            notes += [note for note in page if isinstance(note, dict)]
            start += len(page)
            if len(page) < NOTES_PAGE:
                return notes

    def _erase_notes(self, lead_id: str) -> None:
        """The notes leadbot wrote on the lead (chats, facts), before the lead: Pipedrive documents deleting a lead
        as deleting the lead only, so its notes, with the visitor's words, are not taken to go with it. Sales' own
        notes stay."""
        for note in self._notes(lead_id):
            if is_ours(str(note.get("content") or "")) and str(note.get("id") or "").isdigit():
                self._call("DELETE", f"/api/v1/notes/{note['id']}", "delete note", missing_ok=True)

    def _person(self, facts: dict[str, Any], person_id: int | None, org_id: int | None) -> int:
        email = facts.get("email")
        if person_id is None and email:
            person_id = self._find("persons", email, "email")
        body = _custom_fields(self.mapping.fields("person", facts, creating=person_id is None))
        _owner_as_number(body)
        if org_id is not None:
            body["org_id"] = org_id
        if person_id is not None:  # found by this email, or ours: its emails stay as the person has them
            self._call("PATCH", f"/api/v2/persons/{person_id}", "update person", json=body)
            return person_id
        if email:
            body["emails"] = [{"value": email, "primary": True, "label": "work"}]
        return int(self._call("POST", "/api/v2/persons", "create person", json=body)["id"])

    def _organization(self, facts: dict[str, Any]) -> int | None:
        fields = _custom_fields(self.mapping.fields("organization", facts))
        if not fields.get("name"):
            return None
        found = self._find("organizations", fields["name"], "name")
        if found is not None:
            return found
        return int(self._call("POST", "/api/v2/organizations", "create organization", json=fields)["id"])

    def read(self, path: str, what: str, listed: bool = False, **params: Any) -> Any:
        """A GET of the API (the doctor's read-only checks), ``path`` from ``/api``."""
        return self._call("GET", f"/api{path}", what, listed=listed, params=params or None)

    def _find(self, kind: str, term: str, field: str) -> int | None:
        data = self._call("GET", f"/api/v2/{kind}/search", f"search {kind}",
                          params={"term": term, "fields": field, "exact_match": "true", "limit": 1})
        for entry in data.get("items") or ():
            item = entry.get("item") if isinstance(entry, dict) else None
            if isinstance(item, dict) and item.get("id") is not None:
                return int(item["id"])
        return None

    def _call(self, method: str, path: str, what: str, *, missing_ok: bool = False, listed: bool = False,
              **kwargs: Any) -> Any:
        """The ``data`` of a Pipedrive answer (every answer is ``{"success": ..., "data": ...}``):
        an object, or with ``listed`` a list (``null`` when there is nothing)."""
        response = send(self.session, method, self.base_url + path, timeout=self.timeout,
                        headers=self._headers, **kwargs)
        body = checked(response, what, ("errorCode", "error"), missing_ok)
        if body is None:
            return [] if listed else {}
        if not isinstance(body, dict) or body.get("success") is False:
            raise DeliveryFailed(f"{what}: unsuccessful answer", retryable=False, status=response.status_code)
        data = body.get("data")
        if listed:
            return data if isinstance(data, list) else []
        return data if isinstance(data, dict) else {}

    def _url(self, lead_id: str) -> str | None:
        domain = self.mapping.setting("company_domain")
        return f"https://{domain}.pipedrive.com/leads/inbox/{lead_id}" if domain else None

    @staticmethod
    def _ids(external_id: str | None) -> tuple[str | None, int | None, Entry | None]:
        """Lead and person ids, and the activity (``integrations.calendar_entry``); records made before
        activities existed have two parts."""
        if not external_id:
            return None, None, None
        lead_id, person, kept = (external_id.split(":", 2) + ["", ""])[:3]
        activity = Entry.read(kept)
        return (lead_id or None, int(person) if person.isdigit() else None,
                activity if activity and activity.id.isdigit() else None)


def _custom_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """API v2 takes custom fields (keyed by a 40-hex-digit field code) under ``custom_fields``."""
    custom = {key: fields.pop(key) for key in list(fields) if CUSTOM_FIELD.match(key)}
    if custom:
        fields["custom_fields"] = custom
    return fields


def _owner_as_number(body: dict[str, Any], key: str = "owner_id") -> None:
    """Pipedrive user ids are numbers; the owners file may give them as text."""
    owner = body.get(key)
    if isinstance(owner, str):
        if owner.isdigit():
            body[key] = int(owner)
        else:
            body.pop(key)
