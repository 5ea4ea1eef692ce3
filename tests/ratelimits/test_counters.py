"""The counters behind every rate limit, in memory and on the real Redis (127.0.0.1:6379)."""

from __future__ import annotations

import asyncio
import os
import uuid

import pytest

from ratelimits import Counters, MemoryCounters, RedisCounters, Rule, RuleError

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(params=["memory", "redis"])
def counters(request: pytest.FixtureRequest) -> Counters:
    if request.param == "memory":
        yield MemoryCounters()
        return
    redis = RedisCounters(REDIS_URL, prefix=f"test:{uuid.uuid4().hex}:")
    yield redis
    redis.reset()


@pytest.mark.parametrize("text,count,seconds", [
    ("30/minute", 30, 60), ("5 / 10 minutes", 5, 600), ("1000/day", 1000, 86400), ("2/second", 2, 1),
])
def test_a_rule_reads_as_operators_write_it(text: str, count: int, seconds: int) -> None:
    assert Rule.parse(text) == Rule(count, seconds)


@pytest.mark.parametrize("text", ["", "many/minute", "0/minute", "5/0 minutes", "5/fortnight", "5"])
def test_a_rule_that_cannot_be_read_is_refused(text: str) -> None:
    with pytest.raises(RuleError):
        Rule.parse(text)


def test_hits_up_to_the_count_pass_and_the_next_waits_for_the_window(counters: Counters) -> None:
    rule = Rule(3, 60)
    now = 60_000.0 + 15  # 45 s left in the window
    assert [counters.hit("a", rule, now) for _ in range(3)] == [None, None, None]
    assert counters.hit("a", rule, now) == pytest.approx(45.0)
    # Another key is counted apart, and the next window starts afresh.
    assert counters.hit("b", rule, now) is None
    assert counters.hit("a", rule, now + 45) is None


def test_async_hits_share_the_counts_of_sync_hits(counters: Counters) -> None:
    rule = Rule(2, 60)
    now = 120_000.0
    assert counters.hit("k", rule, now) is None

    async def two() -> list[float | None]:  # one event loop, as in the Rasa server
        return [await counters.ahit("k", rule, now), await counters.ahit("k", rule, now)]

    first, second = asyncio.run(two())
    assert first is None and second is not None


def test_two_redis_clients_count_one_client_once() -> None:
    prefix = f"test:{uuid.uuid4().hex}:"
    one, two = RedisCounters(REDIS_URL, prefix=prefix), RedisCounters(REDIS_URL, prefix=prefix)
    rule, now = Rule(2, 60), 180_000.0
    assert one.hit("x", rule, now) is None
    assert two.hit("x", rule, now) is None
    assert one.hit("x", rule, now) is not None
    one.reset()


def test_an_unreachable_redis_lets_requests_through() -> None:
    counters = RedisCounters("redis://127.0.0.1:1/0")
    assert counters.hit("x", Rule(1, 60)) is None
    assert counters.hit("x", Rule(1, 60)) is None


def test_memory_stays_bounded_under_many_addresses() -> None:
    counters = MemoryCounters(max_keys=1000)
    for n in range(5000):
        counters.hit(f"addr:{n}", Rule(5, 60), now=1000.0)
    assert len(counters._counts) <= 1000


def test_storage_is_chosen_by_url() -> None:
    assert isinstance(Counters.from_url(None), MemoryCounters)
    assert isinstance(Counters.from_url("memory://"), MemoryCounters)
    assert isinstance(Counters.from_url(REDIS_URL), RedisCounters)
    with pytest.raises(ValueError):
        Counters.from_url("mysql://x")


def test_a_setting_may_name_several_rules_or_none() -> None:
    assert Rule.parse_many("60/minute, 600/hour") == (Rule(60, 60), Rule(600, 3600))
    assert Rule.parse_many("30/minute") == (Rule(30, 60),)
    assert Rule.parse_many(" OFF ") == ()
    for text in ("", " , ", "60/minute, lots/hour"):
        with pytest.raises(RuleError):
            Rule.parse_many(text)
