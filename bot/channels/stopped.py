"""A stopped conversation keeps nothing: the gate every channel's messages pass before Rasa.

After "stop" the bot promised to store nothing more from the chat. The
actions already ignore what follows, but Rasa itself would still write each
message into the tracker store (its text, and the entities the extractor
found in it). So, for a conversation whose ``stopped`` slot is set, a message
is only parsed (which stores nothing): "start again" goes on to Rasa, and
anything else is answered here with the hint, in the conversation's language (its ``language``
slot: no action runs to decide it), and dropped.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage

from bot.actions.conversation import STOPPED_HINT
from bot.actions.phrasebook import ENGLISH, translate

START_AGAIN = "start_again"

Handler = Callable[[UserMessage], Awaitable[None]]


async def held(agent: Any, message: UserMessage) -> bool:
    """True when ``message`` belongs to a stopped conversation and is not "start again": answered, never stored."""
    tracker = await agent.tracker_store.retrieve(message.sender_id)
    if tracker is None or not tracker.get_slot("stopped"):
        return False
    parsed = await agent.processor.parse_message(UserMessage(message.text, sender_id=message.sender_id))
    if (parsed.get("intent") or {}).get("name") == START_AGAIN:
        return False
    hint = translate(STOPPED_HINT, tracker.get_slot("language") or ENGLISH)
    await message.output_channel.send_text_message(message.sender_id, hint)
    return True


def gated(agent: Callable[[], Any]) -> Handler:
    """The handler Rasa's channels call with each message, with the gate in front (``agent`` is read per call:
    it is loaded after the channels are registered)."""

    async def handler(message: UserMessage) -> None:
        if not await held(agent(), message):
            await agent().handle_message(message)

    return handler
