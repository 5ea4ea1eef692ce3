"""No import cycles: read from the source, every module of the product imports only modules that do not import it back.

A cycle works until someone reorders imports or touches a name at import
time, then fails as a half-initialised module; it also means neither side can
be understood (or tested) without the other. The graph is read from the code
(``ast``), not by importing it, so the test is quick and sees every module:

- only imports that run when the module is loaded count: the module's own
  top-level statements, including those under ``try``/``if`` (not under
  ``if TYPE_CHECKING``), and not the imports inside functions, which are the
  sanctioned way to defer one (``create_app`` in ``webhooks/__init__.py``);
- ``from package import name`` is an edge to ``package.name`` when that is a
  module, else to ``package``.

Between the packages the rule is stricter: no package may depend on one that
depends on it, counting deferred imports too (a deferred import is still a
dependency); only ``__main__`` modules, the command lines that compose
everything and that nothing imports, are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parents[1]
# The product's packages (pyproject.toml's list), and the repository's own tooling run beside it.
PACKAGES = ("qualification", "nlu", "scheduling", "webhooks", "integrations", "bot", "ratelimits", "signing", "dev")


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = path.relative_to(REPO).with_suffix("").parts
            if "models" in parts and package == "bot":
                continue  # trained Rasa models, not code
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _load_time_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements that run when the module is loaded (not in functions or classes' methods, not TYPE_CHECKING)."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If):
            test = ast.unparse(node.test)
            if test not in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
                pending.extend(node.body)
            pending.extend(node.orelse)
        elif isinstance(node, ast.Try):
            pending.extend(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                pending.extend(handler.body)
        elif isinstance(node, (ast.With, ast.ClassDef)):
            pending.extend(node.body)


def _graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _load_time_imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
                continue
            base = node.module or ""
            if node.level:  # relative: from the package, up level - 1
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                targets.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return components


def test_no_module_of_the_product_imports_one_that_imports_it_back() -> None:
    graph = _graph(_modules())
    assert len(graph) > 100  # the walk found the product, not an empty folder
    cycles = _cycles(graph)
    described = [" <-> ".join(cycle) + "\n    " + "\n    ".join(
        f"{a} imports {', '.join(sorted(graph[a] & set(cycle)))}" for a in cycle) for cycle in cycles]
    assert cycles == [], "import cycles:\n" + "\n".join(described)


# Known and named, so that a new one fails and fixing one says to remove it (none now).
KNOWN_PACKAGE_EDGES: set[tuple[str, str]] = set()


def test_no_package_depends_on_one_that_depends_on_it() -> None:
    modules = _modules()
    edges: dict[tuple[str, str], set[str]] = {}
    for name, path in modules.items():
        if name.endswith("__main__"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                targets = [node.module]
            else:
                continue
            for target in targets:
                source_package, target_package = name.split(".")[0], target.split(".")[0]
                if target_package in PACKAGES and target_package != source_package:
                    edges.setdefault((source_package, target_package), set()).add(name)
    packages = {package: {b for a, b in edges if a == package} for package in PACKAGES}
    cycles = _cycles(packages)
    crossing = {(module, b) for (a, b), importers in edges.items() for module in importers
                if any(a in cycle and b in cycle for cycle in cycles)}
    known = {(module, b) for module, b in KNOWN_PACKAGE_EDGES}
    # Of each cycle, the side that should not be there: the edges not known are new cycles.
    assert {edge for edge in crossing if edge in known} == known, "a known edge is gone: remove it from KNOWN_PACKAGE_EDGES"
    new = sorted(edge for edge in crossing if edge not in known and not any(
        edge[1] == k[0].split(".")[0] and edge[0].split(".")[0] == k[1] for k in known))
    assert new == [], f"packages in a cycle: {cycles}; these imports close it: {new}"


@pytest.mark.parametrize("sources, expected", [
    ({"a": "import b", "b": "from a import x"}, [["a", "b"]]),
    ({"a": "import b", "b": "import c", "c": "from a import x"}, [["a", "b", "c"]]),
    ({"a": "import b", "b": "def f():\n    import a"}, []),
    ({"a": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import b", "b": "import a"}, []),
    ({"a": "try:\n    import b\nexcept ImportError:\n    pass", "b": "import a"}, [["a", "b"]]),
])
def test_the_reader_finds_cycles_at_load_time_and_only_those(tmp_path: Path, sources: dict[str, str],
                                                              expected: list[list[str]]) -> None:
    modules = {}
    for name, source in sources.items():
        path = tmp_path / f"{name}.py"
        path.write_text(source)
        modules[name] = path
    assert _cycles(_graph(modules)) == expected
