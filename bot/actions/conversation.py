"""Everything but the form: digressions, handing over the lead, a human, stop, goodbye, a call."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any, Callable

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from bot.actions import runtime
from bot.actions.booking import (
    BOOKABLE,
    EMAIL_FOR_A_PERSON,
    NEED_EMAIL,
    ActionBookSlot,
    around_the_times,
    ask_consent_again,
    asks_for_times,
    cancelling,
    cannot_cancel,
    last_said,
    moving,
    names_a_time,
    offer,
    offer_move,
    offer_or_explain,
    picks_a_slot,
    refused_contact,
    said_before,
    wants_link,
)
from bot.actions.defaults import currency_for
from bot.actions.faq import NOT_SURE, answer_messages, answering, asked_entry
from bot.actions.farewell import farewell
from bot.actions.form import (
    CLEARING_CONFIDENCE,
    FORM,
    a_value_not_a_bot_question,
    answered_key,
    ends_nothing,
    left_unanswered,
    meant,
    states_a_need,
    told_besides_asking,
    turned_away,
)
from bot.actions.hearing import WHO, hear, only, stated, without
from bot.actions.language import recorded, spoken
from bot.actions.outcome import (
    NO_EMAIL_NO_CALL,
    PENDING_MESSAGE,
    PENDING_UNREACHABLE,
    call_messages,
    closing_messages,
    emailless_messages,
)
from bot.actions.phrasebook import say
from bot.actions.resuming import goes_on
from bot.actions.state import State, bot_texts, latest_confidence, latest_intent, latest_text, said, seen
from bot.actions.statement import speaks_of_contact, tells_about_themselves
from bot.actions.stopping import keeps_on_about
from bot.actions.submission import submit
from nlu.attributes import Attributes
from nlu.call_request import asks_for_a_call, tells_of_their_own_bookings
from nlu.extract import extract
from nlu.faq import asks_for_a_person, reads_as_question
from nlu.leaving import says_goodbye
from nlu.replies import acknowledges_only, carries_on, gives_consent_after_all
from qualification import Playbook
from qualification.playbook import QUESTION_ATTRIBUTES
from qualification.slots import CONTACT

NLU_FALLBACK = "nlu_fallback"
NOT_UNDERSTOOD = "Sorry, I didn't quite get that. Could you say it another way?"
OPENING = "A few quick questions, so we can point you to the right expert."
STOPPED_HINT = "Say \"start again\" whenever you'd like to go on."
# A line after the lead went out that changed nothing and asked nothing: answered all the same.
AFTER_CLOSE = "Thanks for your message. Is there anything else I can help you with?"
# What "start again" empties: everything the visitor said, consent, and the lead's place in the conversation.
FRESH_SLOTS = ("attributes", "answers", "progress", "heard", "confirming", "consent", "lead_id", "lead_stage",
               "offered_slots", "visitor_tz", *QUESTION_ATTRIBUTES)


def _utter(dispatcher: CollectingDispatcher, messages: list[dict[str, Any]]) -> None:
    for message in messages:
        dispatcher.utter_message(**message)


def _answered_this_turn(tracker: Tracker) -> bool:
    """Whether an earlier action of this turn (the form saying a correction back) already replied."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot":
            return True
    return False


