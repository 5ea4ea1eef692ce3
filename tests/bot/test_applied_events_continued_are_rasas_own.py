"""``bot.replays``: the applied events continued from a remembered run are exactly what Rasa's own gives.

Conversations are grown event by event from a vocabulary of every kind ``applied_events`` treats apart (a form's
runs, loops started and ended, rejections, reverted actions and utterances, restarts, sessions), asked at random
points, copied and grown apart (as the copy an action runs on), and compared with Rasa's own ``applied_events`` on
the same events: the same event objects, in the same order.
"""

from __future__ import annotations

import random
from typing import Callable, Iterator

import pytest
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    DefinePrevUserUtteredFeaturization,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot import replays

RASAS_OWN = DialogueStateTracker.applied_events
FORMS = ("qualification_form", "booking_form")


@pytest.fixture
def installed() -> Iterator[None]:
    replays.install()
    try:
        yield
    finally:
        replays.uninstall()


def rasas_own(tracker: DialogueStateTracker) -> list[Event]:
    return RASAS_OWN(tracker)


def an_event(rng: random.Random, forms: tuple[str, ...] = FORMS) -> Event:
    """One event of a kind ``applied_events`` treats apart, forms' runs the likeliest, as in a real chat."""
    form = rng.choice(forms)
    makers: list[Callable[[], Event]] = [
        lambda: UserUttered("an answer", {"name": "inform", "confidence": 0.9}),
        lambda: ActionExecuted("action_listen"),
        lambda: ActionExecuted(form),
        lambda: ActionExecuted(form),
        lambda: ActionExecuted(form),
        lambda: ActionExecuted(rng.choice(("action_ask_budget", "validate_qualification_form", "utter_greet"))),
        lambda: ActiveLoop(form),
        lambda: ActiveLoop(None),
        lambda: ActionExecutionRejected(form),
        lambda: SlotSet("budget", rng.randint(1, 9)),
        lambda: SlotSet("requested_slot", "budget"),
        lambda: DefinePrevUserUtteredFeaturization(False),
        lambda: ActionReverted(),
        lambda: UserUtteranceReverted(),
        lambda: Restarted(),
        lambda: SessionStarted(),
    ]
    weights = [8, 8, 6, 6, 6, 6, 3, 2, 2, 8, 3, 1, 1, 1, 0.3, 0.3]
    return rng.choices(makers, weights)[0]()


def test_a_grown_conversation_asked_at_every_step_gives_rasas_applied_events(installed: None) -> None:
    for seed in range(150):
        rng = random.Random(seed)
        tracker = DialogueStateTracker(f"grown-{seed}", [])
        for step in range(rng.randint(1, 120)):
            tracker.update(an_event(rng))
            if rng.random() < 0.5:
                assert tracker.applied_events() == rasas_own(tracker), f"seed {seed}, step {step}"
        assert tracker.applied_events() == rasas_own(tracker), f"seed {seed}"


def test_a_copy_grown_apart_and_the_tracker_it_came_from_each_give_rasas_applied_events(installed: None) -> None:
    for seed in range(100):
        rng = random.Random(1000 + seed)
        tracker = DialogueStateTracker(f"copied-{seed}", [])
        for _ in range(rng.randint(5, 60)):
            tracker.update(an_event(rng))
        tracker.applied_events()
        copy = tracker.copy()
        for _ in range(rng.randint(1, 10)):
            copy.update(an_event(rng))
        for _ in range(rng.randint(1, 10)):
            tracker.update(an_event(rng))
        assert copy.applied_events() == rasas_own(copy), f"seed {seed}"
        assert tracker.applied_events() == rasas_own(tracker), f"seed {seed}"


def test_a_loop_named_only_by_a_later_event_changes_the_earlier_runs_as_in_rasa(installed: None) -> None:
    # Rasa treats a run of an action as a loop's only when some event of the conversation names the loop: the form's
    # second run, first kept, is taken out once a later event activates the form.
    tracker = DialogueStateTracker("late-loop", [])
    for event in (ActionExecuted("action_listen"), UserUttered("hi", {"name": "greet"}), ActionExecuted("booking_form"),
                  SlotSet("budget", 3), ActionExecuted("action_listen"), UserUttered("3k", {"name": "inform"}),
                  ActionExecuted("booking_form")):
        tracker.update(event)
    before = tracker.applied_events()
    assert before == rasas_own(tracker)
    tracker.update(ActiveLoop("booking_form"))
    after = tracker.applied_events()
    assert after == rasas_own(tracker)
    assert len(after) < len(before) + 1, "the late loop made no difference: this test would not see the rule"


def test_events_replaced_rather_than_appended_are_replayed_from_the_first(installed: None) -> None:
    rng = random.Random(7)
    tracker = DialogueStateTracker("replaced", [])
    for _ in range(40):
        tracker.update(an_event(rng))
    tracker.applied_events()
    kept = list(tracker.events)
    tracker.events.clear()
    for event in kept[:20] + [an_event(rng) for _ in range(25)]:
        tracker.events.append(event)
    assert tracker.applied_events() == rasas_own(tracker)


def test_what_it_returns_can_be_changed_by_the_caller_without_changing_the_next_answer(installed: None) -> None:
    rng = random.Random(11)
    tracker = DialogueStateTracker("mutated", [])
    for _ in range(30):
        tracker.update(an_event(rng))
    tracker.applied_events().clear()
    assert tracker.applied_events() == rasas_own(tracker)


def test_uninstalled_it_is_rasas_own_again() -> None:
    replays.install()
    replays.uninstall()
    assert DialogueStateTracker.applied_events is RASAS_OWN
