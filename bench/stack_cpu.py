"""Which process a Rasa test's CPU goes to: the test process, Rasa, the action server, gunicorn, the worker (issue 18).

    .venv/bin/python bench/stack_cpu.py [--profile rasa|actions] [--clock wall|cpu] [--keep FILE] [--compare]
                                        [pytest arguments; without a test path, a sample of tests/bot]

Runs pytest in one process (``-n 0``) with this module loaded as a plugin (``-p bench.stack_cpu``): every
``harness.stack.Stack`` the tests start is noted, and around each test the CPU seconds (user + system, from /proc,
children included: gunicorn's worker) of each of its processes and of the test process itself are read, so a
test's CPU is split by process. The stacks' start-up (launch until every process answers) is counted apart.

Prints, for the tests run: CPU per test of each process and its share, the stacks' start-up CPU, and the tests'
count. The machine is shared: these CPU figures, not wall time, are the ones to compare between runs.

``--profile rasa`` (or ``actions``) runs that server of every stack through bench/rasa_profile.py's wrapper (a
cProfile of its main thread, switched on once the stack answers and written out when it is told to stop), so what
the tests make it do is profiled, not a scripted load: Rasa's time is printed by stage as bench/rasa_profile.py
prints it, the action server's by the functions with the most time of their own.

``--compare`` runs the tests twice, alternately with Rasa as shipped and as before a change (its servers started
through this file, which undoes the change first: ``AS_BEFORE``, the one ``--before`` names), ``--rounds`` times
each, and prints each process's CPU per test in both and their ratio.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import pstats
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Generator

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUT = "BENCH_STACK_CPU_OUT"  # where the plugin writes its figures (JSON)
PROFILE = "BENCH_STACK_CPU_PROFILE"  # "<process name> <clock> <profile path>": that server runs under cProfile
BEFORE = "BENCH_STACK_CPU_AS_BEFORE"  # set: Rasa runs through this file, as before the change it names (``AS_BEFORE``)
WRAP = "--serve-as-before"  # this file run as the wrapper around ``python -m bot serve``


def _before_stores_and_graph() -> None:
    from rasa.core.tracker_store import SQLTrackerStore

    from bot.stores import DatabaseUrlTrackerStore

    from _tracker_store import orm_rows_save  # bench/, put last on the path by ``serve_as_before``

    DatabaseUrlTrackerStore.save = orm_rows_save  # type: ignore[method-assign]
    DatabaseUrlTrackerStore._retrieve = SQLTrackerStore._retrieve  # type: ignore[method-assign]

    from bot import rasa_graph

    rasa_graph.install = lambda: None  # type: ignore[assignment]  # bot.serve installs it: Rasa's dask runner stays


def _before_place_alone() -> None:
    from bot.nlu_component import LeadAttributeExtractor

    made = LeadAttributeExtractor.__init__

    def every_attribute(self: LeadAttributeExtractor, config: dict[str, Any], name: str = "LeadAttributeExtractor") -> None:
        # bot/config.yml's pipeline before it named ``attributes``: nlu.extract whole, every attribute an entity.
        made(self, {key: value for key, value in config.items() if key != "attributes"}, name)

    LeadAttributeExtractor.__init__ = every_attribute  # type: ignore[method-assign]


def _before_memoization() -> None:
    """Nothing to undo in the server's code: the change is in its model (``BEFORE_CONFIG``)."""


# What ``--compare`` undoes in Rasa before ``python -m bot serve`` (the changes under measure), by name:
# "memoization", the model of bot/config.yml with MemoizationPolicy again (bench/config_memoization.yml);
# "place-alone", the pipeline's extractor reading every attribute again (nlu.extract whole), not the place alone;
# "stores-and-graph", the tracker store's one-INSERT save (fbd2987) and Core read (c237913), back to ORM rows and
# Rasa's own ``_retrieve``, and ``bot.rasa_graph`` (Rasa's ``DaskGraphRunner.run`` stays). Before them:
# ``Event.resolve_by_type`` (``bot.replays.event_type``), 8783e56 (``bot.replays.applied_events``).
AS_BEFORE = {"memoization": _before_memoization, "place-alone": _before_place_alone,
             "stores-and-graph": _before_stores_and_graph}
