"""A message sent again is answered once: the gate in front of every channel's messages for re-sends.

A client (the widget, a REST caller) whose Rasa server died mid-turn cannot
know whether the turn was taken: the server may have stored the message and
its replies (Rasa saves the turn before REST's answer goes out, and after
socket.io's replies were emitted) and died before the visitor read them. It
sends the message again, to another server. With the same ``message_id`` in
the message's metadata (any string of at most ``MAX_ID_CHARS``) and
``"resent": true``, the second copy is not a second turn: if the tracker store
holds a message of that conversation with that id, the replies stored after it
are sent again and nothing is stored. A first send costs nothing more (its id
is only stored with it); a message without an id is handled as always.

The check runs under the conversation's lock (Redis with several servers):
a first copy still being handled on a live server finishes and is stored
before the second copy is looked up.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import BotUttered, UserUttered

MESSAGE_ID, RESENT = "message_id", "resent"
MAX_ID_CHARS = 64

Handler = Callable[[UserMessage], Awaitable[None]]


def resent_id(message: UserMessage) -> Optional[str]:
    """The id of a message the client says it sends again; None for a first send or no usable id."""
    metadata = message.metadata if isinstance(message.metadata, dict) else {}
    value = metadata.get(MESSAGE_ID)
    usable = isinstance(value, str) and 0 < len(value) <= MAX_ID_CHARS and metadata.get(RESENT) is True
    return value if usable else None


def stored_replies(events: Any, message_id: str) -> Optional[list[dict[str, Any]]]:
    """The bot's replies stored after the message ``message_id``; None when no such message is stored."""
    replies: Optional[list[dict[str, Any]]] = None
    for event in events:
        if isinstance(event, UserUttered):
            if replies is not None:
                break  # the next visitor message: the turn's replies are all in
            if (event.metadata or {}).get(MESSAGE_ID) == message_id:
                replies = []
        elif replies is not None and isinstance(event, BotUttered):
            reply = {key: value for key, value in (event.data or {}).items() if value}
            if event.text:
                reply["text"] = event.text
            replies.append(reply)
    return replies


async def already_taken(agent: Any, sender_id: str, metadata: Any) -> bool:
    """Whether a message the client says it sends again is stored already (the channel then passes it on
    to nobody else, e.g. not to a salesperson's thread a second time)."""
    message_id = resent_id(UserMessage("", sender_id=sender_id, metadata=metadata))
    if message_id is None or agent is None:
        return False
    async with agent.lock_store.lock(sender_id):
        tracker = await agent.tracker_store.retrieve(sender_id)
    return tracker is not None and stored_replies(tracker.events, message_id) is not None


def once(agent: Callable[[], Any], handler: Handler) -> Handler:
    """``handler`` for a message seen the first time; the stored replies for one sent again."""

    async def handle(message: UserMessage) -> None:
        message_id = resent_id(message)
        if message_id is None:
            await handler(message)
            return
        current = agent()
        async with current.lock_store.lock(message.sender_id):
            tracker = await current.tracker_store.retrieve(message.sender_id)
            replies = stored_replies(tracker.events, message_id) if tracker is not None else None
        if replies is None:
            await handler(message)
            return
        for reply in replies:
            await message.output_channel.send_response(message.sender_id, reply)

    return handle
