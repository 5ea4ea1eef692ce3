"""Everything but the form: digressions, handing over the lead, a human, stop, goodbye, a call."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from bot.actions import runtime
from bot.actions.booking import BOOKABLE, asks_for_times, offer, offer_or_explain, wants_link
from bot.actions.faq import answer_messages
from bot.actions.form import FORM
from bot.actions.outcome import PENDING_MESSAGE, call_messages, closing_messages
from bot.actions.state import State, latest_intent, latest_text, seen
from bot.actions.submission import submit
from qualification.playbook import QUESTION_ATTRIBUTES

STOPPED_HINT = "Say \"start again\" whenever you'd like to go on."
# What "start again" empties: everything the visitor said, consent, and the lead's place in the conversation.
FRESH_SLOTS = ("attributes", "answers", "progress", "heard", "confirming", "consent", "lead_id", "lead_stage",
               "offered_slots", "visitor_tz", *QUESTION_ATTRIBUTES)


def _utter(dispatcher: CollectingDispatcher, messages: list[dict[str, Any]]) -> None:
    for message in messages:
        dispatcher.utter_message(**message)


class ActionAnswer(Action):
    """A question to us, answered from the playbook's FAQ (content requests get the offer); a form resumes after."""

    def name(self) -> str:
        return "action_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        _utter(dispatcher, answer_messages(runtime.playbooks().current(), latest_text(tracker), latest_intent(tracker)))
        return seen(tracker)


class ActionSubmitLead(Action):
    """Hands the lead to the service and answers by the stage it was given."""

    def name(self) -> str:
        return "action_submit_lead"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped"):
            # Said after "stop": read by nothing. The stop itself said that nothing is kept.
            dispatcher.utter_message(text=STOPPED_HINT)
            return []
        if tracker.get_slot("lead_id") and (asks_for_times(tracker) or tracker.get_slot("awaiting_zone")):
            # "next week" after the slots were shown (or a city after "Other time zone") reopened the
            # complete form: it asks for other times.
            return await offer(dispatcher, tracker, text=latest_text(tracker))
        sent_before = tracker.get_slot("lead_id") is not None and not tracker.get_slot("lead_pending")
        stage_before = tracker.get_slot("lead_stage")
        events, lead = await submit(tracker)
        if lead is None:
            dispatcher.utter_message(text=PENDING_MESSAGE)
            return events
        playbook = runtime.playbooks().current()
        stage = str(lead.get("stage"))
        if sent_before and (stage_before in BOOKABLE or stage not in BOOKABLE or tracker.get_slot("booking")):
            # An update after the lead went out (a correction): the service has it; the closing is not repeated.
            return events
        if stage in BOOKABLE and not tracker.get_slot("booking"):
            # A sales-qualified visitor is offered the owner's next free slots at once.
            intro = closing_messages(stage, playbook)[0]["text"]
            tracker.add_slots(events)
            if wants_link(playbook):
                state = State.of(tracker)
                dispatcher.utter_message(text=intro)
                _utter(dispatcher, call_messages(playbook, state.attributes, state.consent))
                return events
            return events + await offer(dispatcher, tracker, intro)
        need = State.of(tracker).attributes.need
        _utter(dispatcher, closing_messages(stage, playbook, need.categories if need is not None else ()))
        return events


class ActionRequestHuman(Action):
    """Records the wish for a person with the lead, so sales hears of it; the form then resumes."""

    def name(self) -> str:
        return "action_request_human"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped"):
            dispatcher.utter_message(text="Of course. You can reach our team any time through the contact page.")
            return seen(tracker)
        events, lead = await submit(tracker, human_request=latest_text(tracker))
        state = State.of(tracker)
        text = "I've let our team know you'd like to talk to a person; someone will get in touch with you shortly."
        if lead is None:
            text = "I've noted that you'd like to talk to a person; our team will get in touch with you shortly."
        if state.attributes.email is None and state.consent is not False:
            # The form asks for the email next (``slots_to_ask`` puts contact details first now).
            text = text.replace(" shortly.", " shortly. So they can reach you, I'll just need your email.")
            if tracker.active_loop.get("name") is None:
                text += " What's the best email for them?"
        dispatcher.utter_message(text=text)
        return [SlotSet("human_requested", True), *events, *seen(tracker)]


class ActionStop(Action):
    """Ends politely; nothing more is stored for this conversation."""

    def name(self) -> str:
        return "action_stop"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped"):
            dispatcher.utter_message(text=STOPPED_HINT)
            return seen(tracker)
        dispatcher.utter_message(text="Understood, I'll stop here and won't store anything more from this chat. "
                                      "If you change your mind, say \"start again\". Take care!")
        return [SlotSet("stopped", True), SlotSet("heard", None), SlotSet("confirming", None), ActiveLoop(None),
                SlotSet(REQUESTED_SLOT, None), *seen(tracker)]


class ActionStartAgain(Action):
    """ "Start again": a fresh form (consent asked again before any contact detail), nothing carried over."""

    def name(self) -> str:
        return "action_start_again"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        dispatcher.utter_message(text="Happy to start again. A few quick questions, as before.")
        fresh: list[EventType] = [SlotSet(name, None) for name in FRESH_SLOTS]
        return [*fresh, SlotSet("stopped", False), SlotSet("human_requested", False), SlotSet("lead_pending", False),
                SlotSet("awaiting_zone", False), ActiveLoop(None), SlotSet(REQUESTED_SLOT, None), *seen(tracker)]


class ActionGoodbye(Action):
    """Says goodbye; a visitor who leaves after giving an email still becomes a lead."""

    def name(self) -> str:
        return "action_goodbye"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if asks_for_times(tracker):
            # "later" after the slots were shown asks for later slots, not to leave.
            return [*await offer(dispatcher, tracker, text=latest_text(tracker)), *seen(tracker)]
        events: list[EventType] = []
        state = State.of(tracker)
        unsent = tracker.get_slot("lead_id") is None or tracker.get_slot("lead_pending")
        if not tracker.get_slot("stopped") and state.attributes.email is not None and unsent:
            events, _ = await submit(tracker)
        dispatcher.utter_message(text="Thanks for stopping by. Have a great day!")
        return [*events, ActiveLoop(None), SlotSet(REQUESTED_SLOT, None), *seen(tracker)]


class ActionBookCall(Action):
    """A call for a stored lead; otherwise the questions first, so the right consultant joins."""

    def name(self) -> str:
        return "action_book_call"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped"):
            dispatcher.utter_message(text="Of course. You can book a call any time through our contact page.")
            return seen(tracker)
        if tracker.get_slot("lead_id"):
            return [*await offer_or_explain(dispatcher, tracker), *seen(tracker)]
        dispatcher.utter_message(text="Happy to set up a call. A few quick questions first, so the right consultant joins you.")
        return [FollowupAction(FORM)]