class ActionAnswer(Action):
    """A question to us, answered from the playbook's FAQ (content requests get the offer); a form resumes after."""

    def name(self) -> str:
        return "action_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        playbook, text, intent = runtime.playbooks().current(), latest_text(tracker), latest_intent(tracker)
        free = reading(text)
        if tracker.get_slot("consent") is False and not tracker.get_slot("stopped") and gives_consent_after_all(text):
            # "ok fine, you can keep my details actually" after a no to the privacy question (played on make run: the
            # fallback's "Sorry, I didn't quite get that"): the privacy question again, then the contact details.
            return ask_consent_again()
        if moving(tracker):
            # "need to reschedule" (the classifier's fallback) with a call booked: the times to move it to.
            return await offer_move(dispatcher, tracker)
        if (leaving := await _taking_leave(dispatcher, tracker, domain)) is not None:
            # "obrigado, até logo", "alles klar, bis dann" (the classifier's fallback) got "Sorry, I didn't quite
            # get that": a goodbye, said goodbye to.
            return leaving
        if (around := await around_the_times(dispatcher, tracker)) is not None:
            # "Tokyo?" after "Which city or time zone are you in?", "is it video or phone?" with a call booked, "what
            # happens next?" with times on screen: the times in that zone, or the question answered.
            return around
        if tracker.get_slot("lead_id") and (asks_for_times(tracker) or tracker.get_slot("awaiting_zone")):
            pass  # the place or the times asked for: below
        elif _tells_us(tracker, playbook, text, intent, free):
            # "Bonjour, on est une trentaine dans une agence immobilière à Lyon" is no question, whatever the
            # classifier made of it: the form reads it (heard, said back, a correction after the close), as
            # it reads any message that tells us something.
            # The form's own words follow (no "a few questions" first: it may close the conversation at once).
            return recorded(tracker) + ([] if tracker.active_loop.get("name") else [FollowupAction(FORM)])
        times_asked = tracker.get_slot("lead_id") and (asks_for_times(tracker) or tracker.get_slot("awaiting_zone"))
        if not tracker.get_slot("stopped") and not times_asked and goes_on(text) and asked_entry(playbook, text) is None:
            # "rieccomi, dove eravamo?", "I'm back, where were we?" after "say hi whenever you'd like to pick up
            # where you left off" (played on make run: "Sorry, I didn't quite get that"): the form goes on where
            # it was, as after "can we continue?"; after the close, the visitor is answered as there. Whatever the
            # classifier made of it: "¿dónde estábamos?", "onde estávamos?" (its ask_location) got our offices in
            # London and Chicago. A question the FAQ knows, asked with it, is answered below.
            if tracker.get_slot("lead_id") and not tracker.active_loop.get("name"):
                dispatcher.utter_message(text=say(AFTER_CLOSE))
                return seen(tracker)
            return [*seen(tracker), FollowupAction(FORM)]
        if intent == NLU_FALLBACK:
            # The classifier could not tell what this is. The place asked for after "Other time zone"
            # ("Chicago"), or a question the FAQ knows ("hey, what do you guys charge?"), still is one.
            if tracker.get_slot("lead_id") and (asks_for_times(tracker) or tracker.get_slot("awaiting_zone")):
                return [*await offer(dispatcher, tracker, text=text), *seen(tracker)]
            if tracker.get_slot("lead_id") and picks_a_slot(tracker):
                # "la segunda me viene perfecta" with the slots on screen: that slot, booked (here, so the
                # fallback's rule does not answer the same message again).
                return await ActionBookSlot().run(dispatcher, tracker, domain)
            if asks_for_a_call(text):
                # "Est-ce que je peux réserver un appel avec quelqu'un ?", which the classifier missed: what the
                # bot is for, never "I didn't understand".
                return await ActionBookCall().run(dispatcher, tracker, domain)
            if asked_entry(playbook, text) is None:
                dispatcher.utter_message(text=say(NOT_UNDERSTOOD))
                return seen(tracker)
        messages = answer_messages(playbook, text, intent, latest_confidence(tracker), tracker)
        _utter(dispatcher, messages)
        entry = answering(playbook, text, intent, latest_confidence(tracker))
        pending = tracker.get_slot(REQUESTED_SLOT)
        if pending and tracker.active_loop.get("name") and entry is None and {"text": say(NOT_SURE)} in messages:
            # A question we cannot answer, put at a form question, counts as the form counts one ("gebt ihr eine
            # Garantie?", which the classifier sends here): asked so twice, the question is left, not asked round and round.
            progress, left = left_unanswered(dispatcher, State.of(tracker).progress, pending)
            return [*seen(tracker), *([SlotSet(pending, None)] if left else []), SlotSet("progress", progress.to_slot())]
        if pending and tracker.active_loop.get("name") and entry is not None:
            # Marked, so the form reads the same question again, when it names a need, as the answer it also is.
            progress = State.of(tracker).progress
            marked = replace(progress, misses={**progress.misses, answered_key(pending, entry.id): 1})
            return [*seen(tracker), SlotSet("progress", marked.to_slot())]
        if tracker.active_loop.get("name") or tracker.get_slot("lead_id") or tracker.get_slot("stopped"):
            return seen(tracker)
        if entry is not None and entry.offer and turned_away(free(), playbook):
            # "Hi, I'm a student writing my thesis. Could I get your whitepaper?": what they asked for is sent, and who
            # they are is heard; the form only confirms it ("I noted that you're a student. Is that right?") and
            # closes, with a friendly goodbye (the offer not sent twice). No questions, no "a few quick questions".
            state = State.of(tracker)
            heard = hear(state.attributes, state.heard, only(free(), [WHO]), text, correcting=False).heard
            return [*seen(tracker), SlotSet("heard", heard.to_slot()), FollowupAction(FORM)]
        # A first message that is a question ("what do you charge?"): answered, then the conversation goes
        # on to the first question, as after a hello, instead of leaving the visitor with nothing to answer.
        dispatcher.utter_message(text=say(OPENING))
        told = told_besides_asking(text)
        state = State.of(tracker)
        # An amount said without a currency is in the one the form would read it in (the playbook's, at a first message).
        currency = currency_for(state.attributes.merge(state.heard.attributes), playbook.company.default_currency)
        if told and any(stated(said_too := extract(told, now=date.today(), default_currency=currency, lang=spoken()), n)
                        for n in QUESTION_ATTRIBUTES) and not stated(said_too, WHO):
            # "moin, brauchen mehr anfragen über unsere website, was kostet sowas?": what they said before the
            # question is heard, and the form confirms it first (played on make run: the price, then "Which marketing
            # challenge?" as if the need had not been said, twice). Nothing in the question itself is taken. Who they
            # are ("I'm a final-year marketing student at Wits, ...", set 8's thandeka) is left to the form, which
            # reads it from the whole message and may close the conversation on it.
            heard = hear(state.attributes, state.heard, said_too, told, correcting=False).heard
            return [*seen(tracker), SlotSet("heard", heard.to_slot()), FollowupAction(FORM)]
        return [*seen(tracker), FollowupAction(FORM)]


