"""Waiting for something another process does (a worker delivery, a bot reply, a page update)."""

from __future__ import annotations

import time
from typing import Any, Callable


def wait_for(check: Callable[[], Any], what: str = "", timeout: float = 20.0, interval: float = 0.05) -> Any:
    """Poll ``check`` until it returns something true and return that; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not (result := check()):
        assert time.monotonic() < deadline, f"timed out waiting for {what or 'the condition'}"
        time.sleep(interval)
    return result
