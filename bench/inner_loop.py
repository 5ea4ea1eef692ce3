"""What the test loop costs: the figures issue 18 point 6 asks for (``make test-fast`` quick, no test dropped).

    .venv/bin/python bench/inner_loop.py [--run] [--workers N] [--top 15]

Collects ``make test``'s tests and ``make test-fast``'s (the ``-m`` expression read from the Makefile's test-fast
recipe) and prints each count with the collection's CPU and wall time; with ``--run`` it also runs test-fast
(``--workers``: pytest-xdist workers, 0 for one process, as the Makefile's FAST_WORKERS) and prints its CPU
(every process it started: pytest, its workers), its wall time and the folders and modules that took longest. The
machine is shared: CPU time is the figure to compare between runs, wall time counts other processes' turns too, so
the load average is printed beside it. Each test's own CPU seconds (setup, call and teardown, every thread of its
process) come from this module loaded into the run as a plugin (``-p bench.inner_loop``, the hooks below), so
the folders and modules are ranked by CPU too, and what the run spent outside the tests (start-up, collection in
each worker, pytest-xdist) is the rest.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any, Generator

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYTEST = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"]
# A test's CPU seconds in the junit report (a property of its testcase), from the hooks below.
CPU_PROPERTY = "cpu_seconds"
_cpu_at_start: dict[str, float] = {}


def pytest_runtest_logstart(nodeid: str, location: Any) -> None:
    """Where a test's CPU starts (before its fixtures), in the process that runs it."""
    _cpu_at_start[nodeid] = time.process_time()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    """The test's CPU seconds on its teardown report, which pytest's junit writer adds to the testcase."""
    report = yield
    started = _cpu_at_start.pop(item.nodeid, None) if call.when == "teardown" else None
    if started is not None:
        report.user_properties.append((CPU_PROPERTY, round(time.process_time() - started, 4)))
    return report


def fast_selection() -> list[str]:
    """``-m "<expression>"`` of the Makefile's test-fast recipe, so the figures follow what ``make test-fast`` runs."""
    recipe = re.search(r"^test-fast:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    expression = re.search(r"""\s-m\s+(?:"([^"]+)"|'([^']+)')""", recipe.group(1)) if recipe else None
    if expression is None:
        sys.exit("the Makefile's test-fast recipe has no -m expression")
    return ["-m", expression.group(1) or expression.group(2)]


def timed(arguments: list[str]) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """The finished pytest, its CPU seconds (user + system, with every process it waited for) and wall seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([*PYTEST, *arguments], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return done, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall


def collected(arguments: list[str]) -> tuple[int, float, float]:
    done, cpu, wall = timed(["--collect-only", "-q", *arguments])
    found = re.search(r"(\d+)(?:/(\d+))? tests? collected", done.stdout)
    if done.returncode != 0 or found is None:
        sys.exit(f"collecting failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return int(found.group(1)), cpu, wall


def folder_of(module: str) -> str:
    """``tests.webhooks.studio.test_auth`` (or a class of it, ``...test_auth.TestSignIn``) -> ``tests/webhooks/studio``:
    where a module's time goes, by folder."""
    parts = module.split(".")
    named = next((index for index, part in enumerate(parts) if part.startswith("test_")), len(parts) - 1)
    return "/".join(parts[:named]) or module


def load() -> str:
    return "load %.1f" % os.getloadavg()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", action="store_true", help="also run make test-fast's tests")
    parser.add_argument("--workers", default="0", help="pytest-xdist workers for --run (0: one process)")
    parser.add_argument("--top", type=int, default=15, help="modules listed by their time (--run)")
    options = parser.parse_args()
    selection = fast_selection()
    for name, arguments in (("make test", []), ("make test-fast", selection)):
        count, cpu, wall = collected(arguments)
        print(f"{name}: {count} tests collected; collection {cpu:.1f} s CPU, {wall:.1f} s wall ({load()})")
    if not options.run:
        return
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "junit.xml"
        workers = [] if options.workers == "0" else ["-n", options.workers, "--dist", "loadgroup"]
        done, cpu, wall = timed(["-q", "-p", "bench.inner_loop", *workers, *selection, f"--junitxml={report}"])
        summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-500:]
        print(f"make test-fast (workers {options.workers}): {summary}")
        print(f"  {cpu:.1f} s CPU, {wall:.1f} s wall ({load()})")
        if not report.exists():
            return
        seconds: collections.Counter[str] = collections.Counter()
        cpus: collections.Counter[str] = collections.Counter()
        tests: collections.Counter[str] = collections.Counter()
        folders: collections.Counter[str] = collections.Counter()
        folder_cpus: collections.Counter[str] = collections.Counter()
        folder_tests: collections.Counter[str] = collections.Counter()
        failed: list[str] = []
        for case in ElementTree.parse(report).iter("testcase"):
            module = case.get("classname", "")
            spent = float(case.get("time", 0))
            used = sum(float(found.get("value", 0)) for found in case.iter("property") if found.get("name") == CPU_PROPERTY)
            seconds[module] += spent
            cpus[module] += used
            tests[module] += 1
            folders[folder_of(module)] += spent
            folder_cpus[folder_of(module)] += used
            folder_tests[folder_of(module)] += 1
            if case.find("failure") is not None or case.find("error") is not None:
                failed.append(f"{module}::{case.get('name', '')}")
        # Which tests failed, so that a figure taken while others change the code is known for what it ran.
        for name in failed:
            print(f"  failed: {name}")
        in_tests = sum(cpus.values())
        print(f"  {in_tests:.1f} s CPU in the tests themselves (setup, call, teardown), {cpu - in_tests:.1f} s outside"
              " them (start-up, each worker's collection, pytest-xdist)")
        print("  by folder (CPU seconds, wall seconds, tests):")
        for folder, used in folder_cpus.most_common():
            print(f"  {used:7.1f} s CPU {folders[folder]:7.1f} s wall {folder_tests[folder]:5d} tests  {folder}")
        print(f"  slowest modules by CPU ({sum(tests.values())} tests):")
        for module, used in cpus.most_common(options.top):
            print(f"  {used:7.1f} s CPU {seconds[module]:7.1f} s wall {tests[module]:5d} tests  {module}")

if __name__ == "__main__":
    main()
