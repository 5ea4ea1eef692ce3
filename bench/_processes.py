"""A running process's CPU, read from ``/proc`` one way for every benchmark."""

from __future__ import annotations

import os
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    """The processes ``pid`` started that still run (gunicorn's, nginx's and Sanic's workers)."""
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def own_cpu(pid: int) -> float:
    """User and system CPU of ``pid`` alone, in seconds; 0 once it has gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def cpu_seconds(pid: int) -> float:
    """User and system CPU of ``pid`` and of its children still running, in seconds."""
    return sum(own_cpu(one) for one in [pid, *children(pid)])
