"""Where a Rasa turn's time goes: one Rasa server under cProfile, its time split by stage (issue 17).

    .venv/bin/python bench/rasa_profile.py [--turns 300] [--visitors 4] [--clock wall|cpu] [--keep out.prof]

Starts one Rasa server as bench/capacity.py's cluster runs each of its two (PostgreSQL tracker store,
Redis locks, its action server posting leads to a service through nginx), with this file as a small
wrapper around ``python -m bot serve`` that holds a ``cProfile.Profile`` of the server's main thread
(where Sanic's loop, and so every stage of a turn, runs). The profiler is switched on by SIGUSR1 after a
warm-up and written out by SIGUSR2, so model loading and the first turns' lazy imports stay out; then
the server is stopped. ``--visitors`` scripted REST visitors (bench/capacity.py's answers, no pause
between turns) send ``--turns`` turns unprofiled (the process's CPU per turn from /proc, for scale),
then as many under the profiler.

It prints the milliseconds per turn of each stage (the cumulative time of its entry functions over the
turns) and its share of all the profiled time, the rest (Sanic, the REST channel, JSON, Rasa's
bookkeeping between the stages), the biggest stage and the functions with the most time of their own.
``--clock wall`` (the default) is cProfile's own clock: cheap per call, but it counts the loop's blocking
waits on PostgreSQL and Redis and a busy machine's waits for a core. ``--clock cpu`` counts only the main
thread's CPU, but its timer costs about 2 us per function call, so call-heavy pure Python looks bigger
than C work (numpy, scikit-learn, the database drivers). Read the shares, and trust those both agree on.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import inspect
import os
import pstats
import signal
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, Callable

from bot.training import ensure_model
from harness import services
from harness.cluster import ACTION_SECRET, ADMIN_KEY, LOCK_LIFETIME_SECONDS, REDIS_URL, WEBHOOK_SECRET
from harness.fakes.webhook_receiver import WebhookReceiver
from harness.nginx import Nginx
from harness.stack import Process, Stack
from harness.visitors import RestVisitor

from _processes import cpu_seconds
from _stack import concurrently
from capacity import ANSWERS

SERVE = "--serve-profiled"  # this file run as the wrapper around ``python -m bot serve``
FuncKey = tuple[str, int, str]  # pstats' key of a function: file, first line, name


@dataclass(frozen=True)
class Stage:
    """A part of a turn and the functions it starts at (dotted paths); ``within`` names its parent stage."""

    name: str
    entries: tuple[str, ...]
    within: str | None = None


PROCESSOR = "rasa.core.processor.MessageProcessor"
TRACKER_STORE = "rasa.core.tracker_store.SQLTrackerStore"
# The shipped store overrides both (its own read and save, neither calling Rasa's): without it the tracker store's
# time fell into "the rest"; Rasa's stay for a baseline run with them (bench/stack_cpu.py's AS_BEFORE).
SHIPPED_STORE = "bot.stores.DatabaseUrlTrackerStore"
STAGES = (
    Stage("lock store (Redis ticket lock)", ("rasa.core.lock_store.LockStore.lock",)),
    Stage("tracker store: reads", (f"{TRACKER_STORE}._retrieve", f"{SHIPPED_STORE}._retrieve")),
    Stage("tracker store: writes", (f"{TRACKER_STORE}.save", f"{SHIPPED_STORE}.save")),
    Stage("NLU pipeline", (f"{PROCESSOR}._parse_message_with_graph",)),
    Stage("WhitespaceTokenizer", ("rasa.nlu.tokenizers.tokenizer.Tokenizer.process",), "NLU pipeline"),
    Stage("LeadAttributeExtractor (nlu/)", ("bot.nlu_component.LeadAttributeExtractor.process",), "NLU pipeline"),
    Stage("CountVectorsFeaturizer x2", (
        "rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer.CountVectorsFeaturizer.process",),
        "NLU pipeline"),
    Stage("LogisticRegressionClassifier", (
        "rasa.nlu.classifiers.logistic_regression_classifier.LogisticRegressionClassifier.process",),
        "NLU pipeline"),
    Stage("FallbackClassifier", ("rasa.nlu.classifiers.fallback_classifier.FallbackClassifier.process",),
          "NLU pipeline"),
    Stage("policy prediction", (f"{PROCESSOR}._predict_next_with_tracker",)),
    Stage("MemoizationPolicy", (
        "rasa.core.policies.memoization.MemoizationPolicy.predict_action_probabilities",), "policy prediction"),
    Stage("RulePolicy", ("rasa.core.policies.rule_policy.RulePolicy.predict_action_probabilities",),
          "policy prediction"),
    Stage("ensemble", ("rasa.core.policies.ensemble.DefaultPolicyPredictionEnsemble.combine_predictions_from_kwargs",),
          "policy prediction"),
    Stage("slot extraction (action_extract_slots)", ("rasa.core.actions.action.ActionExtractSlots.run",)),
    Stage("action server call (RemoteAction.run)", ("rasa.core.actions.action.RemoteAction.run",)),
)
REST = "the rest: Sanic, REST channel, JSON, Rasa's bookkeeping"


# ---- the server side: ``python bench/rasa_profile.py --serve-profiled OUT serve ...`` -------------------

def serve_profiled(out: Path, clock: str, argv: list[str]) -> int:
    """``python -m bot serve`` with a profiler of its main thread, on from SIGUSR1, written on SIGUSR2."""
    # cProfile's own clock costs little per call; a Python-level timer (a CPU clock, a system call) costs ~2 us
    # per call, which inflates call-heavy code far more than C work: the two clocks are read side by side.
    profiler = cProfile.Profile(time.thread_time) if clock == "cpu" else cProfile.Profile()

    def start(_signal: int, _frame: FrameType | None) -> None:
        profiler.enable()

    def write(_signal: int, _frame: FrameType | None) -> None:
        profiler.disable()
        partial = out.with_suffix(".partial")
        profiler.dump_stats(str(partial))
        os.replace(partial, out)  # whole or absent: the benchmark waits for this name

    # Started as a script, Python put bench/ first on the path: none of its names may stand for a library's.
    if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        del sys.path[0]
    signal.signal(signal.SIGUSR1, start)
    signal.signal(signal.SIGUSR2, write)
    from bot.__main__ import main

    return main(argv)


@dataclass
class ProfiledStack(Stack):
    """harness.stack.Stack whose Rasa server runs under ``serve_profiled``."""

    profile_path: Path = Path("rasa.prof")
    clock: str = "wall"

    def _spawn(self, name: str, command: list[str], env: dict[str, str]) -> Process:
        if name == "rasa":  # [python, -m, bot, serve, ...]: the same arguments, through the wrapper
            command = [command[0], str(Path(__file__).resolve()), SERVE, str(self.profile_path), self.clock,
                       *command[3:]]
        return super()._spawn(name, command, env)


# ---- the load ------------------------------------------------------------------------------------------

def send_turns(nginx: Nginx, visitors: int, turns: int) -> float:
    """``turns`` REST turns from ``visitors`` concurrent visitors, each a conversation of "hi" and the answers
    over and over; returns the seconds it took."""
    left = [turns]
    lock = threading.Lock()

    def take() -> bool:
        with lock:
            left[0] -= 1
            return left[0] >= 0

    def chat(n: int) -> None:
        address = f"127.31.{n // 200}.{n % 200 + 2}"
        while True:
            visitor = RestVisitor(nginx, address, lambda: None)
            visitor.think_seconds = 0.0  # CPU per turn is the figure; pauses would only lengthen the run
            for text in ("hi", *ANSWERS):
                if not take():
                    return
                visitor.say(text)

    return concurrently(chat, visitors)


# ---- the analysis --------------------------------------------------------------------------------------

def function_key(dotted: str) -> FuncKey:
    """pstats' key of a function named by its dotted path (decorators unwrapped)."""
    parts = dotted.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            target: Any = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for attribute in parts[split:]:
            target = inspect.getattr_static(target, attribute)
        target = inspect.unwrap(getattr(target, "__func__", target))
        code = target.__code__
        return code.co_filename, code.co_firstlineno, code.co_name
    raise ImportError(f"{dotted}: no module of it imports")


