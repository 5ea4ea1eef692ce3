"""What running Rasa's graph through dask costs a turn, against ``bot.rasa_graph``'s kept order (issue 18).

    .venv/bin/python bench/graph_runner.py [--rounds 3] [--recorded FILE]

In this process, with the cached model loaded (``Agent.load``) and ``bot.replays`` installed as the server has it,
the conversations bench/tracker_replay.py records (``--recorded FILE``: read from FILE when it exists, else recorded
on a stack and kept there) are replayed turn by turn as there (the tracker read, the session check, every
prediction, the copy each action runs on), and every visitor message of them is parsed by the NLU graph
(``MessageProcessor.parse_message``). Both graphs run through Rasa's ``DaskGraphRunner.run`` and through
``bot.rasa_graph.run``, alternately, ``--rounds`` times each; prints the CPU seconds (this thread's) per turn of
each and their ratio. It fails when the two give a different prediction at any step or a different parse
(intent, its confidence, entities) of any message.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bot.training import ensure_model

sys.path.insert(0, str(Path(__file__).parent))
from tracker_replay import Replayer, recorded, same  # noqa: E402


def parse_all(processor: Any, texts: list[str]) -> tuple[float, list[Any]]:
    from rasa.core.channels.channel import UserMessage

    async def parses() -> list[Any]:
        out = []
        for text in texts:
            parsed = await processor.parse_message(UserMessage(text, sender_id="bench"))
            out.append((parsed["intent"], [(e["entity"], e.get("value")) for e in parsed.get("entities", [])]))
        return out

    started = time.thread_time()
    seen = asyncio.run(parses())
    return time.thread_time() - started, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of every conversation with each runner")
    parser.add_argument("--recorded", type=Path, help="JSON file the recorded conversations are kept in, read if it exists")
    args = parser.parse_args()

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    from bot import rasa_graph, replays

    configure_structlog(logging.WARNING)
    logging.getLogger("rasa").setLevel(logging.WARNING)
    conversations = recorded(args.recorded, 8)
    texts = [e["text"] for c in conversations for e in c if e.get("event") == "user" and e.get("text")]
    turns = len(texts)
    agent = Agent.load(str(ensure_model()))
    replays.install()
    replayer = Replayer(agent)
    replayer.all(conversations[:1])  # warm-up: lazy imports, the policies' and the NLU's first calls
    parse_all(agent.processor, texts[:20])

    variants = {"Rasa's DaskGraphRunner": rasa_graph.uninstall, "bot.rasa_graph": rasa_graph.install}
    times: dict[str, list[float]] = {name: [] for name in variants}
    outcomes: dict[str, tuple[list[Any], list[Any]]] = {}
    for round_ in range(args.rounds):
        for name in (list(variants) if round_ % 2 == 0 else list(reversed(variants))):
            variants[name]()
            try:
                predicting, predicted = replayer.all(conversations)
                parsing, parsed = parse_all(agent.processor, texts)
            finally:
                rasa_graph.uninstall()
            times[name].append(predicting + parsing)
            outcomes.setdefault(name, (predicted, parsed))
    baseline = statistics.median(times["Rasa's DaskGraphRunner"])
    for name, values in times.items():
        print(f"{name:<24} {statistics.median(values) * 1000 / turns:7.2f} ms CPU a turn, "
              f"{statistics.median(values) / baseline:.2f} of dask's (median of {args.rounds}; "
              f"{' '.join(f'{v:.2f}' for v in values)} s in all)")
    (first_predicted, first_parsed), (second_predicted, second_parsed) = outcomes.values()
    if not same(first_predicted, second_predicted) or first_parsed != second_parsed:
        print("DIFFERENT: the runners gave different predictions or parses")
        return 1
    print(f"same predictions at all {len(first_predicted)} steps and parses of all {turns} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
