"""Fixtures every test folder may use, and the markers every test gets from the fixtures it uses.

- The real browser of ``tests/browser.py``, and its report hook, which adds the browser's console errors
  and the logs of any running ``Stack`` to a failed test.
- Markers (registered in pyproject.toml): a test is marked by what it and its fixtures start, so
  ``make test-fast`` (``-m "not slow and not rasa and not browser and not postgres"``) needs no list of
  files and a new test is sorted by what it does. chromium and PostgreSQL by the fixture asked for
  (``FIXTURE_MARKS``); a process or a Rasa stack started by the test, a helper or a fixture (``python -m
  nlu extract``, ``python -c`` import checks, gunicorn, ``harness.stack.Stack``) read from the code by
  ``tests/spawning.py`` (``READ``). ``make test`` runs them all.
- schemathesis's pytest plugin, kept out of pytest's start-up (``-p no:schemathesis`` in pyproject.toml)
  and loaded when a test module that imports schemathesis is collected (and on pytest-xdist's controller):
  it imports hypothesis and most of schemathesis, which every ``pytest tests/nlu -x`` paid
  (``pytest tests/signing``: 1.75 -> 1.15 s CPU, 2.7 -> 1.7 s at load 3-4).
- Compiled Jinja templates shared by every Flask app the tests create in this process (``harness.templates``): each
  test makes its own app, and each app compiled every page it rendered again (tests/webhooks/studio's editor
  tests: 149 compiles, a tenth of their time).
- Werkzeug's URL builders shared the same way (``harness.routes``): each app compiled two Python functions for
  each of its 42 rules, half of ``create_app``'s CPU (70 -> 38 ms an app, load 7), and some 2,000 tests make one.
- Temporary files (``tmp_path``, the tests' SQLite databases) on the RAM disk where there is one: the disk's fsync
  at each commit was most of the in-process tests' waiting.
- The real product the site's and the studio's page tests share (``tests/shared_product.py``).
- Groups for pytest-xdist (``make test`` with workers): a module whose tests share real processes (a session's
  or a module's fixture that starts them, ``shared_processes``) runs whole on one worker, so a module's stack starts
  once and a session's at most once per worker; the other tests go wherever a worker is free.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from pathlib import Path
from typing import Any, Iterator

PYCACHE = Path(__file__).resolve().parent.parent / ".venv" / "pycache"


def _keep_compiled_modules() -> None:
    """What ``make test`` does where PYTHONDONTWRITEBYTECODE is set, for a plain ``python -m pytest`` too: compiled
    and assert-rewritten modules kept under .venv/pycache (never beside the sources), in this process from here on
    and in the processes the tests start (Rasa, gunicorn). Without it each run compiled the repository, Rasa and
    TensorFlow again: collecting tests/ took 28 s CPU, 15 s with the cache."""
    if not sys.dont_write_bytecode or sys.pycache_prefix is not None:
        return
    sys.dont_write_bytecode = False
    sys.pycache_prefix = str(PYCACHE)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(PYCACHE)


# Before the imports below, so that they are cached too.
_keep_compiled_modules()

RAM_DISK = Path("/dev/shm")


def _temporary_files_in_memory() -> None:
    """``tmp_path`` and its kin on the machine's RAM disk (tmpfs), unless the run names another root: the tests'
    SQLite databases run in WAL mode, and each commit and each last close waits for the disk (fsync): a connect,
    commit and close took 17.8 ms on this machine's ext4 while other processes wrote to it (1.3 ms on a quiet disk),
    0.4 ms on tmpfs (0.16 quiet); tests/webhooks/api and handoff took 82 -> 50 s wall, 24 -> 21 s CPU (load 7).
    Set here, at start-up, because pytest-xdist's controller makes the workers' folders under its own."""
    if "PYTEST_DEBUG_TEMPROOT" not in os.environ and RAM_DISK.is_dir() and os.access(RAM_DISK, os.W_OK):
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(RAM_DISK)


_temporary_files_in_memory()

import pytest  # noqa: E402

from harness.stack import Stack  # noqa: E402
from tests.browser import (  # noqa: E402, F401  (fixtures and the report hook, shared as they are)
    browser,
    browser_context_args,
    page,
    pytest_runtest_call,
    pytest_runtest_makereport,
    pytest_runtest_setup,
    pytest_runtest_teardown,
    screenshot,
    screenshot_dir,
)
from tests.shared_product import product_receiver, product_slack, product_stack  # noqa: E402, F401 (fixtures)
from tests.spawning import PROCESS_STARTERS, Reader, codes_within  # noqa: E402

# "module:fixture" -> the markers of every test that uses it. Module-qualified because a name means one
# thing in one folder and another elsewhere. Processes and Rasa stacks are read from the code instead (READ).
FIXTURE_MARKS: dict[str, tuple[str, ...]] = {
    # chromium, driven by Playwright
    "tests.browser:browser": ("browser", "slow"),
    # the PostgreSQL server (``database_url``'s postgres half is marked by its parameter)
    "tests.webhooks.conftest:postgres_url": ("postgres",),
}
# What a test or one of its fixtures reaches in its code (``tests/spawning.py``) -> its markers: a Rasa stack
# (Rasa, the action server, gunicorn and the worker), or any process (gunicorn, ``python -m nlu``, training).
READ: dict[tuple[str, ...], frozenset[Any]] = {("rasa", "slow"): frozenset({Stack}), ("slow",): PROCESS_STARTERS}
# Trains the model when its inputs changed, else checks a hash; holds no process for the tests that share it.
TRAINS = "tests.bot.conftest:bot_model"


USES_SCHEMATHESIS = re.compile(r"^\s*(?:import|from)\s+schemathesis\b", re.MULTILINE)
SCHEMATHESIS_PLUGIN = "schemathesis.pytest.plugin"


def _load_schemathesis(manager: pytest.PytestPluginManager) -> None:
    # "schemathesis" is its entry point's name, when someone runs with ``-p schemathesis``.
    if not (manager.has_plugin("schemathesis") or manager.has_plugin(SCHEMATHESIS_PLUGIN)):
        manager.import_plugin(SCHEMATHESIS_PLUGIN)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> None:
    """Loads schemathesis's plugin before the first module that uses it makes its tests (see the docstring)."""
    if USES_SCHEMATHESIS.search(module_path.read_text(encoding="utf-8", errors="replace")):
        _load_schemathesis(parent.config.pluginmanager)