def ancestors(stats: dict[FuncKey, Any], key: FuncKey) -> set[FuncKey]:
    """Every function through which ``key`` was reached (its callers, theirs, ...)."""
    seen: set[FuncKey] = set()
    todo = [key]
    while todo:
        for caller in stats.get(todo.pop(), (0, 0, 0, 0, {}))[4]:
            if caller not in seen:
                seen.add(caller)
                todo.append(caller)
    return seen


@dataclass(frozen=True)
class Split:
    total: float  # profiled seconds of the main thread
    all_calls: int  # function calls the profiler saw (Python and C)
    cumulative: dict[str, float]  # stage name: seconds
    entered: dict[str, int]  # stage name: calls of its entry functions
    nested: dict[str, list[str]]  # stage name: the top-level stages it was (also) reached inside
    inside_biggest: list[str]  # what the biggest top-level stage's time is spent in, two calls deep


def split_by_stage(profile: Path, stages: tuple[Stage, ...] = STAGES) -> Split:
    stats: dict[FuncKey, Any] = pstats.Stats(str(profile)).stats  # type: ignore[attr-defined]
    keys = {stage.name: [function_key(entry) for entry in stage.entries] for stage in stages}
    cumulative = {name: sum(stats[k][3] for k in found if k in stats) for name, found in keys.items()}
    entered = {name: sum(stats[k][1] for k in found if k in stats) for name, found in keys.items()}
    top = {stage.name for stage in stages if stage.within is None}
    nested: dict[str, list[str]] = {}
    for stage in stages:
        if stage.within is not None:
            continue
        above = set().union(*(ancestors(stats, k) for k in keys[stage.name]))
        inside = [other for other in top if other != stage.name and set(keys[other]) & above]
        if inside:
            nested[stage.name] = sorted(inside)
    total = sum(row[2] for row in stats.values())
    biggest = max((s for s in stages if s.within is None and s.name not in nested), key=lambda s: cumulative[s.name])
    inside: list[str] = []

    def walk(key: FuncKey, depth: int) -> None:
        # Deeper only where the function is called from ``key`` alone: pstats keeps one level of callers, so
        # a function called from elsewhere too would bring its time from there.
        for callee, seconds in callees(stats, key)[:3]:
            if seconds < total / 100:
                break  # under 1%: not where the time goes
            inside.append(f"{'    ' * depth}{seconds / total:4.0%} {label(callee)}")
            if depth < 3 and set(stats[callee][4]) == {key}:
                walk(callee, depth + 1)

    for entry in keys[biggest.name]:
        walk(entry, 0)
    return Split(total, sum(row[1] for row in stats.values()), cumulative, entered, nested, inside)


