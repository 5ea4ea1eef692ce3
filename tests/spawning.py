"""What a test or fixture starts, read from its code before it runs: a process, or a whole Rasa stack.

``tests/conftest.py`` marks tests by it (``slow``, ``rasa``), so ``make test-fast`` leaves them out however
their author spelt the start: ``subprocess.run`` in the test, a helper of the module that calls
``subprocess.Popen``, ``harness.services.start_web`` behind a fixture, ``from subprocess import run`` or
``from harness.stack import Stack`` inside a function... A function reaches a target (a standard library
call that starts a process; ``harness.stack.Stack``) when its code names it, or names a function or class
of this repository that reaches it (followed through its globals and imports, so helpers in other modules
count; a class counts by any of its methods). Names are read from the compiled code (``co_names``, nested
functions and lambdas included), not from the source text: a comment or a string marks nothing.

The reading over-approximates a little (a function that names ``subprocess`` for its exceptions and
calls some other ``.run()`` counts as starting a process); a test wrongly counted still runs in
``make test``. ``tests/test_spawning.py`` pins the cases that matter.
"""

from __future__ import annotations

import ast
import asyncio
import functools
import importlib
import importlib.util
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path
from types import CodeType, FunctionType, ModuleType
from typing import Any, Callable, Iterable, Iterator

REPO = Path(__file__).resolve().parent.parent
VENV = REPO / ".venv"

# The standard library's ways to start a process. ``os.exec*`` replaces this one, so it is not here.
PROCESS_STARTERS: frozenset[Any] = frozenset(
    {
        subprocess.Popen, subprocess.run, subprocess.call, subprocess.check_call, subprocess.check_output,
        subprocess.getoutput, subprocess.getstatusoutput, os.system, os.popen, os.fork, os.posix_spawn,
        os.posix_spawnp, os.spawnv, os.spawnve, os.spawnl, os.spawnle, os.spawnlp, os.spawnvp,
        multiprocessing.Process, asyncio.create_subprocess_exec, asyncio.create_subprocess_shell,
    }
)


@functools.lru_cache(maxsize=None)
def _ours(filename: str) -> bool:
    """Code of this repository (tests, harness, the product), not of the standard library or a dependency."""
    path = Path(filename)
    return path.is_absolute() and path.is_relative_to(REPO) and not path.is_relative_to(VENV)


def codes_within(code: CodeType) -> Iterator[CodeType]:
    """``code`` and the code of every function, lambda and comprehension written inside it."""
    yield code
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            yield from codes_within(constant)


def _functions_of(cls: type) -> Iterator[FunctionType]:
    """The functions a class defines itself: methods, static and class methods, properties."""
    for member in vars(cls).values():
        if isinstance(member, (staticmethod, classmethod)):
            member = member.__func__
        if isinstance(member, property):
            yield from (f for f in (member.fget, member.fset, member.fdel) if isinstance(f, FunctionType))
        elif isinstance(member, FunctionType):
            yield member


@functools.lru_cache(maxsize=None)
def _our_module_file(name: str) -> str | None:
    """The source file of the module called ``name`` when it is one of this repository's, without importing it
    (its packages are: finding ``rasa.engine.recipes.x`` would import ``rasa.engine.recipes``, so another
    distribution's module is known by its top package first)."""
    top = name.partition(".")[0]
    if top != name and _our_module_file(top) is None:
        return None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None or not spec.origin.endswith(".py") or not _ours(spec.origin):
        return None
    return spec.origin


