"""``tests/spawning.py`` and the markers ``tests/conftest.py`` sets from it: what starts a process or a Rasa
stack is found however it is spelt, and what does not is left in ``make test-fast``."""

from __future__ import annotations

import subprocess
import sys
from subprocess import run as run_a_command
from types import SimpleNamespace
from typing import Any

import pytest

from harness import services
from tests.conftest import READ, read_marks, shared_processes
from tests.spawning import PROCESS_STARTERS, Reader


def _pure(text: str) -> str:
    # A mention of subprocess.run in a comment or a string starts nothing.
    return "subprocess.run" + text.upper()


def _starts_a_python() -> None:
    subprocess.run([sys.executable, "-c", "pass"], check=True)


def _calls_the_helper() -> None:
    _starts_a_python()


def _under_another_name() -> None:
    run_a_command(["true"], check=True)


def _through_the_harness(env: dict[str, str]) -> None:
    services.start_worker(env, log=None)  # type: ignore[arg-type]  (read, never called)


def _imports_the_stack_inside() -> Any:
    from harness.stack import Stack

    return Stack


def _imports_the_cluster_inside() -> Any:
    from harness.cluster import running_cluster  # starts Rasa stacks and workers

    return running_cluster


def _imports_the_nlu_component_inside() -> Any:
    from bot.nlu_component import LeadAttributeExtractor  # loads TensorFlow, starts nothing

    return LeadAttributeExtractor


def _in_a_lambda() -> Any:
    return lambda: subprocess.Popen(["true"])


def _one(depth: int) -> int:
    return _other(depth - 1) if depth else 0


def _other(depth: int) -> int:
    return _one(depth)


class _Starter:
    def start(self) -> None:
        _starts_a_python()


def _makes_a_starter() -> Any:
    return _Starter()


# The examples, reached through a dict: a test naming them directly would itself read as starting a process.
EXAMPLES = {function.__name__.lstrip("_"): function for function in (
    _pure, _starts_a_python, _calls_the_helper, _under_another_name, _through_the_harness, _imports_the_stack_inside,
    _in_a_lambda, _one, _makes_a_starter, _imports_the_cluster_inside, _imports_the_nlu_component_inside,
)}


@pytest.fixture
def processes() -> Reader:
    return Reader(PROCESS_STARTERS)


@pytest.mark.parametrize("name", [
    "starts_a_python", "calls_the_helper", "under_another_name", "through_the_harness", "in_a_lambda", "makes_a_starter",
])
def test_a_process_started_directly_through_a_helper_an_alias_or_a_class_is_found(processes: Reader, name: str) -> None:
    assert processes.reaches(EXAMPLES[name])


def test_code_that_only_mentions_a_process_or_calls_itself_round_starts_none(processes: Reader) -> None:
    assert not processes.reaches(EXAMPLES["pure"])
    assert not processes.reaches(EXAMPLES["one"])
    assert not processes.reaches(len)  # not this repository's code


def test_a_rasa_stack_imported_inside_a_function_is_found() -> None:
    rasa = Reader(READ[("rasa", "slow")])
    assert rasa.reaches(EXAMPLES["imports_the_stack_inside"])
    assert not rasa.reaches(EXAMPLES["starts_a_python"])


def _item(test: Any, **fixtures: tuple[Any, str]) -> Any:
    """Just what the conftest reads of a collected test: its function and its fixtures' definitions."""
    definitions = {name: [SimpleNamespace(func=func, argname=name, scope=scope)] for name, (func, scope) in fixtures.items()}
    return SimpleNamespace(obj=test, _fixtureinfo=SimpleNamespace(name2fixturedefs=definitions))


def test_a_test_is_marked_by_what_it_or_its_fixtures_start() -> None:
    readers = {marks: Reader(targets) for marks, targets in READ.items()}
    pure, helper = EXAMPLES["pure"], EXAMPLES["calls_the_helper"]
    assert read_marks(_item(pure), readers) == set()
    assert read_marks(_item(pure, service=(helper, "function")), readers) == {"slow"}
    assert read_marks(_item(EXAMPLES["imports_the_stack_inside"]), readers) == {"slow", "rasa"}


def test_only_a_session_or_module_fixture_that_starts_processes_keeps_its_tests_on_one_xdist_worker(
    processes: Reader,
) -> None:
    pure, helper = EXAMPLES["pure"], EXAMPLES["calls_the_helper"]
    assert shared_processes(_item(pure, web=(helper, "module")), processes) == [f"{__name__}:web"]
    assert shared_processes(_item(pure, web=(helper, "function")), processes) == []
    assert shared_processes(_item(pure, database=(pure, "session")), processes) == []  # PostgreSQL's, say


def test_a_module_of_ours_not_yet_imported_is_imported_only_when_its_code_may_start_something(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As when a test imports it inside its body and nothing collected before did: read from its source first.
    for name in ("bot.nlu_component", "harness.cluster"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    readers = {marks: Reader(targets) for marks, targets in READ.items()}
    assert read_marks(_item(EXAMPLES["imports_the_nlu_component_inside"]), readers) == set()
    assert "bot.nlu_component" not in sys.modules
    assert read_marks(_item(EXAMPLES["imports_the_cluster_inside"]), readers) == {"slow", "rasa"}
    assert "harness.cluster" in sys.modules
