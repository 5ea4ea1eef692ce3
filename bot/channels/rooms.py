"""The socket.io rooms several Rasa servers share through Redis, spoken in JSON.

python-socketio 5.9's ``AsyncRedisManager`` pickles what it publishes and
unpickles whatever arrives on its channel, so anyone able to publish on the
Redis server (a shared instance, a leaked password) could run code in every
Rasa server. ``JsonRedisManager`` publishes JSON and hands on only JSON
objects; anything else heard on the channel is dropped with a warning. What
travels there (event names, the bot's and a salesperson's lines, room ids,
ack ids) is JSON already.
"""

from __future__ import annotations

import json
import logging
from typing import Any, AsyncIterator

from redis.exceptions import RedisError
from socketio import AsyncRedisManager

logger = logging.getLogger(__name__)


class JsonRedisManager(AsyncRedisManager):
    """``AsyncRedisManager`` with JSON on the wire instead of pickle, both ways."""

    async def _publish(self, data: Any) -> Any:
        message = json.dumps(data)
        try:
            return await self.redis.publish(self.channel, message)
        except RedisError:  # one reconnect and retry, as the library does
            logger.error("cannot publish to Redis, reconnecting once")
            self._redis_connect()
            try:
                return await self.redis.publish(self.channel, message)
            except RedisError:
                logger.error("cannot publish to Redis, the line is lost for the other servers")
                return None

    async def _listen(self) -> AsyncIterator[dict[str, Any]]:
        async for message in super()._listen():
            try:
                data = json.loads(message)
            except (TypeError, ValueError):  # a pickle, or anything else that is not ours
                data = None
            if isinstance(data, dict):
                yield data
            else:
                logger.warning("dropped a message on the socket.io channel that is not a JSON object")
