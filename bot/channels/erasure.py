"""A visitor asking the bot to delete what they told it ("please delete my data", "forget me"), before Rasa.

The privacy notice the bot shows says a visitor can ask for deletion at any
time; this is that request made in the chat. ``nlu.erasure`` recognises it
in the seven languages. It is handled here, in the gate every channel's
messages pass (``bot.channels.stopped.held``), the same way whatever the
conversation is doing (in the form, stopped, at the end): the service is
asked to forget the conversation (``POST
/api/v1/conversations/<id>/erasure``, ``bot.channels.service``),
which deletes its transcript and erases its lead, with what reached the
CRMs and Slack, if consent made one. The request itself never reaches Rasa,
so nothing of it is stored, and the visitor's next message starts a new
conversation. The reply says what happened, and only that, in the chat's
language; a request that opens the chat is answered in its own (the
browser's, else what it is written in), as any first message would be.

The request is carried out under the conversation's lock, the one Rasa takes
for each turn (``bot.stores``: in memory, or Redis for several servers). A
turn still in flight when the request comes (the bot's reply to the message
before, or the relay reading a line written to a salesperson) holds it: the
chat is deleted once that turn is stored, so nothing of it lands after the
deletion. A tracker store reads its count of stored events, then appends
past it; the service's deletion could commit in between (SQLite queues the
append behind the service's write and then writes it), which left the
turn's events behind (CI, the handoff's erasure test, 1 run in 10).
"""

from __future__ import annotations

import uuid
from typing import Any

from rasa.core.channels.channel import UserMessage

from bot.actions.language import conversation_language, said_in
from bot.actions.phrasebook import ENGLISH, translate
from bot.channels.service import post_signed
from nlu.erasure import asks_to_erase
from signing import erasure_path

DONE = ("Done: I've deleted everything you told me in this chat, and nothing from it is kept. "
        "If you'd like to talk again later, just say hi.")
DONE_WITH_LEAD = ("Done: I've deleted everything you told me in this chat, and the details our team had received. "
                  "If you'd like to talk again later, just say hi.")
# Erasing the lead erases its booking (``webhooks.leads.erase``): a visitor who booked must not wait for that call.
DONE_WITH_BOOKING = ("Done: I've deleted everything you told me in this chat, and the details our team had received, "
                     "so the call you booked is cancelled too. If you'd like to talk again later, just say hi.")
FAILED = ("Sorry, I couldn't delete it just now. Please try again in a minute, or ask us through the privacy "
          "notice's contact, and we'll delete it.")


async def forgotten(agent: Any, message: UserMessage) -> bool:
    """Whether ``message`` asked to delete the conversation, and was answered here (it goes no further)."""
    if not asks_to_erase(message.text or ""):
        return False
    async with agent.lock_store.lock(message.sender_id):
        # Read once the turn in flight is stored: a call it booked is cancelled with the chat, and said so.
        tracker = await agent.tracker_store.retrieve(message.sender_id)
        booked = bool(tracker.get_slot("booking")) if tracker is not None else False
        reply = await _forget(message.sender_id, booked)
    language = (tracker.get_slot("language") if tracker is not None else None) or _language(tracker, message)
    # In the conversation's variant ("pt-BR"), as the actions speak it.
    language = said_in([e.as_dict() for e in tracker.events] if tracker is not None else [], language)
    await message.output_channel.send_text_message(message.sender_id, translate(reply, language))
    return True


def _language(tracker: Any, message: UserMessage) -> str:
    """The language of a chat that has none yet (this request may open it), read as the bot reads it after a
    first message: the browser's, else the words."""
    events = [e.as_dict() for e in tracker.events] if tracker is not None else []
    request = {"event": "user", "text": message.text or "", "metadata": message.metadata or {}}
    return conversation_language([*events, request], ENGLISH)


async def _forget(conversation_id: str, booked: bool) -> str:
    """Ask the service to forget the conversation (``booked``: a call was booked in it); which reply that earns."""
    erased = await post_signed(erasure_path(conversation_id), {"request_id": uuid.uuid4().hex},
                               "a visitor's request to delete their chat")
    if erased is None:
        return FAILED
    if not erased.get("lead"):
        return DONE
    return DONE_WITH_BOOKING if booked else DONE_WITH_LEAD