# The changes under measure that are in the model, not in the code: the config Rasa's model is trained from before.
BEFORE_CONFIG = {"memoization": ROOT / "bench" / "config_memoization.yml"}
SAMPLE = [
    "tests/bot/test_form.py",
    "tests/bot/test_faq.py",
    "tests/bot/test_greeting.py",
    "tests/bot/test_booking.py",
    "tests/bot/test_a_skip_at_a_required_question_hears_why_it_is_needed.py",
    "tests/bot/test_a_phone_number_at_any_question_is_answered_and_never_stored.py",
]
TEST_PROCESS = "test process (pytest)"


# ---- the plugin (in the pytest process) ----------------------------------------------------------------

# This file is both the pytest plugin ``bench.stack_cpu`` (``-p``, the project's root on the path) and a script
# (bench/ on the path).
if __package__:
    from bench._processes import cpu_seconds
else:
    from _processes import cpu_seconds

_stacks: list[Any] = []
_per_process: dict[str, float] = collections.defaultdict(float)
_startup: dict[str, float] = collections.defaultdict(float)
_tests = [0]
_by_module: dict[str, dict[str, float]] = collections.defaultdict(lambda: collections.defaultdict(float))
_module_tests: dict[str, int] = collections.defaultdict(int)


def _snapshot() -> dict[str, float]:
    seen = {TEST_PROCESS: time.process_time()}
    for stack in _stacks:
        for name, process in stack.processes.items():
            if process.popen.poll() is None:
                seen[name] = seen.get(name, 0.0) + cpu_seconds(process.popen.pid)
    return seen


def pytest_configure(config: pytest.Config) -> None:
    from harness import stack as module

    launch, wait_ready, spawn = module.Stack.launch, module.Stack.wait_ready, module.Stack._spawn
    stop_together = module.stop_together
    profiled, clock, path = os.environ.get(PROFILE, "  ").split(" ", 2)
    profiles: list[tuple[Any, Path]] = []

    def noted_launch(self: Any) -> None:
        _stacks.append(self)
        launch(self)

    def counted_wait(self: Any) -> None:
        wait_ready(self)
        for name, process in self.processes.items():
            _startup[name] += cpu_seconds(process.popen.pid)
            if name == profiled:
                process.popen.send_signal(signal.SIGUSR1)

    def profiled_spawn(self: Any, name: str, command: list[str], env: dict[str, str]) -> Any:
        if name == profiled:  # [python, -m, bot, serve|actions, ...] through bench/rasa_profile.py's wrapper
            target = Path(path).with_suffix(f".{len(profiles)}.prof")
            command = [command[0], str(ROOT / "bench" / "rasa_profile.py"), "--serve-profiled", str(target), clock,
                       *command[3:]]
            process = spawn(self, name, command, env)
            profiles.append((process, target))
            return process
        return spawn(self, name, command, env)

    def written_then_stopped(stacks: list[Any]) -> None:
        for process, target in profiles:
            if process.popen.poll() is None and not target.exists():
                process.popen.send_signal(signal.SIGUSR2)
                deadline = time.monotonic() + 60
                while not target.exists() and time.monotonic() < deadline and process.popen.poll() is None:
                    time.sleep(0.1)
        stop_together(stacks)

    def spawned_as_before(self: Any, name: str, command: list[str], env: dict[str, str]) -> Any:
        if name == "rasa":  # [python, -m, bot, serve, ...]: the same arguments, through this file
            command = [command[0], str(Path(__file__).resolve()), WRAP, *command[3:]]
            config = BEFORE_CONFIG.get(os.environ[BEFORE])
            if config is not None:  # the model as before: trained by ``compare`` already, found by its inputs' hash
                from bot.training import model_path

                command[command.index("--model") + 1] = str(model_path(config=config))
        return spawn(self, name, command, env)

    if os.environ.get(BEFORE):
        module.Stack._spawn = spawned_as_before  # type: ignore[method-assign]
    if profiled:
        module.Stack._spawn = profiled_spawn  # type: ignore[method-assign]
        module.stop_together = written_then_stopped  # Stack.stop calls the module's name
    module.Stack.launch = noted_launch  # type: ignore[method-assign]
    module.Stack.wait_ready = counted_wait  # type: ignore[method-assign]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any, Any]:
    """The test's body only: its fixtures' set-up (a stack's start) is counted as start-up, not as the test's."""
    before = _snapshot()
    try:
        return (yield)
    finally:
        after = _snapshot()
        module = item.nodeid.split("::")[0]
        for name, seconds in after.items():
            if name in before:
                _per_process[name] += seconds - before[name]
                _by_module[module][name] += seconds - before[name]
        _tests[0] += 1
        _module_tests[module] += 1


