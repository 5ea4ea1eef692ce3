"""What the visitor writes while a salesperson is in the chat, read into the lead at once (issue 19).

Rasa predicts nothing while a person is in (the conversation is paused), so
no form runs; the widget channel calls this action itself after each of the
visitor's messages (``bot.channels.handoff``). Each message since the pause
is read by the extractor as free text, in order; each value it states (the
visitor's own words, not an inference) becomes the answer to that attribute's
question with the source ``chat``, joins what the conversation knows, and the
lead is posted again when that changed anything, so sales sees it while still
talking. After hand back the form finds these answers in the slots and does
not ask for them again.

Every line since the pause, not only the latest: the channel's call runs after
the turn, and on a loaded server the visitor's next line can be logged before
it, so "the latest" was that next line, read twice, and the one before never
(seen in CI: "About 20k a month" never reached the lead). Read again, a line
gives what it gave, and a later line still corrects an earlier one.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions import language, runtime
from bot.actions.defaults import currency_for
from bot.actions.hearing import stated
from bot.actions.lead_service import ServiceUnavailable
from bot.actions.outcome import lead_payload
from bot.actions.questionnaire import MAX_TEXT, question_for
from bot.actions.state import State, is_payload
from bot.actions.submission import context
from nlu.extract import extract
from qualification.playbook import QUESTION_ATTRIBUTES

logger = logging.getLogger(__name__)

ACTION_READ_CHAT = "action_read_chat"
# The answer's source (the lead contract): read from what the visitor wrote while a salesperson was in.
CHAT = "chat"


class ActionReadChat(Action):
    def name(self) -> str:
        return ACTION_READ_CHAT

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped"):
            return []
        playbook = runtime.playbooks().current()
        state = State.of(tracker)
        attributes, answers = state.attributes, list(state.answers)
        for text in lines_since_the_pause(tracker):
            currency = currency_for(attributes, playbook.company.default_currency)
            # The conversation's language: a short line ("unos doscientos empleados") says too little to tell.
            read = extract(text, now=date.today(), default_currency=currency, lang=language.of(tracker))
            for name in (n for n in QUESTION_ATTRIBUTES if stated(read, n)):
                question = question_for(playbook, name)
                entry = {"question": question.id if question else name, "text": text, "source": CHAT}
                answers = [a for a in answers if a.get("question") != entry["question"]] + [entry]
            attributes = attributes.merge(read)
        if answers == list(state.answers) and attributes.to_dict() == state.attributes.to_dict():
            return []  # nothing new: no post
        events: list[EventType] = [SlotSet("attributes", attributes.to_dict()), SlotSet("answers", answers)]
        human = "" if tracker.get_slot("human_requested") else None
        payload = lead_payload(tracker.sender_id, attributes, answers, state.consent, playbook, human,
                               **context(tracker))
        try:
            lead: dict[str, Any] = await asyncio.to_thread(runtime.lead_service().post_lead, payload)
        except ServiceUnavailable as exc:
            logger.warning("the chat's answers are not in the lead yet (the next post carries them): %s", exc)
            return events + [SlotSet("lead_pending", True)]
        return events + [SlotSet("lead_id", lead.get("id")), SlotSet("lead_stage", lead.get("stage")),
                         SlotSet("lead_pending", False)]


def lines_since_the_pause(tracker: Tracker) -> list[str]:
    """The visitor's lines since the person came in (Rasa's ``pause`` event), oldest first; not a button's
    payload ("/affirm" clicked while a person is in tells nothing, and is no answer's text)."""
    lines: list[str] = []
    for event in reversed(tracker.events):
        if event.get("event") == "pause":
            break
        text = (event.get("text") or "")[:MAX_TEXT] if event.get("event") == "user" else ""
        if text.strip() and not is_payload(text):
            lines.append(text)
    return lines[::-1]
