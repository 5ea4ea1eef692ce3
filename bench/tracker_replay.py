"""What Rasa's tracker work costs a turn, with Rasa's own replays and with ``bot.replays``'s (issue 18).

    .venv/bin/python bench/tracker_replay.py [--rounds 3] [--conversations 8] [--recorded FILE]

Records real conversations first: a stack (``harness.stack.Stack``) on a temporary SQLite database, visitors
answering every question (``harness.script.converse``): the standard sales-qualified visitor (who is offered a call),
one who skips every question, one who asks three questions before answering; the stack is then stopped and the
stored events read. ``--recorded FILE`` keeps them in FILE (JSON) and reads them from there when it exists, so a
second run replays the same conversations without a stack.

Then, in this process, with the cached model loaded (``Agent.load``), each conversation is replayed turn by turn as
the Rasa server handles it: the tracker read from its stored events (new event objects, as the tracker store
makes), the session check, then for each action the turn ran: the policies' prediction on the tracker, a copy for
the action to run on with the action server's payload (``current_state``), and the action's events appended. That
is done in turns with Rasa's own, with ``bot.replays.applied_events`` alone and with all of ``bot.replays.install()``
(``event_type`` too), ``--rounds`` times each, and the CPU seconds (this thread's) of each are printed as a ratio
to Rasa's own. Nothing else of a turn is timed (no NLU, no HTTP, no database): the ratio is of the part the changes
touch.

It checks, and fails when not so, that all give the same prediction at every step (action, policy, confidence)
and the same applied events for every tracker they are asked about.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from bot.training import ensure_model
from harness.script import SQL_ANSWERS, converse
from harness.stack import Stack, Visitor
from qualification import load_playbook

SKIPPER: dict[str, str] = {}  # every question answered "skip" (harness.script's default)
# What the visitor who asks says before answering (then as the standard visitor): questions mid-form.
QUESTIONS = ("what do you charge?", "do you keep my messages?", "how long does it take?")


def recorded(path: Path | None, conversations: int) -> list[list[dict[str, Any]]]:
    """The conversations kept in ``path`` when it exists, else ``conversations`` recorded now (and kept there)."""
    if path is not None and path.exists():
        return json.loads(path.read_text())
    with tempfile.TemporaryDirectory(prefix="leadbot-recorded-") as workdir:
        events = record(Path(workdir), conversations)
    if path is not None:
        path.write_text(json.dumps(events))
    return events


def record(workdir: Path, conversations: int) -> list[list[dict[str, Any]]]:
    """The stored events (as stored: dicts) of ``conversations`` scripted conversations, one list each."""
    stack = Stack(workdir / "stack", ensure_model()).start()
    try:
        playbook = load_playbook()
        for n in range(conversations):
            visitor = Visitor(stack.rasa_url, metadata={"tz": "Europe/Berlin"} if n % 2 else None)
            if n % 3 == 2:
                visitor.say("hi")
                visitor.say(SQL_ANSWERS["need"])
                for question in QUESTIONS[:-1]:
                    visitor.say(question)
                converse(visitor, playbook, SQL_ANSWERS, opening=QUESTIONS[-1])
            else:
                converse(visitor, playbook, SKIPPER if n % 3 == 1 else SQL_ANSWERS)
            slots = [payload for _, payload in visitor.buttons if payload and payload.startswith("/choose_slot")]
            if slots:
                visitor.say("/other_times")
                slots = [payload for _, payload in visitor.buttons if payload and payload.startswith("/choose_slot")]
                if slots:
                    visitor.say(slots[0])
            visitor.say("thanks")
    finally:
        stack.stop()
    with sqlite3.connect(workdir / "stack" / "leadbot.db") as database:
        rows = database.execute("SELECT sender_id, data FROM events ORDER BY id").fetchall()
    by_sender: dict[str, list[dict[str, Any]]] = {}
    for sender, data in rows:
        by_sender.setdefault(sender, []).append(json.loads(data))
    return list(by_sender.values())


class Replayer:
    """Each conversation's turns as the Rasa server takes them, for the tracker's part of the work."""

    def __init__(self, agent: Any) -> None:
        self.processor = agent.processor
        self.domain = agent.domain

    def conversation(self, sender: str, stored: list[dict[str, Any]], seen: list[Any]) -> None:
        from rasa.shared.core.events import ActionExecuted, Event, UserUttered
        from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

        starts = [i for i, data in enumerate(stored) if data.get("event") == UserUttered.type_name]
        for turn, start in enumerate(starts):
            end = starts[turn + 1] if turn + 1 < len(starts) else len(stored)
            # The read: new event objects from the stored rows, as the tracker store makes them.
            tracker = DialogueStateTracker.from_dict(sender, stored[:start], self.domain.slots)
            seen.append(tuple(tracker.applied_events()))
            seen.append(self.processor._has_session_expired(tracker))
            for data in stored[start:end]:
                event = Event.from_parameters(data)
                if isinstance(event, ActionExecuted):
                    prediction = self.processor._predict_next_with_tracker(tracker)
                    seen.append((prediction.policy_name, prediction.max_confidence,
                                 self.domain.action_names_or_texts[prediction.max_confidence_index]))
                    copy = tracker.copy()
                    seen.append(len(copy.current_state(EventVerbosity.ALL)["events"]))
                    seen.append(tuple(copy.applied_events()))
                tracker.update(event)
            seen.append(tuple(tracker.applied_events()))

    def all(self, conversations: list[list[dict[str, Any]]]) -> tuple[float, list[Any]]:
        seen: list[Any] = []
        started = time.thread_time()
        for n, stored in enumerate(conversations):
            self.conversation(f"bench-{n}", stored, seen)
        return time.thread_time() - started, seen


def same(first: list[Any], second: list[Any]) -> bool:
    """Equal step by step; events compared as the objects they are (each run makes its own from the rows)."""
    if len(first) != len(second):
        return False
    for a, b in zip(first, second):
        if isinstance(a, tuple) and a and hasattr(a[0], "as_dict"):
            if [e.as_dict() for e in a] != [e.as_dict() for e in b]:
                return False
        elif a != b:
            return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="replays of every conversation with each")
    parser.add_argument("--conversations", type=int, default=8, help="conversations recorded")
    parser.add_argument("--recorded", type=Path, help="JSON file the recorded conversations are kept in, read if it exists")
    args = parser.parse_args()

    from rasa.core.agent import Agent
    from rasa.shared.core.events import Event
    from rasa.utils.log_utils import configure_structlog

    from bot import replays

    # As the server runs (INFO), quieter: the policies' debug lines are built and printed otherwise.
    configure_structlog(logging.WARNING)
    logging.getLogger("rasa").setLevel(logging.WARNING)
    conversations = recorded(args.recorded, args.conversations)
    events = sum(len(c) for c in conversations)
    turns = sum(1 for c in conversations for e in c if e.get("event") == "user")
    print(f"{len(conversations)} conversations recorded: {turns} turns, {events} events "
          f"(longest {max(len(c) for c in conversations)})", flush=True)
    replayer = Replayer(Agent.load(str(ensure_model())))
    replayer.all(conversations[:1])  # warm-up: lazy imports, the policies' first calls

    rasas_event_type = Event.__dict__["resolve_by_type"]

    def applied_events_only() -> None:
        replays.install()
        Event.resolve_by_type = rasas_event_type

    variants: dict[str, Callable[[], None]] = {
        "Rasa's own": lambda: None,
        "applied_events": applied_events_only,
        "bot.replays": replays.install,
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    outcomes: dict[str, list[Any]] = {}
    for round_ in range(args.rounds):
        for name in (list(variants) if round_ % 2 == 0 else list(reversed(variants))):
            variants[name]()
            try:
                seconds, seen = replayer.all(conversations)
            finally:
                replays.uninstall()
            times[name].append(seconds)
            outcomes.setdefault(name, seen)
    baseline = statistics.median(times["Rasa's own"])
    for name, values in times.items():
        print(f"{name:<16} {statistics.median(values) * 1000 / turns:7.2f} ms CPU a turn, "
              f"{statistics.median(values) / baseline:.2f} of Rasa's own (median of {args.rounds}; "
              f"{' '.join(f'{v:.2f}' for v in values)} s in all)")
    first, *others = outcomes.values()
    if not all(same(first, other) for other in others):
        print("DIFFERENT: the variants gave different predictions or applied events")
        return 1
    print(f"same predictions and applied events at all {len(first)} steps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
