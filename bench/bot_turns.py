"""How long a visitor waits per turn, through the REST channel of the real bot.

    .venv/bin/python bench/bot_turns.py [--turns 60]

Starts the lead service, the action server and Rasa (from the cached model,
trained first when the training data changed) on free loopback ports, then
times, interleaved in the same run:

- a qualification turn: an answer inside the form, which runs the form's
  validation action (the extractor, the playbook) and the ask action;
- a baseline turn that needs no custom action: "thanks" outside the form,
  answered by a rule from the domain (utter_welcome);
- after a sales-qualified conversation, "other times" turns (the action
  server asks the service for free slots, signed) and the booking turn.

Prints p50/p95 of both and the ratio at p95 (goal <= 1.5), the training
time (when a training ran), start-up time to first answer, and the resident
memory of the Rasa and action servers.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bot.training import ensure_model, model_path
from harness.script import (
    SQL_ANSWERS,
    converse,
)
from harness.stack import Stack, Visitor
from qualification import load_playbook

from _stats import percentile
from capacity import ANSWERS  # the scripted visitors' answers: the same turns capacity and rasa_profile time


def timed(visitor: Visitor, text: str) -> float:
    started = time.perf_counter()
    visitor.say(text)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=60, help="turns of each kind")
    parser.add_argument("--slot-turns", type=int, default=20, help='"other times" turns after a qualified conversation')
    args = parser.parse_args()

    trained = not model_path().exists()
    started = time.monotonic()
    model = ensure_model()
    training_seconds = time.monotonic() - started if trained else None

    with tempfile.TemporaryDirectory() as workdir:
        stack = Stack(Path(workdir), model)
        started = time.monotonic()
        stack.start()
        try:
            first = Visitor(stack.rasa_url)
            first.say("hi")
            to_first_answer = time.monotonic() - started

            qualification: list[float] = []
            baseline: list[float] = []
            for _ in range(3):  # warm-up: first calls load the extractor's tables
                warm = Visitor(stack.rasa_url)
                warm.say("hi")
                for answer in ANSWERS[:2]:
                    warm.say(answer)
            idle = Visitor(stack.rasa_url)  # never enters the form: "thanks" is a rule and a domain response
            visitor = Visitor(stack.rasa_url)
            visitor.say("hi")
            answer_index = 0
            while len(qualification) < args.turns:
                if answer_index == len(ANSWERS):
                    visitor = Visitor(stack.rasa_url)
                    visitor.say("hi")
                    answer_index = 0
                baseline.append(timed(idle, "thanks"))
                qualification.append(timed(visitor, ANSWERS[answer_index]))
                answer_index += 1

            slot_turns, booking_ms = booking_turns(stack, args.slot_turns)
            rss = {name: p.rss_kib() / 1024 for name, p in stack.processes.items()}
        finally:
            stack.stop()

    q50, q95 = percentile(qualification, 0.50), percentile(qualification, 0.95)
    b50, b95 = percentile(baseline, 0.50), percentile(baseline, 0.95)
    print(f"turns measured: {len(qualification)} of each kind (interleaved)")
    print(f"qualification turn (form validation + extractor + ask): p50 {q50:7.1f} ms   p95 {q95:7.1f} ms   "
          f"mean {statistics.mean(qualification):.1f} ms")
    print(f"baseline turn (no custom action, 'thanks'):            p50 {b50:7.1f} ms   p95 {b95:7.1f} ms   mean {statistics.mean(baseline):.1f} ms")
    print(f"ratio at p95: {q95 / b95:.2f}  (goal <= 1.5)   ratio at p50: {q50 / b50:.2f}")
    if slot_turns:
        s50, s95 = percentile(slot_turns, 0.50), percentile(slot_turns, 0.95)
        print(f"'other times' turn (slots from the service):            p50 {s50:7.1f} ms   p95 {s95:7.1f} ms   "
              f"ratio to baseline at p95: {s95 / b95:.2f}")
        print(f"booking turn (a slot button, booked and confirmed):     {booking_ms:7.1f} ms")
    if training_seconds is None:
        print(f"training: model {model.name} was cached (python -m bot train --force to time a training)")
    else:
        print(f"training time: {training_seconds:.1f} s")
    startup = stack.startup_seconds
    print(f"start-up: rasa {startup.get('rasa', 0):.1f} s to listen, actions {startup.get('actions', 0):.1f} s, "
          f"{to_first_answer:.1f} s from launch to the first answer")
    print(f"resident memory: rasa {rss.get('rasa', 0):.0f} MiB, actions {rss.get('actions', 0):.0f} MiB, "
          f"service {rss.get('service', 0):.0f} MiB")
    return 0


def booking_turns(stack: Stack, turns: int) -> tuple[list[float], float]:
    """'Other times' turns and one booking turn, for a visitor the default playbook calls sales-qualified."""
    visitor = Visitor(stack.rasa_url, metadata={"tz": "Europe/Berlin"})
    converse(visitor, load_playbook(), SQL_ANSWERS)
    if not any(p and p.startswith("/choose_slot") for _, p in visitor.buttons):
        print("note: the scripted visitor was not offered slots; booking turns skipped")
        return [], 0.0
    timings = [timed(visitor, "/other_times") for _ in range(turns)]
    slot = next(p for _, p in visitor.buttons if p and p.startswith("/choose_slot"))
    return timings, timed(visitor, slot)


if __name__ == "__main__":
    sys.exit(main())
