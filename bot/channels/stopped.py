"""A stopped conversation keeps nothing: the gate every channel's messages pass before Rasa.

After "stop" the bot promised to store nothing more from the chat. The
actions already ignore what follows, but Rasa itself would still write each
message into the tracker store (its text, and the entities the extractor
found in it). So, for a conversation whose ``stopped`` slot is set, a message
is only parsed (which stores nothing), then:

- "start again" goes on to Rasa, and so does a request to carry on in the
  visitor's words ("shall we carry on?", "weiter?", ``bot.actions.resuming``),
  as the intent ``start_again`` with the visitor's words: the stop promised a
  fresh form for it, and the transcript keeps what they wrote;
- a request to cancel a call booked before the stop ("ich muss den Termin
  absagen") hears that the call still stands and how to cancel it
  (``bot.actions.booking.cannot_cancel_messages``): stopping the chat cancels no call;
- a question to us that the playbook's FAQ answers ("do you keep my
  messages?", "what do you charge?") gets its answer, then the hint: a
  visitor who stopped may still want to know what happens to what they wrote;
- anything else gets the hint.

Before all that, in every conversation, stopped or not, a request to delete
what the visitor said ("please delete my data") is done and answered by
``bot.channels.erasure``, and goes no further.

Everything but "start again" is answered here, in the conversation's language
(its ``language`` slot: no action runs to decide it), and dropped.

After a message Rasa handled, a "no" to the privacy question in that turn has
the contact details withheld from the stored chat (``bot.channels.withheld``).
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.trackers import DialogueStateTracker

from bot.actions import runtime
from bot.actions.booking import cannot_cancel_messages
from bot.actions.conversation import STOPPED_HINT
from bot.actions.faq import answering, entry_messages
from bot.actions.language import conversation_variant, speaking
from bot.actions.phrasebook import ENGLISH, say
from bot.actions.resuming import as_start_again, asks_to_go_on
from bot.channels.erasure import forgotten
from bot.channels.withheld import consent_mark, off_the_loop, sql_tracker_store, withhold_after_refusal
from bot.stores import DatabaseUrlTrackerStore
from nlu.rescheduling import asks_to_cancel

START_AGAIN = "start_again"
STOPPED = "stopped"

Handler = Callable[[UserMessage], Awaitable[None]]


def _faq_answers(text: str, intent: str | None, confidence: float) -> list[str]:
    """The FAQ's answer to ``text`` in the language being spoken, its texts only: a button (the bot's "talk to a
    person") would only meet the hint again in a stopped conversation."""
    playbook = runtime.playbooks().current()
    entry = answering(playbook, text, intent, confidence)
    if entry is None:
        return []
    return [m["text"] for m in entry_messages(playbook, entry) if m.get("text")]


def _cancel_answers(tracker: DialogueStateTracker, text: str) -> list[str]:
    """A call booked before the stop is still booked: a request to cancel it hears so, and how (the chat cannot),
    as it is said before a stop."""
    booking = tracker.get_slot("booking")
    if not isinstance(booking, dict) or not booking or not asks_to_cancel(text):
        return []
    return [m["text"] for m in cannot_cancel_messages(booking)]


async def _stopped(store: Any, sender_id: str) -> tuple[bool, DialogueStateTracker | None]:
    """Whether the conversation is stopped, with its tracker when that had to be read to tell: its ``stopped``
    slot, read from the one event that decides it when the store is ours (every message asks, and most chats are
    not stopped: the whole tracker cost 6-9 ms a turn), else, or when only a replay can tell, from its tracker. On
    the loop, as Rasa's own read of the tracker: one short statement, cheaper than a thread hop."""
    sql = sql_tracker_store(store)
    if isinstance(sql, DatabaseUrlTrackerStore):
        known, value = sql.slot_value(sender_id, STOPPED)
        if known:
            return bool(value), None
    tracker = await store.retrieve(sender_id)
    return tracker is not None and bool(tracker.get_slot(STOPPED)), tracker


async def held(agent: Any, message: UserMessage) -> UserMessage | None:
    """What goes on to Rasa from a stopped conversation: ``message`` unless it is stopped, "start again" in
    place of a request to carry on, and nothing for anything else, which is answered here and never stored."""
    stopped, tracker = await _stopped(agent.tracker_store, message.sender_id)
    if not stopped:
        return message
    # Read once: a turn reverted after the stop (Rasa's fallback) already had the whole tracker replayed to tell.
    if tracker is None:
        tracker = await agent.tracker_store.retrieve(message.sender_id)
    if tracker is None:
        return message
    parsed = await agent.processor.parse_message(UserMessage(message.text, sender_id=message.sender_id))
    intent = (parsed.get("intent") or {}).get("name")
    if intent == START_AGAIN:
        return message
    text = message.text or ""
    if asks_to_go_on(text):
        # Rasa reads the intent from ``parse_data`` and stores the visitor's own words, never a payload.
        return UserMessage(text, message.output_channel, message.sender_id, parse_data=as_start_again(text),
                           input_channel=message.input_channel, message_id=message.message_id,
                           metadata=message.metadata)
    # In the conversation's variant too: a Brazilian visitor read the hint in Portugal's Portuguese.
    lang = tracker.get_slot("language") or ENGLISH
    with speaking(lang, conversation_variant([e.as_dict() for e in tracker.events], lang)):
        answers = _cancel_answers(tracker, text) \
            or _faq_answers(text, intent, float((parsed.get("intent") or {}).get("confidence") or 0.0))
        for answer in answers:
            await message.output_channel.send_text_message(message.sender_id, answer)
        await message.output_channel.send_text_message(message.sender_id, say(STOPPED_HINT))
    return None


def gated(agent: Callable[[], Any]) -> Handler:
    """The handler Rasa's channels call with each message, with the gate in front (``agent`` is read per call:
    it is loaded after the channels are registered)."""

    async def handler(message: UserMessage) -> None:
        if await forgotten(agent(), message):
            return
        passed = await held(agent(), message)
        if passed is not None:
            # Off the event loop (``bot.channels.withheld``): other visitors' turns go on meanwhile.
            before = await off_the_loop(consent_mark, agent().tracker_store, passed.sender_id)
            await agent().handle_message(passed)
            # A "no" to the privacy question in this turn: nothing stored keeps what it refused.
            await off_the_loop(withhold_after_refusal, agent().tracker_store, passed.sender_id, before)

    return handler
