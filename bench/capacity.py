"""How many visitors one and two Rasa servers carry behind nginx, and where the time goes.

    .venv/bin/python bench/capacity.py [--levels 16,32,64,96] [--seconds 20] [--env KEY=VALUE ...]

Starts the scale test's cluster (``harness/cluster.py``: two Rasa servers with their action servers,
two services, two workers, PostgreSQL, Redis, nginx with ``deploy/nginx``) and a second nginx that
knows only the first Rasa server. For each number of concurrent scripted visitors (REST, each answering
the qualification questions with a quick typist's pause of 3 s before each, and starting a new
conversation after six answers), it drives one nginx,
then the other, for ``--seconds`` each, in the same run, and prints:

- turns per second and p95 reply time for one and for two Rasa servers at each level;
- the capacity: the most visitors at which p95 stays <= 1 s, and the turns per second there;
- the scaling ratio (two servers' turns per second over one's, at their capacities; goal >= 1.6);
- where the time goes: CPU milliseconds per turn of each kind of process (Rasa, action servers,
  services, workers, nginx, this load generator), read from /proc, so the next bottleneck is named.

``--env`` passes settings to the Rasa and action servers (``--env SANIC_WORKERS=2``,
``--env TF_INTRA_OP_PARALLELISM_THREADS=1``) to see whether Rasa's own settings help.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from bot.training import ensure_model
from harness.cluster import Cluster, running_cluster
from harness.nginx import Nginx
from harness.visitors import THINK_SECONDS, RestVisitor

from _processes import cpu_seconds
from _stack import concurrently
from _stats import percentile

ANSWERS = (
    "we need more qualified leads",
    "about 120 employees",
    "around 60k for the year",
    "Berlin, Germany",
    "I'm the VP of Marketing",
    "we want to start next month",
)
GOAL_P95 = 1.0


def processes(cluster: Cluster, nginxes: list[Nginx]) -> dict[str, list[int]]:
    return {
        "rasa": [bot.processes["rasa"].popen.pid for bot in cluster.bots],
        "actions": [bot.processes["actions"].popen.pid for bot in cluster.bots],
        "service": [process.pid for process, _ in cluster.webs],
        "workers": [process.pid for process in cluster.workers],
        "nginx": [n.process.pid for n in nginxes if n.process is not None],
    }


def cpu_by_kind(kinds: dict[str, list[int]]) -> dict[str, float]:
    used = {kind: sum(cpu_seconds(pid) for pid in pids) for kind, pids in kinds.items()}
    times = os.times()
    used["load generator"] = times.user + times.system
    return used


def drive(nginx: Nginx, visitors: int, seconds: float) -> tuple[list[float], float]:
    """``visitors`` threads chatting for ``seconds``; every turn's reply time and the time it took."""
    timings: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def chat(n: int) -> None:
        address = f"127.29.{n // 200}.{n % 200 + 2}"
        while time.monotonic() < stop_at:
            visitor = RestVisitor(nginx, address, lambda: None)
            visitor.think_seconds = 0.0  # paused here instead, outside the timed reply
            for turn, text in enumerate(("hi", *ANSWERS)):
                if turn:
                    time.sleep(THINK_SECONDS)
                if time.monotonic() >= stop_at:
                    return
                started = time.perf_counter()
                visitor.say(text)
                with lock:
                    timings.append(time.perf_counter() - started)

    elapsed = concurrently(chat, visitors)
    return timings, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--levels", default="16,32,64,96", help="numbers of concurrent visitors")
    parser.add_argument("--seconds", type=float, default=20.0, help="per level and configuration")
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE for the Rasa and action servers")
    args = parser.parse_args()
    levels = [int(level) for level in args.levels.split(",")]
    extra = dict(item.split("=", 1) for item in args.env)

    with tempfile.TemporaryDirectory(prefix="leadbot-capacity-") as workdir:
        started = time.monotonic()
        with running_cluster(Path(workdir), ensure_model(), extra_bot_env=extra) as cluster:
            print(f"cluster up in {time.monotonic() - started:.0f} s"
                  + (f" with {' '.join(args.env)}" if args.env else ""), flush=True)
            one = Nginx(web=cluster.nginx.web, bot=cluster.nginx.bot[:1]).start()
            try:
                configs = {"one Rasa": one, "two Rasa": cluster.nginx}
                kinds = processes(cluster, [one, cluster.nginx])
                drive(cluster.nginx, 4, 5.0)  # warm-up: the extractor's tables, connections
                results: dict[str, list[tuple[int, float, float]]] = {name: [] for name in configs}
                cpu: dict[str, dict[str, float]] = {name: {} for name in configs}
                turns_done: dict[str, int] = dict.fromkeys(configs, 0)
                print(f"{'visitors':>8} {'config':>9} {'turns/s':>8} {'p50 ms':>7} {'p95 ms':>7}")
                for level in levels:
                    for name, nginx in configs.items():
                        before = cpu_by_kind(kinds)
                        timings, elapsed = drive(nginx, level, args.seconds)
                        after = cpu_by_kind(kinds)
                        for kind in after:
                            cpu[name][kind] = cpu[name].get(kind, 0.0) + after[kind] - before[kind]
                        turns_done[name] += len(timings)
                        rate, p95 = len(timings) / elapsed, percentile(timings, 0.95)
                        results[name].append((level, rate, p95))
                        print(f"{level:>8} {name:>9} {rate:>8.1f} {percentile(timings, 0.5) * 1000:>7.0f} "
                              f"{p95 * 1000:>7.0f}", flush=True)
            finally:
                one.stop()

    capacity = {}
    for name, rows in results.items():
        within = [row for row in rows if row[2] <= GOAL_P95]
        best = max(within, key=lambda row: row[1]) if within else None
        capacity[name] = best
        if best:
            print(f"{name}: capacity {best[0]} concurrent visitors at p95 <= {GOAL_P95:.0f} s, {best[1]:.1f} turns/s")
        else:
            print(f"{name}: p95 above {GOAL_P95:.0f} s at every level tried")
    if capacity["one Rasa"] and capacity["two Rasa"]:
        print(f"scaling ratio (two over one, turns/s at capacity): "
              f"{capacity['two Rasa'][1] / capacity['one Rasa'][1]:.2f}  (goal >= 1.6)")
    peak = {name: max(row[1] for row in rows) for name, rows in results.items()}
    print(f"scaling ratio at peak turns/s: {peak['two Rasa'] / peak['one Rasa']:.2f}")
    print("where the time goes, CPU ms per turn:")
    print(f"{'':>16}" + "".join(f"{name:>10}" for name in cpu))
    for kind in cpu["one Rasa"]:
        print(f"{kind:>16}" + "".join(f"{cpu[name][kind] * 1000 / max(1, turns_done[name]):>10.1f}" for name in cpu))
    print(f"{'all':>16}" + "".join(
        f"{sum(cpu[name].values()) * 1000 / max(1, turns_done[name]):>10.1f}" for name in cpu))
    print(f"(2 cores: {2000:.0f} CPU ms per second at most; the load generator shares them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
