"""The service takes each signature once, and a signature covers the second and the body: the action server
signs no state-changing request twice in the same second (two identical lead posts in a row, a visitor saying no
twice, would otherwise have the second refused as a replay)."""

from __future__ import annotations

import time

from bot.actions.lead_service import _Stamps


def test_the_same_body_twice_is_signed_in_two_different_seconds() -> None:
    stamps = _Stamps()
    first = stamps.fresh_second("POST", "/api/v1/leads", b'{"a":1}')
    second = stamps.fresh_second("POST", "/api/v1/leads", b'{"a":1}')
    assert second > first
    assert int(time.time()) >= second


def test_different_bodies_or_targets_share_a_second_without_waiting() -> None:
    stamps = _Stamps()
    started = time.monotonic()
    seconds = {stamps.fresh_second("POST", "/api/v1/leads", b'{"a":1}'),
               stamps.fresh_second("POST", "/api/v1/leads", b'{"a":2}'),
               stamps.fresh_second("POST", "/api/v1/other", b'{"a":1}')}
    assert time.monotonic() - started < 0.5
    assert len(seconds) <= 2  # at most a second boundary crossed meanwhile
