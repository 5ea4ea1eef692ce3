"""Loopback ports for the processes a test starts.

A port is chosen here and bound later by another process (gunicorn, Rasa, the action
server, nginx), so between the two anything else may take it. The kernel's own choice
(``bind(("127.0.0.1", 0))``) comes from the ephemeral range, the very range every outgoing
connection on the machine also draws from: a CI run lost an action server that way
("address already in use" on a port the kernel had just handed out). So the ports come from
below that range, from a band of their own for each pytest-xdist worker, in turn, and each
is checked free (bound without SO_REUSEADDR, so one in TIME_WAIT is passed over) before it
is handed out.
"""

from __future__ import annotations

import itertools
import os
import random
import socket
import threading
from pathlib import Path

# Below Linux's default ephemeral range (32768–60999) and above the well-known and
# make run's ports (5000s, 8899).
LOW, HIGH = 12000, 32000
BAND = 2500  # eight bands: gw0 … gw7, and the controller or a plain run


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def _band() -> range:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    index = int(worker[2:]) + 1 if worker.startswith("gw") and worker[2:].isdigit() else 0
    start = LOW + (index % ((HIGH - LOW) // BAND)) * BAND
    return range(start, min(start + BAND, _ephemeral_low()))


_lock = threading.Lock()
_band_ports = _band()
# A random start, so that two pytest sessions on one machine (a developer's and CI's) rarely
# walk the same ports in step.
_offset = random.randrange(len(_band_ports))
_next = itertools.cycle([*_band_ports[_offset:], *_band_ports[:_offset]])


def _is_free(port: int, kind: int) -> bool:
    with socket.socket(socket.AF_INET, kind) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    """A loopback port nothing holds now, outside the ephemeral range."""
    with _lock:
        for _ in range(len(_band_ports)):
            port = next(_next)
            if _is_free(port, kind):
                return port
    # Every port of the band is held (never seen): fall back to the kernel's choice.
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
