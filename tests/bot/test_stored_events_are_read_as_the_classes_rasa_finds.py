"""``bot.replays.event_type``: a stored event's class is the one Rasa's own ``Event.resolve_by_type`` finds."""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from rasa.shared.core.events import Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses

from bot import replays

RASAS_OWN = Event.resolve_by_type


@pytest.fixture
def installed() -> Iterator[None]:
    replays.install()
    try:
        yield
    finally:
        replays.uninstall()


def test_every_event_name_rasa_knows_is_read_as_rasas_class(installed: None) -> None:
    # Every name, whatever else the process has imported (make test runs tests that define Events of their own, and
    # imports Rasa modules whose classes share a name): the table answers each as Rasa's own walk does.
    names = {cls.type_name for cls in all_subclasses(Event)}
    assert len(names) > 20
    for name in names:
        assert Event.resolve_by_type(name) is RASAS_OWN(name), name


def test_stored_events_come_back_as_the_events_they_were(installed: None) -> None:
    stored = [SlotSet("budget", {"amount": 5000}).as_dict(), UserUttered("hi", {"name": "greet"}).as_dict()]
    assert [Event.from_parameters(data) for data in stored] == [SlotSet("budget", {"amount": 5000}),
                                                                UserUttered("hi", {"name": "greet"})]


def test_a_name_no_class_has_is_answered_as_rasa_answers_it(installed: None) -> None:
    assert Event.resolve_by_type("topic") is None  # Rasa's old TopicSet events
    assert Event.resolve_by_type("no-such-event", SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name 'no-such-event'"):
        Event.resolve_by_type("no-such-event")


def test_an_event_class_defined_after_the_table_was_made_is_found(installed: None) -> None:
    class LateEvent(Event):
        type_name = "leadbot_test_late_event"

        def __eq__(self, other: Any) -> bool:
            return isinstance(other, LateEvent)

        def as_story_string(self) -> str:
            return self.type_name

    assert Event.resolve_by_type("leadbot_test_late_event") is LateEvent


def test_uninstalled_the_lookup_is_rasas_own_walk_again() -> None:
    replays.install()
    replays.uninstall()
    assert Event.resolve_by_type is RASAS_OWN
    assert not replays._event_types
