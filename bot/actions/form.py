"""The qualification form: its slots and questions come from the playbook at run time.

``validate_qualification_form`` runs on every visitor message while the form
is active (and on the message that opens it). The message goes through the
extractor twice: for the question asked, and as free text. The answer to
the question asked is *given*; anything else it mentions is *heard*
(``hearing``) and confirmed in one short line before the question it would
skip is dropped ("I noted a budget of about £60k. Is that right?" with Yes
and Change). A new value for something given, said as a correction, is
taken and said back ("Got it, about 300 people."). A question from the
visitor that the playbook's FAQ answers is answered, and the question asked
is asked again. The same action then asks for the next slot in the
playbook's words, one variant after another (see ``ask``), thanking the
visitor briefly for the answer.

After "stop" nothing a visitor writes is read: no extraction, no answer, no
draft; the form closes at once until they say "start again".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from bot.actions import runtime
from bot.actions.booking import asks_for_times
from bot.actions.defaults import currency_for, rebased
from bot.actions.draft import save_draft
from bot.actions.faq import entry_messages, faq_entry
from bot.actions.hearing import (
    CONFIRMED,
    CORRECTED,
    GIVEN,
    Hearing,
    confirm,
    corrects_itself,
    hear,
    only,
    stated,
)
from bot.actions.phrasing import acknowledgement, describe, noted, said_back
from bot.actions.questionnaire import (
    AFFIRMING,
    CONSENT,
    FREE_TEXT,
    Progress,
    Reply,
    interpret,
    question_for,
    shown_wording,
    slots_to_ask,
    wording,
)
from bot.actions.state import State, is_fresh, latest_confidence, latest_intent, latest_text, seen
from bot.actions.submission import submit
from nlu.attributes import Attributes
from nlu.extract import extract
from nlu.faq import reads_as_question
from qualification import Playbook, Signals
from qualification.playbook import QUESTION_ATTRIBUTES
from qualification.wording import METADATA_KEY as WORDING_METADATA

FORM = "qualification_form"
SIGNALS = Signals(engaged=True)
# Below this intent confidence a message inside the form is an answer, not a digression or "stop".
DIGRESSION_CONFIDENCE = 0.6
YES_CHANGE = [{"title": "Yes", "payload": "/affirm"}, {"title": "Change", "payload": "/deny"}]


class ValidateQualificationForm(FormValidationAction):
    def name(self) -> str:
        return "validate_qualification_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        if tracker.get_slot("stopped"):
            return []
        state = State.of(tracker)
        return slots_to_ask(runtime.playbooks().current(), state.attributes, SIGNALS, state.progress, state.consent,
                            contact_first=bool(tracker.get_slot("human_requested")))

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped"):
            # Nothing after "stop" is read: the form closes and action_submit_lead says how to go on.
            return [SlotSet(REQUESTED_SLOT, None), *seen(tracker)]
        if not tracker.active_loop.get("name") and tracker.get_slot("lead_id") and (
                asks_for_times(tracker) or tracker.get_slot("awaiting_zone")):
            # "next week" with slots on screen (or a place after "other time zone") is not an answer:
            # the form closes at once and action_submit_lead offers the slots asked for.
            return [SlotSet(REQUESTED_SLOT, None)]
        fresh = is_fresh(tracker)
        before = State.of(tracker)
        events = self._read_reply(dispatcher, tracker)
        if events is None:
            # A digression ("how much do you charge?"): returning nothing lets
            # Rasa reject the form so the digression's rule answers it.
            return []
        tracker.add_slots(events)
        now = State.of(tracker)
        if tracker.get_slot("human_requested") and before.attributes.email is None:
            if now.attributes.email is not None and now.consent is True:
                # The person asked for can now write back: the lead goes out again with the email.
                posted, _ = await submit(tracker)
                tracker.add_slots(posted)
                events += posted
                dispatcher.utter_message(text="Thanks, I've passed your email on to our team.")
        required = await self.required_slots([], dispatcher, tracker, domain)
        next_slot = next((slot for slot in required if tracker.get_slot(slot) is None), None)
        heard = [s for s in required if stated(now.heard.attributes, s) and s not in now.progress.doubted]
        if next_slot not in heard:
            # Confirmed when the first of them is due (then all at once): before a question is skipped.
            heard = []
        if fresh and tracker.get_slot("lead_id") and now.attributes != before.attributes and (heard or next_slot):
            # A correction after the lead went out, while the form goes on (when it ends here,
            # action_submit_lead posts): the service, and through it every destination, gets it.
            posted, _ = await submit(tracker)
            tracker.add_slots(posted)
            events += posted
        if heard:
            dispatcher.utter_message(text=noted(heard, now.heard.attributes), buttons=YES_CHANGE)
            return events + [SlotSet("confirming", heard), SlotSet(REQUESTED_SLOT, heard[0])]
        if next_slot is not None:
            if fresh:
                # The form goes on: the answers so far are saved as a draft (once email and consent
                # are in). When it ends here, action_submit_lead posts the complete lead instead.
                await save_draft(tracker)
            thanks = fresh and len(now.answers) > len(before.answers) and not _said_back(dispatcher)
            events.append(ask(dispatcher, tracker, next_slot, thank=thanks))
        return events + [SlotSet("confirming", None), SlotSet(REQUESTED_SLOT, next_slot)]

    def _read_reply(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
        if not is_fresh(tracker):
            return []
        activating = not tracker.active_loop
        requested = None if activating else tracker.get_slot(REQUESTED_SLOT)
        playbook = runtime.playbooks().current()
        state = State.of(tracker)
        text = latest_text(tracker)
        intent = latest_intent(tracker)
        today = date.today()
        fallback = playbook.company.default_currency
        currency = currency_for(state.attributes.merge(state.heard.attributes), fallback)
        free = extract(text, now=today, default_currency=currency)
        if free.location is not None and currency_for(free, currency) != currency:
            # "Manchester, about 2k a month": the amount is in the currency of the place said with it.
            currency = currency_for(free, currency)
            free = extract(text, now=today, default_currency=currency)
        confirming = state.confirming if requested is not None and requested in state.confirming else ()
        mapped = requested is not None and tracker.slots_to_validate().get(requested) is not None
        if requested is not None and not mapped:
            if latest_confidence(tracker) >= DIGRESSION_CONFIDENCE and not stated(free, requested):
                return None
            # A digression the classifier is unsure of ("<b>Acme</b>" as "stop") is read as an answer.
        if (entry := faq_entry(playbook, text)) is not None:
            # A question of theirs ("what do you charge?", "is 50k enough?") is answered from the FAQ.
            # Amounts and dates in a question are asked about, not stated: never a budget or a deadline.
            for message in entry_messages(playbook, entry):
                dispatcher.utter_message(**message)
            # Nothing in a question is taken, not even as heard: what it mentions is what they ask about
            # ("what do you do with my data?" is no need for analytics). The question asked is asked
            # again, without "sorry".
            return [*seen(tracker), *([SlotSet(requested, None)] if requested else [])]
        if confirming:
            return self._confirmation(dispatcher, tracker, state, playbook, list(confirming), text, intent, free,
                                      currency, today)
        if requested is None:
            hearing = hear(state.attributes, state.heard, free, text)
            return self._known(dispatcher, tracker, state, playbook, hearing, [], fallback, today)
        question = question_for(playbook, requested)
        answer = free
        if requested in QUESTION_ATTRIBUTES:
            # Read as the answer to the question asked ("50" after "how many employees?"),
            # on top of everything else it says ("actually closer to 80k").
            answer = free.merge(extract(text, field=requested, now=today, default_currency=currency))
        if (requested in state.progress.doubted and intent in AFFIRMING
                and stated(state.heard.attributes, requested)):
            # The heard value's button under its question: the visitor picked it.
            given, heard = confirm(state.attributes, state.heard, [requested])
            events = self._known(dispatcher, tracker, state, playbook, Hearing(given, heard), [
                _answer(playbook, requested, state.heard.texts.get(requested, text), CONFIRMED)], fallback, today)
            return events + [SlotSet(requested, text or "yes")]
        reply = interpret(requested, text, intent, answer, state.progress,
                          required=question.required if question else True)
        if reply.outcome == "answered" and requested in FREE_TEXT and corrects_itself(text) \
                and not stated(free, requested) and any(stated(free, n) for n in QUESTION_ATTRIBUTES):
            # "actually it's closer to 80k" when asked what they need: a correction, not the need.
            reply = Reply("not_understood")
        if reply.outcome == "answered" and requested not in (CONSENT, *FREE_TEXT) and reads_as_question(text):
            # "is 5k a month enough?" to the budget question: a hedge, heard and confirmed, not given.
            hearing = hear(state.attributes, state.heard, answer, text, correcting=False)
            return self._known(dispatcher, tracker, state, playbook, hearing, [], fallback, today) + [
                SlotSet(requested, None)]
        answered = requested if reply.outcome == "answered" and requested != CONSENT else None
        hearing = hear(state.attributes, state.heard, free, text, answered=answered, answer=answer)
        new_answers = [_answer(playbook, requested, text, GIVEN)] if answered else []
        events = self._known(dispatcher, tracker, state, playbook, hearing, new_answers, fallback, today)
        if reply.outcome in ("not_understood", "gave_up") and requested != CONSENT and hearing.corrected:
            # A correction, said back: the question is asked again without "sorry", and this reply
            # does not count as not understood.
            return events + [SlotSet(requested, None)]
        return events + _reply_events(dispatcher, requested, reply, state.progress)

    def _confirmation(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook,
        names: list[str], text: str, intent: str | None, free: Attributes, currency: str, today: date,
    ) -> list[EventType]:
        """The reply to "I noted ... Is that right?": yes, change, or new values for some of them."""
        answer = free.merge(extract(text, field=names[0], now=today, default_currency=currency))
        restated = [n for n in names if stated(answer, n) and intent not in AFFIRMING]
        given = state.attributes.merge(only(answer, restated))
        heard = state.heard.forget(restated)
        rest = [n for n in names if n not in restated]
        answers = [_answer(playbook, n, text, GIVEN) for n in restated]
        progress = state.progress
        if intent in AFFIRMING:
            answers += [_answer(playbook, n, heard.texts.get(n, text), CONFIRMED) for n in rest]
            given, heard = confirm(given, heard, rest)
        else:
            progress = progress.doubt(rest)
        # A value the visitor put right ("no, 80k") is said back, as any correction.
        changed = tuple(n for n in restated if getattr(answer, n) != getattr(state.heard.attributes, n))
        events = self._known(dispatcher, tracker, replace(state, progress=progress), playbook,
                             Hearing(given, heard, changed), answers, playbook.company.default_currency, today)
        confirmed = [n for n in names if stated(given, n)]
        # The rest stay open (Rasa mapped the reply's text to the first of them): asked in their turn.
        return events + [SlotSet(n, (text or "yes") if n in confirmed else None) for n in names] + [
            SlotSet("progress", progress.to_slot()), SlotSet("confirming", None)]

    def _known(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook, hearing: Hearing,
        new_answers: list[dict[str, str]], fallback: str, today: date,
    ) -> list[EventType]:
        """What the conversation now knows, as events; a correction is said back and replaces its answer."""
        answers = list(state.answers)
        corrected = list(hearing.corrected)
        texts = latest_text(tracker)
        for name in corrected:
            new_answers.append(_answer(playbook, name, texts, CORRECTED))
        for entry in new_answers:
            answers = [a for a in answers if a.get("question") != entry["question"]] + [entry]
        given = rebased(hearing.given, _money_texts(playbook, answers), fallback, today)
        if corrected and (back := said_back(corrected, given)):
            dispatcher.utter_message(text=back)
        return [
            SlotSet("attributes", given.to_dict()), SlotSet("heard", hearing.heard.to_slot()),
            SlotSet("answers", answers), *seen(tracker),
        ]


def _said_back(dispatcher: CollectingDispatcher) -> bool:
    return any((m.get("text") or "").startswith("Got it, ") for m in dispatcher.messages)


def _answer(playbook: Playbook, slot: str, text: str, source: str) -> dict[str, str]:
    """An answer as the conversation keeps it: the question's id, the visitor's words, and how it came."""
    question = question_for(playbook, slot)
    return {"question": question.id if question else slot, "text": text[:2000], "source": source}


def _money_texts(playbook: Playbook, answers: list[dict[str, str]]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for answer in answers:
        question = playbook.question(answer.get("question", ""))
        if question is not None and question.attribute in ("budget", "revenue"):
            texts[question.attribute] = answer.get("text", "")
    return texts


def _reply_events(dispatcher: CollectingDispatcher, slot: str, reply: Reply, progress: Progress) -> list[EventType]:
    if reply.outcome == "answered":
        return [SlotSet(slot, reply.value)]
    if reply.outcome == "not_understood":
        return [SlotSet(slot, None), SlotSet("progress", progress.miss(slot).to_slot())]
    if slot == CONSENT:
        dispatcher.utter_message(text="No problem, I won't keep any contact details.")
        return [SlotSet(slot, False)]
    dispatcher.utter_message(text="No problem, let's move on." if reply.outcome == "skipped" else "No worries, let's move on.")
    return [SlotSet(slot, None), SlotSet("progress", progress.skip(slot).to_slot())]


def ask(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, *, thank: bool = False) -> EventType:
    """Asks for ``slot`` in the playbook's current words; the returned event counts the ask.

    Asking here rather than in ``action_ask_<slot>`` saves Rasa a second call
    to the action server on every turn; the form finds no ask action and
    leaves the question to this one. ``thank`` starts it with a brief, varied
    acknowledgement of the answer just given. A slot whose heard value the
    visitor wanted to change offers that value as the first button.
    """
    state = State.of(tracker)
    progress = state.progress
    playbook = runtime.playbooks().current()
    text = wording(playbook, slot, progress, tracker.sender_id)
    if thank and progress.last_miss != slot:
        text = f"{acknowledgement(tracker.sender_id, len(state.answers))} {text}"
    buttons: list[dict[str, Any]] = []
    if slot == CONSENT:
        buttons = [{"title": "Yes, that's fine", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
    elif slot in progress.doubted and (heard := describe(slot, state.heard.attributes)):
        buttons = [{"title": heard[:1].upper() + heard[1:], "payload": "/affirm"}]
    # Which wording was shown rides in the message's metadata, so the studio counts variants as shown.
    variant = shown_wording(playbook, slot, progress, tracker.sender_id)
    dispatcher.utter_message(text=text, buttons=buttons, **({WORDING_METADATA: variant.metadata()} if variant else {}))
    return SlotSet("progress", progress.ask(slot).to_slot())

