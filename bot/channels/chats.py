"""Who is in which visitor's chat, as every Rasa server of a deployment sees it (issue 19 on several servers).

The service tells one Rasa server that a salesperson joined, wrote or left
(``bot.channels.handoff``), but the visitor's next message may reach another:
a socket.io visitor whose server died reconnects elsewhere, REST turns are
spread over the servers, and the service's relay goes through the load
balancer. So the state the channel keeps is shared the way the conversations'
locks are (``bot.stores``):

- one Rasa process (``make run``, the default): in its memory;
- ``REDIS_URL`` set (several Rasa servers, or Sanic workers): in Redis, under
  ``leadbot:handoff:*``.

Three things are kept: the name of the person in each chat (until they leave,
or a day without a word from either side), how many times someone joined it
(a visitor waiting for a person was joined even if the person has handed back
by the time the wait ends), and the signatures of the service's events
already taken (a replayed event is refused on every server, not only on the
one that took it first).
"""

from __future__ import annotations

import time
from typing import Dict, Optional, Protocol

from bot.settings import Settings

KEY_PREFIX = "leadbot:handoff"
# A chat nobody wrote in for a day is over even if no "left" ever came (the service's relay was lost).
AGENT_SECONDS = 24 * 3600


class ChatState(Protocol):
    async def agent(self, conversation_id: str) -> Optional[str]:
        """The name of the person in the chat; None when nobody is."""

    async def joined(self, conversation_id: str, name: str) -> None:
        ...

    async def joins(self, conversation_id: str) -> int:
        """How many times someone joined the chat (within a day of the last join)."""

    async def left(self, conversation_id: str) -> Optional[str]:
        """Nobody is in the chat any more; the name of who was."""

    async def first_time(self, signature: str, seconds: float) -> bool:
        """True the first time ``signature`` is seen within ``seconds``."""


class MemoryChats:
    """This process's memory: right for one Rasa process, wrong for several."""

    def __init__(self) -> None:
        self._agents: Dict[str, tuple[str, float]] = {}
        self._seen: Dict[str, float] = {}
        self._joins: Dict[str, int] = {}

    async def agent(self, conversation_id: str) -> Optional[str]:
        found = self._agents.get(conversation_id)
        if found is None or found[1] < time.monotonic():
            self._agents.pop(conversation_id, None)
            return None
        return found[0]

    async def joined(self, conversation_id: str, name: str) -> None:
        self._agents[conversation_id] = (name, time.monotonic() + AGENT_SECONDS)
        self._joins[conversation_id] = self._joins.get(conversation_id, 0) + 1

    async def joins(self, conversation_id: str) -> int:
        return self._joins.get(conversation_id, 0)

    async def left(self, conversation_id: str) -> Optional[str]:
        found = self._agents.pop(conversation_id, None)
        return found[0] if found is not None else None

    async def first_time(self, signature: str, seconds: float) -> bool:
        now = time.monotonic()
        self._seen = {s: until for s, until in self._seen.items() if until > now}
        if signature in self._seen:
            return False
        self._seen[signature] = now + seconds
        return True


class RedisChats:
    """Redis, shared by every Rasa server (``REDIS_URL``); the client is made on first use, in the server's loop."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._client: object = None

    def _redis(self):  # type: ignore[no-untyped-def]
        if self._client is None:
            from redis import asyncio as aioredis

            self._client = aioredis.Redis.from_url(self.url, decode_responses=True)
        return self._client

    async def agent(self, conversation_id: str) -> Optional[str]:
        name = await self._redis().get(f"{KEY_PREFIX}:agent:{conversation_id}")
        return None if name is None else str(name)

    async def joined(self, conversation_id: str, name: str) -> None:
        async with self._redis().pipeline(transaction=True) as both:
            both.set(f"{KEY_PREFIX}:agent:{conversation_id}", name, ex=AGENT_SECONDS)
            both.incr(f"{KEY_PREFIX}:joins:{conversation_id}")
            both.expire(f"{KEY_PREFIX}:joins:{conversation_id}", AGENT_SECONDS)
            await both.execute()

    async def joins(self, conversation_id: str) -> int:
        return int(await self._redis().get(f"{KEY_PREFIX}:joins:{conversation_id}") or 0)

    async def left(self, conversation_id: str) -> Optional[str]:
        name = await self._redis().getdel(f"{KEY_PREFIX}:agent:{conversation_id}")
        return None if name is None else str(name)

    async def first_time(self, signature: str, seconds: float) -> bool:
        stored = await self._redis().set(f"{KEY_PREFIX}:seen:{signature}", "1", nx=True, ex=max(1, int(seconds)))
        return bool(stored)


def chat_state(settings: Settings) -> ChatState:
    """Redis when ``REDIS_URL`` is set, else this process's memory (as ``bot.stores.lock_store`` picks)."""
    return RedisChats(settings.redis_url) if settings.redis_url else MemoryChats()
