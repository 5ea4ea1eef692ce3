"""The service takes each signature once, and a signature covers the second and the body: the action server
signs no state-changing request twice in the same second (two identical lead posts in a row, a visitor saying no
twice, would otherwise have the second refused as a replay)."""

from __future__ import annotations

import time

from bot.actions.lead_service import _Stamps


def test_the_same_body_thrice_is_signed_in_three_different_seconds_without_waiting() -> None:
    stamps = _Stamps()
    started = time.monotonic()
    stamped = [stamps.fresh_second("POST", "/api/v1/leads", b'{"a":1}') for _ in range(3)]
    assert time.monotonic() - started < 0.5, "a request waited for the next second"
    assert len(set(stamped)) == 3 and stamped == sorted(stamped)
    # Ahead of the clock by the repeats only: well within the service's allowed skew.
    assert stamped[-1] - int(time.time()) <= 3


def test_different_bodies_or_targets_share_a_second_without_waiting() -> None:
    stamps = _Stamps()
    started = time.monotonic()
    seconds = {stamps.fresh_second("POST", "/api/v1/leads", b'{"a":1}'),
               stamps.fresh_second("POST", "/api/v1/leads", b'{"a":2}'),
               stamps.fresh_second("POST", "/api/v1/other", b'{"a":1}')}
    assert time.monotonic() - started < 0.5
    assert len(seconds) <= 2  # at most a second boundary crossed meanwhile