def reading(text: str) -> Callable[[], Attributes]:
    """``text`` read as free text, once, and only when a reader first needs it: an action hands it on to each."""
    return cache(lambda: extract(text, now=date.today(), lang=spoken()))


def _tells_us(tracker: Tracker, playbook: Playbook, text: str, intent: str | None,
              free: Callable[[], Attributes] | None = None) -> bool:
    """A message the classifier sent here that is a statement of facts, not a question: the visitor telling us about
    themselves (``statement``), or not written as one, the FAQ knowing no question in it, and the extractor
    reading a value in it. Or one that, question or not, says who
    the visitor is in a way the playbook turns away ("estoy buscando trabajo, ¿tienen vacantes?"): no FAQ
    entry answers it, and "I'm not sure" would drop it; the form hears it and asks them to confirm it."""
    if tracker.get_slot("stopped"):
        return False
    if tells_about_themselves(text, spoken()):
        # "ik schrijf een artikel over whitepapers" (ask_question 0.83), "estou escrevendo um artigo sobre SEO"
        # (bot_challenge 0.74): the visitor's own work, news about them, asking us for nothing.
        return True
    free = free or reading(text)
    if intent == "bot_challenge":
        # "une dizaine de personnes" (bot_challenge: "personne" as in "un bot, pas une personne"): a value stated,
        # no question about the bot, tells us facts, as the form hears it.
        return a_value_not_a_bot_question(text, free(), intent)
    if states_a_need(text, free()):
        # "buenas, kiero mas clientes para mi gimnasio en sevilla" (the classifier's ask_question; the FAQ's case
        # studies "for clients like you"): a need we know, with facts about them and no question mark, asks for
        # nothing: played on make run, the case studies were sent and the need question asked as if nothing had been
        # said. The form reads it, as it does mid-conversation.
        return True
    if asked_entry(playbook, text, intent, latest_confidence(tracker)) is not None:
        return False
    if turned_away(free(), playbook):
        return True
    # "ik wil niet doorgaan met een website zonder aanvragen, ...": "ik wil", "quiero", "voglio" read as a request,
    # yet refused, before what they no longer want to go on doing, they state a need, never ask us for anything.
    return (keeps_on_about(text) or not reads_as_question(text)) \
        and any(stated(free(), name) for name in QUESTION_ATTRIBUTES)