def callees(stats: dict[FuncKey, Any], key: FuncKey) -> list[tuple[FuncKey, float]]:
    """The functions ``key`` called, by the cumulative time of those calls, most first."""
    found = [(callee, row[4][key][3]) for callee, row in stats.items() if key in row[4] and callee != key]
    return sorted(found, key=lambda pair: pair[1], reverse=True)


def label(key: FuncKey) -> str:
    filename, line, name = key
    where = filename.split("site-packages/")[-1].replace(str(Path.cwd()) + "/", "")
    return f"{name}  {where}:{line}"


def report(split: Split, turns: int, profiled_cpu: float, plain_cpu: float, top_functions: list[str]) -> list[str]:
    ms: Callable[[float], float] = lambda seconds: seconds * 1000 / max(1, turns)  # noqa: E731
    top = [s for s in STAGES if s.within is None]
    # A stage reached inside another top-level stage is counted in both; the rest subtracts it once.
    alone = [s for s in top if s.name not in split.nested]
    rest = split.total - sum(split.cumulative[s.name] for s in alone)

    def row(label: str, seconds: float, entered: int | None = None) -> str:
        calls = f"{entered / max(1, turns):>14.1f}" if entered is not None else ""
        return f"{label:<58}{ms(seconds):>9.1f}{100 * seconds / split.total:>7.0f}%{calls}"

    lines = [f"{'stage':<58}{'ms/turn':>9}{'share':>8}{'entered/turn':>14}"]
    for stage in top:
        name = stage.name + (f" (inside {', '.join(split.nested[stage.name])} too)" if stage.name in split.nested
                             else "")
        lines.append(row(name, split.cumulative[stage.name], split.entered[stage.name]))
        for sub in (s for s in STAGES if s.within == stage.name):
            lines.append(row("    " + sub.name, split.cumulative[sub.name], split.entered[sub.name]))
    lines.append(row(REST, rest))
    lines.append(row("all (main thread, under the profiler)", split.total))
    lines.append(f"the process from /proc, all threads: {ms(profiled_cpu):.1f} ms/turn profiled, {ms(plain_cpu):.1f} "
                 f"unprofiled (the same number of turns just before); {split.all_calls / max(1, turns):.0f} "
                 f"function calls/turn, {(profiled_cpu - plain_cpu) / max(1, split.all_calls) * 1e6:.2f} us of "
                 f"profiler each")
    biggest = max(alone, key=lambda s: split.cumulative[s.name])
    lines.append(f"biggest stage: {biggest.name}, {100 * split.cumulative[biggest.name] / split.total:.0f}% "
                 f"(the rest outside every stage: {100 * rest / split.total:.0f}%)")
    lines += [f"  {line}" for line in split.inside_biggest]
    lines.append("")
    lines.append("functions with the most time of their own (ms/turn):")
    lines += top_functions
    return lines


def top_own_time(profile: Path, count: int, turns: int) -> list[str]:
    stats: dict[FuncKey, Any] = pstats.Stats(str(profile)).stats  # type: ignore[attr-defined]
    rows = sorted(stats.items(), key=lambda item: item[1][2], reverse=True)[:count]
    return [f"  {row[2] * 1000 / max(1, turns):7.2f}  {label(key)}" for key, row in rows]


