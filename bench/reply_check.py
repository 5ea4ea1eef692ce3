"""Rasa's check of an action server reply: the whole schema against ``bot.action_replies.accepted`` (by event type).

    .venv/bin/python bench/reply_check.py [--repeats 300]

First the two must agree: every event type of Rasa's reply schema, each in shapes that pass and near misses that
must not (a property of the wrong type, a required one missing, a timestamp as text, entities as text, metadata as
a list), an unknown type, a type that is no string, an event that is no object, a reply that is no object or whose
events are no list, each as a reply of its own and all together; it stops at the first disagreement. Then it
times, interleaved, the whole schema's ``is_valid`` (what ``validate_action_result`` ran on every reply before)
and ``accepted`` on a form turn's reply (a dozen slots set, the form's loop, two messages with buttons), and
prints the medians and their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from typing import Any

from rasa.core.actions.action import RemoteAction

from bot.action_replies import accepted, validator

SHAPES: list[dict[str, Any]] = [
    {},
    {"name": "budget", "value": 5000},
    {"name": "budget"},
    {"value": 5000},
    {"name": 5, "value": 1},
    {"timestamp": 1733300000.5, "metadata": {"model_id": "x"}},
    {"timestamp": "yesterday"},
    {"metadata": []},
    {"text": "hello", "data": {"buttons": [{"title": "Yes", "payload": "/affirm"}]}},
    {"text": 3},
    {"entities": [{"entity": "budget", "value": 5000, "start": 0, "end": 3}]},
    {"entities": "budget"},
    {"entities": [{"entity": "budget"}]},
    {"parse_data": {"intent": {"name": "affirm", "confidence": 0.9}, "entities": []}, "text": "yes"},
    {"parse_data": {"intent": {"name": 1}}},
    {"name": "action_listen", "policy": "RulePolicy", "confidence": 1.0},
    {"name": "lead_form"},
    {"name": None},
]


def candidates() -> list[Any]:
    schema = RemoteAction.action_response_format_spec()
    names = [branch["properties"]["event"]["const"] for branch in schema["properties"]["events"]["items"]["oneOf"]]
    events: list[Any] = [{"event": name, **shape} for name in names for shape in SHAPES]
    events += [{"event": "no_such_event"}, {"event": 5}, {"name": "budget", "value": 1}, "slot", None, []]
    replies: list[Any] = [{"events": [event], "responses": []} for event in events]
    replies += [{"events": events}, {}, {"events": []}, {"events": {"event": "slot"}}, {"responses": "Got it."},
                {"responses": [{"text": "hi"}, 3]}, [], None, "reply"]
    return replies


def form_reply() -> dict[str, Any]:
    slots = [{"event": "slot", "timestamp": None, "name": f"slot_{n}", "value": {"value": n * 1000, "source": "text"}}
             for n in range(12)]
    buttons = [{"title": f"Option {n}", "payload": f"/choose{{\"n\": {n}}}"} for n in range(4)]
    return {"events": [*slots, {"event": "active_loop", "name": "lead_form"}],
            "responses": [{"text": "Noted: about 120 employees."}, {"text": "What is your budget?", "buttons": buttons}]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=300, help="timed checks of each kind")
    args = parser.parse_args()
    whole = validator()
    replies = candidates()
    for reply in replies:
        if accepted(reply) != whole.is_valid(reply):
            print(f"DISAGREE on {reply!r}: whole schema {whole.is_valid(reply)}, by event type {accepted(reply)}")
            return 1
    passed = sum(1 for reply in replies if whole.is_valid(reply))
    print(f"agreement: {len(replies)} replies ({passed} accepted, {len(replies) - passed} refused), same answer")
    reply = form_reply()
    assert accepted(reply) and whole.is_valid(reply)
    times: dict[str, list[float]] = {"whole schema": [], "by event type": []}
    for _ in range(args.repeats):
        for name, check in (("whole schema", whole.is_valid), ("by event type", accepted)):
            started = time.perf_counter()
            check(reply)
            times[name].append((time.perf_counter() - started) * 1000)
    before, after = (statistics.median(times[name]) for name in ("whole schema", "by event type"))
    print(f"a form turn's reply, {args.repeats} checks each, load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    print(f"whole schema {before:.2f} ms, by event type {after:.2f} ms: {after / before:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