class ActionSubmitLead(Action):
    """Hands the lead to the service and answers by the stage it was given."""

    def name(self) -> str:
        return "action_submit_lead"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped") and cancelling(tracker):
            # "cancel the call too" after a stop: the call stays booked, said so and how to cancel it.
            return cannot_cancel(dispatcher, tracker)
        if tracker.get_slot("stopped"):
            # Said after "stop": read by nothing. The stop itself said that nothing is kept (and when the form
            # stopped this very turn, it said how to go on: nothing more).
            if not _answered_this_turn(tracker):
                dispatcher.utter_message(text=say(STOPPED_HINT))
            return []
        if tracker.get_slot("left"):
            # The form heard a goodbye and said it, with what is kept: nothing is sent, nothing more said.
            return [SlotSet("left", False)]
        if moving(tracker):
            # "could we push the call to next week?" read as facts: the form read nothing, the call is moved.
            return await offer_move(dispatcher, tracker)
        if tracker.get_slot("lead_id") and (asks_for_times(tracker) or tracker.get_slot("awaiting_zone")):
            # "next week" after the slots were shown (or a city after "Other time zone") reopened the
            # complete form: it asks for other times.
            return await offer(dispatcher, tracker, text=latest_text(tracker))
        sent_before = tracker.get_slot("lead_id") is not None and not tracker.get_slot("lead_pending")
        stage_before = tracker.get_slot("lead_stage")
        events, lead = await submit(tracker)
        if lead is None:
            dispatcher.utter_message(text=say(PENDING_MESSAGE if _reachable(State.of(tracker)) else PENDING_UNREACHABLE))
            return events
        playbook = runtime.playbooks().current()
        stage = str(lead.get("stage"))
        # Asked for an address before the times (a call needs one): given now, the times follow.
        email_for_times = stage in BOOKABLE and not tracker.get_slot("booking") and not tracker.get_slot("offered_slots") \
            and State.of(tracker).attributes.email is not None and not wants_link(playbook) \
            and said_before(tracker, say(NEED_EMAIL))
        if _skipped_email_for_times(tracker, stage, playbook):
            # "skip" to the email asked for again before the times: no call can be booked without one. Said once,
            # with the content offer for their need and how to book after all; the lead stays as it was sent.
            need = State.of(tracker).attributes.need
            _utter(dispatcher, emailless_messages(playbook, need.categories if need is not None else ()))
            return events
        if sent_before and not email_for_times and (
                stage_before in BOOKABLE or stage not in BOOKABLE or tracker.get_slot("booking")):
            # An update after the lead went out (a correction): the service has it; the closing is not repeated.
            # A line that changed nothing ("no company, I'm at university" after the goodbye) still gets a reply.
            if not _answered_this_turn(tracker):
                if (around := await around_the_times(dispatcher, tracker)) is not None:
                    # "what should I prepare for the call?" read as facts, with a call booked: answered.
                    return [*events, *around]
                dispatcher.utter_message(text=say(AFTER_CLOSE))
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
        state = State.of(tracker)
        need = state.attributes.need
        _utter(dispatcher, _not_sent_yet(tracker, closing_messages(
            stage, playbook, need.categories if need is not None else (), reachable=_reachable(state))))
        return events


def _call_offered(tracker: Tracker) -> bool:
    """Whether a yes now can be a yes to a call: the lead is one the outcome offers a call (times shown or to show),
    or the bot's latest message asked whether they would like one."""
    if tracker.get_slot("lead_stage") in BOOKABLE or tracker.get_slot("offered_slots") or tracker.get_slot("booking"):
        return True
    written = bot_texts(tracker)
    return bool(written) and say("Would you like to book a call with one of our consultants?") in written[-1][1]


# A link as the bot writes it ("[title](url)"): its address.
_LINKED = re.compile(r"\]\((https?://[^)\s]+)\)")


