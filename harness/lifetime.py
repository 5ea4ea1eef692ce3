"""Processes the tests and benchmarks start end with the process that started them.

A pytest killed mid-run (Ctrl-C twice, ``timeout``, a helper's ``kill -9``) never reached its teardown, and its Rasa,
action server, gunicorn and worker went on holding ports, memory and (Rasa's and gunicorn's polling) CPU on a
2-core machine until someone found them. Linux's ``PR_SET_PDEATHSIG`` asks the kernel to send the child SIGTERM when
its parent dies, which every one of these processes answers by stopping cleanly. It is tied to the thread that
forked: start processes from the main thread, as the fixtures do. Elsewhere than Linux it does nothing.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from typing import Callable

PR_SET_PDEATHSIG = 1


def ends_with_this_process() -> Callable[[], None] | None:
    """A ``preexec_fn`` for ``subprocess.Popen``: the child is sent SIGTERM when this process dies (None off Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    parent = os.getpid()
    libc = ctypes.CDLL(None, use_errno=True)

    def in_the_child() -> None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        # The parent may have died between the fork and the prctl: then nobody would send the signal.
        if os.getppid() != parent:
            os._exit(1)

    return in_the_child
