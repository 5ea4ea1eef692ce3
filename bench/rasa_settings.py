"""Do Rasa's own settings make a turn cheaper? A baseline Rasa server against each variant, in one run.

    .venv/bin/python bench/rasa_settings.py [--visitors 8] [--seconds 15] [--rounds 4] [--only NAME ...]

Starts the capacity benchmark's cluster (``harness/cluster.py``: PostgreSQL tracker store, Redis locks, two
services and workers, two Rasa servers with their action servers) and one nginx in front of each Rasa server.
The first server keeps the shipped settings throughout (the baseline); the second is restarted with each
variant in turn:

- ``baseline again``: the shipped settings, a restarted process: how far apart two equal servers measure;
- ``SANIC_WORKERS=2``: two Sanic worker processes in one server (locks in Redis, as bot/settings.py requires);
- ``TF threads 1`` / ``TF threads 2``: TF_INTRA_OP_ and TF_INTER_OP_PARALLELISM_THREADS;
- ``MemoizationPolicy too``: the model of ``bench/config_memoization.yml`` (config.yml as it was, MemoizationPolicy
  before RulePolicy; the shipped config is RulePolicy alone).

For each variant the same ``--visitors`` scripted visitors (bench/capacity.py's) chat with the baseline and
with the variant, alternating (baseline first in even rounds, the variant first in odd ones), ``--seconds``
each, ``--rounds`` times. It prints, for each, Rasa's CPU milliseconds per turn (read from /proc, children
included: the least disturbed by other work on the machine, so it comes first), turns per second, p95 reply
time and the action server's CPU per turn, as the variant over the baseline measured beside it.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.training import BOT, ensure_model
from harness.cluster import running_cluster
from harness.nginx import Nginx
from harness.stack import Stack

from _processes import children, cpu_seconds
from _stats import percentile
from capacity import drive

MEMOIZATION_CONFIG = BOT.parent / "bench" / "config_memoization.yml"


@dataclass(frozen=True)
class Variant:
    name: str
    env: dict[str, str] = field(default_factory=dict)
    config: Path | None = None  # another config's model; None: the bot's own


def tf_threads(n: int) -> dict[str, str]:
    return {"TF_INTRA_OP_PARALLELISM_THREADS": str(n), "TF_INTER_OP_PARALLELISM_THREADS": str(n)}


VARIANTS = (
    Variant("baseline again"),
    Variant("SANIC_WORKERS=2", {"SANIC_WORKERS": "2"}),
    Variant("TF threads 1", tf_threads(1)),
    Variant("TF threads 2", tf_threads(2)),
    Variant("MemoizationPolicy too", config=MEMOIZATION_CONFIG),
)


@dataclass
class Measured:
    """What one server did over a variant's rounds."""

    timings: list[float] = field(default_factory=list)
    seconds: float = 0.0
    rasa_cpu: float = 0.0
    actions_cpu: float = 0.0

    @property
    def turns_per_second(self) -> float:
        return len(self.timings) / self.seconds if self.seconds else 0.0

    @property
    def p95(self) -> float:
        return percentile(self.timings, 0.95) if self.timings else float("nan")

    def cpu_ms_per_turn(self, kind: str) -> float:
        used = self.rasa_cpu if kind == "rasa" else self.actions_cpu
        return used * 1000 / max(1, len(self.timings))


def stop_all(bot: Stack) -> None:
    """Stops the stack and any Sanic worker its Rasa left behind (a killed main process does not end them)."""
    left = [pid for process in bot.processes.values() for pid in children(process.popen.pid)]
    bot.stop()
    deadline = time.monotonic() + 10
    for pid in left:
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        if Path(f"/proc/{pid}").exists():
            os.kill(pid, signal.SIGKILL)


def restart(bot: Stack, base_env: dict[str, str], model: Path, variant: Variant) -> None:
    stop_all(bot)
    bot.extra_env = {**base_env, **variant.env}
    bot.model = model
    bot.processes.clear()
    bot.start()


def measure(nginx: Nginx, bot: Stack, visitors: int, seconds: float, into: Measured) -> None:
    rasa, actions = bot.processes["rasa"].popen.pid, bot.processes["actions"].popen.pid
    before = cpu_seconds(rasa), cpu_seconds(actions)
    timings, elapsed = drive(nginx, visitors, seconds)
    into.rasa_cpu += cpu_seconds(rasa) - before[0]
    into.actions_cpu += cpu_seconds(actions) - before[1]
    into.timings += timings
    into.seconds += elapsed


