"""Collecting ``make test-fast``'s tests imports no TensorFlow, as the pure packages import no Flask.

Every pytest process collects every test module before it deselects any, and ``make test-fast`` runs one per
core: a module that imports Rasa's core at its top (``rasa.core.actions.action``, 5 s CPU with TensorFlow) made
every inner loop pay for it, whatever it ran. Such a module imports it in a fixture, where only the tests that
use it pay. The expression is read from the Makefile, so this follows what ``make test-fast`` runs.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Heavy modules no collection may import: TensorFlow, and Rasa's core, which imports it.
FORBIDDEN = ("tensorflow", "rasa.core.actions.action", "rasa.core.agent", "rasa.core.policies")

COLLECT = """
import json, sys
import pytest

class Count:
    collected = 0

    def pytest_collection_finish(self, session):
        Count.collected = len(session.items)

code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", *sys.argv[1:]], plugins=[Count()])
print(json.dumps({"code": int(code), "collected": Count.collected, "modules": sorted(sys.modules)}))
"""


def fast_selection() -> list[str]:
    """The ``-m`` expression of the Makefile's test-fast recipe, as arguments for pytest."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^test-fast:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe, "the Makefile has no test-fast target"
    expression = re.search(r"""\s-m\s+(?:"([^"]+)"|'([^']+)')""", recipe.group(1))
    assert expression, recipe.group(1)
    return ["-m", expression.group(1) or expression.group(2)]


def test_the_makefile_s_fast_selection_is_read_as_written() -> None:
    assert fast_selection() == ["-m", "not slow and not rasa and not browser and not postgres"]


def test_collecting_the_fast_tests_imports_no_tensorflow_nor_rasa_s_core() -> None:
    done = subprocess.run([sys.executable, "-c", COLLECT, *fast_selection()], cwd=REPO, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["code"] == 0, done.stdout[-3000:]
    assert found["collected"] > 1000 and "webhooks" in found["modules"]  # it collected the suite
    heavy = [m for m in found["modules"] if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]
    assert heavy == []
