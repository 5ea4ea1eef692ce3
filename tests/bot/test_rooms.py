"""The socket.io rooms shared through the real Redis: JSON on the wire, and a pickle heard there is never loaded."""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import uuid
from pathlib import Path

import redis

from bot.channels.rooms import JsonRedisManager

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")  # as tests/bot/test_stores.py


class _Touch:
    """Unpickling this creates a file: the proof that a pickle was loaded."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple:
        return (Path.touch, (self.path,))


def test_what_a_server_publishes_for_the_others_is_json(tmp_path: Path) -> None:
    channel = f"leadbot:test:{uuid.uuid4().hex}"
    listener = redis.Redis.from_url(REDIS_URL).pubsub(ignore_subscribe_messages=True)
    listener.subscribe(channel)

    async def publish() -> None:
        manager = JsonRedisManager(REDIS_URL, channel=channel, write_only=True)
        await manager._publish({"method": "emit", "event": "bot_uttered", "data": {"text": "Dana joined the chat"},
                                "namespace": "/", "room": "sid-1", "skip_sid": None, "callback": None})
        await manager.redis.close()

    asyncio.run(publish())
    message = None
    for _ in range(50):
        message = listener.get_message(timeout=0.1)
        if message:
            break
    listener.close()
    assert message is not None, "the message reached Redis"
    assert json.loads(message["data"])["data"] == {"text": "Dana joined the chat"}


def test_a_pickle_published_on_the_channel_is_dropped_unloaded(tmp_path: Path) -> None:
    channel = f"leadbot:test:{uuid.uuid4().hex}"
    marker = tmp_path / "pickle-was-loaded"
    sender = redis.Redis.from_url(REDIS_URL)

    async def listen() -> list[dict]:
        manager = JsonRedisManager(REDIS_URL, channel=channel)
        heard: list[dict] = []

        async def first() -> None:
            async for data in manager._listen():
                heard.append(data)
                return

        task = asyncio.create_task(first())
        for _ in range(50):  # until the subscription is in place
            await asyncio.sleep(0.05)
            if sender.pubsub_numsub(channel)[0][1]:
                break
        sender.publish(channel, pickle.dumps({"method": "emit", "event": "x", "data": _Touch(marker)}))
        sender.publish(channel, b"not json at all")
        sender.publish(channel, json.dumps(["a list", "not an object"]))
        sender.publish(channel, json.dumps({"method": "emit", "event": "bot_uttered", "data": {"text": "hi"}}))
        await asyncio.wait_for(task, 5)
        return heard

    heard = asyncio.run(listen())
    assert heard == [{"method": "emit", "event": "bot_uttered", "data": {"text": "hi"}}]
    assert not marker.exists(), "the pickle was loaded"
    # The proof can fail: loading that pickle does create the file.
    pickle.loads(pickle.dumps(_Touch(marker)))
    assert marker.exists()