# ---- the run -------------------------------------------------------------------------------------------

def run(turns: int, visitors: int, warmup: int, clock: str, keep: Path | None, top: int) -> int:
    model = ensure_model()
    with ExitStack() as exits:
        workdir = Path(exits.enter_context(tempfile.TemporaryDirectory(prefix="leadbot-rasa-profile-")))
        started = time.monotonic()
        database_url = exits.enter_context(services.postgres_database())
        receiver = exits.enter_context(WebhookReceiver(WEBHOOK_SECRET))
        playbook = services.webhook_playbook(workdir / "playbook.yml")
        env = services.service_env(
            database_url, endpoints={"ops": {"url": receiver.url, "secret": receiver.secret}},
            action_secret=ACTION_SECRET, admin_key=ADMIN_KEY, playbook=playbook, LEADBOT_PROXIES="1")
        web, web_url = services.start_web(env, workdir / "web.log", workers=1, threads=4)
        exits.callback(services.stop, web)
        profile = workdir / "rasa.prof"
        bot = ProfiledStack(workdir / "bot", model, with_service=False, playbook=playbook, secret=ACTION_SECRET,
                            admin_key=ADMIN_KEY, profile_path=profile, clock=clock)
        nginx = Nginx(web=(web_url.removeprefix("http://"),), bot=(f"127.0.0.1:{bot.rasa_port}",)).start()
        exits.callback(nginx.stop)
        # The environment bench/capacity.py's Rasa servers run in (harness/cluster.py).
        bot.extra_env.update(
            DATABASE_URL=database_url, REDIS_URL=REDIS_URL, LEADBOT_SERVICE_URL=nginx.url,
            REQUESTS_CA_BUNDLE=str(nginx.certificate), LEADBOT_ALLOWED_ORIGINS=nginx.url, LEADBOT_PROXIES="1",
            LEADBOT_SERVICE_TIMEOUT="20", TICKET_LOCK_LIFETIME=str(LOCK_LIFETIME_SECONDS),
        )
        exits.callback(bot.stop)
        bot.start()
        rasa = bot.processes["rasa"].popen
        print(f"one Rasa server up in {time.monotonic() - started:.0f} s; warm-up {warmup} turns", flush=True)
        send_turns(nginx, visitors, warmup)

        before = cpu_seconds(rasa.pid)
        send_turns(nginx, visitors, turns)  # the same load unprofiled, for the profiler's own cost
        plain_cpu = cpu_seconds(rasa.pid) - before
        before = cpu_seconds(rasa.pid)
        rasa.send_signal(signal.SIGUSR1)
        elapsed = send_turns(nginx, visitors, turns)
        rasa.send_signal(signal.SIGUSR2)
        process_cpu = cpu_seconds(rasa.pid) - before
        deadline = time.monotonic() + 60
        while not profile.exists():
            if time.monotonic() > deadline or rasa.poll() is not None:
                raise RuntimeError(f"Rasa wrote no profile:\n{bot.logs()}")
            time.sleep(0.2)
        bot.stop()
        if rasa.returncode not in (0, -signal.SIGTERM):
            print(f"(Rasa stopped with {rasa.returncode})")
        if keep is not None:
            keep.write_bytes(profile.read_bytes())
        split = split_by_stage(profile)
        own = top_own_time(profile, top, turns)

    print(f"{turns} turns from {visitors} visitors in {elapsed:.0f} s; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    clock_name = "the main thread's CPU clock" if clock == "cpu" else "cProfile's own (wall) clock"
    print(f"Rasa's main thread per turn by stage, {clock_name} under cProfile (read the shares):")
    for line in report(split, turns, process_cpu, plain_cpu, own):
        print(line)
    if keep is not None:
        print(f"profile kept in {keep} (python -m pstats {keep})")
    return 0


def main() -> int:
    if sys.argv[1:2] == [SERVE]:
        return serve_profiled(Path(sys.argv[2]), sys.argv[3], sys.argv[4:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--turns", type=int, default=300, help="profiled REST turns in all")
    parser.add_argument("--visitors", type=int, default=4, help="concurrent scripted visitors")
    parser.add_argument("--warmup", type=int, default=40, help="turns before the profiler starts")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall: cProfile's own clock (cheap; counts waits on PostgreSQL and Redis, and for a core); "
                             "cpu: the main thread's CPU clock (counts only CPU, but its cost per call inflates "
                             "call-heavy code)")
    parser.add_argument("--top", type=int, default=15, help="functions listed by their own time")
    parser.add_argument("--keep", type=Path, help="copy the profile here (for pstats, snakeviz)")
    args = parser.parse_args()
    return run(args.turns, args.visitors, args.warmup, args.clock, args.keep, args.top)


if __name__ == "__main__":
    sys.exit(main())
