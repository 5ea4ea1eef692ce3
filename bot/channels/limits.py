"""How much a chat client may send: the message cap, rate limits per address and per conversation.

One message can freeze the bot for everyone (a 10 MB message took Rasa 24 s
to parse and 20 MB to store), and a script can chat its way to hundreds of
junk leads. Every web message therefore passes here before Rasa sees it:

- a message over ``LEADBOT_MAX_MESSAGE_CHARS`` gets a polite answer and is
  neither parsed nor stored;
- hits are counted per client address and per conversation on the shared
  counters (``ratelimits``, the same package and storage as the service);
  the hit over a limit is refused with the seconds to wait.

The channels (``bot.channels.rest``, ``bot.channels.widget``) and the Rasa
server's middleware (``bot.serve``) use one ``ChatLimits`` per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sanic.request import Request

import ratelimits
from bot.settings import Settings
from ratelimits import Counters, Rule

TOO_FAST = "You're sending messages faster than I can read them. Please wait a few seconds and try again."
NOT_HERE = "Sorry, this conversation can't be continued here. Please start a new chat."
# What the widget may attach to a message ({"tz": "Europe/Berlin"}); anything bigger is dropped, not stored.
MAX_METADATA_CHARS = 1000


def too_long_text(limit: int) -> str:
    return (f"Sorry, that message is too long for me to read (the limit is {limit:,} characters). "
            "Could you say it in fewer words?")


def retry_after(seconds: float) -> str:
    """The ``Retry-After`` header's value."""
    return str(ratelimits.retry_after(seconds))


def client_address(request: Request) -> str:
    """The client's address: from a trusted proxy's header when configured (``bot.serve``), else the peer's."""
    return request.remote_addr or request.ip or "unknown"


def bounded_metadata(metadata: Any) -> dict[str, Any]:
    """A message's metadata as stored with it in the tracker: a small JSON object, or nothing."""
    if isinstance(metadata, str):
        if len(metadata) > MAX_METADATA_CHARS:
            return {}
        try:
            metadata = json.loads(metadata)
        except ValueError:
            return {}
    if not isinstance(metadata, dict):
        return {}
    try:
        size = len(json.dumps(metadata))
    except (TypeError, ValueError):
        return {}
    return metadata if size <= MAX_METADATA_CHARS else {}


@dataclass
class ChatLimits:
    counters: Counters
    per_address: tuple[Rule, ...]
    per_conversation: tuple[Rule, ...]
    max_message_chars: int

    @classmethod
    def from_settings(cls, settings: Settings) -> "ChatLimits":
        return cls(Counters.from_url(settings.rate_limit_storage), settings.limit_chat_per_address,
                   settings.limit_chat_per_conversation, settings.max_message_chars)

    async def _hit(self, key: str, rules: tuple[Rule, ...]) -> float | None:
        waits = [wait for rule in rules if (wait := await self.counters.ahit(key, rule)) is not None]
        return max(waits) if waits else None

    async def address_wait(self, address: str) -> float | None:
        """None: this address may send one more message (or open one more chat); else seconds to wait."""
        return await self._hit(f"chat:addr:{address}", self.per_address)

    async def conversation_wait(self, sender: str) -> float | None:
        return await self._hit(f"chat:conv:{sender}", self.per_conversation)

    def too_long(self, text: str) -> bool:
        return len(text) > self.max_message_chars

    def too_long_text(self) -> str:
        return too_long_text(self.max_message_chars)


@lru_cache(maxsize=1)
def chat_limits() -> ChatLimits:
    """This process's limits and counters, shared by every channel and the middleware."""
    return ChatLimits.from_settings(Settings.from_env())
