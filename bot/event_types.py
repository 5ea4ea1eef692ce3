"""Rasa's event classes found by their type name from a table, instead of a walk over every class per event.

Rasa 3.6's ``Event.resolve_by_type`` lists every subclass of ``Event`` (recursively, checking each for
abstractness) for each stored event it turns back into an object, and the tracker store does that for every event
of a conversation on every turn: ``bench/rasa_profile.py`` found the tracker store's reads to be a third of a turn,
half of it this. ``install`` puts in the same lookup from a table of the classes Rasa knows, rebuilt whenever a name
is not in it (a class imported later), so a name resolves to the class Rasa's own walk returns.
"""

from __future__ import annotations

from typing import Dict, Optional, Text, Type

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_RASA_RESOLVE = Event.resolve_by_type
_classes: Dict[Text, Type[Event]] = {}


def _table() -> Dict[Text, Type[Event]]:
    """Each type name to the first class Rasa's walk meets with it (Rasa returns the first match)."""
    table: Dict[Text, Type[Event]] = {}
    for cls in all_subclasses(Event):
        table.setdefault(cls.type_name, cls)
    return table


def resolve_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    """``Event.resolve_by_type``, from the table; an unknown name rebuilds it once, then goes Rasa's way (its
    ``topic`` case, its default, its error)."""
    global _classes
    found = _classes.get(type_name)
    if found is None:
        _classes = _table()
        found = _classes.get(type_name)
    return found if found is not None else _RASA_RESOLVE(type_name, default)


def install() -> None:
    """Use the table in this process's Rasa (the server calls it before loading the agent)."""
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign]
