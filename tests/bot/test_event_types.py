"""Rasa's event classes found by name from a table resolve exactly as Rasa's own walk over every class."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.core.events import Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses

from bot import event_types

RASAS_OWN = event_types._RASA_RESOLVE
KNOWN = sorted({cls.type_name for cls in all_subclasses(Event)})


def outcome(resolve: Any, *args: Any) -> tuple[Any, str | None]:
    try:
        return resolve(*args), None
    except ValueError as error:
        return None, str(error)


@pytest.mark.parametrize("name", KNOWN)
def test_every_event_name_rasa_knows_gives_the_class_rasa_s_own_walk_gives(name: str) -> None:
    assert event_types.resolve_by_type(name) is RASAS_OWN(name)


@pytest.mark.parametrize("args", [("topic",), ("no_such_event", SlotSet), ("no_such_event",), ("",), ("SLOT",)],
                         ids=["topic", "unknown with a default", "unknown", "empty", "other case"])
def test_an_unknown_name_goes_rasa_s_way_none_for_topic_the_default_or_rasa_s_error(args: tuple[Any, ...]) -> None:
    assert outcome(event_types.resolve_by_type, *args) == outcome(RASAS_OWN, *args)


def test_an_event_class_imported_after_the_table_was_built_is_found() -> None:
    event_types.resolve_by_type("slot")  # the table exists

    class LateEvent(UserUttered):
        type_name = "leadbot_late_test_event"

    assert event_types.resolve_by_type("leadbot_late_test_event") is LateEvent


def test_installed_a_stored_conversation_turns_back_into_the_same_events(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = [UserUttered("we need SEO", {"name": "inform", "confidence": 0.9}).as_dict(),
              SlotSet("budget", 5000).as_dict(), {"event": "action", "name": "action_listen"}]
    before = [Event.from_parameters(event) for event in stored]
    monkeypatch.setattr(Event, "resolve_by_type", Event.resolve_by_type)  # undone after the test
    event_types.install()
    assert Event.resolve_by_type is event_types.resolve_by_type
    assert [Event.from_parameters(event) for event in stored] == before
