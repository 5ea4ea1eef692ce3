"""The processes a test starts end when the test process is killed, with no teardown run (harness.lifetime)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from harness.lifetime import ends_with_this_process

# A parent standing for pytest: it starts a long child as harness.stack does, says the child's pid, and waits.
PARENT = """
import subprocess, sys, time
from harness.lifetime import ends_with_this_process
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], preexec_fn=ends_with_this_process())
print(child.pid, flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1][0] != "Z"  # a zombie waiting for init to reap it has ended
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_child_ends_when_its_parent_is_killed_without_a_teardown() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    try:
        assert _alive(child)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child), "the child outlived its killed parent"
    finally:
        if _alive(child):
            os.kill(child, signal.SIGKILL)


def test_a_child_of_a_living_parent_is_left_running() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(120)"], preexec_fn=ends_with_this_process()
    )
    try:
        time.sleep(0.3)
        assert child.poll() is None
    finally:
        child.kill()
        child.wait()
