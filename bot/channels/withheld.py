"""A visitor who says no at the privacy question keeps no contact details in the stored chat either.

The form drops the name and address a visitor typed before refusing (the
slots' latest values and the lead hold none), but Rasa's tracker store keeps
every event of the chat: the visitor's own message ("hi, I'm Pat Lee,
pat@northwind.io, ..."), the bot's line saying it back as held, and the
earlier values of the slots that held them. So, in the gate every channel's
messages pass (``bot.channels.stopped.gated``), a turn that set consent to
no is followed by this: each stored event of the conversation has its email
addresses, and the names the chat held, replaced by ``(withheld)``, as the
lead's own answers are (``bot.actions.outcome.withheld``). The rest of the
chat stays as it was, and what the visitor writes after a later yes is kept
as usual.

The rewrite changes events in place, never their number, which is how Rasa
decides what it still has to append (``bot.stores``).
"""

from __future__ import annotations

import json
import logging
from typing import Any, Iterable

from bot.actions.outcome import withheld
from nlu.attributes import Attributes

logger = logging.getLogger(__name__)

CONSENT = "consent"
# The slots a name is held in: the given attributes, the heard ones, and the name question's own slot.
_NAME_SLOTS = ("attributes", "heard", "name")


def _sql(store: Any) -> Any:
    """The SQL tracker store behind Rasa's wrapper (``AwaitableTrackerStore``), or None for another kind."""
    inner = getattr(store, "_tracker_store", store)
    return inner if getattr(inner, "SQLEvent", None) is not None else None


def consent_mark(store: Any, sender_id: str) -> int | None:
    """The id of the conversation's latest stored consent event (None: none, or a store without SQL)."""
    store = _sql(store)
    if store is None:
        return None
    event = store.SQLEvent
    with store.session_scope() as session:
        row = (session.query(event.id).filter(event.sender_id == sender_id, event.type_name == "slot",
                                              event.action_name == CONSENT).order_by(event.id.desc()).first())
    return row[0] if row is not None else None


def withhold_after_refusal(store: Any, sender_id: str, before: int | None) -> int:
    """After a turn: when it stored a "no" to the privacy question (a consent event newer than ``before``, whose
    value is false), withhold the contact details in every stored event of the chat; how many events changed."""
    store = _sql(store)
    if store is None:
        return 0
    event = store.SQLEvent
    with store.session_scope() as session:
        latest = (session.query(event.id, event.data).filter(
            event.sender_id == sender_id, event.type_name == "slot", event.action_name == CONSENT)
            .order_by(event.id.desc()).first())
        if latest is None or latest[0] == before or json.loads(latest[1]).get("value") is not False:
            return 0
        rows = session.query(event).filter(event.sender_id == sender_id).all()
        known = [Attributes(name=name) for name in _names(rows)]
        changed = 0
        for row in rows:
            data = json.loads(row.data)
            kept = _withheld(data, known)
            if kept != data:
                row.data = json.dumps(kept)
                changed += 1
        session.commit()
    if changed:
        logger.info("consent refused: contact details withheld in %d stored events of a conversation", changed)
    return changed


def _names(rows: Iterable[Any]) -> set[str]:
    """Every name the chat's slots held, in any event."""
    names: set[str] = set()
    for row in rows:
        if row.type_name != "slot" or row.action_name not in _NAME_SLOTS:
            continue
        value = json.loads(row.data).get("value")
        if row.action_name == "name" and isinstance(value, str):
            names.add(value)
        held = value.get("attributes") if row.action_name == "heard" and isinstance(value, dict) else value
        if isinstance(held, dict) and isinstance(held.get("name"), str):
            names.add(held["name"])
    return {name for name in names if name.strip()}


def _withheld(value: Any, known: list[Attributes]) -> Any:
    """``value`` (an event as JSON) with every string's contact details withheld."""
    if isinstance(value, str):
        return withheld(value, *known)
    if isinstance(value, list):
        return [_withheld(item, known) for item in value]
    if isinstance(value, dict):
        return {key: _withheld(item, known) for key, item in value.items()}
    return value