def _not_sent_yet(tracker: Tracker, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``messages`` without a content offer the bot already sent in this conversation: the whitepaper a student
    asked for mid-form is not offered again at the close."""
    sent = " ".join(written for _, written in bot_texts(tracker))
    return [m for m in messages if not any(url in sent for url in _LINKED.findall(m.get("text") or ""))]


def _skipped_email_for_times(tracker: Tracker, stage: str, playbook: Playbook) -> bool:
    """Whether the form just ended on a skip of the email that a sales-ready visitor was asked for again before
    the times (``booking.ask_for_email``), with no word yet that no call can be booked without it."""
    state = State.of(tracker)
    if stage not in BOOKABLE or tracker.get_slot("booking") or wants_link(playbook) or state.consent is False \
            or state.attributes.email is not None or "email" not in state.progress.skipped:
        return False
    asked, told = last_said(tracker, say(NEED_EMAIL)), last_said(tracker, say(NO_EMAIL_NO_CALL))
    return asked is not None and (told is None or told < asked)


def _reachable(state: State) -> bool:
    """Whether we keep an email to write to (consent given and an address): a promise of an email holds only then;
    otherwise the visitor is offered content and a goodbye, or asked to write again."""
    return state.consent is True and state.attributes.email is not None


# What a request for a person is told when no email is kept to write to: that the team knows, and no promise.
PASSED_ON = "I've let our team know you'd like to talk to a person."
NOTED_FOR_A_PERSON = "I've noted that you'd like to talk to a person."
# ... and, to a visitor who declined to let us keep contact details, how they can reach us.
NO_WAY_TO_REACH_YOU = ("As you'd rather we kept no contact details, they have no way to reach you; you can reach our "
                       "team any time through the contact page.")


class ActionRequestHuman(Action):
    """Records the wish for a person with the lead, so sales hears of it; the form then resumes."""

    def name(self) -> str:
        return "action_request_human"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped"):
            dispatcher.utter_message(text=say("Of course. You can reach our team any time through the contact page."))
            return seen(tracker)
        text = latest_text(tracker)
        if not asks_for_a_person(text) and (around := await around_the_times(dispatcher, tracker)) is not None:
            # "Je peux venir avec un collègue ?" (request_human at 0.74) with a call booked asks about the call.
            return around
        if not speaks_of_contact(text) and _tells_us(
                tracker, runtime.playbooks().current(), text, latest_intent(tracker)):
            # "Hoi, wij zijn een installatiebedrijf uit Eindhoven met 140 man personeel en we willen meer zakelijke
            # aanvragen via de website" (request_human 0.87) names no person: facts, which the form reads.
            return recorded(tracker) + ([] if tracker.active_loop.get("name") else [FollowupAction(FORM)])
        # The visitor's words, or the title of the button they clicked ("Talk to a person"), never its payload.
        events, lead = await submit(tracker, human_request=said(tracker))
        state = State.of(tracker)
        if _reachable(state):
            text = say("I've let our team know you'd like to talk to a person; someone will get in touch with you "
                       "shortly.")
            if lead is None:
                text = say("I've noted that you'd like to talk to a person; our team will get in touch with you shortly.")
        else:
            # Without an email we keep, nobody can get in touch: no promise that they will. A visitor who declined
            # contact details hears how to reach us instead (played on make run: after "no" to keeping their
            # details, "someone will get in touch with you shortly").
            text = say(PASSED_ON if lead is not None else NOTED_FOR_A_PERSON)
            if state.consent is False:
                text += " " + say(NO_WAY_TO_REACH_YOU)
        if state.attributes.email is None and state.consent is not False:
            # The form asks for the email next (``slots_to_ask`` puts contact details first now).
            text += " " + say(EMAIL_FOR_A_PERSON)
            if tracker.active_loop.get("name") is None:
                text += " " + say("What's the best email for them?")
        dispatcher.utter_message(text=text)
        return [SlotSet("human_requested", True), *events, *seen(tracker)]


class ActionStop(Action):
    """Ends politely; nothing more is stored for this conversation."""

    def name(self) -> str:
        return "action_stop"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped") and cancelling(tracker):
            return cannot_cancel(dispatcher, tracker)
        if tracker.get_slot("stopped"):
            dispatcher.utter_message(text=say(STOPPED_HINT))
            return seen(tracker)
        if moving(tracker):
            # "kann ich den Termin auf Donnerstag verschieben?" (the classifier's stop) asks to move the call.
            return await offer_move(dispatcher, tracker)
        confidence = latest_confidence(tracker)
        if confidence < CLEARING_CONFIDENCE and (around := await around_the_times(dispatcher, tracker)) is not None:
            # "et ensuite ?" (the classifier's stop at 0.54) with times on screen asks what happens, stops nothing.
            return around
        if not tracker.active_loop.get("name") and keeps_on_about(latest_text(tracker)):
            # "no quiero seguir perdiendo clientes por la web" (the classifier's stop at 0.87): what they no longer
            # want to go on doing, a need; the form opens and reads it.
            return [*recorded(tracker), FollowupAction(FORM)]
        if not tracker.active_loop.get("name") and confidence < CLEARING_CONFIDENCE and ends_nothing(
                latest_intent(tracker), confidence,
                without(extract(latest_text(tracker), now=date.today(), lang=spoken()), list(CONTACT))):
            # "Abbiamo bisogno di più contatti qualificati" as the first message (the classifier's stop, unsure): a
            # need, stated, read as the form reads it mid-form: the form opens and reads it (the message is not
            # seen yet). Outside the form only an unsure stop is, and never for an address ("unsubscribe ana@x.io").
            return [*recorded(tracker), FollowupAction(FORM)]
        dispatcher.utter_message(text=say("Understood, I'll stop here and won't store anything more from this chat. "
                                          "If you change your mind, say \"start again\". Take care!"))
        return [SlotSet("stopped", True), SlotSet("heard", None), SlotSet("confirming", None), ActiveLoop(None),
                SlotSet(REQUESTED_SLOT, None), *seen(tracker)]


class ActionStartAgain(Action):
    """ "Start again": a fresh form (consent asked again before any contact detail), nothing carried over."""

    def name(self) -> str:
        return "action_start_again"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if not tracker.get_slot("stopped") and (carries_on(latest_text(tracker)) or goes_on(latest_text(tracker))):
            # "no worries, let's continue" (the classifier's start_again at 0.98) asks to go on, not to lose every
            # answer: the form goes on where it was, and after the close the visitor is answered as there. So does
            # "sorry, had to step away. can we continue?" (it emptied the form: "Happy to start again", issue 14).
            if tracker.get_slot("lead_id") and not tracker.active_loop.get("name"):
                dispatcher.utter_message(text=say(AFTER_CLOSE))
                return seen(tracker)
            return [FollowupAction(FORM)]
        text = latest_text(tracker)
        if not tracker.get_slot("stopped") and latest_confidence(tracker) < CLEARING_CONFIDENCE and _tells_us(
                tracker, runtime.playbooks().current(), text, latest_intent(tracker)):
            # "the board pushed this back, we can only start in march now" (the classifier's start_again at 0.42)
            # clears nothing: facts, which the form reads next (the rule runs it), as a correction after the close.
            return recorded(tracker)
        dispatcher.utter_message(text=say("Happy to start again. A few quick questions, as before."))
        fresh: list[EventType] = [SlotSet(name, None) for name in FRESH_SLOTS]
        return [*fresh, SlotSet("stopped", False), SlotSet("human_requested", False), SlotSet("lead_pending", False),
                SlotSet("awaiting_zone", False), ActiveLoop(None), SlotSet(REQUESTED_SLOT, None), *seen(tracker)]


class ActionGoodbye(Action):
    """Says goodbye; a visitor who leaves after giving an email still becomes a lead."""

    def name(self) -> str:
        return "action_goodbye"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if moving(tracker):
            return await offer_move(dispatcher, tracker)
        if not says_goodbye(latest_text(tracker)) and (around := await around_the_times(dispatcher, tracker)) is not None:
            # "Cosa succede dopo?" (goodbye at 0.40) with times on screen: a question, answered; nobody leaves.
            return around
        if asks_for_times(tracker):
            # "later" after the slots were shown asks for later slots, not to leave.
            return [*await offer(dispatcher, tracker, text=latest_text(tracker)), *seen(tracker)]
        return await farewell(dispatcher, tracker)


async def _taking_leave(dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: DomainDict) -> list[EventType] | None:
    """Outside the questions, a message that only takes leave in words (``nlu.leaving.says_goodbye``: "obrigado, até
    logo", "alles klar, bis dann", "va bene, a presto"), whatever the classifier made of it: ``action_goodbye``'s
    answer (the booked call moved, later times asked for, or the goodbye that says what is kept). None otherwise;
    inside the form, the form hears a goodbye itself."""
    if tracker.active_loop.get("name") or tracker.get_slot("stopped") or not says_goodbye(latest_text(tracker)):
        return None
    return await ActionGoodbye().run(dispatcher, tracker, domain)


# A bare "ok" to the word that no call can be booked without contact details: the no stands.
NO_IS_NO = "All right. If you'd like a call after all, just say \"book a call\"."


class ActionBookCall(Action):
    """A call for a stored lead; otherwise the questions first, so the right consultant joins."""

    def name(self) -> str:
        return "action_book_call"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped"):
            dispatcher.utter_message(text=say("Of course. You can book a call any time through our contact page."))
            return seen(tracker)
        if (around := await around_the_times(dispatcher, tracker)) is not None:
            # "Sydney" (affirm at 0.42) after "Which city or time zone are you in?": the times in its zone, or the
            # question again, never "thanks for your message"; "¿Es por videollamada?" (book_call) answered.
            return around
        if (leaving := await _taking_leave(dispatcher, tracker, domain)) is not None:
            # "d'accord, à bientôt", "va bene, a presto" (affirm) after the close got "Thanks for your message. Is
            # there anything else I can help you with?": they are leaving, and are said goodbye to.
            return leaving
        if tracker.get_slot("lead_id") and refused_contact(tracker) and _call_offered(tracker) \
                and acknowledges_only(latest_text(tracker)):
            # "ok", "alles klar", "d'accord" after "... you'd rather we didn't keep contact details, so I won't. If
            # you'd like a call after all, I'll ask again": the no taken note of, never a yes to a call (played on make
            # run, the privacy question came again). A no is a no until they ask for a call themselves. (A close that
            # offered no call, to a lead not ready for one, speaks of none: "vale" there is answered below.)
            dispatcher.utter_message(text=say(NO_IS_NO))
            return seen(tracker)
        if tracker.get_slot("lead_id") and latest_intent(tracker) == "affirm" and (meant(
                "affirm", latest_confidence(tracker), latest_text(tracker)) is None or not _call_offered(tracker)):
            # A faint "yes" after the close ("student", affirm at 0.48) asked for no call; nor does "correct" or
            # "ok, thanks" after a goodbye that offered none (a lead not ready for one): no consultant is promised
            # to write with times, which the outcome never said. A yes to "would you like to book a call?", or
            # with times on screen, is one.
            dispatcher.utter_message(text=say(AFTER_CLOSE))
            return seen(tracker)
        if not tracker.get_slot("lead_id") and latest_intent(tracker) == "affirm" and not tracker.active_loop.get(
                "name") and not _call_offered(tracker):
            # "leads" as a first message (affirm at 0.38) got "Happy to set up a call": a yes to nothing asks for no
            # call. The questions start, as after a hello, and the form reads what it said.
            dispatcher.utter_message(text=say(OPENING))
            return [FollowupAction(FORM)]
        if moving(tracker):
            # "can we do Friday instead?" (the classifier's book_call) with a call booked: the times to move it to.
            return await offer_move(dispatcher, tracker)
        if tracker.get_slot("lead_id"):
            # "can I book a call? any morning next week": the times asked for, not the next ones again.
            text = latest_text(tracker)
            return [*await offer_or_explain(dispatcher, tracker, text=text if names_a_time(text) else None),
                    *seen(tracker)]
        if not any(c.isalnum() for c in latest_text(tracker)):
            # "🙂🙂🙂" asks for no call: a wave at most, met as a hello.
            dispatcher.utter_message(text=say(OPENING))
            return [FollowupAction(FORM)]
        text = latest_text(tracker)
        if tells_of_their_own_bookings(text) and not names_a_time(text):
            # "Precisamos de mais reservas diretas, pagamos muito ao Booking" (book_call) tells of their own
            # bookings, a need: the form reads it, with no "happy to set up a call".
            return [FollowupAction(FORM)]
        if not speaks_of_contact(text) and not names_a_time(text) and _tells_us(
                tracker, runtime.playbooks().current(), text, latest_intent(tracker)):
            # "wir sind ein Elektrobetrieb aus Bremen mit 60 Leuten und wollen mehr Anfragen" (book_call 0.51) asks
            # for no call: the form reads its facts, with no word of a call ("any morning next week" is a call's time).
            return [FollowupAction(FORM)]
        dispatcher.utter_message(text=say("Happy to set up a call. A few quick questions first, so the right consultant "
                                          "joins you."))
        return [FollowupAction(FORM)]
