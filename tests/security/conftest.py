"""The attack suite's stack: the real service, action server and Rasa, with the shipped (production) limits.

Limits are counted per client address, so each test attacks from its own
loopback address (127.0.0.0/8 all reaches the loopback interface): what one
test spends does not count against the next.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterator, TypeVar

import pytest
import requests
from requests_toolbelt.adapters.source import SourceAddressAdapter

from bot.training import ensure_model
from harness.stack import Stack
from tests.security.lead_api import (  # noqa: F401 (the lead API's fixtures, for every test here)
    module_database_url,
    module_postgres_url,
    module_service,
    playbook_path,
    postgres_url,
    service_fixture,
    sqlite_template,
)

_addresses = itertools.count(10)
T = TypeVar("T")


# A stack of its own (not tests/shared_product.py's): the chat limits are the shipped ones, which every other stack
# lifts (its tests chat fast from one address), and they are read when the processes start.
@pytest.fixture(scope="session")
def secure_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    stack = Stack(tmp_path_factory.mktemp("security-stack"), ensure_model(), production_limits=True,
                  extra_env={"LEADBOT_SERVICE_TIMEOUT": "20"})
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()


def fresh_window(seconds: int, needed: float = 20.0) -> None:
    """Wait for a new counting window when the current one ends within ``needed`` seconds: for a burst whose
    requests are counted after they are sent (socket.io), where ``in_one_window`` cannot see when the last one
    was counted. Limits count in fixed windows (``ratelimits``): a burst that straddles a window's end is
    counted in two windows, so a test counting refusals starts its burst early in one.
    """
    left = seconds - time.time() % seconds
    if left < needed:
        time.sleep(left + 0.05)


def in_one_window(seconds: int, burst: Callable[[], T]) -> T:
    """What ``burst()`` returned, from a run that fell within one counting window; for bursts of requests each
    counted before it is answered (HTTP), so that the last answer is the burst's end.

    Limits count in fixed windows (``ratelimits``: ``seconds`` long, from the epoch): a burst that straddles a
    window's end is counted in two windows, and its refusals come late. Such a run is thrown away and the burst
    made again, early in the window that has just begun; ``burst`` takes a new address and a new conversation each
    time, which no count has seen. Only a burst that straddled costs a second one; waiting for a new window
    whenever the current one ended within 20 s, as before, cost a third of the runs 10 s on average.
    """
    for _ in range(3):
        window = time.time() // seconds
        result = burst()
        if time.time() // seconds == window:
            return result
    raise AssertionError(f"three bursts in a row straddled the end of a {seconds} s window")


def new_address() -> str:
    """A loopback address no other test has used."""
    n = next(_addresses)
    return f"127.0.{n // 250}.{n % 250 + 2}"


def from_address(address: str) -> requests.Session:
    """A session whose connections come from ``address``."""
    session = requests.Session()
    session.mount("http://", SourceAddressAdapter(address))
    return session


@pytest.fixture
def address() -> str:
    return new_address()


@pytest.fixture
def http(address: str) -> requests.Session:
    return from_address(address)


def stored_events(stack: Stack, sender: str) -> list[tuple[str, str]]:
    """(type, data) of every event Rasa stored for ``sender``."""
    with sqlite3.connect(stack.database_url[len("sqlite:///"):]) as db:
        return db.execute("select type_name, data from events where sender_id = ?", (sender,)).fetchall()


def database_bytes(stack: Stack) -> int:
    path = Path(stack.database_url[len("sqlite:///"):])
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
