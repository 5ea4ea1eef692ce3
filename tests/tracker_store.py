"""Reading and writing Rasa's SQL tracker store from a test.

Rasa's store is async. Playwright's sync API keeps an event loop running in
the test thread once a browser test has run, so ``asyncio.run`` there fails;
each call gets a thread and a loop of its own instead.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Coroutine, TypeVar

T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
