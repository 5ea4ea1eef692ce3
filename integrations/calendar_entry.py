"""A booked call's entry in a CRM's calendar (a HubSpot meeting, a Salesforce Event, a Pipedrive
activity), kept at the call's time when the visitor moves the call.

The entry is made once per lead and its id kept in the destination's external id. A moved call must
move that entry, never make a second one; and nothing but a move may move it, so a salesperson who
rescheduled it in the CRM keeps their time through the lead's other updates (a claim, a new score).
The id is therefore kept with the time last written to the entry, ``<id>@<start>/<end>`` (ISO 8601
basic format, UTC: ``70001@20261124T090000Z/20261124T093000Z``):

- a delivery whose call is at another time updates the entry's time fields (the mapping's fields
  whose rule names a call time, and no other) and keeps the new time;
- one whose call is at the kept time sends nothing;
- a retried delivery starts from the external id kept before it (the worker stores a new one only on
  success), so it sends the same update again, which leaves the entry as one success would;
- an id kept without a time (an entry made before moves were followed) is brought to the call's
  time once, then kept with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Collection, Mapping

from integrations.destination import DeliveryFailed
from integrations.mapping import FieldMapping

# The facts that say when the call is (``integrations.lead.LeadView.facts``): the fields that follow a move.
CALL_TIMES = frozenset({"booked_at", "booked_at_ms", "booked_until", "booked_until_ms", "booked_date",
                        "booked_time", "booked_minutes", "booked_duration"})
_BASIC = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Entry:
    """The entry's id in the CRM, and the call's time last written to it (None: not known)."""

    id: str
    at: str | None = None

    @classmethod
    def read(cls, kept: str | None) -> "Entry | None":
        """The entry from its part of an external id (``<id>`` or ``<id>@<start>/<end>``); None when empty."""
        entry_id, _, at = (kept or "").partition("@")
        return cls(entry_id, at or None) if entry_id else None

    def kept(self) -> str:
        """Its part of the external id."""
        return f"{self.id}@{self.at}" if self.at else self.id

    def moved(self, facts: Mapping[str, Any]) -> bool:
        """Whether the call is now at another time than the one last written to the entry."""
        at = slot(facts)
        return at is not None and at != self.at

    def at_call(self, facts: Mapping[str, Any]) -> "Entry":
        """The same entry, now at the call's time."""
        return Entry(self.id, slot(facts) or self.at)


def slot(facts: Mapping[str, Any]) -> str | None:
    """The call's time as kept beside the entry's id; None while no readable call is booked."""
    start, end = facts.get("booked_at_ms"), facts.get("booked_until_ms")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    return "/".join(datetime.fromtimestamp(ms / 1000, timezone.utc).strftime(_BASIC) for ms in (start, end))


def _names_call_time(rule: Any) -> bool:
    if isinstance(rule, str):
        return rule in CALL_TIMES
    if isinstance(rule, list):
        return any(_names_call_time(item) for item in rule)
    return isinstance(rule, Mapping) and "fact" in rule and _names_call_time(rule["fact"])


def time_targets(mapping: FieldMapping, section: str) -> list[str]:
    """The entry's fields that say when the call is (``section`` of the mapping): the ones a move updates,
    so the run-as user must be allowed to edit them (the doctors check it)."""
    return [target for target, rule in mapping.objects.get(section, {}).items() if _names_call_time(rule)]


def time_fields(mapping: FieldMapping, section: str, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The ``time_targets`` at the call's time: what a move updates, leaving the title, the notes and the
    owner as sales may have edited them."""
    rules = {target: mapping.objects[section][target] for target in time_targets(mapping, section)}
    return FieldMapping(mapping.name, mapping.settings, {section: rules}).fields(section, facts)


def move(entry: Entry, facts: Mapping[str, Any], fields: Mapping[str, Any], update: Callable[[Mapping[str, Any]], Any],
          remake: Callable[[], "Entry | None"], gone: Collection[int] = (404,)) -> "Entry | None":
    """The entry at the call's time: ``update(fields)`` (its time fields alone) when the call moved, nothing sent
    when not. An entry deleted in the CRM since (an answer in ``gone``) is made again (``remake``): the visitor
    still expects the call."""
    if not entry.moved(facts) or not fields:
        return entry
    try:
        update(fields)
    except DeliveryFailed as failed:
        if failed.status not in gone:
            raise
        return remake()
    return entry.at_call(facts)
