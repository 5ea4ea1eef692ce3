"""Rasa's graph of a turn run in order in this thread, without dask's scheduler around every call (issue 18).

Rasa runs each turn's graph (the NLU pipeline once a message, the policies once a prediction, several predictions a
turn) through ``DaskGraphRunner.run``: it works out the graph's minimal schema again, builds a dask graph from it
and hands it to ``dask.get``, whose synchronous scheduler orders the tasks and keeps its own state for every run;
in Rasa's profile of tests/bot that was a fifth of the prediction stage beyond the policies' own work.

``install`` puts ``run`` in its place: the order of a graph's nodes for a set of targets and inputs is worked out
once (dask's own ``order`` for the priorities, as its scheduler uses them, each node after those it needs) and kept;
each run calls the same ``GraphNode`` objects with the same arguments dask passes them (a node's result, or an
input as ``(name, value)``, or a name nothing gives, as itself) and returns what Rasa's ``run`` returns. Only
``python -m bot serve`` installs it; training and the tests that import Rasa run Rasa's own.
"""

from __future__ import annotations

import heapq
import threading
from typing import Any, Callable

from dask.order import order
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner

_original: Callable[..., dict[str, Any]] | None = None
_plans_lock = threading.Lock()

Plan = list[tuple[str, Any, tuple[str, ...]]]  # (node name, the GraphNode, the names it needs), in running order


def _plan(runner: DaskGraphRunner, targets: tuple[str, ...], inputs: tuple[str, ...]) -> Plan:
    """The nodes a run with these targets and inputs calls, in order; made once per runner."""
    plans: dict[tuple[tuple[str, ...], tuple[str, ...]], Plan] = runner.__dict__.setdefault("_leadbot_plans", {})
    key = (targets, inputs)
    with _plans_lock:
        plan = plans.get(key)
    if plan is not None:
        return plan
    schema = runner._graph_schema.minimal_graph_schema(list(targets))
    graph = runner._build_dask_graph(schema)
    for name in inputs:
        graph[name] = (name, None)
    needs = {name: tuple(schema.nodes[name].needs.values()) for name in schema.nodes}
    priority = order(graph)
    waiting = {name: {need for need in wanted if need in needs} for name, wanted in needs.items()}
    dependents: dict[str, list[str]] = {name: [] for name in needs}
    for name, wanted in waiting.items():
        for need in wanted:
            dependents[need].append(name)
    ready = [(priority[name], name) for name, wanted in waiting.items() if not wanted]
    heapq.heapify(ready)
    plan = []
    while ready:
        _, name = heapq.heappop(ready)
        plan.append((name, runner._instantiated_nodes[name], needs[name]))
        for dependent in dependents[name]:
            waiting[dependent].discard(name)
            if not waiting[dependent]:
                heapq.heappush(ready, (priority[dependent], dependent))
    if len(plan) != len(needs):
        raise GraphRunError("Error running runner: the graph has a cycle.")
    with _plans_lock:
        plans[key] = plan
    return plan


def run(runner: DaskGraphRunner, inputs: dict[str, Any] | None = None,
        targets: list[str] | None = None) -> dict[str, Any]:
    """What ``DaskGraphRunner.run`` returns, the graph's nodes called in a kept order."""
    run_targets = tuple(targets if targets else runner._graph_schema.target_names)
    given = dict(inputs) if inputs else {}
    plan = _plan(runner, run_targets, tuple(sorted(given)))
    results: dict[str, Any] = {}
    nodes = {name for name, _, _ in plan}
    for name, value in given.items():
        if isinstance(value, str) and value in nodes:
            raise GraphRunError(
                f"Input value '{value}' clashes with a node name. Make sure that none of the input names passed to "
                f"the `run` method are the same as node names in the graph schema."
            )
        results[name] = (name, value)
    try:
        for name, node, needs in plan:
            # dask passes a name that is no key of the graph as the string itself.
            results[name] = node(*(results.get(need, need) for need in needs))
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e
    return dict(results[target] for target in run_targets)


def install() -> None:
    """``run`` in place of ``DaskGraphRunner.run`` (once)."""
    global _original
    if _original is None:
        _original = DaskGraphRunner.run
        DaskGraphRunner.run = run  # type: ignore[method-assign, assignment]


def uninstall() -> None:
    """Rasa's own again (benchmarks compare the two)."""
    global _original
    if _original is not None:
        DaskGraphRunner.run = _original  # type: ignore[method-assign]
        _original = None