@functools.lru_cache(maxsize=None)
def _spelt_in(origin: str, package: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """What a module's source spells anywhere (names, attributes, imported names and modules), and the modules it
    imports, absolute (``from pkg import sub`` counts ``pkg.sub`` too), read without running it."""
    tree = ast.parse(Path(origin).read_text(encoding="utf-8"))
    names: set[str] = set()
    modules: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names.update((alias.name, alias.name.rpartition(".")[2]))
                modules.append(alias.name)
        elif isinstance(node, ast.ImportFrom):
            try:
                base = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
            except ImportError:
                continue
            names.update((base, base.rpartition(".")[2], *(alias.name for alias in node.names)))
            modules += [base, *(f"{base}.{alias.name}" for alias in node.names)]
    return frozenset(names), tuple(modules)


def _module_named(name: str, may_reach: Callable[[str], bool] = lambda name: True) -> ModuleType | None:
    """The module called ``name`` if it is imported, or is a module of this repository that ``may_reach`` a
    target (then imported)."""
    if name in sys.modules:
        return sys.modules[name]
    if "." not in name:
        return None  # a plain name that no import made a module: a variable, an attribute
    if _our_module_file(name) is None or not may_reach(name):
        return None
    return importlib.import_module(name)


def _hashable_in(value: Any, targets: frozenset[Any]) -> bool:
    try:
        return value in targets
    except TypeError:  # an unhashable value (a dict, a list) is no function
        return False


class Reader:
    """Whether code reaches one of ``targets``; reads each function once (a helper behind a thousand tests
    costs one look)."""

    def __init__(self, targets: Iterable[Any]) -> None:
        self.targets = frozenset(targets)
        self._known: dict[CodeType, bool] = {}
        self._modules: dict[str, bool] = {}
        self._spellings: list[tuple[str, frozenset[str]]] | None = None
        self._may_reach: dict[str, bool] = {}

    def reaches(self, target: Callable[..., Any] | type) -> bool:
        """Whether calling ``target`` (a function, or any method of a class) may use one of the targets."""
        if isinstance(target, type):
            return any(self.reaches(f) for f in _functions_of(target))
        function = getattr(target, "__wrapped__", target)  # pytest's fixture wrappers, functools.wraps
        code = getattr(function, "__code__", None)
        if not isinstance(code, CodeType) or not _ours(code.co_filename):
            return False
        if code not in self._known:
            self._known[code] = False  # a recursion (directly or through others) adds nothing new
            self._known[code] = self._reads_a_target(code, getattr(function, "__globals__", {}))
        return self._known[code]

    def _worth_opening(self, module: ModuleType) -> bool:
        """A module of ours, or one holding a target (``subprocess``): only their attributes are looked up."""
        if module.__name__ not in self._modules:
            self._modules[module.__name__] = _ours(getattr(module, "__file__", None) or "/") or any(
                _hashable_in(value, self.targets) for value in vars(module).values())
        return self._modules[module.__name__]

    def _spelt(self) -> list[tuple[str, frozenset[str]]]:
        """Each target's name with the names of the modules that hold it (``run``: ``subprocess``; ``Stack``:
        ``harness.stack``, ``stack``), as code that uses it must spell both."""
        if self._spellings is None:
            modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
            self._spellings = []
            for target in self.targets:
                name = getattr(target, "__name__", "")
                holders = {m.__name__ for m in modules if getattr(m, name, None) is target}
                self._spellings.append((name, frozenset(holders | {h.rpartition(".")[2] for h in holders})))
        return self._spellings

    def may_reach(self, name: str) -> bool:
        """Whether the module ``name`` of this repository may reach a target: it, or a module of ours it imports
        (and so on), spells one with its module. Read from the sources, not run: a module the reading would
        import for nothing may cost seconds (``bot.nlu_component`` loads TensorFlow, 6-7 s CPU, at every
        collection of tests/bot). Over-approximates, as the rest of the reading does."""
        if name not in self._may_reach:
            self._may_reach[name] = False  # an import cycle adds nothing new
            origin = _our_module_file(name)
            if name in sys.modules:  # already run: its functions and classes are read as everywhere else
                self._may_reach[name] = any(
                    _hashable_in(value, self.targets) or (isinstance(value, (type, FunctionType)) and self.reaches(value))
                    for value in list(vars(sys.modules[name]).values()))
            elif origin is not None:
                package = name if origin.endswith("__init__.py") else name.rpartition(".")[0]
                names, imported = _spelt_in(origin, package)
                self._may_reach[name] = any(
                    target in names and not holders.isdisjoint(names) for target, holders in self._spelt()
                ) or any(self.may_reach(module) for module in imported if module != name)
        return self._may_reach[name]

    def _named(self, code: CodeType, scope: dict[str, Any]) -> Iterator[Any]:
        """What ``code`` names: its globals, the modules it imports, and their attributes it names."""
        names = {name for part in codes_within(code) for name in part.co_names}
        found = [scope[name] for name in names if name in scope]
        # ``from harness.stack import Stack`` inside a function: the module's name is among its names too.
        found += [module for module in (_module_named(name, self.may_reach) for name in names) if module is not None]
        yield from found
        # ``subprocess.run``, ``services.start_web``: an attribute named here, of a module named here.
        for module in found:
            if isinstance(module, ModuleType) and self._worth_opening(module):
                yield from (getattr(module, name) for name in names if hasattr(module, name))

    def _reads_a_target(self, code: CodeType, scope: dict[str, Any]) -> bool:
        for value in self._named(code, scope):
            if isinstance(value, ModuleType):
                continue
            if _hashable_in(value, self.targets):
                return True
            if callable(value) and self.reaches(value):
                return True
        return False