def pytest_configure(config: pytest.Config) -> None:
    # pytest-xdist's controller collects nothing, yet reports the workers' schemathesis subtests with the plugin.
    if getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput"):
        _load_schemathesis(config.pluginmanager)
        # The queue in the order the workers collected (``pytest_collection_modifyitems``), not by group size.
        config.option.loadscopereorder = False


def pytest_collection_finish(session: pytest.Session) -> None:
    # What collection made (modules, the product, the tests themselves) lives as long as the run. Frozen, the
    # collector stops walking it at every full collection: tests/webhooks/studio's in-process tests spent
    # 22 s of their 150 s in 96 full collections, 10-13 s with it (two runs, load 6-8).
    gc.collect()
    gc.freeze()
    # Flask is imported by the modules that make apps (tests/webhooks...); a run without them (tests/nlu) does not
    # import it for this. The apps are made by fixtures, after collection.
    if "flask" in sys.modules:
        from harness.routes import share_url_builders
        from harness.templates import share_compiled_templates

        share_compiled_templates()
        share_url_builders()


def pytest_sessionfinish(session: pytest.Session) -> None:
    # After the run pytest collects garbage five times over to report what a ``__del__`` raised, and each full
    # collection walks all the run left alive: 450k-800k objects on a worker of ``make test-fast``, 1.6-2.6 s CPU for
    # the five, at the very end of the run. One collection here finds what the first of them would; frozen after it,
    # the other collections walk nothing.
    gc.collect()
    gc.freeze()


def _named_in_the_body(item: pytest.Item) -> set[str]:
    """Fixtures a test asks for with ``request.getfixturevalue("name")``: every name-like string of its code."""
    code = getattr(getattr(item, "obj", None), "__code__", None)
    if code is None or not any("getfixturevalue" in part.co_names for part in codes_within(code)):
        return set()
    return {c for part in codes_within(code) for c in part.co_consts if isinstance(c, str) and c.isidentifier()}


def _fixture_definitions(item: pytest.Item) -> Iterator[pytest.FixtureDef[Any]]:
    """Every fixture definition in ``item``'s closure (each one, overridden or not), and those its body asks for."""
    info = getattr(item, "_fixtureinfo", None)
    for definitions in (info.name2fixturedefs.values() if info is not None else ()):
        yield from definitions
    for name in _named_in_the_body(item):
        yield from item.session._fixturemanager.getfixturedefs(name, item) or ()


def _key(definition: pytest.FixtureDef[Any]) -> str:
    return f"{definition.func.__module__}:{definition.argname}"


