"""The order statistics every benchmark prints, computed one way."""

from __future__ import annotations


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank value at ``share`` (0.95 for p95) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]
