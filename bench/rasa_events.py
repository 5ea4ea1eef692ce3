"""How long Rasa takes to turn a stored conversation back into events: its own class lookup against bot/event_types.

    .venv/bin/python bench/rasa_events.py [--turns 40] [--rounds 5]

The tracker store does this for every event of a conversation on every turn. A conversation of ``--turns`` form
turns (the visitor's message, the action, its slot, the bot's reply, the form's loop event: 5 events a turn) is
read back ``REPEATS`` times with Rasa's ``Event.resolve_by_type`` and with the table ``bot/event_types``
installs, alternating in one process, ``--rounds`` times. Prints CPU milliseconds per conversation read, and
Rasa's over the table's as a ratio (same process, same moment: the machine's load cancels out).
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, Event, SlotSet, UserUttered

from bot import event_types

REPEATS = 20


def conversation(turns: int) -> list[dict[str, Any]]:
    stored: list[dict[str, Any]] = []
    for turn in range(turns):
        stored += [UserUttered(f"answer {turn}", {"name": "inform", "confidence": 0.9}).as_dict(),
                   ActionExecuted("lead_form").as_dict(), SlotSet("budget", turn).as_dict(),
                   BotUttered("Got it. Next question?", {}).as_dict(), ActiveLoop("lead_form").as_dict()]
    return stored


def read_back(stored: list[dict[str, Any]]) -> float:
    """CPU ms to turn ``stored`` back into events, averaged over REPEATS reads."""
    started = time.process_time()
    for _ in range(REPEATS):
        [Event.from_parameters(event) for event in stored]
    return (time.process_time() - started) * 1000 / REPEATS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--turns", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    stored = conversation(args.turns)
    rasas = Event.__dict__["resolve_by_type"]
    print(f"{len(stored)} stored events per read, CPU ms per read")
    for round_ in range(args.rounds):
        Event.resolve_by_type = rasas  # type: ignore[method-assign]
        own = read_back(stored)
        event_types.install()
        table = read_back(stored)
        print(f"round {round_ + 1}: Rasa's lookup {own:6.2f}  table {table:5.2f}  ratio {own / table:5.1f}")


if __name__ == "__main__":
    main()
