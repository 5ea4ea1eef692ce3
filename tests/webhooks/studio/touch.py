"""A finger on a phone's screen, for the studio's browser tests: real touch events sent through chromium's CDP."""

from __future__ import annotations

import time
from typing import Any


def touch_drag_above(page: Any, handle: Any, target: Any, timeout: float = 20.0) -> None:
    """A finger on ``handle`` moves up to the screen's top edge and stays there until ``target`` (above, off
    screen) comes into view, then onto it and lifts: real touch events (CDP), as a phone's browser gets them."""
    cdp = page.context.new_cdp_session(page)

    def touch(kind: str, x: float, y: float) -> None:
        points = [] if kind == "touchEnd" else [{"x": x, "y": y, "id": 1}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    touch("touchStart", x, y)
    for step in range(1, 11):  # up to the top edge
        touch("touchMove", x, y - (y - 8) * step / 10)
    deadline = time.monotonic() + timeout
    while True:  # held at the edge: the list should scroll towards the target
        goal = target.bounding_box()
        if goal is not None and goal["y"] >= 0:
            break
        if time.monotonic() > deadline:
            touch("touchEnd", x, 8)
            raise AssertionError("holding a dragged row at the top of the screen does not scroll towards its target")
        touch("touchMove", x, 8)
        page.wait_for_timeout(50)
    for step in range(1, 6):  # onto the target, and let go
        touch("touchMove", x, 8 + (goal["y"] + 4 - 8) * step / 5)
    touch("touchEnd", x, goal["y"] + 4)
    cdp.detach()
