"""Who is in which chat (``bot.channels.chats``): the same answers from this process's memory and from Redis,
and in Redis the same answers for every Rasa server (each its own client)."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import redis

from bot.channels.chats import MemoryChats, RedisChats, chat_state
from bot.settings import Settings

REDIS_URL = "redis://127.0.0.1:6379/13"


def redis_or_skip() -> None:
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")


def run(work):  # type: ignore[no-untyped-def]
    return asyncio.run(work)


@pytest.fixture(params=["memory", "redis"])
def two_servers(request: pytest.FixtureRequest) -> tuple[object, object]:
    """The state as two Rasa servers see it: one memory for one process; two clients of one Redis."""
    if request.param == "memory":
        chats = MemoryChats()
        return chats, chats
    redis_or_skip()
    return RedisChats(REDIS_URL), RedisChats(REDIS_URL)


def test_a_person_joined_on_one_server_is_in_the_chat_on_the_other_until_they_leave(two_servers) -> None:
    one, other = two_servers
    conversation = uuid.uuid4().hex

    async def story() -> list[object]:
        seen = [await other.agent(conversation)]
        await one.joined(conversation, "Dana Reyes")
        seen += [await other.agent(conversation), await one.agent(conversation)]
        seen += [await other.left(conversation), await one.agent(conversation), await one.left(conversation)]
        return seen

    assert run(story()) == [None, "Dana Reyes", "Dana Reyes", "Dana Reyes", None, None]


def test_a_signed_event_is_taken_once_whichever_server_it_reaches(two_servers) -> None:
    one, other = two_servers
    signature = uuid.uuid4().hex

    async def story() -> list[bool]:
        return [await one.first_time(signature, 60), await other.first_time(signature, 60),
                await one.first_time(uuid.uuid4().hex, 60)]

    assert run(story()) == [True, False, True]


def test_redis_holds_the_state_when_redis_url_is_set_and_memory_otherwise() -> None:
    assert isinstance(chat_state(Settings.from_env({})), MemoryChats)
    assert isinstance(chat_state(Settings.from_env({"REDIS_URL": REDIS_URL})), RedisChats)


def test_every_join_is_counted_on_every_server_so_a_join_already_over_is_still_seen(two_servers) -> None:
    one, other = two_servers
    conversation = uuid.uuid4().hex

    async def story() -> list[object]:
        seen: list[object] = [await other.joins(conversation)]
        await one.joined(conversation, "Dana Reyes")
        await one.left(conversation)
        seen.append(await other.joins(conversation))
        await other.joined(conversation, "Sam Okafor")
        return [*seen, await one.joins(conversation)]

    assert run(story()) == [0, 1, 2]