def fixture_marks(item: pytest.Item) -> set[str]:
    """The markers ``item`` gets from every fixture in its closure."""
    return {mark for definition in _fixture_definitions(item) for mark in FIXTURE_MARKS.get(_key(definition), ())}


def read_marks(item: pytest.Item, readers: dict[tuple[str, ...], Reader]) -> set[str]:
    """The markers ``item`` gets from what its test function or a fixture in its closure reaches (``READ``)."""
    functions = [getattr(item, "obj", None), *(definition.func for definition in _fixture_definitions(item))]
    return {mark for marks, reader in readers.items() if any(reader.reaches(f) for f in functions if f is not None)
            for mark in marks}


def shared_processes(item: pytest.Item, processes: Reader) -> list[str]:
    """The real processes ``item`` shares with other tests (a session's or a module's fixture that starts them).

    With pytest-xdist's ``--dist loadgroup`` their module stays on one worker (see the module's docstring).
    """
    return sorted({_key(definition) for definition in _fixture_definitions(item)
                   if definition.scope != "function" and _key(definition) != TRAINS and processes.reaches(definition.func)})


# Session stacks whose modules go to whichever worker is free, each worker starting its own: tests/bot's served
# 193 tests of 20 modules, 900 of the folder's 1,314 s, too much for one worker while the other had nothing left.
SPREAD_OVER_WORKERS = frozenset({"tests.bot.conftest:stack"})


def session_stacks(item: pytest.Item, stacks: Reader) -> set[str]:
    """The session's Rasa stacks ``item`` uses that one worker serves for the whole run (not ``SPREAD_OVER_WORKERS``)."""
    return {_key(definition) for definition in _fixture_definitions(item)
            if definition.scope == "session" and _key(definition) not in SPREAD_OVER_WORKERS
            and stacks.reaches(definition.func)}


def module_groups(modules: dict[str, set[str]]) -> dict[str, str]:
    """Module -> its pytest-xdist group, from each module's session stacks (``session_stacks``): modules that share
    a stack, directly or through another module, are one group named after the first of its stacks; a module
    with none is a group of its own."""
    group = {module: module for module in modules}
    first_user: dict[str, str] = {}

    def root(module: str) -> str:
        while group[module] != module:
            module = group[module]
        return module

    for module, stacks in modules.items():
        for stack in sorted(stacks):
            other = first_user.setdefault(stack, module)
            group[root(module)] = root(other)
    names = {root(module): min((s for m in modules if root(m) == root(module) for s in modules[m]), default=module)
             for module in modules}
    return {module: names[root(module)] for module in modules}


def _order(item: pytest.Item) -> int:
    """Tests sharing a Rasa stack first, then the other slow ones, then the rest (see pytest_configure)."""
    grouped = item.get_closest_marker("xdist_group") is not None
    return 0 if grouped and item.get_closest_marker("rasa") else 1 if grouped else 2


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    readers = {marks: Reader(targets) for marks, targets in READ.items()}
    processes, stacks = readers[("slow",)], readers[("rasa", "slow")]
    grouped: dict[str, set[str]] = {}
    for item in items:
        present = {mark.name for mark in item.iter_markers()}
        for name in sorted((fixture_marks(item) | read_marks(item, readers)) - present):
            item.add_marker(name)
        if "xdist_group" in present or not config.pluginmanager.hasplugin("xdist"):
            continue
        if getattr(item, "module", None) is None:
            continue
        if shared_processes(item, processes) or item.get_closest_marker("slow") is not None:
            grouped.setdefault(item.module.__name__, set()).update(session_stacks(item, stacks))  # type: ignore[attr-defined]
    # Whole modules, not one group per shared fixture, for the stacks SPREAD_OVER_WORKERS: each worker that runs
    # such a module starts the stack once (~25 s CPU) and chats with its own. Every other session stack serves
    # all its modules on one worker: each worker that reached one of tests/webhooks/site's, tests/security's or
    # tests/webhooks/slack's modules started that folder's stack, up to twice a run each.
    groups = module_groups(grouped)
    for item in items:
        module = getattr(getattr(item, "module", None), "__name__", None)
        if module in groups and item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(groups[module]))
    if hasattr(config, "workerinput"):
        # The longest work first, so that the last minutes are the many short tests that both workers share:
        # sorted by its number of tests (pytest-xdist's default), a one-test module with its own stacks came
        # among the short ones, at the end, with one worker idle. Stable: a module's tests keep their order.
        items.sort(key=_order)