def pytest_sessionfinish(session: pytest.Session) -> None:
    out = os.environ.get(OUT)
    if out:
        Path(out).write_text(json.dumps({"tests": _tests[0], "per_process": _per_process, "startup": _startup,
                                               "by_module": _by_module, "module_tests": _module_tests}))


# ---- the runner ----------------------------------------------------------------------------------------

def serve_as_before(argv: list[str]) -> int:
    # Started as a script, Python put bench/ first on the path: none of its names may stand for a library's.
    if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        del sys.path[0]
    sys.path.append(str(Path(__file__).resolve().parent))  # last: its helpers found, no library's name taken
    AS_BEFORE[os.environ[BEFORE]]()
    from bot.__main__ import main

    return main(argv)


def run_tests(arguments: list[str], env: dict[str, str], out: Path) -> tuple[dict[str, Any], float, str]:
    """One pytest run of ``arguments`` with the plugin: its figures, wall seconds and last line."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "0", "-q", "-p", "no:cacheprovider", "-p", "bench.stack_cpu",
         *arguments], cwd=ROOT, env={**env, OUT: str(out)}, capture_output=True, text=True)
    wall = time.monotonic() - started
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-2000:]
    if not out.exists():
        sys.exit(f"{last}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return json.loads(out.read_text()), wall, last


def compare(arguments: list[str], rounds: int, before: str) -> int:
    per_test: dict[str, dict[str, list[float]]] = {"as before": {}, "shipped": {}}
    if before in BEFORE_CONFIG:  # trained here, once, not inside a test's stack start
        from bot.training import ensure_model

        ensure_model(config=BEFORE_CONFIG[before])
    with tempfile.TemporaryDirectory() as workdir:
        for round_ in range(rounds):
            variants = ["as before", "shipped"] if round_ % 2 == 0 else ["shipped", "as before"]
            for variant in variants:
                env = {key: value for key, value in os.environ.items() if key != BEFORE}
                if variant == "as before":
                    env[BEFORE] = before
                figures, wall, last = run_tests(arguments, env, Path(workdir) / f"{variant}-{round_}.json")
                print(f"round {round_ + 1}, {variant}: {last} ({wall:.0f} s wall, load {os.getloadavg()[0]:.1f})",
                      flush=True)
                tests = max(1, figures["tests"])
                for name, seconds in figures["per_process"].items():
                    per_test[variant].setdefault(name, []).append(seconds * 1000 / tests)
                per_test[variant].setdefault("all", []).append(sum(figures["per_process"].values()) * 1000 / tests)
    print(f"{'ms CPU a test (median of ' + str(rounds) + ')':<30}{'as before':>11}{'shipped':>10}{'ratio':>8}")
    for name in sorted(per_test["shipped"], key=lambda n: (n == "all", -statistics.median(per_test["shipped"][n]))):
        before, after = (statistics.median(per_test[v].get(name, [0.0])) for v in ("as before", "shipped"))
        print(f"{name:<30}{before:>11.1f}{after:>10.1f}{after / before if before else float('nan'):>8.2f}")
    return 0


def main() -> int:
    if sys.argv[1:2] == [WRAP]:
        return serve_as_before(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profile", choices=("rasa", "actions"), help="run that server of each stack under cProfile")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="cpu", help="the profiler's clock (rasa_profile)")
    parser.add_argument("--keep", type=Path, help="copy the (merged) profile here")
    parser.add_argument("--top", type=int, default=25, help="functions listed by their own time")
    parser.add_argument("--modules", type=int, default=15, help="test modules listed by their CPU")
    parser.add_argument("--compare", action="store_true", help="Rasa as shipped against as before (AS_BEFORE)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each with --compare")
    parser.add_argument("--before", choices=sorted(AS_BEFORE), default="place-alone",
                        help="the change --compare undoes (AS_BEFORE)")
    args, arguments = parser.parse_known_args()
    if not any((ROOT / argument.split("::")[0]).exists() for argument in arguments if not argument.startswith("-")):
        arguments = [*arguments, *SAMPLE]
    if args.compare:
        return compare(arguments, args.rounds, args.before)
    with tempfile.TemporaryDirectory() as workdir:
        out = Path(workdir) / "cpu.json"
        env = {**os.environ, OUT: str(out)}
        if args.profile:
            env[PROFILE] = f"{args.profile} {args.clock} {Path(workdir) / 'server'}"
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-n", "0", "-q", "-p", "no:cacheprovider", "-p", "bench.stack_cpu",
             *arguments], cwd=ROOT, env=env, capture_output=True, text=True)
        wall = time.monotonic() - started
        print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-2000:])
        if not out.exists():
            print(done.stdout[-3000:], done.stderr[-3000:])
            return 1
        figures = json.loads(out.read_text())
        written = sorted(Path(workdir).glob("server.*.prof"))
        merged = Path(workdir) / "merged.prof"
        if written:
            stats = pstats.Stats(str(written[0]))
            for more in written[1:]:
                stats.add(str(more))
            stats.dump_stats(str(merged))
            if args.keep:
                args.keep.write_bytes(merged.read_bytes())
        elif args.profile:
            print("no profile was written")
        print_figures(figures, wall, args.modules)
        if written:
            print_profile(args.profile, merged, figures["tests"], args.top)
    return 0


def print_profile(name: str, profile: Path, tests: int, top: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import rasa_profile

    print()
    if name == "rasa":
        split = rasa_profile.split_by_stage(profile)
        own = rasa_profile.top_own_time(profile, top, tests)
        # ms "per turn" in rasa_profile's words are ms per test here.
        for line in rasa_profile.report(split, tests, 0.0, 0.0, own):
            if not line.startswith("the process from /proc"):
                print(line.replace("ms/turn", "ms/test").replace("entered/turn", "entered/test"))
    else:
        stats: dict[Any, Any] = pstats.Stats(str(profile)).stats  # type: ignore[attr-defined]
        total = sum(row[2] for row in stats.values())
        print(f"{name}: {total * 1000 / max(1, tests):.1f} ms/test profiled; functions with the most time of their own:")
        print("\n".join(rasa_profile.top_own_time(profile, top, tests)))
        print("by cumulative time:")
        rows = sorted(stats.items(), key=lambda item: item[1][3], reverse=True)[:top]
        for key, row in rows:
            print(f"  {row[3] * 1000 / max(1, tests):7.2f} {100 * row[3] / total:4.0f}%  {rasa_profile.label(key)}")


def print_figures(figures: dict[str, Any], wall: float, modules: int) -> None:
    tests, per_process, startup = figures["tests"], figures["per_process"], figures["startup"]
    total = sum(per_process.values())
    print(f"{tests} tests in {wall:.0f} s wall, load average {os.getloadavg()[0]:.1f}; CPU in the tests' bodies by "
          f"process:")
    print(f"{'process':<26}{'ms/test':>9}{'share':>8}{'s in all':>10}")
    for name, seconds in sorted(per_process.items(), key=lambda item: -item[1]):
        print(f"{name:<26}{seconds * 1000 / max(1, tests):>9.1f}{100 * seconds / max(total, 1e-9):>7.0f}%"
              f"{seconds:>10.1f}")
    print(f"{'all':<26}{total * 1000 / max(1, tests):>9.1f}{100:>7}%{total:>10.1f}")
    print("stacks' start-up CPU (launch until every process answers): "
          + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in sorted(startup.items(), key=lambda i: -i[1])))
    by_module, counts = figures["by_module"], figures["module_tests"]
    names = sorted(per_process, key=lambda name: -per_process[name])
    print(f"the {modules} modules with the most CPU in their tests' bodies (s), by process:")
    print(f"{'module':<60}{'tests':>6}{'all':>7}" + "".join(f"{name.split()[0][:8]:>9}" for name in names))
    for module, split in sorted(by_module.items(), key=lambda item: -sum(item[1].values()))[:modules]:
        print(f"{module[-60:]:<60}{counts[module]:>6}{sum(split.values()):>7.1f}"
              + "".join(f"{split.get(name, 0.0):>9.1f}" for name in names))


if __name__ == "__main__":
    sys.exit(main())
