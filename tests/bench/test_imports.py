"""The benchmarks run from the installed package (``pip install -e .``), as ``python bench/<name>.py`` runs them.

Python puts only ``bench/`` itself on the path for a script, so what a benchmark imports from the product
or ``harness`` must be installed, and nothing may come from ``tests/`` (which is not installed).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"

# Imports each benchmark as its script would be started, from a directory that is not the repository, and
# says what each one added to the path and which of tests/ had been imported by then.
IMPORT_EACH = """
import importlib, json, sys
sys.path[0], names, found = sys.argv[1], sys.argv[2:], {}
for name in names:
    before = list(sys.path)
    importlib.import_module(name)
    found[name] = {"added": [p for p in sys.path if p not in before],
                   "tests": sorted(m for m in sys.modules if m == "tests" or m.startswith("tests."))}
    sys.path[:] = before  # so the next benchmark is judged by its own lines
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[str]]]:
    names = sorted(path.stem for path in BENCH.glob("*.py"))
    done = subprocess.run([sys.executable, "-c", IMPORT_EACH, str(BENCH), *names],
                          cwd=tmp_path_factory.mktemp("elsewhere"), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_benchmark_imports_from_the_installed_package_without_the_repository_on_the_path(
    imported: dict[str, dict[str, list[str]]],
) -> None:
    assert {"capacity", "funnel", "_stack"} <= set(imported)  # capacity needs deploy/, installed with harness/
    clean = {"added": [], "tests": []}
    assert {name: found for name, found in imported.items() if found != clean} == {}
