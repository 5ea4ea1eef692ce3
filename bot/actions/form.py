"""The qualification form: its slots and questions come from the playbook at run time.

``validate_qualification_form`` runs on every visitor message while the form
is active (and on the message that opens it): the message goes through the
extractor, what it says is merged into the ``attributes`` slot (a later
value corrects an earlier one), the reply to the requested question is
judged, and the next slot is the first of the playbook's open questions.
The same action then asks for that slot in the playbook's words, one
variant after another (see ``ask``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from bot.actions import runtime
from bot.actions.booking import asks_for_times
from bot.actions.draft import save_draft
from bot.actions.questionnaire import CONSENT, Reply, interpret, question_for, shown_wording, slots_to_ask, wording
from bot.actions.state import State, is_fresh, latest_confidence, latest_intent, latest_text, seen
from bot.actions.submission import submit
from nlu.attributes import Attributes
from nlu.extract import extract
from qualification import Signals
from qualification.playbook import QUESTION_ATTRIBUTES
from qualification.wording import METADATA_KEY as WORDING_METADATA

FORM = "qualification_form"
SIGNALS = Signals(engaged=True)
# Below this intent confidence a message inside the form is an answer, not a digression or "stop".
DIGRESSION_CONFIDENCE = 0.6
UPDATED_LABELS = {
    "budget": "budget", "authority": "role", "timing": "timing", "company_size": "company size",
    "revenue": "revenue", "industry": "industry", "location": "location", "email": "email",
    "name": "name", "company": "company name",
}


class ValidateQualificationForm(FormValidationAction):
    def name(self) -> str:
        return "validate_qualification_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        state = State.of(tracker)
        return slots_to_ask(runtime.playbooks().current(), state.attributes, SIGNALS, state.progress, state.consent,
                            contact_first=bool(tracker.get_slot("human_requested")))

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if not tracker.active_loop.get("name") and tracker.get_slot("lead_id") and asks_for_times(tracker):
            # "next week" with slots on screen is not a timing answer: the form closes at once and
            # action_submit_lead offers the slots asked for.
            return [SlotSet(REQUESTED_SLOT, None)]
        fresh = is_fresh(tracker)
        events = self._read_reply(dispatcher, tracker)
        if events is None:
            # A digression ("how much do you charge?"): returning nothing lets
            # Rasa reject the form so the digression's rule answers it.
            return []
        had_email = State.of(tracker).attributes.email is not None
        tracker.add_slots(events)
        if tracker.get_slot("human_requested") and not had_email:
            now = State.of(tracker)
            if now.attributes.email is not None and now.consent is True:
                # The person asked for can now write back: the lead goes out again with the email.
                posted, _ = await submit(tracker)
                tracker.add_slots(posted)
                events += posted
                dispatcher.utter_message(text="Thanks, I've passed your email on to our team.")
        required = await self.required_slots([], dispatcher, tracker, domain)
        next_slot = next((slot for slot in required if tracker.get_slot(slot) is None), None)
        if next_slot is not None:
            if fresh:
                # The form goes on: the answers so far are saved as a draft (once email and consent
                # are in). When it ends here, action_submit_lead posts the complete lead instead.
                await save_draft(tracker)
            events.append(ask(dispatcher, tracker, next_slot))
        return events + [SlotSet(REQUESTED_SLOT, next_slot)]

    def _read_reply(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
        if not is_fresh(tracker):
            return []
        activating = not tracker.active_loop
        requested = None if activating else tracker.get_slot(REQUESTED_SLOT)
        playbook = runtime.playbooks().current()
        state = State.of(tracker)
        text = latest_text(tracker)
        intent = latest_intent(tracker)
        currency = playbook.company.default_currency
        extracted = extract(text, now=date.today(), default_currency=currency)
        mapped = requested is not None and tracker.slots_to_validate().get(requested) is not None
        if requested is not None and not mapped:
            if latest_confidence(tracker) >= DIGRESSION_CONFIDENCE and not _states(extracted, requested):
                return None
            # A digression the classifier is unsure of ("<b>Acme</b>" as "stop") is read as an answer.
            mapped = True
        reply: Reply | None = None
        question = question_for(playbook, requested) if requested else None
        if requested is not None:
            answer = extracted
            if mapped and requested in QUESTION_ATTRIBUTES:
                # Read as the answer to the question asked ("50" after "how many employees?"),
                # on top of everything else it says ("actually closer to 80k").
                answer = extracted.merge(extract(text, field=requested, now=date.today(), default_currency=currency))
            reply = interpret(
                requested, text, intent, answer, state.progress, required=question.required if question else True
            )
            if reply.outcome == "answered":
                extracted = answer
        attributes = state.attributes.merge(extracted)
        events: list[EventType] = [SlotSet("attributes", attributes.to_dict()), *seen(tracker)]
        corrected = _corrected(state.attributes, extracted, requested)
        if corrected:
            dispatcher.utter_message(text=f"Got it, I've updated your {corrected}.")
        if requested is None or reply is None:
            return events
        return events + _reply_events(dispatcher, requested, reply, state, question.id if question else requested, text)


def _states(extracted: Attributes, slot: str) -> bool:
    value = getattr(extracted, slot, None)
    return value is not None and value != ()


def _corrected(before: Attributes, extracted: Attributes, requested: str | None) -> str | None:
    for name, label in UPDATED_LABELS.items():
        old, new = getattr(before, name), getattr(extracted, name)
        if name != requested and old is not None and new is not None and old != new:
            return label
    return None


def _reply_events(
    dispatcher: CollectingDispatcher, slot: str, reply: Reply, state: State, question_id: str, text: str
) -> list[EventType]:
    progress = state.progress
    if reply.outcome == "answered":
        events: list[EventType] = [SlotSet(slot, reply.value)]
        if slot != CONSENT:
            events.append(SlotSet("answers", [*state.answers, {"question": question_id, "text": text}]))
        return events
    if reply.outcome == "not_understood":
        return [SlotSet(slot, None), SlotSet("progress", progress.miss(slot).to_slot())]
    if slot == CONSENT:
        dispatcher.utter_message(text="No problem, I won't keep any contact details.")
        return [SlotSet(slot, False)]
    dispatcher.utter_message(text="No problem, let's move on." if reply.outcome == "skipped" else "No worries, let's move on.")
    return [SlotSet(slot, None), SlotSet("progress", progress.skip(slot).to_slot())]


def ask(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str) -> EventType:
    """Asks for ``slot`` in the playbook's current words; the returned event counts the ask.

    Asking here rather than in ``action_ask_<slot>`` saves Rasa a second call
    to the action server on every turn; the form finds no ask action and
    leaves the question to this one.
    """
    progress = State.of(tracker).progress
    playbook = runtime.playbooks().current()
    text = wording(playbook, slot, progress, tracker.sender_id)
    buttons: list[dict[str, Any]] = []
    if slot == CONSENT:
        buttons = [{"title": "Yes, that's fine", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
    # Which wording was shown rides in the message's metadata, so the studio counts variants as shown.
    variant = shown_wording(playbook, slot, progress, tracker.sender_id)
    dispatcher.utter_message(text=text, buttons=buttons, **({WORDING_METADATA: variant.metadata()} if variant else {}))
    return SlotSet("progress", progress.ask(slot).to_slot())
