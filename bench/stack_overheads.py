"""What a test's Rasa stack costs besides the product's own turns: start-up, the first turn, a turn, the stop.

    .venv/bin/python bench/stack_overheads.py [--rounds 2] [--turns 8] [--only NAME ...]

Starts the stack tests/bot starts (``harness.stack.Stack``: the service, the delivery worker, the action server,
Rasa from the cached model) once per variant per round, one at a time, variants alternating first and last
between rounds, and for each: seconds from launch until every process answers, the first turn ("hi", which
loads what the server imports lazily), the median of ``--turns`` turns of a form conversation, and the
seconds each process takes to exit once told to stop (every module's or session's stack pays it at teardown).

Variants (each the state before one change to the plumbing, against what is shipped), Rasa and the action server
run through this file, which makes a function of ``bot.heap`` a no-op before ``python -m bot serve|actions``:

- ``collecting exit``: ``heap.exiting`` does nothing, so Python's exit collects the servers' heaps (since
  ``heap.loaded`` freezes the loaded heap too, only what the turns left: Rasa exited in 7.4 s before both, 1.1 s
  with ``exiting`` alone; this variant now measures the two together, about the same as shipped);
- ``collecting start-up``: ``heap.loading`` and ``heap.loaded`` do nothing: the collector runs through the imports
  and the model's load, and the loaded heap is not frozen, so the turns' full collections walk it;
- ``asyncio loop``: Rasa and the action server on asyncio's own event loop (``SANIC_NO_UVLOOP=true``, which the
  test stack set), where ``make run`` and a deploy run Sanic's default, uvloop.

The CPU Rasa and the action server used until the stack answered, and per timed turn, come from /proc: the
figures least disturbed by other work on the machine. The turns are conversations of "hi" and the form's answers,
a new visitor for each, so every timed turn is a form turn.

It prints each variant's medians over the rounds and the shipped stack's figures over the variant's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.training import ensure_model
from harness.stack import Process, Stack, Visitor

from _processes import own_cpu

WRAP = "--serve-as-before"  # this file run as the wrapper around ``python -m bot ...``: WRAP, variant, argv
TURNS = (
    "we need more qualified leads",
    "about 120 employees",
    "around 60k for the year",
    "Berlin, Germany",
    "I'm the VP of Marketing",
    "we want to start next month",
)
# The functions of ``bot.heap`` each variant makes a no-op in Rasa and the action server.
AS_BEFORE = {
    "collecting exit": ("exiting",),
    "collecting start-up": ("loading", "loaded"),
}
# The environment each of the other variants adds to the stack's.
ENV_BEFORE = {
    "asyncio loop": {"SANIC_NO_UVLOOP": "true"},
}


def serve_as_before(variant: str, argv: list[str]) -> int:
    """``python -m bot ARGV`` with ``variant``'s functions of ``bot.heap`` doing nothing."""
    # Started as a script, Python put bench/ first on the path: none of its names may stand for a library's.
    if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        del sys.path[0]
    from bot import heap

    for name in AS_BEFORE[variant]:
        setattr(heap, name, lambda: None)
    from bot.__main__ import main

    return main(argv)


@dataclass
class AsBeforeStack(Stack):
    """harness.stack.Stack whose Rasa and action server run under ``serve_as_before``."""

    variant: str = ""

    def _spawn(self, name: str, command: list[str], env: dict[str, str]) -> Process:
        if name in ("rasa", "actions"):  # [python, -m, bot, serve|actions, ...]
            command = [command[0], str(Path(__file__).resolve()), WRAP, self.variant, *command[3:]]
        return super()._spawn(name, command, env)


@dataclass
class Variant:
    name: str
    figures: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.figures.setdefault(name, []).append(value)

    def median(self, name: str) -> float:
        return statistics.median(self.figures[name])


def measure(variant: Variant, model: Path, turns: int) -> None:
    # Where the tests' stacks live (tests/conftest.py puts tmp_path on the RAM disk when there is one).
    ram_disk = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="leadbot-stack-overheads-", dir=ram_disk) as workdir:
        stack: Stack
        if variant.name in AS_BEFORE:
            stack = AsBeforeStack(Path(workdir), model, with_worker=True, variant=variant.name)
        else:
            stack = Stack(Path(workdir), model, with_worker=True, extra_env=ENV_BEFORE.get(variant.name, {}))
        started = time.monotonic()
        try:
            stack.start()
            variant.add("start-up (s)", time.monotonic() - started)
            for name in ("rasa", "actions"):
                variant.add(f"{name} CPU to ready (s)", own_cpu(stack.processes[name].popen.pid))
            visitor = Visitor(stack.rasa_url)
            started = time.perf_counter()
            visitor.say("hi")
            variant.add("first turn (ms)", (time.perf_counter() - started) * 1000)
            pids = {name: stack.processes[name].popen.pid for name in ("rasa", "actions")}
            cpu = {name: own_cpu(pid) for name, pid in pids.items()}
            times: list[float] = []
            while len(times) < turns:  # conversations of "hi" and the form's answers, a new visitor for each
                for text in TURNS[:turns - len(times)]:
                    started = time.perf_counter()
                    visitor.say(text)
                    times.append((time.perf_counter() - started) * 1000)
                visitor = Visitor(stack.rasa_url)
                visitor.say("hi")
            variant.add("turn, median (ms)", statistics.median(times))
            for name, pid in pids.items():
                variant.add(f"{name} CPU per turn (ms)", (own_cpu(pid) - cpu[name]) * 1000 / turns)
        finally:
            stop(variant, list(reversed(stack.processes.values())))


def stop(variant: Variant, processes: list[Process]) -> None:
    """Every process told to stop at once, as ``harness.stack.stop_together`` does; each one's seconds to exit."""
    started = time.monotonic()
    for process in processes:
        process.terminate()
    running = list(processes)
    while running and time.monotonic() - started < 30:
        for process in [p for p in running if p.popen.poll() is not None]:
            variant.add(f"{process.name} exits (s)", time.monotonic() - started)
            running.remove(process)
        time.sleep(0.01)
    for process in running:
        process.wait_stopped()
        variant.add(f"{process.name} exits (s)", time.monotonic() - started)
    variant.add("all exited (s)", time.monotonic() - started)


def main() -> int:
    if sys.argv[1:2] == [WRAP]:
        return serve_as_before(sys.argv[2], sys.argv[3:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="stacks started per variant")
    parser.add_argument("--turns", type=int, default=8, help="form turns timed after the first")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these variants (their names, quoted)")
    args = parser.parse_args()
    model = ensure_model()
    shipped = Variant("shipped")
    variants = [Variant(name) for name in [*AS_BEFORE, *ENV_BEFORE]]
    if args.only:
        variants = [variant for variant in variants if variant.name in args.only]
    for round_ in range(args.rounds):
        for variant in variants:
            order = [variant, shipped] if round_ % 2 == 0 else [shipped, variant]
            for one in order:
                measure(one, model, args.turns)
                print(f"round {round_ + 1}: {one.name}: " + ", ".join(
                    f"{name} {values[-1]:.2f}" for name, values in one.figures.items()), flush=True)
    print(f"\nmedians over {args.rounds} rounds; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for variant in variants:
        print(f"{'':<28}{variant.name:>18}{'shipped':>12}{'shipped/it':>12}")
        for name in variant.figures:
            before, after = variant.median(name), shipped.median(name)
            print(f"{name:<28}{before:>18.2f}{after:>12.2f}{after / before:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
