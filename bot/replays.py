"""Rasa's replays of a conversation's events in the Rasa server, made cheaper without changing what they give.

- ``applied_events``: ``DialogueStateTracker.applied_events`` worked out once per run of events, not once per call;
- ``event_type``: ``Event.resolve_by_type`` (which event class a stored event's ``"event"`` names) looked up in a
  table, not found by walking every subclass of ``Event``.

``install`` puts both in place of Rasa's; only ``python -m bot serve`` calls it (``bot.__main__``): training and the
tests that import Rasa run Rasa's own.

Applied events
--------------

``applied_events`` (the events left once reverted turns and a form's repeated runs are taken out) walks the whole
conversation, and for every run of a form walks back over what it kept so far: a cost that grows with the square
of the conversation. Rasa asks it of the same events again and again within a turn: twice to decide whether the
session is over, once per policy per prediction (MemoizationPolicy, RulePolicy and their featurizer), several
predictions a turn, and again for the copy each action runs on. In Rasa's own profile of tests/bot it was the
largest single piece of a turn (bench/stack_cpu.py --profile rasa).

``install`` makes ``applied_events`` remember, per process, the last runs of events it read (the event objects
themselves, compared by identity) and what they gave, and continue from there when asked about the same events
with more appended: the same steps as Rasa's, on the new events only. What it returns is a new list each time,
equal to what Rasa's own would return; it starts again from the first event whenever the events are not the ones
it read followed by new ones, or when a new event names a loop (a form) none of the old ones did, because Rasa
decides how to treat a loop's runs from every loop named anywhere in the conversation.

Event types
-----------

Every read of a conversation (the tracker store's, each turn) makes each stored event an object again, and Rasa
finds its class by walking all of ``Event``'s subclasses, asking ``inspect.isabstract`` of each, for every event:
94 us an event, 14 ms for a 150-event conversation. ``event_type`` keeps, from one walk when installed, the first
class for each name, as Rasa's walk returns the first; a name it does not know is Rasa's to answer (a class defined
since, the old "topic" events, the caller's default, the error). Rasa's classes each have a name of their own.
"""

from __future__ import annotations

import itertools
import operator
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

# Runs of events remembered: a turn reads its tracker and the copies each action runs on, and two or three turns of
# other conversations may be under way on the same server meanwhile.
KEPT = 32
# How far back from the newest event a remembered run's end is looked for; beyond it, the events are replayed from
# the first (a turn appends a few dozen events at most between two reads).
LOOK_BACK = 64


@dataclass
class _Replay:
    """Events read (in order, the objects themselves), the loops they name, and what applying them left."""

    read: list[Event] = field(default_factory=list)
    loops: set[str] = field(default_factory=set)
    applied: list[Event] = field(default_factory=list)


_replays: OrderedDict[int, _Replay] = OrderedDict()  # id of a run's last event -> the run (keeping it alive)
_lock = threading.Lock()
_original: Callable[[DialogueStateTracker], list[Event]] | None = None
_original_event_type: Callable[..., type[Event] | None] | None = None
_event_types: dict[str, type[Event]] = {}  # an event's type name -> the first class of Rasa's walk that has it


def _loops(events: Iterable[Event]) -> set[str]:
    return {event.name for event in events if isinstance(event, ActiveLoop) and event.name}


def _apply(tracker: DialogueStateTracker, replay: _Replay, events: Iterable[Event]) -> None:
    """Rasa's loop body of ``applied_events``, step by step, onto ``replay.applied`` (Rasa 3.6)."""
    applied = replay.applied
    for event in events:
        if isinstance(event, (Restarted, SessionStarted)):
            applied.clear()
        elif isinstance(event, ActionReverted):
            tracker._undo_till_previous(ActionExecuted, applied)
        elif isinstance(event, UserUtteranceReverted):
            tracker._undo_till_previous(UserUttered, applied)
            tracker._undo_till_previous(ActionExecuted, applied)
        elif (
            isinstance(event, ActionExecuted)
            and event.action_name in replay.loops
            and not tracker._first_loop_execution_or_unhappy_path(event.action_name, applied)
        ):
            tracker._undo_till_previous_loop_execution(event.action_name, applied)
        else:
            applied.append(event)


def _remembered(events: Any) -> _Replay | None:
    """The longest remembered run that ``events`` start with, or None."""
    count = len(events)
    for back, event in enumerate(itertools.islice(reversed(events), LOOK_BACK)):
        replay = _replays.get(id(event))
        if replay is None or len(replay.read) != count - back or replay.read[-1] is not event:
            continue
        if all(map(operator.is_, replay.read, events)):
            return replay
    return None


def applied_events(tracker: DialogueStateTracker) -> list[Event]:
    """What Rasa's ``applied_events`` returns for ``tracker``, continued from a remembered run of its events."""
    events = tracker.events
    if not events:
        return []
    with _lock:
        replay = _remembered(events)
        new = list(itertools.islice(events, len(replay.read), None)) if replay is not None else list(events)
        if replay is None or not _loops(new) <= replay.loops:
            # Nothing remembered, or a loop no earlier event named: Rasa treats the earlier runs differently.
            replay = _Replay(loops=_loops(events))
            new = list(events)
        elif new:
            # A copy: the remembered run stays as it was for the tracker it came from (an action runs on a copy
            # of the turn's tracker with other events appended).
            replay = _Replay(list(replay.read), set(replay.loops), list(replay.applied))
        _apply(tracker, replay, new)
        replay.read.extend(new)
        key = id(replay.read[-1])
        _replays[key] = replay
        _replays.move_to_end(key)
        while len(_replays) > KEPT:
            _replays.popitem(last=False)
        return list(replay.applied)


def _walk() -> dict[str, type[Event]]:
    """Each type name's first class in Rasa's walk of ``Event``'s subclasses (``resolve_by_type`` returns the first)."""
    types: dict[str, type[Event]] = {}
    for cls in all_subclasses(Event):
        types.setdefault(cls.type_name, cls)
    return types


def event_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """What Rasa's ``Event.resolve_by_type`` returns, from the table of the classes it walks."""
    found = _event_types.get(type_name)
    if found is not None:
        return found
    assert _original_event_type is not None
    return _original_event_type(type_name, default)


def install() -> None:
    """``applied_events`` and ``event_type`` in place of Rasa's (once)."""
    global _original, _original_event_type
    if _original is None:
        _original = DialogueStateTracker.applied_events
        DialogueStateTracker.applied_events = applied_events  # type: ignore[method-assign]
    if _original_event_type is None:
        _original_event_type = Event.resolve_by_type
        _event_types.update(_walk())
        Event.resolve_by_type = staticmethod(event_type)  # type: ignore[method-assign, assignment]


def uninstall() -> None:
    """Rasa's own again (benchmarks compare the two), and nothing remembered."""
    global _original, _original_event_type
    if _original is not None:
        DialogueStateTracker.applied_events = _original  # type: ignore[method-assign]
        _original = None
    if _original_event_type is not None:
        Event.resolve_by_type = staticmethod(_original_event_type)  # type: ignore[method-assign, assignment]
        _original_event_type = None
    with _lock:
        _replays.clear()
    _event_types.clear()
