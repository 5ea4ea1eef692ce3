"""How many Rasa stacks a ``make test`` starts, and where: read from the collected tests, no stack started.

    .venv/bin/python bench/stack_starts.py [--workers 2] [paths ...]   (default: tests)

A stack here is whatever reaches ``harness.stack.Stack`` (the reading ``make test``'s markers use,
``tests/spawning.py``): a fixture of module scope starts once per module that uses it, a fixture of session scope
once per pytest-xdist group that uses it (``tests/conftest.py`` puts its modules on one worker), or once per worker
for the session stacks spread over the workers (``SPREAD_OVER_WORKERS``: at most ``--workers``); a test whose own
body reaches ``Stack`` starts one each run. The number of Rasa servers a start makes (two in
tests/webhooks/handoff/test_two_rasa_servers.py, the scale cluster's) is not read: each counts as one start.

How long a start takes is in each stack's ``startup_seconds`` and in ``pytest --durations`` (the setup of a
module's first test); this counts how many there are, before and after a change that shares one.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


class Count:
    """A pytest plugin: after collection, the stack-starting fixtures and tests of the run."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.starts: dict[str, tuple[str, int, int]] = {}  # where -> (scope, starts, tests using it)

    @pytest.hookimpl(trylast=True)  # after tests/conftest.py has set the xdist groups
    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        from harness.stack import Stack
        from tests.conftest import SPREAD_OVER_WORKERS, _fixture_definitions, _key
        from tests.spawning import Reader

        stacks = Reader(frozenset({Stack}))
        modules: dict[str, set[str]] = defaultdict(set)
        groups: dict[str, set[str]] = defaultdict(set)
        tests: dict[str, int] = defaultdict(int)
        scopes: dict[str, str] = {}
        for item in items:
            module = getattr(getattr(item, "module", None), "__name__", "?")
            mark = item.get_closest_marker("xdist_group")
            group = mark.args[0] if mark and mark.args else mark.kwargs.get("name", module) if mark else module
            for definition in _fixture_definitions(item):
                if definition.scope == "function" or not stacks.reaches(definition.func):
                    continue
                key = _key(definition)
                scopes[key] = definition.scope
                modules[key].add(module)
                groups[key].add(group)
                tests[key] += 1
            body = getattr(item, "obj", None)
            if body is not None and stacks.reaches(body):
                key = f"{module}:{getattr(body, '__name__', item.name)} (its body)"
                scopes[key] = "test"
                tests[key] += 1
        for key, scope in scopes.items():
            if scope == "test":
                starts = tests[key]
            elif scope == "module":
                starts = len(modules[key])
            elif key in SPREAD_OVER_WORKERS:
                starts = min(self.workers or 1, len(modules[key]))
            else:
                starts = len(groups[key]) if self.workers else 1
            self.starts[key] = (scope, starts, tests[key])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2, help="make test's WORKERS (0: one process)")
    parser.add_argument("paths", nargs="*", default=["tests"])
    args = parser.parse_args()
    # The hook reads tests/conftest.py's groups: the repository goes on the path for the run, never on import
    # (tests/bench/test_imports.py: a benchmark imports only the installed package).
    sys.path.insert(0, str(REPO))
    count = Count(args.workers)
    code = pytest.main(["--collect-only", "-qq", "-p", "no:randomly", "-p", "no:warnings", *args.paths], plugins=[count])
    if code not in (0, 5):
        sys.exit(code)
    print(f"\n{'stack (fixture or test)':<72} {'scope':<8} {'starts':>6} {'tests':>6}")
    for key, (scope, starts, used) in sorted(count.starts.items()):
        print(f"{key:<72} {scope:<8} {starts:>6} {used:>6}")
    print(f"{'total stack starts per make test (WORKERS=' + str(args.workers) + ')':<81} "
          f"{sum(s for _, s, _ in count.starts.values()):>6}")


if __name__ == "__main__":
    main()
