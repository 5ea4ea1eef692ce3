"""How often one client may do one thing: fixed-window counters shared by the service and the Rasa server.

    rule = Rule.parse("30/minute")
    counters = Counters.from_url(settings.rate_limit_storage)   # "memory://" or "redis://127.0.0.1:6379/0"
    wait = counters.hit(f"chat:addr:{address}", rule)            # None: go ahead; else seconds until allowed
    wait = await counters.ahit(...)                              # the same, from asyncio code (Sanic)

A rule counts hits per key in windows of ``rule.seconds``; the hit that goes
over ``rule.count`` is refused with the seconds left in its window (the
``Retry-After``). Memory counters belong to one process: fine for the
embedded default, where each process limits what reaches it. With several
processes or machines, point every process at one Redis so that a client
is counted once, wherever its requests land.

Why our own: Flask-Limiter and ``limits`` need ``packaging>=21``, which Rasa
3.6 refuses, and a leaky-bucket library answers "wait", not "how long". A
fixed window is one ``INCR`` and one ``EXPIRE`` per hit.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from dataclasses import dataclass
from typing import Any

__all__ = ["Rule", "Counters", "MemoryCounters", "RedisCounters", "RuleError", "retry_after"]

logger = logging.getLogger(__name__)

_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_RULE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*(second|minute|hour|day)s?\s*$")


class RuleError(ValueError):
    """A rule that cannot be read, such as ``"many/minute"``."""


@dataclass(frozen=True)
class Rule:
    """At most ``count`` hits per ``seconds``."""

    count: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> "Rule":
        """``"30/minute"``, ``"5/10 minutes"``, ``"1000/day"``."""
        match = _RULE.match(text or "")
        if not match:
            raise RuleError(f"{text!r} is not a rate such as '30/minute' or '5/10 minutes'")
        count, every, unit = int(match.group(1)), int(match.group(2) or 1), match.group(3)
        if count < 1 or every < 1:
            raise RuleError(f"{text!r}: the count and the period must be at least 1")
        return cls(count, every * _UNITS[unit])

    @classmethod
    def parse_many(cls, text: str) -> tuple["Rule", ...]:
        """A setting: ``"60/minute, 600/hour"`` (every rule must pass), one rule, or ``"off"`` (none)."""
        if (text or "").strip().lower() == "off":
            return ()
        rules = tuple(cls.parse(part) for part in text.split(",") if part.strip())
        if not rules:
            raise RuleError(f"{text!r} names no rate; give one such as '30/minute', or 'off'")
        return rules

    def __str__(self) -> str:
        return f"{self.count}/{self.seconds}s"


class Counters:
    """Where hits are counted; ``from_url`` picks memory or Redis."""

    @staticmethod
    def from_url(url: str | None) -> "Counters":
        if not url or url.startswith("memory:"):
            return MemoryCounters()
        if url.startswith(("redis://", "rediss://", "unix://")):
            return RedisCounters(url)
        raise ValueError(f"rate limit storage must be memory:// or redis://..., not {url.split(':', 1)[0]!r}")

    def hit(self, key: str, rule: Rule, now: float | None = None) -> float | None:
        raise NotImplementedError

    async def ahit(self, key: str, rule: Rule, now: float | None = None) -> float | None:
        return self.hit(key, rule, now)

    def reset(self) -> None:
        """Forget every count (tests)."""
        raise NotImplementedError


def retry_after(wait: float) -> int:
    """A wait as ``Retry-After`` says it: whole seconds, at least one."""
    return max(1, math.ceil(wait))


def _window(rule: Rule, now: float) -> tuple[int, float]:
    window = int(now // rule.seconds)
    return window, (window + 1) * rule.seconds - now


class MemoryCounters(Counters):
    """Counts in this process; expired windows are swept as keys are added, so memory stays bounded."""

    def __init__(self, max_keys: int = 100_000) -> None:
        self._counts: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()
        self._max_keys = max_keys

    def hit(self, key: str, rule: Rule, now: float | None = None) -> float | None:
        now = time.time() if now is None else now
        window, left = _window(rule, now)
        slot = f"{key}|{rule.seconds}|{window}"
        with self._lock:
            if len(self._counts) >= self._max_keys:
                self._sweep(now)
            _, count = self._counts.get(slot, (0.0, 0))
            count += 1
            self._counts[slot] = (now + left, count)
        return None if count <= rule.count else max(left, 0.001)

    def _sweep(self, now: float) -> None:
        self._counts = {k: v for k, v in self._counts.items() if v[0] > now}
        if len(self._counts) >= self._max_keys:
            # Every window still open: an attacker with many addresses; dropping the oldest half is fairer than growing.
            ordered = sorted(self._counts.items(), key=lambda item: item[1][0])
            self._counts = dict(ordered[len(ordered) // 2:])

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()


class RedisCounters(Counters):
    """Counts in Redis, shared by every process that names the same server; one round trip per hit."""

    def __init__(self, url: str, prefix: str = "leadbot:rl:") -> None:
        import redis  # only where Redis is configured
        import redis.asyncio

        self._url = url
        self._prefix = prefix
        self._client: Any = redis.Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)
        self._async_factory = redis.asyncio.Redis.from_url
        self._async: Any = None

    def _slot(self, key: str, rule: Rule, now: float | None) -> tuple[str, float]:
        window, left = _window(rule, time.time() if now is None else now)
        return f"{self._prefix}{key}|{rule.seconds}|{window}", left

    # Redis unreachable: the request goes ahead. A limiter outage must not stop visitors or leads;
    # it is logged, and the body-size caps and the bot's own checks still hold.

    def hit(self, key: str, rule: Rule, now: float | None = None) -> float | None:
        slot, left = self._slot(key, rule, now)
        try:
            pipe = self._client.pipeline(transaction=False)
            pipe.incr(slot)
            pipe.expire(slot, rule.seconds + 1)
            count, _ = pipe.execute()
        except Exception as exc:  # redis.RedisError and socket errors alike
            logger.warning("rate limits not counted, Redis failed: %s", type(exc).__name__)
            return None
        return None if int(count) <= rule.count else max(left, 0.001)

    async def ahit(self, key: str, rule: Rule, now: float | None = None) -> float | None:
        if self._async is None:
            self._async = self._async_factory(self._url, socket_timeout=1.0, socket_connect_timeout=1.0)
        slot, left = self._slot(key, rule, now)
        try:
            pipe = self._async.pipeline(transaction=False)
            pipe.incr(slot)
            pipe.expire(slot, rule.seconds + 1)
            count, _ = await pipe.execute()
        except Exception as exc:
            logger.warning("rate limits not counted, Redis failed: %s", type(exc).__name__)
            return None
        return None if int(count) <= rule.count else max(left, 0.001)

    def reset(self) -> None:
        for key in self._client.scan_iter(match=self._prefix + "*", count=1000):
            self._client.delete(key)