def ratio(variant: float, base: float) -> str:
    return f"{variant / base:6.2f}" if base else "     -"


def report(name: str, base: Measured, other: Measured, note: str) -> str:
    figures = (
        (base.cpu_ms_per_turn("rasa"), other.cpu_ms_per_turn("rasa"), ".0f"),
        (base.turns_per_second, other.turns_per_second, ".2f"),
        (base.p95 * 1000, other.p95 * 1000, ".0f"),
        (base.cpu_ms_per_turn("actions"), other.cpu_ms_per_turn("actions"), ".1f"),
    )
    cells = "".join(f"{b:>7{f}} {v:>7{f}} {ratio(v, b)} |" for b, v, f in figures)
    return f"{name:>18} |{cells} {len(base.timings)}/{len(other.timings)} turns{note}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visitors", type=int, default=8,
                        help="concurrent visitors on each server (8: one Rasa server's capacity on a quiet machine)")
    parser.add_argument("--seconds", type=float, default=15.0, help="per server and round")
    parser.add_argument("--rounds", type=int, default=4, help="alternations of baseline and variant")
    parser.add_argument("--only", action="append", default=[], help="a variant's name (repeatable)")
    args = parser.parse_args()
    chosen = [v for v in VARIANTS if not args.only or v.name in args.only]
    if not chosen:
        parser.error(f"--only names none of: {', '.join(v.name for v in VARIANTS)}")

    # Every model trained once, before the cluster starts: bot/data changed mid-run (another edit) would
    # otherwise give the variant a model of other data than the baseline's.
    model = ensure_model()
    models = {v.name: ensure_model(config=v.config) if v.config else model for v in chosen}
    rows = []
    with tempfile.TemporaryDirectory(prefix="leadbot-rasa-settings-") as workdir:
        started = time.monotonic()
        with running_cluster(Path(workdir), model) as cluster:
            base_bot, other_bot = cluster.bots
            base_env = dict(other_bot.extra_env)
            print(f"cluster up in {time.monotonic() - started:.0f} s; {args.visitors} visitors, "
                  f"{args.rounds} x {args.seconds:.0f} s each side per variant", flush=True)
            base_nginx = Nginx(web=cluster.nginx.web, bot=cluster.nginx.bot[:1]).start()
            other_nginx = Nginx(web=cluster.nginx.web, bot=cluster.nginx.bot[1:]).start()
            try:
                drive(base_nginx, 4, 5.0)  # warm-up: the extractor's tables, connections
                for variant in chosen:
                    restart(other_bot, base_env, models[variant.name], variant)
                    workers = children(other_bot.processes["rasa"].popen.pid)
                    # A whole unmeasured round: a fresh server's first few dozen turns cost more (lazy imports,
                    # connection pools, caches), which a short warm-up left in the variant's figures.
                    drive(other_nginx, args.visitors, args.seconds)
                    base, other = Measured(), Measured()
                    worker_cpu = {pid: cpu_seconds(pid) for pid in workers}
                    sides = ((base_nginx, base_bot, base), (other_nginx, other_bot, other))
                    for n in range(args.rounds):
                        for nginx, bot, into in (sides if n % 2 == 0 else sides[::-1]):
                            measure(nginx, bot, args.visitors, args.seconds, into)
                    note = ""
                    if workers:
                        split = [cpu_seconds(pid) - worker_cpu[pid] for pid in workers]
                        note = f"; {len(workers)} Sanic workers, CPU split " + "/".join(
                            f"{100 * s / max(sum(split), 1e-9):.0f}%" for s in split)
                    rows.append(report(variant.name, base, other, note))
                    print(rows[-1], flush=True)
            finally:
                base_nginx.stop()
                other_nginx.stop()
                stop_all(other_bot)

    print()
    print("variant over the baseline beside it (ratio < 1: cheaper/faster, except turns/s):")
    heading = "".join(f"{title:^30}|" for title in ("Rasa CPU ms/turn", "turns/s", "p95 reply ms",
                                                    "actions CPU ms/turn"))
    print(f"{'':>18} |{heading}")
    print(f"{'':>18} |" + f"{'base':>7} {'variant':>7} {'ratio':>6} |" * 4)
    for row in rows:
        print(row)
    print("(2 shared cores: CPU ms per turn is the figure least moved by other work on the machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
