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
is asked again. A time for the call said to another question ("Thursday
morning works") is no project start: nothing is read from it, and the
question is asked again. The same action then asks for the next slot in the
playbook's words, one variant after another (see ``ask``), thanking the
visitor briefly for the answer.

After "stop" nothing a visitor writes is read: no extraction, no answer, no
draft; the form closes at once until they say "start again".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from bot.actions import runtime
from bot.actions.booking import NEED_EMAIL, asks_for_times, forget_consent, moving, said_before
from bot.actions.call_refusal import only_refuses_a_call, refusal_spans, without_refusals
from bot.actions.call_times import TIME_WORDS, in_english
from bot.actions.defaults import currency_for, rebased
from bot.actions.draft import save_draft
from bot.actions.faq import NOT_SURE, answering, asked_entry, entry_messages
from bot.actions.farewell import farewell
from bot.actions.greeting import only_greets
from bot.actions.hearing import (
    CONFIRMED,
    CORRECTED,
    GIVEN,
    IDENTITY,
    WHO,
    Heard,
    Hearing,
    caught_all,
    confirm,
    corrects_itself,
    falls_back,
    hear,
    names_something_else,
    only,
    replaces_a_value,
    shaped_like_a_name,
    stated,
    states_none,
    tells,
    unchanged,
    without,
)
from bot.actions.language import spoken
from bot.actions.outcome import withheld, without_contact
from bot.actions.phrasebook import listed as in_a_list
from bot.actions.phrasebook import say
from bot.actions.phrasing import (
    A_FEW_WORDS,
    NO_PHONE,
    NOTED,
    NOTED_WORKED_OUT,
    REASONS,
    acknowledgement,
    describe,
    heard_back,
    held_back,
    inferred,
    is_said_back,
    noted,
    said_back,
    sayable,
    why_we_ask,
    written_city,
)
from bot.actions.questionnaire import (
    AFFIRMING,
    CONSENT,
    CONSENT_AGAIN,
    DENYING,
    FREE_TEXT,
    SKIPPING,
    Progress,
    Reply,
    interpret,
    question_for,
    shown_wording,
    slots_to_ask,
    wording,
)
from bot.actions.resuming import goes_on
from bot.actions.state import (
    State,
    is_fresh,
    is_payload,
    latest_confidence,
    latest_intent,
    latest_text,
    said,
    seen,
)
from bot.actions.statement import speaks_of_contact, tells_about_themselves
from bot.actions.stopping import keeps_on_about, stops_in_words
from bot.actions.submission import submit
from nlu import english
from nlu.about_the_question import about_the_question, named_attribute
from nlu.attributes import Attributes
from nlu.corrections import FIELD_WORDS, correction
from nlu.extract import extract
from nlu.faq import about_the_bot, asks_for_a_person, reads_as_question
from nlu.fillers import trimmed
from nlu.identity import is_given_name
from nlu.leaving import says_goodbye
from nlu.money import _DIAL_WORDS as DIAL_WORDS  # words of calling, as the reader of numbers knows them
from nlu.money import phone_spans
from nlu.numbers import quantities
from nlu.recap import (
    agrees_to_the_rest,
    answered_in_part,
    asks_about_own_details,
    asks_for_recap,
    currency_instead,
    fields_to_change,
    named_anew,
    owns_up_to_the_firm,
)
from nlu.replies import carries_on, knows_not, skips, yes_or_no
from nlu.text import Text, plain
from nlu.timing import MONTHS, SEASONS
from qualification import Playbook, Signals, qualify
from qualification.playbook import QUESTION_ATTRIBUTES
from qualification.slots import CONTACT
from qualification.wording import METADATA_KEY as WORDING_METADATA

FORM = "qualification_form"
SIGNALS = Signals(engaged=True)
# Below this intent confidence a message inside the form is an answer, not a digression or "stop".
DIGRESSION_CONFIDENCE = 0.6


# A yes and nothing more is this short: "aye", "sure thing", "yes that's right"; a longer reply says more.
BARE_YES_WORDS = 3


def only_yes(text: str) -> bool:
    """Whether a reply is a yes and nothing more ("aye", "yep", "sure thing", "klopt", "genau", "claro", "oui oui"),
    in any of the seven languages: no number, no address, a few words. "yes but 60k" says more, and is read for it."""
    return yes_or_no(text, lang=spoken()) == "yes" and not any(c.isdigit() or c == "@" for c in text) \
        and len(text.split()) <= BARE_YES_WORDS


def meant(intent: str | None, confidence: float, text: str) -> str | None:
    """The classifier's yes, kept only when it is sure or the text reads as one: "Acme Ltd" (affirm at 0.33)
    to the consent question is no consent, and no confirmation of a heard value. A reply that is only a yes is
    one whatever the classifier made of it: it learnt "yes" and "ja", not every way visitors agree ("aye")."""
    if intent not in AFFIRMING and only_yes(text):
        return AFFIRMING[0]
    if intent in AFFIRMING and confidence < DIGRESSION_CONFIDENCE and yes_or_no(text, lang=spoken()) != "yes":
        return None
    return intent


# Intents that ask us something: a digression only from a message that reads as a question or a request
# ("Inês Costa" is the classifier's ask_pricing at 0.75, "costa" being Italian for "costs").
ASKING = ("ask_pricing", "ask_services", "ask_question", "bot_challenge")
# Intents that end or turn the conversation: never from a message that tells us something ("before end of
# Q1" is the classifier's stop at 0.60, "en Valencia, España" its switch_language at 0.70).
LEAVING = ("stop", "goodbye", "switch_language", "start_again")
# "Start again" mid-form clears every answer, so the classifier must be this sure of it ("begin volgend
# kwartaal", the start of next quarter, is its start_again at 0.63).
CLEARING_CONFIDENCE = 0.8
# Values that say a message is data, not a request about the conversation (a need is any words at all).
DATA = tuple(n for n in QUESTION_ATTRIBUTES if n not in ("need", *IDENTITY))
# Questions whose reading takes any reply (the company: its words; the industry: "other"), so an amount said to
# them is read for the budget instead (``_amount``).
AMOUNTLESS = ("company", "industry")
THOUSAND = 1000


def digresses(intent: str | None, confidence: float, text: str, free: Attributes, requested: str) -> bool:
    """Whether a message the slot's mapping refused for its intent is that digression, or an answer.

    The classifier alone is not enough: trained on seven languages, it calls company names, people's
    names and dates a stop or a question at 0.6-0.8 ("Exit Strategy Partners" stop 0.82). A digression
    must also read as one: a question to us reads as a question; a name is no stop nor a request for a
    person; a message stating a date, an amount, a size or a place ends nothing. A data answer must
    never end the conversation.
    """
    if only_yes(text) or (intent in LEAVING and keeps_on_about(text)):
        # "aye", "oui oui" to a question on screen answers it, whatever the classifier calls it; so does "no quiero
        # seguir perdiendo clientes" (the classifier's stop at 0.87), which says what they no longer want to go on doing.
        return False
    leaving = intent in LEAVING and (_now(free, requested) or _refuses(intent, confidence, requested))
    if stated(free, requested) and not leaving:
        return False
    if intent in ASKING:
        # Written as a question, the classifier's best guess is enough ("¿y cuánto cobran ustedes más o
        # menos?", ask_pricing at 0.57): answered, rather than "sorry, I didn't understand". With a sentence that
        # tells us something before it ("Wir sind ein Maschinenbauer aus Stuttgart. Was kostet das?"), the form
        # answers it from the FAQ and hears the rest.
        return reads_as_question(text) and not (told_besides_asking(text) and any(stated(free, n) for n in DATA))
    if confidence < DIGRESSION_CONFIDENCE:
        return False
    if shaped_like_a_name(text, words_at_least=2):
        return False
    if intent == "start_again" and confidence < CLEARING_CONFIDENCE:
        return False
    if requested == "company" and has_no_company(text) and not asks_for_a_person(text):
        # "je travaille seule, pas d'entreprise à proprement parler" (request_human): no firm to name, and no one asked for.
        return False
    if intent == "request_human" and not asks_for_a_person(text) and _describes_themselves(free):
        # "owner/operator", "I'm an agent" (request_human): a title, who they are, asks for nobody; a handoff was sent
        # with the lead. "operator please", "can I talk to a sales rep?" name no title of theirs, and ask.
        return False
    if intent == "request_human" and not speaks_of_contact(text) and any(stated(free, n) for n in DATA):
        # Facts that name no person ("... met 140 man personeel en we willen meer aanvragen", request_human 0.87).
        return False
    if intent in LEAVING:
        return not ends_nothing(intent, confidence, free)
    return True


# Words that hedge a value ("maybe 3000 a month"), in the seven languages: the reading for the timing question takes
# them alone for "not decided yet".
_HEDGE = re.compile(r"(?<!\w)(?:maybe|perhaps|possibly|vielleicht|eventuell|möglicherweise|peut-être|peut être|peut-etre"
                    r"|possiblement|quizás|quizá|quizas|tal vez|a lo mejor|talvez|quiçá|se calhar|forse|magari"
                    r"|misschien|wellicht|mogelijk)(?!\w)", re.IGNORECASE)


def _hedges_another_answer(text: str, answer: Attributes, free: Attributes, today: date, currency: str) -> bool:
    """Whether a reply to the timing question read as "not decided yet" only hedges a value for another question
    ("maybe 3000 a month", "forse 20 persone"): without its hedge, it says nothing of the timing. "no idea, budget
    3k" still does."""
    if answer.timing is None or answer.timing.status != "unknown" or not _HEDGE.search(text):
        return False
    if not any(stated(free, n) for n in DATA if n != "timing"):
        return False
    bare = _HEDGE.sub(" ", text)
    read = extract(bare, field="timing", now=today, default_currency=currency, lang=spoken())
    return read.timing is None


def a_value_not_a_bot_question(text: str, free: Attributes, intent: str | None) -> bool:
    """Whether a message the classifier calls "are you a bot?" only states a value: "une dizaine de personnes", "una
    decina di persone" (bot_challenge, "personne" as in "un bot, pas une personne") to the need or size question got
    "I'm ... virtual assistant: a bot, not a person", and the size went unheard. No question, nothing about the bot,
    and a value of ours (a size, a budget, a place ...) read in it."""
    return intent == "bot_challenge" and not reads_as_question(text) and not about_the_bot(text) \
        and any(stated(free, n) for n in DATA)


def _describes_themselves(free: Attributes) -> bool:
    """Whether a message's free reading is a title or who the visitor is ("owner/operator", "I'm an agent")."""
    return (free.authority is not None and free.authority.title is not None) or free.persona is not None


def _refuses(intent: str | None, confidence: float, requested: str) -> bool:
    """Whether a reply to the need question is a stop the classifier is sure of, whatever need its words name:
    "stop, we don't need any more leads" is read as a need for leads, and refuses one."""
    return requested == "need" and intent in ("stop", "goodbye") and confidence >= CLEARING_CONFIDENCE


def ends_nothing(intent: str | None, confidence: float, free: Attributes) -> bool:
    """Whether a message the classifier calls a stop, a goodbye or another language states facts instead, and is
    read as an answer (in the form, or by the form it opens).

    Data ends nothing, however sure the classifier is. A role without a title is who decides, not data: "stop
    please, I need to check with my business partner first" stops. Nor is a "now" a start date: it says when to
    stop ("actually stop, I don't want to give any more info right now", "ya no quiero seguir por ahora"). A need
    the extractor knows ("Abbiamo bisogno di più contatti qualificati", the classifier's stop) ends nothing unless
    the classifier is sure: "stop, we don't need any more leads" names one too, and stops.
    """
    if intent in LEAVING and intent != "switch_language" and confidence < CLEARING_CONFIDENCE and names_a_need(free):
        return True
    return any(stated(free, n) and (n != WHO or sayable(free, n)) and not _now(free, n) for n in DATA)


def states_a_need(text: str, free: Attributes) -> bool:
    """A statement of a need we know with facts about the visitor and no question mark ("je veux plus de clients, je
    suis seul, graphiste freelance à Lyon", "quiero más clientes para mi gimnasio en Sevilla"): it asks for nothing,
    whatever the classifier or the FAQ's topic words make of "je veux", "quiero" and "clients"."""
    return names_a_need(free) and any(stated(free, n) for n in DATA) and "?" not in text


def names_a_need(free: Attributes) -> bool:
    """Whether the free reading of a message finds a need it knows (a category: "more qualified leads", "SEO"), not
    just words: a statement of what the visitor needs, which never ends the conversation unless the classifier is
    sure it does."""
    return free.need is not None and bool(free.need.categories)


def turned_away(free: Attributes, playbook: Playbook) -> bool:
    """Whether the message says who the visitor is in a way the playbook turns away (a job seeker, a student): a
    statement about themselves even when put as a question ("are you hiring?"), never a digression or a need."""
    return free.persona is not None and free.persona in playbook.stages.disqualify.persona_set


def _now(free: Attributes, name: str) -> bool:
    """Whether ``name`` is a timing of today: in a message the classifier calls a stop, when to stop."""
    return name == "timing" and free.timing is not None and free.timing.horizon_days == 0


# Counts replies to "I noted ... Is that right?" that said neither yes, change, nor a value (in Progress.misses).
UNCLEAR = "unclear_confirmation"
# Unclear replies in a row after which the confirmation is asked as how to answer it; one more is taken as Change.
UNCLEAR_TWICE = 2
# A confirmation still waiting, nothing in it changed since it was last said: asked briefly.
LISTED_RIGHT = "Is what I noted right?"
# Why a confirmation is asked, to "why are you asking me that?" while it waits.
WHY_WE_CHECK = "So that what our team reads is what you meant: I keep what I noted only once you say it's right."
# How to answer the confirmation, said after two replies in a row that said nothing we could read.
HOW_TO_CONFIRM = "To answer, tap Yes if what I noted is right (or just say yes), or Change to put something right."
# Counts replies to the confirmation in a row that gave facts instead of a yes (in Progress.misses).
TOLD = "facts_at_confirmation"
# A question asked this often, and answered with something else each time, takes its reading of the next reply.
ASKED_WITHOUT_AN_ANSWER = 2
# "Change" to a confirmation that listed several values: which one is asked first, a button each (issue 14: "the
# budget" said to the first item's question was stored as the industry). Marked so a second "no" asks them in turn.
WHICH = "which_to_change"
WHICH_QUESTION = "Which one should I change?"
ALL_FINE = "All fine"
# A field the visitor asked to change ("the budget's wrong"): its question comes next, whatever the order.
CHANGING = "changing:{slot}"
# How many questions to us the FAQ does not know, put at one form question (Progress.asked_us), leave that question.
ASKED_US_TWICE = 2
# A field whose question is asked plainly once, its heard value kept unconfirmed but not offered as a button: "weiß
# nicht" to "I noted a budget of about 5.000 €, is that right?" says neither yes nor change (issue 14).
PLAIN = "plain:{slot}"
# The words a button of the which question sends, read back by nlu.recap.fields_to_change in every language.
FIELD_NAMES = {
    "budget": "the budget", "timing": "the timing", "industry": "the industry", "company_size": "the company size",
    "location": "the location", "revenue": "the revenue", "company": "the company name", "authority": "the role",
    "need": "the need", "tech_stack": "the tools", "name": "the name", "email": "the email",
}
PUT_RIGHT = "Of course, let's put that right."
# action_stop's words (bot.actions.conversation), said by the form to a stop the classifier missed.
STOP_LINE = ("Understood, I'll stop here and won't store anything more from this chat. If you change your mind, say "
             "\"start again\". Take care!")
RECAP = "Here's what I have so far: {what}."
RECAP_HEARD = "Still to check: {what}."
RECAP_NOTHING = "I haven't noted anything yet."


class ValidateQualificationForm(FormValidationAction):
    def name(self) -> str:
        return "validate_qualification_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        if tracker.get_slot("stopped"):
            return []
        state = State.of(tracker)
        playbook = runtime.playbooks().current()
        slots = slots_to_ask(playbook, state.attributes, SIGNALS, state.progress, state.consent,
                             contact_first=bool(tracker.get_slot("human_requested")))
        if qualify(state.attributes, playbook, SIGNALS).stage == "disqualified":
            return slots
        if tracker.active_loop.get("name") and tracker.get_slot(REQUESTED_SLOT) == CONSENT and CONSENT in slots:
            # The privacy question on screen stays next, whatever the reply opened ("Brauchen Sie wirklich meine
            # E-Mail?" read as an email-marketing need opened the tools question, and consent was never asked again).
            slots = [CONSENT, *(s for s in slots if s != CONSENT)]
        # A field the visitor asked to change ("what about my budget, it's wrong") is asked next, out of its turn.
        changing = [s for s in slots if state.progress.misses.get(CHANGING.format(slot=s))][:1]
        slots = changing + [s for s in slots if s not in changing]
        # A value heard whose question is not (or no longer) to be asked ("we use HubSpot" at the privacy
        # question, after the tools were skipped) is confirmed before the form ends: said back as noted, it
        # must reach the lead or be put right, never be dropped.
        return slots + [n for n in state.heard.names() if n not in slots and sayable(state.heard.attributes, n)
                        and n not in state.progress.doubted and (not stated(state.attributes, n) or _new_persona(state, n))]

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("stopped"):
            # Nothing after "stop" is read: the form closes and action_submit_lead says how to go on.
            return [SlotSet(REQUESTED_SLOT, None), *seen(tracker)]
        if tracker.get_slot("lead_id") and (tracker.get_slot("awaiting_zone") or (
                not tracker.active_loop.get("name") and (asks_for_times(tracker) or moving(tracker)))):
            # "next week" with slots on screen (or a place after "other time zone") is not an answer:
            # the form closes at once and action_submit_lead offers the slots asked for. The place asked for
            # after "other time zone" is where the times are shown, even when a rule opened the form for it
            # ("I'll be in London that week"): never heard as the visitor's base, nor said back as one.
            return [SlotSet(REQUESTED_SLOT, None)]
        fresh = is_fresh(tracker)
        if fresh and tracker.active_loop.get("name") and says_goodbye(latest_text(tracker)):
            # "thanks, bye", "obrigada, tchau" to any question: the visitor leaves (the classifier calls many of them
            # thanks, or nothing). Said goodbye to, with what is kept; the question is not asked again, and a later
            # hello picks it up.
            # The slot the mapping filled with the goodbye's words ("thanks, bye" as the company) stays empty.
            unread = [SlotSet(name, None) for name in tracker.slots_to_validate()]
            return [*unread, *await farewell(dispatcher, tracker), SlotSet("left", True)]
        if fresh and tracker.active_loop.get("name") and latest_intent(tracker) != "stop" \
                and stops_in_words(latest_text(tracker)) \
                and not moving(tracker):
            # "actually stop for now, I'm needed on the floor" at the timing question (set 13's tyler) got "Sorry, I
            # didn't catch that": the classifier did not call it a stop (its stops go to action_stop, the form
            # rejecting them), the reader of a stop does. Stopped as
            # action_stop stops: nothing more stored, the form closes (action_submit_lead says nothing more).
            dispatcher.utter_message(text=say(STOP_LINE))
            unread = [SlotSet(name, None) for name in tracker.slots_to_validate()]
            return [*unread, SlotSet("stopped", True), SlotSet("heard", None), SlotSet("confirming", None),
                    SlotSet(REQUESTED_SLOT, None), *seen(tracker)]
        before = State.of(tracker)
        pending = tracker.get_slot(REQUESTED_SLOT) if tracker.active_loop.get("name") else None
        # "and the company is Peoplewise not 30k" inside a longer reply: put right first, said back, then the reply
        # read as any other (its "seen" mark left to that reading, which would otherwise read nothing).
        anew, rest = self._named_anew(dispatcher, tracker, before)
        anew = [e for e in anew if e.get("name") != "seen_message"]
        tracker.add_slots(anew)
        events = self._read_reply(dispatcher, tracker, rest)
        if events is not None and not isinstance(events, Asked):
            events = anew + events
        if events is None:
            # A digression ("how much do you charge?"): returning nothing lets
            # Rasa reject the form so the digression's rule answers it.
            return []
        if isinstance(events, Asked):
            # The reply was met with a question of ours: one question a turn, nothing asked under it.
            return events.events
        tracker.add_slots(events)
        now = State.of(tracker)
        if now.consent is False and before.consent is False and any(
                tells(now.attributes, n) or tells(now.heard.attributes, n) for n in CONTACT):
            # Contact details typed after "no" to the privacy notice: held, and the notice asked again (a "no"
            # again lets them go), never confirmed or kept on the first refusal. A lead that already went out is
            # forgotten by the conversation, as booking.ask_consent_again does, so that with consent the form's
            # end closes again and offers the times, instead of "thanks for your message".
            consent_again = forget_consent()
            tracker.add_slots(consent_again)
            events += consent_again
            now = State.of(tracker)
        passed_on = False
        if tracker.get_slot("human_requested") and before.attributes.email is None:
            if now.attributes.email is not None and now.consent is True:
                # The person asked for can now write back: the lead goes out again with the email.
                posted, _ = await submit(tracker)
                tracker.add_slots(posted)
                events += posted
                # Once: after "Noted: your email ana@firm.pt." only that it went on, not the address a second time.
                dispatcher.utter_message(text=say("I've passed it on to our team.") if _noted_already(dispatcher)
                                         else say("Thanks, I've passed your email on to our team."))
                passed_on = True
        required = await self.required_slots([], dispatcher, tracker, domain)
        next_slot = next((slot for slot in required if tracker.get_slot(slot) is None), None)
        # Contact details are confirmed only once the visitor agreed to the privacy notice; until then they are
        # held (said back as held, below), never "noted".
        heard = [s for s in required if sayable(now.heard.attributes, s) and s not in now.progress.doubted
                 and (now.consent is True or s not in CONTACT)]
        if next_slot not in heard:
            # Confirmed when the first of them is due (then all at once): before a question is skipped.
            heard = []
        if WHO in required and WHO not in now.progress.doubted and _would_close(now, runtime.playbooks().current()):
            # Who they are, heard ("hi, I'm a student writing my thesis"), would end the conversation: confirmed
            # at once, before it does (and first, when other values are confirmed with it).
            heard = [WHO, *(n for n in heard if n != WHO)]
        if fresh and tracker.get_slot("lead_id") and now.attributes != before.attributes and (heard or next_slot):
            # A correction after the lead went out, while the form goes on (when it ends here,
            # action_submit_lead posts): the service, and through it every destination, gets it.
            posted, _ = await submit(tracker)
            tracker.add_slots(posted)
            events += posted
        # What this message told us besides the answer asked for is said back at once, by value ("Noted:
        # about 50 people, Berlin."), unless the confirmation below names it anyway; a reply to the
        # confirmation itself always gets its new value said back, then the confirmation with it. Who decides,
        # heard with no title ("I own it", "het is mijn bedrijf"), is said back too ("Noted: that the decision is
        # yours."), though it waits for the role question, not a confirmation: it went unacknowledged (issue 14).
        news = [n for n in now.heard.names() if getattr(now.heard.attributes, n) != getattr(before.heard.attributes, n)
                and n in required and (sayable(now.heard.attributes, n) or (n == WHO and describe(n, now.heard.attributes)))
                and (before.confirming or n not in heard)]
        worked_out = [n for n in news if inferred(n, now.heard.attributes) and n in required
                      and n not in now.progress.doubted]
        if fresh and worked_out and not heard:
            # A value we worked out ("60k last year, half that now": 30k) is confirmed at once, whatever was asked.
            heard, news = worked_out, [n for n in news if n not in worked_out]
        # The answer to the question asked is said back with them, first ("Noted: the logistics industry and a base
        # in the United Kingdom."), and by itself before a confirmation ("Noted: about 40 people." then "I noted a
        # base in ... Is that right?"): every fact a message states is acknowledged, in the order of the messages.
        answer = _answered(before, now, pending) if fresh and not _said_back(dispatcher) else None
        told_back = [*([answer] if answer and (news or heard) else []), *news]
        if passed_on:
            # "Thanks, I've passed your email on to our team." acknowledged the address: not "Noted: your email" too.
            told_back = [n for n in told_back if n != "email"]
        # Contact details told before the visitor agreed to the privacy notice are held, not noted: said back as
        # held, and kept only once they agree.
        held = [n for n in told_back if n in CONTACT] if now.consent is not True else []
        told_back = [n for n in told_back if n not in held]
        if fresh and told_back and (back := heard_back(told_back, _as_known(now, answer), {
                **now.heard.texts, **({answer: latest_text(tracker)} if answer else {})})):
            dispatcher.utter_message(text=back)
        if fresh and held and (back := held_back(held, now.heard.attributes, now.heard.texts)):
            dispatcher.utter_message(text=back)
        if heard:
            if fresh:
                # An address typed with a value to confirm ("you can reach me at …") is drafted before the
                # confirmation, as at any other question: a visitor who closes the tab here keeps the lead.
                await save_draft(tracker)
            # Facts given instead of a yes a second time in a row: they were just said back, and the visitor
            # read the whole summary twice. A value just said back at the confirmation ("Noted: your company,
            # Haulwell Ltd.") is not listed again with the rest in the same turn: it is on screen just above.
            brief = bool(before.confirming) and bool(dispatcher.messages) and (
                now.progress.misses.get(TOLD, 0) > 1 or _said_back(dispatcher) or _noted_already(dispatcher))
            unread = bool(before.confirming) and not dispatcher.messages and now.progress.last_miss == UNCLEAR \
                and now.heard == before.heard
            if unread and now.progress.misses.get(UNCLEAR, 0) >= UNCLEAR_TWICE:
                # A second reply in a row that said nothing we could read: not the same line a third time, but how
                # to answer it, the buttons under it.
                dispatcher.utter_message(text=say(HOW_TO_CONFIRM), buttons=_yes_change())
                return events + [SlotSet("confirming", heard), SlotSet(REQUESTED_SLOT, heard[0])]
            if unread:
                # A reply that said nothing we could read: the same line again, once, as a check.
                dispatcher.utter_message(text=say("Just to be sure I have it right:"))
            # Never "everything else" without saying what it is (it was "Is everything else as I noted it?" with
            # nothing listed): the rest is listed, without what this turn said back just above; all of it when that
            # is all there is.
            rest = [n for n in heard if n not in told_back] if brief else heard
            # Nor is a value said back by value in an earlier turn while this confirmation was pending ("Noted: your
            # company, Acme Tours." was listed again in the next "I noted ... Is that right?"): it stays to confirm
            # with the yes, unlisted, while anything else is left to list (addendum, issue 14).
            if before.confirming and (earlier := _said_back_while_confirming(tracker, heard, now)):
                rest = [n for n in (rest or heard) if n not in earlier] or rest
            listed = noted(rest or heard, now.heard.attributes, now.heard.texts)
            quiet = not (told_back or held or _said_back(dispatcher) or _noted_already(dispatcher))
            if before.confirming and quiet and not unread and not asks_for_recap(latest_text(tracker)) \
                    and _listed_last(tracker) == listed:
                # Nothing said back this turn and nothing in the list changed since it was last said, while it waits
                # for a yes (a question about us answered above it): asked briefly, not the whole paragraph again
                # (issue 18). After a value said back, the rest still waiting is listed (issue 14); unread, it is
                # shown again as a check; asked for ("what do you have so far?"), it is the answer.
                dispatcher.utter_message(text=say(LISTED_RIGHT), buttons=_yes_change())
            else:
                dispatcher.utter_message(text=listed, buttons=_yes_change())
            return events + [SlotSet("confirming", heard), SlotSet(REQUESTED_SLOT, heard[0])]
        if next_slot is not None:
            if fresh:
                # The form goes on: the answers so far are saved as a draft (once email and consent
                # are in). When it ends here, action_submit_lead posts the complete lead instead.
                await save_draft(tracker)
            told = len(now.answers) > len(before.answers) or now.heard != before.heard
            thanks = fresh and told and not _said_back(dispatcher) and not told_back and not held \
                and not _noted_already(dispatcher) and not passed_on and not _changing(before, now)
            example = fresh and next_slot == pending and now.progress.examples(next_slot) > before.progress.examples(
                next_slot)
            events.append(ask(dispatcher, tracker, next_slot, thank=thanks, example=example,
                              again=fresh and next_slot == pending and bool(dispatcher.messages)))
        return events + [SlotSet("confirming", None), SlotSet(REQUESTED_SLOT, next_slot)]

    def _read_reply(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                    rest: str | None = None) -> list[EventType] | Asked | None:
        """The reply read (``rest``: what is left of it once a value it put right was taken out; nothing left, the
        question on screen is asked again)."""
        if not is_fresh(tracker):
            return []
        activating = not tracker.active_loop
        requested = None if activating else tracker.get_slot(REQUESTED_SLOT)
        playbook = runtime.playbooks().current()
        state = State.of(tracker)
        text = latest_text(tracker) if rest is None else rest
        today = date.today()
        if rest is not None and requested is not None and not any(c.isalnum() for c in rest):
            return [*seen(tracker), SlotSet(requested, None)]
        if requested is not None and (hello := only_greets(text, spoken() or "en")) is not None:
            # "ciao", "hello?", "hallo", "salut" at a question or a confirmation: a hello (or, for "ciao", "salut", a
            # goodbye too), answered with the visitor's own word and the question on screen again. Played on make
            # run: "ciao" to "I noted ... Is that right?" got "Just to be sure I have it right", counted as a reply
            # not understood, and "hello" to the company question "Sorry, I didn't catch that".
            dispatcher.utter_message(text=hello)
            return [*seen(tracker), SlotSet(requested, None)]
        if (unregistered := _without_registration(text)) is not None:
            # "Zorgzaam Thuis bv, ondernemingsnummer 0456.789.123", "Acme Ltd (company no. 08123456)": a company's
            # registration or tax number, no phone number (it got "We don't ask for a phone number" and the company
            # question three times) and no sum. Taken out with its label, unsaid; the rest is read as any reply.
            if requested is not None and not any(c.isalnum() for c in unregistered):
                return [*seen(tracker), SlotSet(requested, None)]
            text = unregistered
        if (dialled := _without_phone(text)) is not None:
            # "+64 21 555 0199 is my mobile", "meine Handynummer ist 0171 2345678" at any question: we don't ask for
            # a phone number, and say so; the number is read as nothing (no budget, size or name of its digits).
            # Said alone, the question on screen is asked again; said with other things, they are read without it.
            dispatcher.utter_message(text=say(NO_PHONE))
            if requested is not None and not _tells_anything(dialled, requested, today,
                                                             playbook.company.default_currency):
                return [*seen(tracker), SlotSet(requested, None)]
            text = dialled
        intent = meant(latest_intent(tracker), latest_confidence(tracker), text)
        fallback = playbook.company.default_currency
        currency = currency_for(state.attributes.merge(state.heard.attributes), fallback)
        free = extract(text, now=today, default_currency=currency, lang=spoken())
        if free.location is not None and currency_for(free, currency) != currency:
            # "Manchester, about 2k a month": the amount is in the currency of the place said with it.
            currency = currency_for(free, currency)
            free = extract(text, now=today, default_currency=currency, lang=spoken())
        if requested is not None and requested != CONSENT and only_refuses_a_call(text):
            # "I don't want to book a call", "no call please", "ich möchte keinen Termin buchen" at a question: no
            # answer to it (it was stored as the need), and no time for a call (it got "We'll find a time for a call
            # at the end"). Heard, and the question asked again; at a confirmation, no "no" to what it lists (it got
            # "Which one should I change?").
            dispatcher.utter_message(text=say("Understood."))
            return [*seen(tracker), SlotSet(requested, None)]
        call_time = requested is not None and requested != "timing" and names_a_call_time(text)
        if call_time:
            # "lieber nächste Woche Dienstag vormittag" or "next week works for me" at the name question says when a
            # call suits them, not when the project starts: no timing is read from it, not even heard (the times are
            # offered at the end).
            free = without(free, ["timing"])
        confirming = state.confirming if requested is not None and requested in state.confirming else ()
        if confirming and (refused := _refused(text, confirming, state)):
            # "not the budget, but the rest yes", "the size is wrong, the rest is fine", "alles richtig außer dem
            # Budget", "tout est bon sauf le budget": the rest of what was listed is confirmed, and only what was
            # taken back is asked again (it was met by the whole confirmation again, or, "está tudo certo, exceto o
            # orçamento", taken for a yes to all of it).
            return self._to_change(dispatcher, tracker, state, playbook, list(refused), requested, confirming,
                                   fallback, today)
        if requested is not None and (named := fields_to_change(text)):
            # "the budget", "budget's wrong", "change the timing", "das Budget", "el presupuesto", at any question
            # or confirmation: a request to change that field, never an answer ("the budget" to the industry question
            # was stored as the industry "other"). Asked again, its old value not offered.
            return self._to_change(dispatcher, tracker, state, playbook, list(named), requested, confirming, fallback,
                                   today)
        if confirming and state.progress.misses.get(WHICH) and (named := _picked_first(text, confirming)):
            # "the industry, we're vets not human healthcare", "el sector no, somos veterinarios" to "Which one should I
            # change?": the field named first, with why after it, is the one picked (it got the whole list again, "Just
            # to be sure I have it right").
            return self._to_change(dispatcher, tracker, state, playbook, list(named), requested, confirming, fallback,
                                   today)
        if requested is not None and asks_for_recap(text):
            # "what do you have so far?", "was haben Sie notiert?": what is noted, then the question on screen again.
            return self._recap(dispatcher, tracker, state, playbook, requested, confirming)
        if requested is not None and (instead := currency_instead(text)) is not None:
            # "no the budget is kenyan shillings not dollars", "KES not USD": the sum noted, in that currency.
            free = free.merge(_in_currency(state, confirming, instead))
        if confirming and (listed := _listed_currency(state.heard.attributes, confirming)) not in (None, currency):
            # "scusate, intendevo 800 al mese" to "I noted a budget of about 500 € a month": an amount that names no
            # currency, said to put a listed sum right, is in that sum's currency (it was 800 USD).
            currency = listed
            free = extract(text, now=today, default_currency=currency, lang=spoken())
            if call_time:
                free = without(free, ["timing"])
        if requested is not None and not confirming:
            # "actually make that March", "change the budget to 20k", "no wait, it's Q2": a correction of an answer
            # given, whatever is asked now. Its value is read for the field it names (or the one answered field it
            # fits), and corrects it below as any correction; a named field whose value can't be read is asked again.
            # A value only heard so far ("presupuesto unos 4000 al mes" in the opening) is put right the same way ("no,
            # 3000" to the next question was a refusal of it): said back, and confirmed in its turn.
            free, unreadable = _corrected(text, free, state.attributes.merge(state.heard.attributes), today, currency,
                                          requested)
            if unreadable is not None:
                return self._ask_again(dispatcher, tracker, state, playbook, unreadable, requested, fallback, today)
        # "no worries, let's continue", "kein Problem, weiter", "not at all, go ahead": the visitor only asks us to go
        # on. To "is that OK?" or "is that right?" it is a yes; to any other question it answers nothing (no need
        # "no worries", no skip, no "start again"), and the question is asked again.
        carrying = requested is not None and carries_on(text)
        if carrying and requested != CONSENT and not confirming:
            return [*seen(tracker), SlotSet(requested, None)]
        if requested is not None and not carrying and goes_on(text) \
                and not any(tells(free, n) for n in QUESTION_ATTRIBUTES):
            # "sorry, can we continue?", "on continue ?", "I changed my mind, let's keep going", stating nothing: the
            # visitor is back, and the question on screen is asked again (it was stored as their need). No yes to
            # "is that OK?" or "is that right?": going on agrees to nothing.
            return [*seen(tracker), SlotSet(requested, None)]
        if carrying:
            intent = AFFIRMING[0]
        if requested is not None and not confirming and (about_the_question(text) is not None or (
                requested == CONSENT and asks_about_own_details(text))):
            # (At the privacy question, "do you really need my email?", "Brauchen Sie wirklich meine E-Mail?" asks why
            # we keep their details: no need, no value heard.)
            return self._about_the_question(dispatcher, tracker, state, playbook, requested, text)
        if confirming and about_the_question(text) in ("why", "must") \
                and named_attribute(text) in (None, *confirming):
            # "por que me preguntas eso?", "why are you asking me that?" to "I noted ... Is that right?" (the
            # classifier's stop: played on make run, the conversation stopped and kept nothing): why we check, and the
            # confirmation again, briefly; nothing is read from the message.
            dispatcher.utter_message(text=say(WHY_WE_CHECK))
            return [*seen(tracker), SlotSet(requested, None)] if requested else seen(tracker)
        figure = _which_figure(text, free, state.heard.attributes, confirming, today, currency) if confirming else None
        if figure is not None and len(figure.fields) == 1 and figure.fields[0] in confirming:
            # "eher 5.000" or "no, 5000" to "I noted ..., a budget of about 50k. Is that right?": a bare figure near
            # only one figure listed (within a factor of ten) puts that one right, framed as a correction or not;
            # read for it, and said back below as any value restated ("Got it, a budget of about 5k.").
            read = extract(text, field=figure.fields[0], now=today, default_currency=currency, lang=spoken())
            if stated(read, figure.fields[0]):
                free = free.merge(only(read, [figure.fields[0]]))
        elif figure is not None:
            return self._what_the_figure_is(dispatcher, tracker, figure, confirming)
        if confirming:
            # "scusate, intendevo 800 al mese" to "I noted a budget of 500 € a month, is that right?": a correction
            # of a value listed, whose bare amount the free reading is wary of; read as any correction, for the
            # one listed (heard) value it fits, and taken below as a value restated.
            free, _ = _corrected(text, free, only(state.heard.attributes, list(confirming)), today, currency,
                                 confirming[0])
            free = _after_the_yes(text, free, today, currency)
            free = _unlisted_answer(text, intent, free, state, today, currency)
            free = _volunteered(text, intent, free, state, playbook, confirming, today, currency)
        if confirming and not shaped_like_a_name(text):
            # "Ende des ersten Quartals" to "is that right?": a date, which the free reading is wary of in so
            # few words; taken, said back, and confirmed with the rest. With a date on screen, a longer reply
            # is read for one too ("almost: we'd rather start in April, not February").
            free = _dated(text, free, today, currency, short_only="timing" not in confirming)
        # "das ist meine Firma", "that's my company", "c'est mon entreprise" to "I noted ..., your company, Acme. Is that
        # right?": a yes to what was read back (the classifier's affirm made it a digression, and the form answered
        # nothing); whose firm it is, not the visitor's role in it ("my company" read as the owner's words).
        owned = bool(confirming) and "company" in confirming and owns_up_to_the_firm(text)
        if owned:
            free, intent = without(free, [WHO]), AFFIRMING[0]
        mapped = requested is not None and tracker.slots_to_validate().get(requested) is not None
        # A question answered once while this one is open: a reply that also names a need is now read as the
        # answer it is ("vorrei capire come funziona la lead generation, avete qualcosa da leggere?" to the
        # need question), rather than answered again in a loop.
        again = answering(playbook, text, latest_intent(tracker), latest_confidence(tracker)) if requested else None
        answers_anyway = again is not None and bool(state.progress.misses.get(answered_key(requested, again.id))) \
            and _names_a_need(text, requested, today, currency)
        if requested is not None and not mapped and not answers_anyway and not carrying and not owned:
            restating = any(stated(free, n) for n in confirming)
            if not restating and digresses(latest_intent(tracker), latest_confidence(tracker), text, free, requested) \
                    and not turned_away(free, playbook):
                return None
            # A digression the classifier is unsure of ("<b>Acme</b>" as "stop"), or that does not read as
            # one, is read as an answer.
        # The classifier helps only with a text that states no value for the question asked: "is 5k a month
        # enough?" to the budget question is an answer put as a question, heard and confirmed below ("how
        # much for SEO?" to the need question names a need, yet asks about price).
        # A statement about themselves ("sto scrivendo la tesi sulla lead generation") asks for nothing, whatever
        # the classifier made of its topics: no FAQ answer, no content offer.
        # Nor does a statement of a need we know with facts about them and no question mark ("je veux plus de
        # clients, je suis seul, graphiste freelance à Lyon", the classifier's ask_question: case studies "for clients
        # like you" were offered, and nothing it said was heard).
        asking = None if carrying or owned or (requested in DATA and stated(free, requested)) \
            or tells_about_themselves(text, spoken()) \
            or states_a_need(text, free) \
            or a_value_not_a_bot_question(text, free, latest_intent(tracker)) \
            else latest_intent(tracker)
        entry = None if answers_anyway or carrying or owned else asked_entry(playbook, text, asking, latest_confidence(tracker))
        if entry is not None:
            return self._their_question(dispatcher, tracker, state, playbook, entry, requested, text, free, today,
                                        currency, fallback)
        if confirming:
            return self._confirmation(dispatcher, tracker, state, playbook, list(confirming), text, intent, free,
                                      currency, today)
        if requested is None:
            hearing = hear(state.attributes, state.heard, free, text)
            return self._known(dispatcher, tracker, state, playbook, hearing, [], fallback, today)
        return self._answer(dispatcher, tracker, state, playbook, requested, text, free, intent, today, currency,
                            fallback, call_time)

    def _about_the_question(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook, requested: str,
        text: str,
    ) -> list[EventType]:
        """A question about the question on screen ("why do you need that?"), answered with why we ask it."""
        # "why do you need that?", "do I have to answer?", "what do you mean?": a question about the question on
        # screen, which answers nothing and is no FAQ. Why we ask it, and whether it may be skipped, then the
        # same question again; nothing is read from the message. "why do you need my email?" at another
        # question asks about the email's: its reason, then the question on screen again.
        about = named_attribute(text) or requested
        if about == "phone":
            dispatcher.utter_message(text=say(NO_PHONE))
            return [*seen(tracker), SlotSet(requested, None),
                    SlotSet("progress", state.progress.explain(requested).to_slot())]
        about = about if about in REASONS else requested
        # The playbook question's own reason, where the marketer wrote one (localized: in the chat's language).
        question = question_for(playbook, about)
        dispatcher.utter_message(text=why_we_ask(about, required=question.required if question else True,
                                                 reason=question.why if question else None))
        return [*seen(tracker), SlotSet(requested, None), SlotSet("progress", state.progress.explain(requested).to_slot())]

    def _what_the_figure_is(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, figure: "BareFigure", confirming: tuple[str, ...],
    ) -> Asked:
        """A bare figure at a confirmation that fits no one figure listed: what it is, asked with a button each."""
        # "so um die 15.000" or "Moment, eher 12.000" to "Ich habe notiert: ..., etwa 18 Mitarbeitende, Sitz in
        # Graz. Stimmt das?": a bare figure, far from every figure listed (or near more than one), is no
        # correction of one by guess (18 people became 12,000). What it is is asked, each field it could be a
        # button that says it with its unit; nothing is stored. That question is the turn's one question: the
        # confirmation waits on screen for its answer, not shown again under it.
        dispatcher.utter_message(text=say(FIGURE_QUESTIONS[figure.fields], figure=figure.typed),
                                 buttons=[{"title": b, "payload": b} for b in (
                                     say(FIGURE_BUTTONS[n], figure=figure.typed) for n in figure.fields)])
        return Asked([*seen(tracker), *(SlotSet(n, None) for n in confirming),
                      SlotSet("confirming", list(confirming)), SlotSet(REQUESTED_SLOT, confirming[0])])

    def _their_question(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook, entry: Any,
        requested: str | None, text: str, free: Attributes, today: date, currency: str, fallback: str,
    ) -> list[EventType]:
        """A question of theirs the FAQ answers ("what do you charge?", "is 50k enough?"): answered; nothing in it is
        taken, but an answer put as a question (heard) or a sentence of its own that tells us something."""
        # A question of theirs ("what do you charge?", "is 50k enough?") is answered from the FAQ.
        # Amounts and dates in a question are asked about, not stated: never a budget or a deadline.
        for message in entry_messages(playbook, entry, tracker):
            dispatcher.utter_message(**message)
        answered_faq = ([SlotSet("progress", replace(state.progress, misses={
            **state.progress.misses, answered_key(requested, entry.id): 1}).to_slot())] if requested else [])
        if (hedge := _hedge(text, requested, free, today, currency)) is not None:
            # "is 1500 a month enough?" to the budget question asks about price, and puts an answer as a
            # question: answered, then the amount heard and confirmed, never given (the visitor who asks
            # again would otherwise get the same answer in a loop).
            hearing = hear(state.attributes, state.heard.forget([requested]), hedge, text, correcting=False)
            return self._known(dispatcher, tracker, state, playbook, hearing, [], fallback, today) + [
                SlotSet(requested, None), *answered_faq]
        # Nothing in a question is taken, not even as heard: what it mentions is what they ask about
        # ("what do you do with my data?" is no need for analytics). The question asked is asked
        # again, without "sorry". A sentence of its own that tells us something ("we're a small bakery
        # chain, 6 shops around Lyon. how much does it cost?") is heard, said back and confirmed in its turn.
        told = told_besides_asking(text)
        if told and any(stated(said_too := extract(told, now=today, default_currency=currency, lang=spoken()), n)
                        for n in QUESTION_ATTRIBUTES):
            hearing = hear(state.attributes, state.heard, said_too, told, correcting=False)
            return self._known(dispatcher, tracker, state, playbook, hearing, [], fallback, today) + [
                *([SlotSet(requested, None)] if requested else []), *answered_faq]
        return [*seen(tracker), *([SlotSet(requested, None)] if requested else []), *answered_faq]

    def _answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook, requested: str,
        text: str, free: Attributes, intent: str | None, today: date, currency: str, fallback: str, call_time: bool,
    ) -> list[EventType]:
        """The reply to the question on screen (or to the privacy question), read as its answer and for all else it
        tells: a skip, a bare yes or no, a correction, a hedge, a worked-out sum, an answer given."""
        question = question_for(playbook, requested)
        if requested != "company" and (labelled := _labelled_company(text, free, today, currency)) is not None:
            # "company is Peak Fitness Co" at the role question, asked again: the company, which the free
            # reading misses at the start of a sentence; heard and said back, and the role asked again.
            free = free.merge(labelled)
        told = free  # what the reply says, before a name's words are read for nothing else
        if requested in IDENTITY and shaped_like_a_name(text):
            # "Hoffmann + Partner Ingenieure" to the company question is a name and nothing else: the title,
            # place or industry its words spell are not heard ("your role as Partner Ingenieure").
            free = without(free, [n for n in QUESTION_ATTRIBUTES if n != requested])
        answer = read_as_asked = free
        if requested in QUESTION_ATTRIBUTES:
            # Read as the answer to the question asked ("50" after "how many employees?"),
            # on top of everything else it says ("actually closer to 80k").
            answer = free.merge(extract(text, field=requested, now=today, default_currency=currency,
                                               lang=spoken()))
            answer = _need_in_its_own_words(answer, free)
            read_as_asked = answer
            if requested in IDENTITY and _said_in_number_words(text):
                # "Soixante mille", "Sechzigtausend", "Sesenta mil" to the name or company question (set 13's claire):
                # a sum written in words, its capitals no name's. Never the name: the sum is heard as the budget (when
                # none is given), said back, and the question asked again.
                answer, free = without(answer, [requested]), without(free, [requested])
                read = extract(text, field="budget", now=today, default_currency=currency, lang=spoken())
                if stated(read, "budget") and not stated(state.attributes, "budget"):
                    free = free.merge(only(read, ["budget"]))
            if requested in IDENTITY and not state.progress.misses.get(requested) and not shaped_like_a_name(text):
                # "end of Q1" to the company question: read for a date, since the free reading is wary of
                # one in so few words. Heard, it is confirmed in its turn.
                free = _dated(text, free, today, currency, short_only=False)
            if requested == "timing" and (answer.timing is None or answer.timing.status == "stated") \
                    and len(text.split()) > DATED_WORDS and names_the_calendar(text):
                # "our pipeline dried up this year", "we moved into our new office in September" to the timing
                # question: in a reply this long, a date only the reading for the question finds in a name of the
                # calendar is said of something else, which the free reading refuses. No start date is taken, and
                # the question is asked again. A span from now is the answer ("as soon as we can really, our
                # pipeline is empty and the board is getting nervous", "en quelques semaines si possible, ...");
                # so is a date said last, in a few words of its own, after a landmark or a reason ("depois do
                # carnaval, lá pra março", "once the budget is signed off, probably March").
                # A date in a few words of its own, before the landmark it waits for ("early Feb once we're back
                # from the summer break"), is one too; and the date said last is the start even when the whole reply
                # read for a date found the landmark's ("na de Heimtextil in januari, dus vanaf februari": February).
                # (The free reading finds "from February" there, and the reading for the question the fair's January.)
                if (own := _own_date(text, today, currency)) is not None:
                    answer = answer.merge(own)
                elif free.timing is None and answer.timing is not None:
                    answer = without(answer, ["timing"])
            if requested == "timing" and _hedges_another_answer(text, answer, free, today, currency):
                # "maybe 3000 a month", "vielleicht 3000 im Monat" to "When would you like to get started?": the hedge
                # is the sum's, not "not decided yet" (played on make run: the timing was stored as unknown, and the
                # sum went unheard). The sum is heard, said back, and the timing asked again.
                answer = without(answer, ["timing"])
            if requested in AMOUNTLESS and falls_back(answer, requested) and not stated(free, "budget") \
                    and (amount := _amount(text, today, currency)) is not None:
                # "ok maybe up to 2500 a month" to the company question, "so 1.500 im Monat vielleicht" to the
                # industry question: an amount the free reading is wary of without a currency, and no company or
                # industry (the whole reply, "other"). The amount is heard and said back, the question asked again.
                free = free.merge(amount)
            if states_none(answer, free, requested) or _wholly_another(text, told, answer, requested) \
                    or _a_yes_to_another_value(answer, free, requested) or (
                    names_something_else(text, free, requested) and not state.progress.misses.get(requested)
                    and not _named_first(text, answer, requested, today, currency)
                    and not (requested in IDENTITY and stated(free, requested))):
                # "it was 20k but finance trimmed it to 12k" to the size question is money, not 12,000
                # people; "2k a month" to the industry question no industry "other": it states no value
                # for the question asked, which is asked again.
                answer = without(answer, [requested])
                if _wholly_another(text, told, answer.merge(only(told, [requested])), requested):
                    free = without(told, [requested])  # "CEO" to the company question: the role, heard
            elif requested != "timing" and not stated(answer, requested) and not shaped_like_a_name(text):
                # "end of Q1" to the role question: a date, heard and said back, the role asked again.
                free = _dated(text, free, today, currency)
                if free.timing is None and len(text.split()) > DATED_WORDS and not names_a_call_time(text) \
                        and (own := _own_date(text, today, currency)) is not None:
                    # Longer, as the timing question reads it: the date said last, after a landmark or a reason
                    # ("avant le temps des sucres, donc fin février" to the budget question got "Sorry, I didn't
                    # understand"), or first, before the landmark it waits for.
                    free = free.merge(own)
                answer = answer.merge(only(free, ["timing"]))
            elif requested in DATA and (not stated(answer, requested) or caught_all(answer, requested)) \
                    and state.attributes.company is not None \
                    and _introduces(text, latest_intent(tracker), state.attributes) \
                    and not any(stated(free, n) for n in QUESTION_ATTRIBUTES):
                # "Claire Martin" to the role question, the company being known: their name, heard and said
                # back, and the role asked again without "sorry".
                named = extract(text, field="name", now=today, default_currency=currency, lang=spoken())
                free = free.merge(only(named, ["name"]))
                answer = without(answer, [requested])
            if requested in (*DATA, *IDENTITY) and not stated(answer, requested) and \
                    state.progress.passed_over(requested) >= ASKED_WITHOUT_AN_ANSWER and \
                    stated(own := extract(text, field=requested, now=today, default_currency=currency, lang=spoken()),
                           requested) and not states_none(own, told, requested):
                # Asked twice already, and each reply read as something else (set 13's jonas: "Holzverarbeitung,
                # Schnittholz und Brettschichtholz", its capitals read as a name, got the industry question in its two
                # wordings to the turn limit). The reading for the question is taken as its answer now, the reply's
                # own words kept with it ("other" at worst): the conversation goes on, never round the same question.
                # (Set 13's claire, the same at the name question: "Claire Le Goff. Ah, et pour le budget, finalement
                # ce sera soixante mille par an" heard the budget each time, and her name was asked to the turn limit.)
                answer = answer.merge(only(own, [requested]))
                free = told if stated(told, requested) or not stated(told, "name") else without(told, ["name"])
        elif requested == CONSENT:
            free, intent = _at_the_privacy_question(text, free, intent, state, latest_intent(tracker), today, currency)
            answer = free
        if requested == "need" and turned_away(answer, playbook) and not (answer.need and answer.need.categories):
            # "Vocês estão contratando?", "are you hiring?" to "what can we help with?": who they are (a job seeker),
            # heard and confirmed before it closes the conversation, and no need of theirs: nothing stored as one.
            answer = without(answer, ["need"])
        if (requested in state.progress.doubted and intent in AFFIRMING
                and stated(state.heard.attributes, requested)):
            # The heard value's button under its question: the visitor picked it.
            given, heard = confirm(state.attributes, state.heard, [requested])
            events = self._known(dispatcher, tracker, state, playbook, Hearing(given, heard), [
                _answer(playbook, requested, state.heard.texts.get(requested) or said(tracker), CONFIRMED)], fallback, today)
            return events + [SlotSet(requested, text or "yes")]
        if requested in ("timing", "budget") and only_yes(text) and not _valued(answer, requested):
            # "sure" to "Is there a date you need this by?" says there is one, not which: no start "stated" without
            # a date (it was). Asked again as what an answer looks like ("When would that be? For example ...").
            # "yes, March" says which: the words after the yes.
            _, *rest = _FIRST_WORDS.split(text.strip(), maxsplit=1)
            after = extract(rest[0], field=requested, now=today, default_currency=currency, lang=spoken()) \
                if rest and rest[0].strip() else Attributes()
            if not _valued(after, requested):
                return [*seen(tracker), SlotSet(requested, None),
                        SlotSet("progress", state.progress.example(requested).to_slot())]
            answer = answer.merge(only(after, [requested]))
        if requested in FREE_TEXT and (bare := _only_yes_or_no(text, requested, answer)) is not None:
            # "yes", "sure", "ja", "oui", "sim", "ja hoor" to "what's the marketing challenge?" (or the company or
            # name question) answers nothing: no need "yes". What a reply looks like, and the question again; a
            # bare no refuses it, as a skip would (a required question hears why it is needed). Nothing is stored.
            if bare == "yes":
                # The question is asked again as what an answer looks like ("Which company is it? Just its name, for
                # example ..."), in its place (``ask``): one question, never that and the question's own words.
                return [*seen(tracker), SlotSet(requested, None),
                        SlotSet("progress", state.progress.example(requested).to_slot())]
            answer, free, intent = without(answer, [requested]), without(free, [requested]), DENYING[0]
        if is_payload(text) and requested in FREE_TEXT:
            # A button clicked out of turn ("/affirm" from an earlier "Yes", in Slack) is no need and no company.
            answer = without(answer, [requested])
        if requested in QUESTION_ATTRIBUTES and skips(text) and not stated(free, requested):
            # "passer", "überspringen", "saltar" to the company or name question: a skip, which the reading for a
            # free-text field would take for the name itself.
            answer, intent = without(answer, [requested]), SKIPPING[0]
        no_company = requested == "company" and has_no_company(text)
        if no_company:
            answer = without(answer, [requested])
        reply = interpret(requested, text, intent, answer, state.progress,
                          required=question.required if question else True)
        if no_company:
            # "I work alone, no company really", "ik werk alleen, geen bedrijf", "je travaille seule, pas d'entreprise":
            # there is no firm to name. The question is let go, never asked again (nor the French taken for a request
            # for a person); what else it says (a team of one) is heard as any reply's.
            reply = Reply("skipped")
        if reply.outcome != "answered" and requested in IDENTITY and stated(free, requested) \
                and getattr(free, requested) == getattr(answer, requested):
            # "Priya Shah, priya@acme.io" to the name question: not written as a name alone, yet the free
            # reading finds the same name in it as the reading for the question: the answer, the email heard.
            reply = Reply("answered", text[:200])
        if requested == WHO and _bare(text, free):
            # A bare "yes", "ok" or "no" to "what's your role, and who signs off?" names no role (read for the
            # role, "yes" says a decision maker): the role is asked again.
            answer, reply = without(answer, [WHO]), Reply("not_understood")
        if call_time and reply.outcome != "answered" and not any(stated(free, n) for n in QUESTION_ATTRIBUTES):
            # Said when a call suits them: no answer, and no "sorry" either; the question asked again.
            dispatcher.utter_message(text=say("We'll find a time for a call at the end."))
            return [*seen(tracker), SlotSet(requested, None)]
        if reply.outcome == "answered" and requested in FREE_TEXT and corrects_itself(text) \
                and not stated(free, requested) and any(stated(free, n) for n in QUESTION_ATTRIBUTES) \
                and not (requested in IDENTITY and _named_first(text, answer, requested, today, currency)):
            # "actually it's closer to 80k" when asked what they need: a correction, not the need. A name said
            # first, apart, is the answer beside the correction ("Thabo Nkosi. oh and scratch February, make it
            # March" to the name question got the correction said back and the name asked again).
            reply = Reply("not_understood")
        if reply.outcome == "answered" and requested not in (CONSENT, *FREE_TEXT) and reads_as_question(text):
            # "is 5k a month enough?" to the budget question: a hedge, heard and confirmed, not given.
            hearing = hear(state.attributes, state.heard, answer, text, correcting=False)
            return self._known(dispatcher, tracker, state, playbook, hearing, [], fallback, today) + [
                SlotSet(requested, None)]
        if reply.outcome == "answered" and requested in QUESTION_ATTRIBUTES and inferred(requested, answer):
            # "60k last year, half that now": 30k is our sum, not their words. Heard, and confirmed at once
            # ("So that makes about 30k, is that right?"), never given unasked.
            hearing = hear(state.attributes, state.heard.forget([requested]), answer, text, correcting=False)
            progress = replace(state.progress, doubted=tuple(d for d in state.progress.doubted if d != requested))
            return self._known(dispatcher, tracker, state, playbook, hearing, [], fallback, today) + [
                SlotSet(requested, None), SlotSet("progress", progress.to_slot())]
        answered = requested if reply.outcome == "answered" and requested != CONSENT else None
        # A reply to the company or name question that its own reading finds a name in ("Clinica Sorriso, somos 12"):
        # what only the name's words spell is no value of theirs (played on make run: Porto, confirmed, became
        # "Sorriso, Brasil", a town the firm's name spells). What the rest of the reply says is read as before.
        free = _outside_the_name(text, free, read_as_asked, requested, today, currency)
        # The privacy question is a question too: a different amount there ("around 20M a year", the revenue?)
        # replaces a given one only when said as a correction ("actually ...") or with its field's word ("our budget
        # is more like 80k"); it fills one given as "no idea yet". Any other new value ("we're about 140 people by
        # the way") corrects, as it would alone at any question: said back, and the privacy question asked again.
        # At any other question a sum given before and said anew with its field's word, beside the answer ("from
        # January. And the budget will be more like 90k a year in the end" to the timing question), puts it right
        # too: the visitor named what they change (it was kept at its old value, and never said back).
        hearing = hear(state.attributes, state.heard, free, text, answered=answered, answer=answer,
                       correcting=(corrects_itself(text) or correction(text) is not None
                                   or not replaces_a_value(state.attributes, free)
                                   or _plainly_replaced(state.attributes, free, text))
                       if requested == CONSENT else (True if _sum_named_anew(state.attributes, free, text, answered)
                                                     else None))
        if answered is not None and answered not in FREE_TEXT and hearing.corrected and answered not in hearing.corrected \
                and not stated(free, answered):
            # "sorry, it's 300 people, not 200" to the budget question corrects the size; its 200, read as a
            # budget only because the budget was asked, answers nothing: the budget is asked again. So does
            # "hmm wait, it's 12k, finance trimmed it" to the timing question (read for a date: "unknown"), which
            # corrects the budget and says nothing of when to start.
            hearing = hear(state.attributes, state.heard, free, text)
            answered, reply = None, Reply("not_understood")
        new_answers = [_answer(playbook, requested, text, GIVEN)] if answered else []
        if requested == CONSENT and reply.outcome == "answered" and reply.value is True:
            # Contact details they typed before this question ("hi, my email is ...") were held until now, and are
            # theirs as written: given with the yes, so the draft that keeps a closed tab's lead goes out at once.
            # Those typed with the yes itself are said back and confirmed, as any value heard.
            held = [n for n in CONTACT if stated(state.heard.attributes, n) and not stated(free, n)
                    and stated(hearing.heard.attributes, n)]
            if held:
                given, heard = confirm(hearing.given, hearing.heard, held)
                new_answers += [_answer(playbook, n, hearing.heard.texts.get(n) or text, CONFIRMED) for n in held]
                hearing = replace(hearing, given=given, heard=heard)
            # An address typed with the yes itself ("yes, it's ana@firm.pt") is the detail the question asked leave
            # to keep, and an address is read exactly: given with the yes and said back once, never confirmed a
            # second time when its own question comes. (A name typed so is still confirmed: "sure, I'm happy
            # with that" names nobody.)
            if _agrees_first(text) and stated(free, "email") and stated(hearing.heard.attributes, "email"):
                given, heard = confirm(hearing.given, hearing.heard, ["email"])
                if back := heard_back(["email"], given, hearing.heard.texts):
                    dispatcher.utter_message(text=back)
                new_answers.append(_answer(playbook, "email", hearing.heard.texts.get("email") or text, GIVEN))
                hearing = replace(hearing, given=given, heard=heard)
        if state.consent is True and requested != CONSENT and (
                typed := [n for n in CONTACT if n != requested and stated(hearing.heard.attributes, n)
                          and stated(free, n) and _typed(text, n)]):
            # "you can reach me at ana@kiwiphysio.co.nz" at the name question, "my name is Ana Ruiz" at another,
            # once they agreed to the privacy notice: their own words, given as typed and said back once, never
            # confirmed ("I noted your email ... Is that right?" is for values we inferred).
            given, heard = confirm(hearing.given, hearing.heard, typed)
            if back := heard_back(typed, given, hearing.heard.texts):
                dispatcher.utter_message(text=back)
            new_answers += [_answer(playbook, n, hearing.heard.texts.get(n) or text, GIVEN) for n in typed]
            hearing = replace(hearing, given=given, heard=heard)
        if hearing.corrected and ((requested == CONSENT and reply.outcome == "answered" and not _agrees_first(text))
                                  or (reply.outcome == "skipped" and not skips(text))):
            # "no wait, it's Q2" at the privacy question or the name question corrects the start; its "no" refuses
            # and skips nothing: said back, and the question on screen asked again.
            reply = Reply("not_understood")
        events = self._known(dispatcher, tracker, state, playbook, hearing, new_answers, fallback, today)
        if requested == CONSENT and reply.outcome == "answered" and reply.value is False:
            # "No" to the privacy notice: the contact details said so far (typed at this question, or before it)
            # are let go from the conversation, not only left out of the lead, and the visitor is told so.
            dispatcher.utter_message(text=say("No problem, I won't keep any contact details."))
            return _without_contact(events, state, playbook) + [SlotSet(requested, False)]
        if reply.outcome in ("not_understood", "gave_up") and (
                hearing.corrected or hearing.heard != state.heard or any(stated(free, n) for n in QUESTION_ATTRIBUTES)):
            # A correction (said back), or something else they told us (heard, kept with their words):
            # not an answer to the question asked, which is asked again with a brief thanks, without
            # "sorry", and this reply does not count as not understood. At the privacy question too:
            # "actually we're 300 people" there is said back, and the question asked again, never consent.
            if requested in (*DATA, *IDENTITY) and state.progress.passed_over(requested) > ASKED_WITHOUT_AN_ANSWER \
                    and not hearing.corrected:
                # A third reply that answers something else, and that the question's own reading finds nothing in
                # either: the question is left, and the visitor told so, rather than asked a fourth time.
                dispatcher.utter_message(text=say("No problem, let's move on."))
                return events + [SlotSet(requested, None), SlotSet("progress", state.progress.skip(requested).to_slot())]
            return events + [SlotSet(requested, None)]
        if reply.outcome in ("not_understood", "gave_up") and _asks_us(text, free):
            # "do you guarantee results?", "che garanzie date sui risultati?" (the classifier's fallback) at a question:
            # a question to us that the FAQ does not know got "Sorry, I didn't catch that". Answered as the FAQ
            # answers what it does not know (what we can tell, or our team), then the question on screen again; the
            # reply is no miss of it ("Sorry, I didn't catch that" would follow the answer). Asked so a second time at
            # the same question, the visitor is not going to answer it: it is left, as a twice-missed one is (set 6's
            # leon met "does it matter?" with the question again, round and round).
            dispatcher.utter_message(text=say(NOT_SURE))
            progress, _ = left_unanswered(dispatcher, state.progress, requested)
            return events + [SlotSet(requested, None), SlotSet("progress", progress.to_slot())]
        # The email skipped again after "to book the call, we need an email" is answered by the close, which says
        # that no call can be booked without one: no "let's move on" before it.
        quiet = requested == "email" and said_before(tracker, say(NEED_EMAIL))
        return events + _reply_events(dispatcher, requested, reply, state.progress, question.why if question else None,
                                      quiet=quiet)

    def _confirmation(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook,
        names: list[str], text: str, intent: str | None, free: Attributes, currency: str, today: date,
    ) -> list[EventType]:
        """The reply to "I noted ... Is that right?", read for what it states.

        Yes confirms; Change (or "no") asks their questions in turn; a new value
        for one of them replaces it and is said back ("no, 80k"); a value for
        anything else is heard, as anywhere. Nothing is read as an answer only
        because a question was on screen: "2k a month" is no need and no
        industry. A reply that states none of this is met by the same
        confirmation, asked again.
        """
        answer = free
        # A plain "no" (the Change button's word) is no value: read for the budget it would be "no budget".
        plain_no = intent in DENYING and not any(c.isdigit() for c in text) and not stated(free, names[0])
        if names[0] not in FREE_TEXT and not plain_no:
            # "no, 80k" reads as the first confirmed value, unless its number is another attribute's.
            read = free.merge(extract(text, field=names[0], now=today, default_currency=currency, lang=spoken()))
            # Never the catch-all ("hmm" read for the industry is "other"): only a value the reply states.
            answer = free if states_none(read, free, names[0]) or caught_all(read, names[0]) else read
        if knows_not(text) and not any(stated(free, n) for n in QUESTION_ATTRIBUTES):
            # "weiß nicht", "I don't know", "no sé": neither a yes nor a Change. What was heard stays heard,
            # unconfirmed, and the first listed value's question is asked plainly, once (no heard value as a button,
            # no "which one should I change?").
            first = names[0]
            misses = {k: v for k, v in state.progress.misses.items() if k not in (WHICH, TOLD, UNCLEAR)
                      and not k.startswith(CHANGING.format(slot="")) and not k.startswith(PLAIN.format(slot=""))}
            progress = replace(state.progress.doubt([first]), misses={
                **misses, CHANGING.format(slot=first): 1, PLAIN.format(slot=first): 1})
            return [*seen(tracker), *(SlotSet(n, None) for n in names), SlotSet("progress", progress.to_slot()),
                    SlotSet("confirming", None)]
        affirmed, denied = intent in AFFIRMING, intent in DENYING
        # A value said again as it was noted ("not 6 gyms" names the gyms' industry again) changes nothing: it stays
        # in the confirmation with the rest, rather than leaving the summary unsaid.
        # A yes that puts a listed value right in the same breath ("yes, but actually we're 15", "sí, aunque en
        # realidad somos 15", the classifier's affirm) puts it right: the value the free reading finds, other than the
        # one listed, never the question's own reading of the yes (a decision maker, a budget "stated").
        restated = [n for n in names if stated(answer, n)
                    and (not affirmed or (stated(free, n) and not unchanged(state.heard.attributes, free, n)))
                    and not (tells(state.heard.attributes, n) and unchanged(state.heard.attributes, answer, n))]
        told = bool(restated) or any(stated(without(free, names), n) for n in QUESTION_ATTRIBUTES)
        # A value, for a listed item or another, is taken and said back, and the confirmation shown again for
        # the rest, whatever the classifier made of the words: no "Change" ("Presque : plutôt en avril").
        denied = denied and not told
        given = state.attributes.merge(only(answer, restated))
        heard = state.heard.forget(restated)
        rest = [n for n in names if n not in restated]
        # "the budget is 8k, the rest is fine", "eher 8.000 €, der Rest stimmt": a value put right, and the rest of
        # what was listed agreed to in words of its own: confirmed with it, not listed again (issue 14).
        # So does a yes it opens with ("yes, but actually we're 15 people": played on make run, the size was put right
        # and the industry listed again, and with the classifier's affirm the 12 kept and the 15 lost).
        affirmed = affirmed or (bool(restated) and (agrees_to_the_rest(text) or _opens_with_yes(text)))
        answers = [_answer(playbook, n, text, GIVEN) for n in restated]
        progress = state.progress
        unclear = not (affirmed or denied or told)
        # A first unclear reply gets the same line again; a second, how to answer it, with the buttons (set 12's
        # "can" and "sweet as" got the line twice, then the need question as if they had said Change). A third in a
        # row is taken as Change: each question is asked, the heard value its first button (no confirmation asked
        # over and over); a clear reply starts the count afresh.
        again = unclear and progress.misses.get(UNCLEAR, 0) >= UNCLEAR_TWICE
        progress = progress.miss(UNCLEAR) if unclear and not again else replace(
            progress, misses={k: v for k, v in progress.misses.items() if k != UNCLEAR})
        # Facts instead of a yes, turn after turn: counted, so the summary is shown again once, then asked briefly.
        facts = told and not affirmed and not denied
        progress = replace(progress, misses={**{k: v for k, v in progress.misses.items() if k not in (TOLD, WHICH)},
                                             **({TOLD: progress.misses.get(TOLD, 0) + 1} if facts else {})})
        if affirmed:
            answers += [_answer(playbook, n, heard.texts.get(n) or said(tracker), CONFIRMED) for n in rest]
            given, heard = confirm(given, heard, rest)
        elif denied and len(rest) > 1 and not state.progress.misses.get(WHICH):
            # "Change" to several values: which one, a button each (and one for all being right); nothing is
            # read as an answer to the first one's question.
            return self._which(dispatcher, tracker, state, playbook, rest)
        elif denied or again:
            progress = progress.doubt(rest)
        # Anything else it states is heard (or, for a value already given, a correction).
        others = hear(given, heard, without(free, names), text)
        # A value the visitor put right ("no, 80k") is said back, as any correction.
        changed = tuple(n for n in restated if getattr(answer, n) != getattr(state.heard.attributes, n))
        events = self._known(dispatcher, tracker, replace(state, progress=progress), playbook,
                             Hearing(others.given, others.heard, changed + others.corrected), answers,
                             playbook.company.default_currency, today)
        # Unclear: the same line is shown again (validate asks it, the values being still heard), "Just to be sure"
        # above it; a correction or a new value is said back instead.
        confirmed = [n for n in names if stated(others.given, n)]
        # The rest stay open (Rasa mapped the reply's text to the first of them): asked in their turn.
        return events + [SlotSet(n, (text or "yes") if n in confirmed else None) for n in names] + [
            SlotSet("progress", progress.to_slot()), SlotSet("confirming", None)]

    def _named_anew(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                    state: State) -> tuple[list[EventType], str | None]:
        """A company or name said anew with the one held taken back ("the company is Peoplewise not 30k", "my name
        is Jonathan, not Jon", "it's Peoplewise, you wrote 30k"): the value replaced and said back ("Got it, your
        company, Peoplewise."), never just "Noted."; nothing when the words taken back are not what is held. With the
        rest of the message, to be read without them (None: the whole message is read)."""
        if not is_fresh(tracker) or not tracker.active_loop.get("name") or tracker.get_slot("stopped"):
            return [], None
        said = named_anew(latest_text(tracker))
        if said is None:
            return [], None
        field, value, back, rest = said
        for name in ([field] if field else ["company", "name"]):
            held = getattr(state.attributes, name) or getattr(state.heard.attributes, name)
            if isinstance(held, str) and held.lower() in back.lower() and held.lower() != value.lower():
                given = state.attributes.merge(Attributes(**{name: value})) if getattr(state.attributes, name) \
                    else state.attributes
                heard = state.heard if getattr(state.attributes, name) else state.heard.forget([name])
                if not getattr(state.attributes, name):
                    given = given.merge(Attributes(**{name: value}))
                playbook = runtime.playbooks().current()
                return self._known(dispatcher, tracker, state, playbook, Hearing(given, heard, (name,)), [],
                                   playbook.company.default_currency, date.today()), rest
        return [], None

    def _which(self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook,
               names: list[str]) -> "Asked":
        """Which of several values listed to change: a button each, saying the value, and one for all being right."""
        buttons = [{"title": _capital(phrase), "payload": say(FIELD_NAMES.get(n, n))}
                   for n in names if (phrase := describe(n, state.heard.attributes, state.heard.texts.get(n)))]
        buttons.append({"title": say(ALL_FINE), "payload": "/affirm"})
        dispatcher.utter_message(text=say(WHICH_QUESTION), buttons=buttons)
        progress = replace(state.progress, misses={**state.progress.misses, WHICH: 1})
        return Asked([*seen(tracker), *(SlotSet(n, None) for n in names), SlotSet("progress", progress.to_slot()),
                      SlotSet("confirming", list(names)), SlotSet(REQUESTED_SLOT, names[0])])

    def _to_change(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook, named: list[str],
        requested: str, confirming: tuple[str, ...], fallback: str, today: date,
    ) -> list[EventType]:
        """A request to change fields named ("the budget's wrong"): their values let go, the first one's question
        asked next; at a confirmation, the rest of what it listed is right, and confirmed."""
        ids = {q.id for n in named if (q := question_for(playbook, n)) is not None} | set(named)
        kept = tuple(a for a in state.answers if a.get("question") not in ids)
        # Picked from "Which one should I change?": its question next, the heard value kept as its first button (it
        # was forgotten, and the question asked as if nothing had been said).
        picked = tuple(named) if bool(state.progress.misses.get(WHICH)) and len(named) == 1 and stated(
            state.heard.attributes, named[0]) and not stated(state.attributes, named[0]) else ()
        given, heard = without(state.attributes, named), state.heard.forget([n for n in named if n not in picked])
        rest = [n for n in confirming if n not in named and stated(heard.attributes, n)]
        answers = [_answer(playbook, n, heard.texts.get(n) or said(tracker), CONFIRMED) for n in rest]
        given, heard = confirm(given, heard, rest)
        misses = {k: v for k, v in state.progress.misses.items()
                  if k not in (WHICH, TOLD, UNCLEAR) and not k.startswith(CHANGING.format(slot=""))}
        progress = replace(state.progress, misses={**misses, CHANGING.format(slot=named[0]): 1},
                           doubted=tuple(d for d in state.progress.doubted if d not in named) + picked)
        events = self._known(dispatcher, tracker, replace(state, answers=kept, progress=progress), playbook,
                             Hearing(given, heard), answers, fallback, today)
        dispatcher.utter_message(text=say(PUT_RIGHT))
        return events + [SlotSet(n, None) for n in named] + [
            SlotSet(n, said(tracker) or "yes") for n in rest] + [
            *([SlotSet(requested, None)] if requested not in named and requested not in rest else []),
            SlotSet("progress", progress.to_slot()), SlotSet("confirming", None)]

    def _recap(self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook,
               requested: str, confirming: tuple[str, ...]) -> list[EventType]:
        """What is noted so far, in the playbook's order (what is only heard, as still to check, unless the
        confirmation on screen lists it: it is shown again under the recap); then the question on screen again."""
        order = [q.attribute for q in playbook.questions if q.attribute in QUESTION_ATTRIBUTES]
        order += [n for n in QUESTION_ATTRIBUTES if n not in order]
        # The timing in the visitor's words, so that a quarter is said back as the quarter ("in Q1"), not a month.
        noted_ = [p for n in order if tells(state.attributes, n)
                  and (p := describe(n, state.attributes, tracker.get_slot(n) if n == "timing" else None))]
        heard = [p for n in order if sayable(state.heard.attributes, n) and not stated(state.attributes, n)
                 and n not in confirming and (p := describe(n, state.heard.attributes, state.heard.texts.get(n)))]
        lines = [say(RECAP, what=in_a_list(noted_))] if noted_ else []
        if heard:
            lines.append(say(RECAP_HEARD, what=in_a_list(heard)))
        dispatcher.utter_message(text=" ".join(lines) if lines else say(RECAP_NOTHING))
        return [*seen(tracker), SlotSet(requested, None)]

    def _ask_again(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, state: State, playbook: Playbook, name: str,
        requested: str, fallback: str, today: date,
    ) -> list[EventType]:
        """A correction of ``name`` whose new value can't be read ("actually the budget is different"): the old value
        is let go, never guessed, and the question for it is asked again (before the one that was on screen)."""
        question = question_for(playbook, name)
        kept = replace(state, answers=tuple(a for a in state.answers if not question or a.get("question") != question.id))
        events = self._known(dispatcher, tracker, kept, playbook,
                             Hearing(without(state.attributes, [name]), state.heard.forget([name])), [], fallback, today)
        # Asked next, out of its turn (before the privacy question on screen, too): the visitor asked to change it.
        misses = {k: v for k, v in state.progress.misses.items() if not k.startswith(CHANGING.format(slot=""))}
        progress = replace(state.progress, misses={**misses, CHANGING.format(slot=name): 1})
        return events + [SlotSet(name, None), *([SlotSet(requested, None)] if requested != name else []),
                         SlotSet("progress", progress.to_slot())]

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
        # An amount only heard, read in the default currency before the country was known ("so 1.500 im Monat" at
        # the industry question, then "Graz"), follows the country too: the confirmation says it as the lead will.
        heard = hearing.heard
        if (moved := rebased(heard.attributes, heard.texts, fallback, today,
                             known=given.merge(heard.attributes), lang=spoken())) != heard.attributes:
            heard = Heard(moved, heard.texts)
        if corrected and (back := said_back(corrected, given, texts)):
            dispatcher.utter_message(text=back)
        return [
            SlotSet("attributes", given.to_dict()), SlotSet("heard", heard.to_slot()),
            SlotSet("answers", answers), *seen(tracker),
        ]


# Having no company, in the seven languages (``nlu.text.plain``: lower case, no accents): "no company", "keine Firma",
# "pas d'entreprise", "no tengo empresa", "não tenho empresa", "non ho un'azienda", "geen bedrijf".
_NO_COMPANY = re.compile(
    r"(?<![\w'])(?:no|not an?|without an?|don'?t have an?|do not have an?|haven'?t got an?|there'?s no|there is no)"
    r" (?:company|firm|business name|registered company|limited company)(?!\w)"
    r"|(?<!\w)(?:keine?|ohne) (?:eigene )?(?:firma|unternehmen|gmbh)(?!\w)"
    r"|(?<!\w)(?:pas d'|pas de |aucune |sans )(?:entreprise|societe|boite|structure)(?!\w)"
    r"|(?<!\w)(?:no tengo (?:una )?|sin |ninguna |no hay )(?:empresa|compania|sociedad)(?!\w)"
    r"|(?<!\w)(?:nao tenho (?:uma )?|sem |nenhuma )(?:empresa|firma|sociedade)(?!\w)"
    r"|(?<!\w)(?:non ho (?:un'|un |una )|nessuna |senza )(?:azienda|ditta|societa|impresa)(?!\w)"
    r"|(?<!\w)geen (?:eigen )?(?:bedrijf|firma|onderneming|bv)(?!\w)"
)


def has_no_company(text: str) -> bool:
    """Whether a reply to the company question says there is none to name ("I work alone, no company really")."""
    return bool(_NO_COMPANY.search(plain(text or "")))


def left_unanswered(dispatcher: CollectingDispatcher, progress: Progress, slot: str) -> tuple[Progress, bool]:
    """A question to us we could not answer, put at ``slot``'s question (here, or by Rasa's FAQ rule outside the
    form): counted, and the second leaves that question, told so. The progress, and whether the question was left."""
    progress = progress.asked_us(slot)
    if progress.unanswered(slot) < ASKED_US_TWICE:
        return progress, False
    dispatcher.utter_message(text=say("No worries, let's move on."))
    return progress.skip(slot), True


def _asks_us(text: str, free: Attributes) -> bool:
    """Whether a reply that answers nothing is a question put to us: written as a question, with a question mark, and
    stating no value of any question ("is 5k enough?" states a budget, and is read as one)."""
    return "?" in text and reads_as_question(text) and not any(tells(free, n) for n in QUESTION_ATTRIBUTES)


# Where the field a visitor picks ends and their reason begins: a comma, a semicolon, a colon or a dash.
_CLAUSE_END = re.compile(r"\s*(?:[,;:]|\s[-–—]\s?|[–—])\s*")


def _picked_first(text: str, listed: tuple[str, ...]) -> tuple[str, ...]:
    """The fields of ``listed`` that a reply to "Which one should I change?" names in its first clause, with more said
    after it ("the industry, we're vets", "die Branche stimmt nicht, wir sind Tierärzte"); none when it has no
    second clause (read whole, as any reply) or names a field that was not listed."""
    parts = _CLAUSE_END.split(text.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[0] or not parts[1].strip():
        return ()
    named = fields_to_change(parts[0])
    return named if named and all(n in listed for n in named) else ()


def _refused(text: str, confirming: tuple[str, ...], state: State) -> tuple[str, ...]:
    """What a reply to a confirmation of ``confirming`` takes back while it agrees to the rest ("not the budget, but
    the rest yes"; "everything's wrong except the budget" takes back the rest): the fields listed, or given before,
    to ask again; empty when the reply is not that."""
    part = answered_in_part(text)
    refused = part.refused(confirming) if part is not None else None
    return tuple(n for n in refused or () if n in confirming or stated(state.attributes, n))


def _at_the_privacy_question(text: str, free: Attributes, intent: str | None, state: State, classified: str | None,
                             today: date, currency: str) -> tuple[Attributes, str | None]:
    """A reply to the privacy question, read for what it says besides a yes or no: the other sum it names, the
    details agreed to with a yes first, a skip, a date, or the visitor's name; with the intent it is taken as."""
    free = _the_other_sum(text, free, state.attributes, today, currency)
    if _keeps_their_details(text):
        # "i'd rather not give my email", "prefiro não dar o email", "je préfère ne pas donner mon email" (played on
        # make run: read as a need for email marketing, the need they gave replaced by these words, and the question
        # asked again): their own details, refused. A no to keeping them; nothing else read.
        return without(free, list(QUESTION_ATTRIBUTES)), DENYING[0]
    if any(stated(free, n) for n in CONTACT) and _agrees_first(text):
        # "sure, I'm Ana, ana@x.io": a yes, then the details it agrees to give. Without the yes first ("Ana,
        # ana@x.io") they are held, said back as held, and the privacy question asked again.
        intent = AFFIRMING[0]
    if skips(text) and not any(stated(free, n) for n in QUESTION_ATTRIBUTES):
        # "skip", "überspringen", "pular": whatever the classifier made of it, a skip of the question.
        intent = SKIPPING[0]
    if not shaped_like_a_name(text):
        free = _dated(text, free, today, currency)
    elif _introduces(text, classified, state.attributes) and not any(
            stated(free, n) for n in QUESTION_ATTRIBUTES):
        # "Anna Schmidt" to the privacy question: their name, heard and said back (it goes out with
        # the lead only once they consent and confirm it), and the privacy question asked again.
        named = extract(text, field="name", now=today, default_currency=currency, lang=spoken())
        free = free.merge(only(named, ["name"]))
    return free, intent


def _keeps_their_details(text: str) -> bool:
    """Whether a short reply refuses to give the visitor's own contact details, in the seven languages: a negation
    and a word for an email, a phone number or contact details, no address or number typed ("I'd rather not give my
    email", "lieber keine E-Mail", "preferisco non dare la mia email", "liever geen e-mail"); not after a yes ("yes,
    but no phone calls please" agrees)."""
    said = plain(text)
    return len(said.split()) <= DETAILS_REFUSAL_WORDS and not re.search(r"\d|@", text) and not _agrees_first(text) \
        and bool(_NO_DETAILS.search(said)) and bool(_DETAILS.search(said))


DETAILS_REFUSAL_WORDS = 12
_NO_DETAILS = re.compile(r"\b(?:not|no|don t|dont|never|nicht|kein\w*|pas|non|nao|niet|geen|nunca|jamais|mai)\b")
_DETAILS = re.compile(r"\b(?:e ?mail\w*|mail|correo|contact\w*|kontakt\w*|contatt\w*|contacto\w*|phone|number|numero"
                      r"|nummer|telefon\w*|telefone|telemovel|details|daten|coordonnees|dados|datos|dati|gegevens)\b"
                      # An email service is a need, not their address ("no email marketing please, just SEO").
                      r"(?!\s+(?:marketing|campaign\w*|newsletter\w*|automation|automat\w*))")


def _answered(before: State, now: State, pending: str | None) -> str | None:
    """The question attribute this message gave as the answer to the question asked (``pending``), if it did: a
    reply to "is that right?" confirms values already said back, and gives none here."""
    if pending not in QUESTION_ATTRIBUTES or before.confirming:
        return None
    value = getattr(now.attributes, pending)
    return pending if tells(now.attributes, pending) and value != getattr(before.attributes, pending) else None


# Answered fields a correction that names none may be about, each read for its value ("make that March": a date).
IMPLIED = ("budget", "timing", "company_size", "revenue", "location")
_NO_VALUE = ("none", "unknown", "no_timeline")


def _corrected(text: str, free: Attributes, given: Attributes, today: date, currency: str,
               requested: str) -> tuple[Attributes, str | None]:
    """``free`` with the value a correction states for an answered field, read from its value's words; and the
    field a correction names when its value can't be read (else None). No value is guessed: a correction that
    names no field changes one only when its value fits exactly one answered field, and none when it answers
    the open question on screen ("sorry, about 50" to the size question is the size, not a budget of 50)."""
    said = correction(text)
    if said is None or (said.field is not None and not tells(given, said.field)):
        return free, None
    if said.field is None and requested in DATA and not tells(given, requested) and said.value:
        own = extract(said.value, field=requested, now=today, default_currency=currency, lang=spoken())
        if stated(own, requested) and not caught_all(own, requested) and \
                getattr(getattr(own, requested), "status", None) not in _NO_VALUE:
            return free, None
    if said.field is not None and stated(free, said.field) and not unchanged(given, free, said.field):
        return free, None  # the free reading has it already ("change the budget to 20k")
    if said.field is None and any(tells(given, n) and tells(free, n) and not unchanged(given, free, n)
                                  for n in QUESTION_ATTRIBUTES):
        return free, None
    names = [said.field] if said.field is not None else [n for n in IMPLIED if stated(given, n)]
    found: dict[str, Attributes] = {}
    for name in names if said.value else ():
        old = getattr(given, name, None)
        # A sum put right in as few words ("no, 3000" after "4000 € a month") is in the old one's currency and per
        # its period, unless it says its own.
        own = getattr(old, "currency", None) or currency if name in MONEY else currency
        read = extract(said.value, field=name, now=today, default_currency=own, lang=spoken())
        alone = extract(said.value, now=today, default_currency=own, lang=spoken())
        if name == "budget" and read.budget is not None and read.budget.period is None \
                and getattr(old, "period", None) is not None:
            read = replace(read, budget=replace(read.budget, period=old.period))
        if not stated(read, name) or caught_all(read, name) or states_none(read, alone, name) \
                or unchanged(given, read, name):
            continue
        if said.field is None and getattr(getattr(read, name), "status", None) in _NO_VALUE:
            continue  # "no wait" read for the budget is "no budget": a value only a named field may take
        found[name] = only(read, [name])
    if said.field is not None:
        return (free.merge(found[said.field]), None) if said.field in found else (free, said.field)
    if len(found) > 1:
        # "no, 3000" after a budget of 4000 a month and 25 people: the figure it is near (``_which_figure``'s rule).
        found = {n: a for n, a in found.items() if _near(getattr(a, n), getattr(given, n, None))}
    return (free.merge(next(iter(found.values()))), None) if len(found) == 1 else (free, None)


def _near(new: Any, old: Any) -> bool:
    """Whether two figures (a budget, a size, a revenue) are within a factor of ``FAR`` of each other."""
    a = getattr(new, "max", None) or getattr(new, "min", None)
    b = getattr(old, "max", None) or getattr(old, "min", None)
    return bool(a and b) and max(a, b) / min(a, b) <= FAR


def _as_known(now: State, answer: str | None) -> Attributes:
    """The heard values, with the answer just given in its place (each said back as the visitor put it)."""
    heard = now.heard.attributes
    return without(heard, [answer]).merge(only(now.attributes, [answer])) if answer else heard


# Amounts a visitor may mean as the budget or as the revenue: "around 20M a year" names neither.
MONEY = ("budget", "revenue")


# An amount this many times the budget given, said without a field's word, is no budget: "around 20M a year" after 60k.
REVENUE_SCALE = 10


def _the_other_sum(text: str, free: Attributes, given: Attributes, today: date, currency: str) -> Attributes:
    """``free`` with a sum said without its field's word at the privacy question ("around 20M a year", which the free
    reading calls a budget) read as the revenue, when a budget is given already and this one dwarfs it, and no
    revenue is known: the budget stays (only its word or a correction replaces it), and the revenue is heard and
    confirmed, never dropped. A sum near the budget ("around 80k a year") stays what it was: no revenue is made of it."""
    budget, known = free.budget, given.budget
    if budget is None or known is None or budget.min is None or known.status != "stated" \
            or stated(given, "revenue") or stated(free, "revenue") or corrects_itself(text) \
            or correction(text) is not None \
            or re.search(rf"(?<![\w'])(?:{FIELD_WORDS['budget']})(?![\w'])", text, re.IGNORECASE):
        return free
    largest = max((v for v in (known.min, known.max) if v is not None), default=None)
    if largest is None or budget.min < REVENUE_SCALE * largest:
        return free
    read = extract(text, field="revenue", now=today, default_currency=currency, lang=spoken())
    return without(free, ["budget"]).merge(only(read, ["revenue"])) if stated(read, "revenue") else free


def _plainly_replaced(given: Attributes, free: Attributes, text: str) -> bool:
    """Whether each value ``free`` states over a given one is plainly that field's: any but an amount ("we're about
    140 people by the way", "we moved to Lyon"), or an amount said with its field's word ("our budget is more like
    80k", "der Umsatz liegt eher bei 20 Millionen"), in any of the seven languages."""
    replaced = [n for n in QUESTION_ATTRIBUTES if stated(given, n) and stated(free, n) and not unchanged(given, free, n)]
    return all(n not in MONEY or re.search(rf"(?<![\w'])(?:{FIELD_WORDS[n]})(?![\w'])", text, re.IGNORECASE)
               for n in replaced)


def _sum_named_anew(given: Attributes, free: Attributes, text: str, answered: str | None) -> bool:
    """Whether a reply states a new sum for a budget or revenue given before, with that field's word ("and the budget
    will be more like 90k a year"), and no other value over a given one: a correction, whatever question it answers
    (``answered``). An amount without its field's word ("about 80M" to the revenue question) corrects nothing."""
    replaced = [n for n in QUESTION_ATTRIBUTES if n != answered and stated(given, n) and stated(free, n)
                and not unchanged(given, free, n)]
    return bool(replaced) and all(n in MONEY for n in replaced) and _plainly_replaced(given, only(free, replaced), text)


def _new_persona(state: State, name: str) -> bool:
    """Whether who the visitor is was heard beside a role already given ("we're a competitor, actually")."""
    return name == WHO and state.heard.attributes.persona not in (None, state.attributes.persona)


def _would_close(state: State, playbook: Playbook) -> bool:
    """Whether who the visitor is, as heard, would disqualify them (a student, a job seeker): the heard role and
    persona, once given, end the conversation."""
    if state.heard.attributes.persona is None and not stated(state.heard.attributes, WHO):
        return False
    if qualify(state.attributes, playbook, SIGNALS).stage == "disqualified":
        return False
    as_heard = state.attributes.merge(only(state.heard.attributes, [WHO]))
    return qualify(as_heard, playbook, SIGNALS).stage == "disqualified"


# A reply this short that the free reading finds no date in may still be one ("Ende des ersten Quartals"); in a
# longer one, the free reading's refusal stands ("our pipeline dried up this year" sets no deadline).
DATED_WORDS = 5


def _dated(text: str, free: Attributes, today: date, currency: str, *, short_only: bool = True) -> Attributes:
    """``free`` with the date ``text`` states ("end of Q1", "Ende des ersten Quartals"), when the free reading,
    wary of a date in so few words, found none: read for the timing, and kept only as a day or a horizon."""
    if free.timing is not None or text.startswith("/") or (short_only and len(text.split()) > DATED_WORDS) \
            or names_a_call_time(text):
        return free
    dated = extract(text, field="timing", now=today, default_currency=currency, lang=spoken())
    if dated.timing is not None and (dated.timing.target_date or dated.timing.horizon_days is not None):
        return free.merge(only(dated, ["timing"]))
    return free


# The calendar's names in English: months (nlu.timing's, abbreviations with them), seasons, quarters, years
# ("September", "this year", "Q3", "2023"). The other languages' are read through nlu's English rewrite (its month
# names are CLDR's, "dieses Jahr" is "this year", "l'été" "the summer"), in each of the seven languages, since a
# visitor may write another language than the chat's.
_CALENDAR = re.compile(
    r"(?<![\w'])(?:" + "|".join(sorted((*MONTHS, *SEASONS), key=len, reverse=True))
    + r"|years?|quarter|q[1-4]|(?:19|20)\d\d)(?![\w'])")


def names_the_calendar(text: str) -> bool:
    """Whether ``text`` names a month, a season, a quarter or a year, in any of the bot's languages. In a long reply
    the free reading refuses, such a name is often said of something past ("we moved into our new office in
    September", "cette année a été difficile"); a span from now ("as soon as we can", "en quelques semaines", "over
    een paar weken") only ever looks ahead."""
    said = Text.of(text)
    return any(_CALENDAR.search(english.of(said, lang).lower)
               for lang in dict.fromkeys((spoken() or "en", "en", *english.LANGUAGES)))


# A date said first this short is read for the timing even when the free reading is wary ("March", "ab März").
BARE_DATE_WORDS = 2
# Words that open a landmark a start waits for, in the bot's seven languages: "once we're back", "wenn das Lager
# steht", "une fois le salon passé", "después de Expoagro", "depois do carnaval", "dopo la fiera", "na de beurs".
_LANDMARK = re.compile(
    r"\b(?:once|when|after|as soon as|wenn|sobald|nachdem|nach|quand|une fois|dès que|après|cuando|"
    r"una vez|después de|luego de|quando|assim que|depois d[aoe]s?|logo que|dopo|appena|una volta|finit[ao]|zodra|"
    r"wanneer|als|na)\b", re.IGNORECASE)


# A time named as what a clause is about ("spring is our busy season", "January is always dead for us", "der Sommer ist
# Hochsaison", "l'été c'est notre pleine saison", "el verano es temporada alta", "l'estate è alta stagione", "o verão é
# época alta", "de zomer is hoogseizoen"): said of the business, no start ("asap tbh, spring is our busy season" was
# stored as mid-April).
_TIME_AS_SUBJECT = re.compile(
    r"(?:(?:the|der|die|das|le|la|l'|el|il|lo|o|a|de|het) ?)?[\w']+ (?:\w+ )?"
    r"(?:is|are|was|gets|ist|sind|war|wird|est|c'est|ce sont|es|son|era|suele ser|e|sono|era|sao|fica|zijn|wordt)\b")


def _own_date(text: str, today: date, currency: str) -> Attributes | None:
    """The start a long reply to the timing question says in a few words of its own, as a reply that short would be
    read (see ``DATED_WORDS``): the date said last, after a landmark or a reason ("depois do carnaval, lá pra março",
    "wenn das neue Lager steht, so gegen März", "na de Heimtextil in januari, dus vanaf februari"), or the date said
    first, before the landmark it waits for ("early Feb once we're back from the summer break", "ab März, wenn das
    Lager steht"); None when it says none so. A date inside a longer clause ("sales dropped a lot, we moved into our
    new office in September"), or before what the reply goes on to tell ("in September we moved offices, so now we
    need leads"), stays a name of the calendar said of something else: the free reading refuses it even alone."""
    said = Text.of(text)
    if len(said.clauses) >= 2:
        start, end = said.clauses[-1]
        last = said.original[start:end].strip()
        # The last clause is the landmark itself ("mid Jan, once everyone's back from holidays"): no start of its own
        # (read for a date, "holidays" was Christmas); the date said before it is read below.
        if last and len(last.split()) <= DATED_WORDS and not _LANDMARK.match(last) \
                and not _TIME_AS_SUBJECT.match(plain(last)):
            alone = extract(last, field="timing", now=today, default_currency=currency, lang=spoken())
            if _a_date(alone):
                return only(alone, ["timing"])
    landmark = _LANDMARK.search(text)
    if landmark is None or landmark.start() == 0:
        return None
    first = text[:landmark.start()].strip(" ,;:-–—")
    if not first or len(first.split()) > DATED_WORDS:
        return None
    # Read freely: wary of a month in a sentence ("in September we moved"), it takes a date said as one ("early
    # Feb"); a bare month ("March, when the plant is up") as a reply that short is read (``_dated``).
    alone = extract(first, now=today, default_currency=currency, lang=spoken())
    if alone.timing is None and len(first.split()) <= BARE_DATE_WORDS:
        alone = extract(first, field="timing", now=today, default_currency=currency, lang=spoken())
    return only(alone, ["timing"]) if _a_date(alone) else None


def _a_date(read: Attributes) -> bool:
    """Whether ``read`` states a start with a day or a horizon ("si todo va bien" is read as a start, yet says no
    when)."""
    return read.timing is not None and read.timing.status == "stated" and (
        read.timing.target_date is not None or read.timing.horizon_days is not None)


# Parts of the day (put into English by ``in_english``): said of a call, never of when a project starts.
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening"})
# A call or an appointment, named with a time ("a call next Tuesday"); not "meet" or "book" ("book more demos by June").
CALL_NOUNS = frozenset("call anruf telefonat termin appel llamada cita chamada chiamata gesprek afspraak appointment"
                       .split())
# How visitors say a time suits them, in the bot's seven languages: their availability, not a project's start.
_SUITS = re.compile(
    r"\b(works? for me|suits? me|(?:is|are) (?:good|fine|best) for me|i'?m (?:free|available)|i am (?:free|available)"
    r"|passt (?:mir|bei mir)|geht bei mir|kann ich|bin ich (?:frei|verfügbar)|ça me va|je suis (?:libre|dispo\w*)"
    r"|me (?:va|viene) bien|estoy (?:libre|disponible)|mi va bene|sono (?:libero|libera|disponibile)"
    r"|estou (?:livre|disponível)|(?:dá|serve) para mim|komt (?:mij|me) goed uit|ben ik (?:vrij|beschikbaar))\b"
    # "Tuesday works", and a time of day by the clock ("10am", "14:30", "10 Uhr"): no project starts at 10am.
    r"|\bworks\s*[.!]?\s*$|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)|\b\d{1,2}:\d{2}\b",
    re.IGNORECASE)


def names_a_call_time(text: str) -> bool:
    """Whether ``text`` says when a call suits the visitor ("Thursday morning", "nächste Woche Dienstag
    vormittag", "next week works for me", "a call on Tuesday"): a part of the day, a call, or their
    availability, in any of the bot's languages."""
    if _SUITS.search(text or ""):
        return True
    # A call refused names no time for one ("no call please", "ich möchte keinen Termin buchen"): its noun is not
    # counted (it got "We'll find a time for a call at the end").
    called = without_refusals(text) if refusal_spans(text or "") else text
    # Every language's words, the conversation's first: a visitor may write another language than the chat's.
    return any(set(re.findall(r"[^\W\d_]+", in_english(text, lang))) & PARTS_OF_DAY
               or set(re.findall(r"[^\W\d_]+", in_english(called, lang))) & CALL_NOUNS
               for lang in dict.fromkeys((spoken(), *TIME_WORDS)))


def _amount(text: str, today: date, currency: str, *, figure_only: bool = False) -> Attributes | None:
    """The budget in a reply that is no name, read as the answer to the budget question: only one said per month
    or year, or of a thousand or more ("we do 3D printing" is no budget of 3). ``figure_only``: a reply of digits
    alone ("5000") is read too, where a figure is what is said back (a name is no confirmation's correction)."""
    if shaped_like_a_name(text) and not (figure_only and not re.search(r"[^\W\d_]", text)):
        return None
    read = extract(text, field="budget", now=today, default_currency=currency, lang=spoken())
    budget = read.budget
    if budget is None or budget.status != "stated":
        return None
    largest = max(v for v in (budget.min, budget.max, 0) if v is not None)
    return only(read, ["budget"]) if budget.period is not None or largest >= THOUSAND else None


def _bare(text: str, free: Attributes) -> bool:
    """A reply of one or two words the reading for the role would take for who decides ("ok", "sure"), stating
    nothing: no title, no persona."""
    return len(text.split()) <= 2 and yes_or_no(text, lang=spoken()) is not None and not tells(free, WHO)


# A date written in digits, or a span of two ("01.02.2025", "01/03/2026 - 31/03/2026"): dialled digits to
# ``nlu.money``, which only keeps them out of sums, and no phone number.
_DATE_RUN = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})(?:\s*[-–]\s*\d{1,2}([./-])\d{1,2}\2(?:\d{4}|\d{2}))?")


# A company's registration or tax number, by its label, in the seven languages and the countries they are spoken in:
# "company no. 08123456", "VAT GB123456789", "ABN 51 824 753 556", "HRB 12345", "USt-IdNr. DE123456789", "SIRET 123 456
# 789 00012", "N° TVA FR12345678901", "CIF B12345678", "RUC 20123456789", "CNPJ 12.345.678/0001-90", "NIPC 501234567",
# "P.IVA 01234567890", "KvK 12345678", "ondernemingsnummer 0456.789.123", "BTW-nummer BE0456789123".
_REGISTRATION = re.compile(
    r"(?:[,;]\s*|\(\s*)?(?<![\w])(?:company (?:registration )?(?:number|no\.?|#)"
    r"|(?:company|business|registration|reg\.?|tax|vat|gst|abn|acn|crn|utr|gstin|nzbn) (?:number|no\.?|id|#)"
    r"|vat|gst|abn|acn|crn|utr|gstin|nzbn"
    r"|handelsregister(?:nummer)?|hr[ab]|ust-?id(?:-?nr)?\.?|uid(?:-nr)?\.?|umsatzsteuer-?id(?:entifikationsnummer)?"
    r"|steuernummer|steuer-?id|firmenbuch(?:nummer)?|registernummer|firmennummer"
    r"|siret|siren|(?:n(?:°|º|o\.?|uméro|umero)\s*(?:de )?)?tva|neq|num[ée]ro d'entreprise|rcs"
    r"|cif|nif|ruc|cuit|rfc|n[úu]mero (?:de registro|fiscal|de identificaci[óo]n fiscal|de empresa)"
    r"|cnpj|nipc|n[úu]mero de contribuinte"
    r"|p\.? ?iva|partita iva|codice fiscale"
    r"|kvk(?:-?nummer)?|ondernemingsnummer|btw(?:-?nummer| ?nr\.?| nummer)?|rsin|kbo(?:-?nummer)?)"
    r"\s*(?::|#|nr\.?|no\.?|n[°º]\.?|number|nummer|num[ée]ro|n[úu]mero|is|ist|est|es|é|è)?\s*"
    r"(?P<number>(?:[a-z]{1,2}\s?)?\d[\d\s./-]*\d(?:[a-z]\d{1,2})?)(?![\w])\s*\)?", re.IGNORECASE)
# A registration number is long: "HRB 12345", never "tax 20".
_REGISTRATION_DIGITS = 5


def _without_registration(text: str) -> str | None:
    """``text`` without the registration or tax numbers it gives, with their labels ("Zorgzaam Thuis bv,
    ondernemingsnummer 0456.789.123" -> "Zorgzaam Thuis bv,"), when it gives one; else None."""
    found = [m for m in _REGISTRATION.finditer(text or "")
             if sum(c.isdigit() for c in m["number"]) >= _REGISTRATION_DIGITS]
    if not found:
        return None
    for m in reversed(found):
        text = text[:m.start()] + " " + text[m.end():]
    return re.sub(r"\s+([.,;!?])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,;:-")


def _without_phone(text: str) -> str | None:
    """The text with the phone numbers it gives taken out ("+64 21 555 0199 is my mobile" -> " is my mobile"), when
    it gives one; else None. A number is what ``nlu.money`` reads as dialled, never as a sum: digit groups after "+"
    or a trunk "0", or a long run of them near a word of calling."""
    spans = [(start, end) for start, end in phone_spans(text.lower()) if not _DATE_RUN.fullmatch(text[start:end].strip())]
    if not spans:
        return None
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    # A sentence of its own about the number ("Akosua Mensah. my number is 024 412 3456 if you prefer to call"), or
    # about calling ("Appelez-moi."), goes with it when its words without the digits state nothing ("my number is if
    # you prefer to call"): read with the name before them, they hid it (no name, and the name question asked again
    # without end). Only when another sentence is left: a number alone keeps its words, as before.
    about_it = [(start, end) for start, end in sentences if _about_the_number(
        _dialled_out(text[start:end], [(s - start, e - start) for s, e in spans if start <= s < end]),
        any(start <= s < end for s, _ in spans))]
    if about_it and len(about_it) < len(sentences):
        spans = [*spans, *about_it]
    return re.sub(r"\s+", " ", _dialled_out(text, spans)).strip()


# A sentence: up to its full stop, question or exclamation mark, or a line's end.
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+(?=\s|$)|$)|[^\n]+?(?:\n|$)")


def _dialled_out(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (overlapping or not) replaced by a space."""
    gone = [False] * len(text)
    for start, end in spans:
        gone[start:end] = [True] * (end - start)
    return "".join(" " if out else ch for ch, out in zip(text, gone))


def _about_the_number(rest: str, dialled: bool) -> bool:
    """Whether a sentence, its number taken out (``rest``), is only about the number or calling: it held the number
    (``dialled``) or speaks of calling, and states no value, nor a name written as one unless it speaks of calling
    ("Appelez-moi" is no name; "Ana Ruiz, 0171 2345678." is one)."""
    calling = bool(DIAL_WORDS.search(rest.lower()))
    if not (dialled or calling):
        return False
    free = extract(rest, now=date.today(), lang=spoken())
    if any(stated(free, n) for n in (*QUESTION_ATTRIBUTES, *CONTACT)):
        return False
    return calling or not shaped_like_a_name(rest.strip(" .,;:!-"))


def _tells_anything(text: str, requested: str, today: date, currency: str) -> bool:
    """Whether what is left of a message once its phone number is out states a value ("I'm Ana, 0171 2345678"), or,
    to the name or company question, a name written as one ("Rogério Alves - se preferir, meu WhatsApp é ...")."""
    free = extract(text, now=today, default_currency=currency, lang=spoken())
    if any(stated(free, n) for n in (*QUESTION_ATTRIBUTES, *CONTACT)):
        return True
    if requested not in IDENTITY:
        return False
    named = getattr(extract(text, field=requested, now=today, default_currency=currency, lang=spoken()), requested)
    return isinstance(named, str) and shaped_like_a_name(named)


# A name said with its cue, in the seven languages: "my name is Ana Ruiz", "ich heiße", "je m'appelle", "me llamo".
_NAME_CUE = re.compile(
    r"\b(?:my name is|my name's|i'?m called|ich hei(?:ß|ss)e|mein name ist|je m'appelle|mon nom est|me llamo|"
    r"mi nombre es|chamo-me|me chamo|(?:o )?meu nome é|mi chiamo|il mio nome è|ik heet|mijn naam is)\b", re.IGNORECASE)


def _typed(text: str, name: str) -> bool:
    """Whether a contact detail is in the visitor's own words as written: an address is read exactly, a name only
    after its cue ("my name is ..."), not made out of a signature or a greeting."""
    return name == "email" or bool(_NAME_CUE.search(text.replace("’", "'")))


# Figures a bare number could be, and how far (a factor) from one listed it may be and still correct it.
FIGURES = ("budget", "company_size", "revenue")
FAR = 10
# A bare figure is said in a few words ("Moment, eher 12.000"); a longer reply says what it is, or more.
FIGURE_WORDS = 5
_FIGURE = re.compile(r"\d(?:[\d.,'\s\u00a0]*\d)?")
# What a bare figure could be, asked in one question whose buttons say it with each field's unit ("Budget: 15.000",
# "15.000 employees", "Revenue: 15.000"): each button is read as what it says (the field's word, or its unit).
FIGURE_BUTTONS = {"budget": "Budget: {figure}", "company_size": "{figure} employees", "revenue": "Revenue: {figure}"}
FIGURE_QUESTIONS = {
    ("budget", "company_size"): "{figure}: is that your budget, or your number of staff?",
    ("budget", "revenue"): "{figure}: is that your budget, or your revenue?",
    ("company_size", "revenue"): "{figure}: is that your number of staff, or your revenue?",
    FIGURES: "{figure}: is that your budget, your number of staff, or your revenue?",
}


@dataclass(frozen=True)
class BareFigure:
    """A reply to a confirmation that is only a number whose unit it doesn't say ("so um die 15.000"): ``typed`` as
    the visitor wrote it, ``fields`` what it could be (in ``FIGURES`` order). One field: the figure listed it is near,
    which it puts right. Several: asked about."""

    typed: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Asked:
    """The reply was met with a question of ours ("15.000: is that your budget, ...?"): the turn's one question, after
    which the form says nothing more (no confirmation, no next question under it)."""

    events: list[EventType]


def _which_figure(text: str, free: Attributes, heard: Attributes, confirming: tuple[str, ...] | list[str],
                  today: date, currency: str) -> BareFigure | None:
    """What a reply to a confirmation that is only a bare amount ("so um die 15.000", "no, 5000") could be. Its unit
    is not said, so it is the figure listed it is near (within a factor of ``FAR``: "eher 5.000" after a budget of
    about 50k, "eher 20" after 18 people), when it is near exactly one; else any of the figures listed it is near, or,
    near none, any figure (budget, staff, revenue). None for a figure said with its unit or its field's word ("15.000
    €", "12.000 Mitarbeiter", "Budget 15.000"), for a small figure with nothing listed near it, and for a longer
    reply."""
    if len(text.split()) > FIGURE_WORDS or any(stated(free, n) for n in QUESTION_ATTRIBUTES):
        return None
    amount = _amount(text, today, currency, figure_only=True)
    if amount is not None and amount.budget is not None and amount.budget.period is not None:
        return None  # "circa 2.000 al mese": an amount per month is a budget, said with its unit
    said_ = amount.budget.max or amount.budget.min if amount is not None and amount.budget is not None else None
    listed = {n: v for n in FIGURES if n in confirming and (a := getattr(heard, n, None)) is not None
              and (v := getattr(a, "max", None) or getattr(a, "min", None))}
    if not said_:
        # "eher 20" after 18 people: a small number, no amount; it is the size's only when a size is listed.
        m = _FIGURE.search(text)
        small = _plain_number(m.group(0)) if m else None
        near = [n for n, v in listed.items() if n == "company_size" and small and max(small, v) / min(small, v) <= FAR]
        return BareFigure(m.group(0).strip(), tuple(near)) if m and near else None
    m = _FIGURE.search(text)
    if m is None:
        return None
    near = tuple(n for n, v in listed.items() if max(said_, v) / min(said_, v) <= FAR)
    return BareFigure(m.group(0).strip(), near or FIGURES)


def _plain_number(typed: str) -> float | None:
    """A figure as typed, with its group separators ("1.200", "1,200", "1 200") taken out; None for a decimal."""
    digits = re.sub(r"[.,'\s\u00a0]", "", typed)
    return float(digits) if digits.isdigit() and digits != "0" else None


def _only_yes_or_no(text: str, requested: str, answer: Attributes) -> str | None:
    """"yes" or "no" for a reply to an open question that is only that, in the chat's language (and, to the need
    question, in any of the seven: no need is "oui"); else None. A name ("Yes Marketing", "Jo", "Sim" in an
    English chat) or a need ("yes, SEO") in it is an answer, and so is anything with a figure or an address."""
    if any(c.isdigit() or c == "@" for c in text) or len(text.split()) > BARE_YES_WORDS:
        return None
    if requested in IDENTITY and shaped_like_a_name(text, words_at_least=2):
        return None
    if requested == "name" and shaped_like_a_name(text) and is_given_name(text):
        return None  # "Jo" to "Wie heißen Sie?" is the name, though "jo" is a German yes
    if requested == "need" and answer.need is not None and answer.need.categories:
        return None
    if any(stated(answer, n) for n in QUESTION_ATTRIBUTES if n != requested):
        return None  # "I am Liam" (a yes to the reader of replies) introduces someone: it says more than yes
    chat = spoken() or "en"
    languages = (chat, *english.LANGUAGES) if requested == "need" else (chat, "en")
    for lang in dict.fromkeys(languages):
        if (read := yes_or_no(text, lang=lang)) in ("yes", "no"):
            return read
    return None


def _labelled_company(text: str, free: Attributes, today: date, currency: str) -> Attributes | None:
    """The company a reply names after a label ("company is Peak Fitness Co"), when the free reading found none:
    read for the company, the label is left out and a name remains."""
    if stated(free, "company") or not any(word[:1].isupper() for word in text.split()[1:]):
        # No capitalised word after the first, so no name to find (and no second reading, ~10 ms, on most replies).
        return None
    read = extract(text, field="company", now=today, default_currency=currency, lang=spoken())
    name, said = read.company, text.strip().rstrip(".!")
    if not name or name == said or not said.endswith(name) or not shaped_like_a_name(name):
        return None
    alone = extract(name, now=today, default_currency=currency, lang=spoken())
    if any(stated(alone, n) for n in DATA):
        # "wir sind 12 Personen", "Wir sind 12 Leute" (German nouns in capitals) at the need question gave the company
        # "12 Personen": what the name read alone states (a head count, a sum, a date) is that value, no firm's name.
        return None
    return only(read, ["company"])


def answered_key(slot: str, entry: str) -> str:
    """The Progress.misses key that marks an FAQ entry answered while ``slot`` was asked."""
    return f"faq:{slot}:{entry}"


def _names_a_need(text: str, requested: str, today: date, currency: str) -> bool:
    """Whether a reply to the need question that also asks something names a need the extractor knows (read for
    the need: the free reading leaves a question's topics out)."""
    if requested != "need":
        return False
    need = extract(text, field="need", now=today, default_currency=currency, lang=spoken()).need
    return need is not None and bool(need.categories)


def _hedge(text: str, requested: str | None, free: Attributes, today: date, currency: str) -> Attributes | None:
    """The value for the question asked that a reply put as a question states ("is 5k a month enough?" to the
    budget question), which the free reading leaves out as asked about."""
    if requested not in DATA or stated(free, requested):
        return None
    read = extract(text, field=requested, now=today, default_currency=currency, lang=spoken())
    if not stated(read, requested) or caught_all(read, requested) or states_none(read, free, requested):
        return None
    return only(read, [requested])


def _a_yes_to_another_value(answer: Attributes, free: Attributes, requested: str) -> bool:
    """Whether the reading for the timing or budget question is only a yes ("stated", with no date or sum) read from a
    reply that states another question's value: "ok maybe 3k a month", "yes, about 3k a month" to "Is there a date you
    need this by?" (played on make run: "a start date" said back and stored, and the $3k never kept). The yes is said
    of the value the reply gives, no start or budget of its own: the question is asked again, the other value heard."""
    if requested not in ("timing", "budget"):
        return False
    value = getattr(answer, requested, None)
    if value is None or value.status != "stated" or _valued(answer, requested):
        return False
    return any(_valued(free, n) if n in ("timing", "budget") else stated(free, n)
               for n in QUESTION_ATTRIBUTES if n != requested)


def _valued(answer: Attributes, name: str) -> bool:
    """Whether the answer read for the timing or the budget holds a value: a date or a span, an amount."""
    value = getattr(answer, name, None)
    if name == "timing":
        return value is not None and (value.horizon_days is not None or value.target_date is not None)
    return value is not None and (value.min is not None or value.max is not None)


def _listed_currency(heard: Attributes, confirming: tuple[str, ...] | list[str]) -> str | None:
    """The currency of the sum a confirmation lists (the budget's, else the revenue's), if it lists one."""
    return next((c for n in MONEY if n in confirming and (c := getattr(getattr(heard, n, None), "currency", None))),
                None)


def _need_in_its_own_words(answer: Attributes, free: Attributes) -> Attributes:
    """``answer`` with the need summed up in the words that state it, when the free reading found the same need in
    fewer of the reply's words, the rest giving other values: "need more SME clients. I'm one of the partners" is
    the need "need more SME clients" (the role is heard from the other sentence, not kept in the need too)."""
    asked, read = answer.need, free.need
    if asked is None or read is None or not read.summary or not asked.summary or read.summary == asked.summary \
            or read.summary not in asked.summary or set(read.categories) != set(asked.categories) \
            or not any(stated(free, n) for n in QUESTION_ATTRIBUTES if n != "need"):
        return answer
    return replace(answer, need=replace(asked, summary=read.summary))


# A reply this short that states another question's value is that value alone ("spring", "in het voorjaar").
OTHER_VALUE_WORDS = 4


def _wholly_another(text: str, free: Attributes, answer: Attributes, requested: str) -> bool:
    """Whether a reply to an open question is wholly another question's value, and no answer to it: "spring" or
    "en primavera" to the need question is a start date (the need was "spring"), "I'm Liam, the founder" or "je suis
    Claire Martin" to the company question a person (the company was "I'm Liam"). A need we know ("SEO in spring") or
    a company apart from the person ("Acme Ltd, I'm Liam") is the answer; so are words that state nothing else
    ("spring campaign ideas"). A role or a place said alone ("CEO", "Berlin") is no company ("Studio Berlin" is)."""
    if requested == "need":
        need = answer.need
        return need is not None and not need.categories and len(text.split()) <= OTHER_VALUE_WORDS \
            and any(stated(free, n) for n in DATA)
    if requested == "company" and isinstance(answer.company, str) and isinstance(free.name, str) and free.name:
        # The company read is the person's introduction: it holds the name the free reading found.
        return free.name.split()[0].casefold() in answer.company.casefold().split()
    if requested == "company" and free.company is None:
        # "CEO" or "Berlin" to the company question is the role or the place, said alone ("Studio Berlin" is a name).
        alone = " ".join(re.findall(r"[^\W_]+", text.casefold()))
        place = free.location if stated(free, "location") else None
        # The city as the visitor wrote it ("Torino", not the gazetteer's "Turin").
        words = [getattr(free.authority, "title", None) if stated(free, WHO) else None,
                 (written_city(place, text) or place.city) if place is not None else None]
        return any(w and " ".join(re.findall(r"[^\W_]+", w.casefold())) == alone for w in words)
    return False


def _introduces(text: str, intent: str | None, given: Attributes) -> bool:
    """Whether a reply to the privacy question is the visitor's name, while their name is still open: written
    as a name, and no "Sure", "Ja" or "OK" (one capitalised word is a name only when it is no yes or no)."""
    if given.name is not None or not shaped_like_a_name(text):
        return False
    if len(text.split()) >= 2:
        return intent not in (*AFFIRMING, *DENYING) or yes_or_no(text, lang=spoken()) is None
    return intent not in (*AFFIRMING, *DENYING, "skip") and yes_or_no(text, lang=spoken()) is None


# A message's sentences, each with the marks that end it.
_SENTENCES = re.compile(r"[^.!?¿¡;]+[.!?;]*")


def told_besides_asking(text: str) -> str:
    """The sentences of a message that asks us something which are no question themselves ("we're a small bakery
    chain, 6 shops around Lyon." before "how much does it cost?"); empty when every sentence asks. A question's
    sentence that opens with clauses of their own, a comma before the question, tells them too: "we need more leads
    for our dental clinics, what does it cost?", "on cherche de l'aide pour notre site web, c'est combien ?" (played on
    make run: the need went unheard, and the need question was asked again as if nothing had been said). A clause
    that supposes ("if we had 50k, what could you do?") states nothing, and a question with figures of its own is
    asked of what comes before it ("we're a 40-person agency, can you do SEO for 5k a month?")."""
    parts = [m.group(0).strip() for m in _SENTENCES.finditer(text) if m.group(0).strip()]
    told, asking = [], 0
    for part in parts:
        if not part.endswith("?") and not reads_as_question(part):
            told.append(part)
            continue
        asking += 1
        clauses = [c for c in _CLAUSES.split(part) if c.strip()]
        lead = next((i for i, c in enumerate(clauses) if reads_as_question(c) or supposes(c, spoken())), len(clauses))
        question = " ".join(clauses[lead:])
        if 0 < lead < len(clauses) and not supposes(clauses[lead], spoken()) and reads_as_question(question) \
                and not re.search(r"\d", question):
            told.extend(clauses[:lead])
    return " ".join(told) if asking and told else ""


# Where a sentence's clauses end: a comma, a semicolon, a colon, a dash between spaces.
_CLAUSES = re.compile(r"\s*(?:[,;:]|\s[-–—]\s)\s*")
# The words that open a clause that supposes, by language: what follows them is no fact of theirs. The same letters
# are other words elsewhere: "si" is "if" in French and Spanish but "yes" in Italian ("si, siamo un'agenzia"), "se" is
# "if" in Italian and Portuguese but a pronoun in Spanish ("se trata de una tienda"), "als" is "if" only in Dutch.
_SUPPOSING = {
    "en": r"if|suppose|supposing|say",
    "de": r"wenn|falls|angenommen",
    "fr": r"si|supposons|admettons|imaginons",
    "es": r"si|supongamos|imaginemos",
    "it": r"se|supponiamo|mettiamo|immaginiamo",
    "pt": r"se|supondo|suponhamos|imaginemos",
    "nl": r"als|indien|stel",
}
_SUPPOSES = {lang: re.compile(rf"\s*(?:{words})\b", re.IGNORECASE) for lang, words in _SUPPOSING.items()}
_ANY_SUPPOSES = re.compile(rf"\s*(?:{'|'.join(_SUPPOSING.values())})\b", re.IGNORECASE)
# "si" alone (a clause of its own: "si, somos una agencia", "si !") is a yes typed without its accent, never an "if".
_BARE_SI = re.compile(r"\W*si\W*", re.IGNORECASE)


def supposes(clause: str, lang: str | None) -> bool:
    """Whether ``clause`` opens with a word that supposes, in the conversation's language or English (visitors mix
    them; in a conversation of no known language, in any of the seven)."""
    if _BARE_SI.fullmatch(clause):
        return False
    if lang is None or lang.split("-")[0] not in _SUPPOSES:
        return _ANY_SUPPOSES.match(clause) is not None
    return bool(_SUPPOSES[lang.split("-")[0]].match(clause) or _SUPPOSES["en"].match(clause))


# Where a reply's first words end: "sure, I'm Ana", "Yes - Ana Lopez", "ok. ana@x.io".
_FIRST_WORDS = re.compile(r"\s*(?:[,.;:!?]+|\s[-–—]\s)\s*")


def _agrees_first(text: str) -> bool:
    """Whether a reply to the privacy question opens with a yes ("sure, I'm Ana, ana@x.io", "Ja, gerne: Anna
    Schmidt", "no problem - ana@x.io") before anything else it says."""
    first = _FIRST_WORDS.split(text.strip(), maxsplit=1)[0]
    return bool(first) and (yes_or_no(first, lang=spoken()) == "yes" or carries_on(first))


# A negation or a word for wrong or change, in the seven languages: a reply at a confirmation that holds one says no.
_SAYS_CHANGE = re.compile(
    r"(?<![^\W\d_])(?:not?|nope|wrong|incorrect|change|nicht|nein|kein|falsch|stimmt|ändern|andern|non|pas|faux|changer"
    r"|modifier|mal|cambiar|incorrecto|errado|não|nao|alterar|mudar|sbagliato|cambiare|modifica|niet|nee|geen|fout"
    r"|verkeerd|klopt|wijzigen)(?![^\W\d_])", re.IGNORECASE)


def _unlisted_answer(text: str, intent: str | None, free: Attributes, state: State, today: date,
                     currency: str) -> Attributes:
    """``free`` with what a reply to a confirmation most likely answers where the free reading is wary: an amount said
    per month or year ("so um die 1.500 im Monat") is the budget; a short name ("Nimbus Payroll", "Transportes Ruiz
    S.L."), while the company is unknown, the company, and its words are read for nothing else (the industry
    "Transportes" spells is no answer). Heard, said back, and confirmed with the rest. A place ("Berlin"), a person
    ("Anna Schmidt"), a yes or one word of an industry ("Logistics") is no company."""
    if any(stated(free, n) for n in QUESTION_ATTRIBUTES if n != "industry"):
        return free
    if not stated(free, "industry") and (amount := _amount(text, today, currency)) is not None \
            and amount.budget is not None and amount.budget.period is not None:
        return free.merge(amount)
    if state.attributes.company is None and state.heard.attributes.company is None \
            and len(text.split()) <= OTHER_VALUE_WORDS and shaped_like_a_name(text) \
            and (not stated(free, "industry") or len(text.split()) >= 2) \
            and (intent not in (*AFFIRMING, *DENYING) or (len(text.split()) >= 2 and not _SAYS_CHANGE.search(text))) \
            and yes_or_no(text, lang=spoken()) is None:
        # Two words or more are read by their words, as a name at the privacy question is (``_introduces``): the
        # classifier called "Nimbus Payroll" a deny (0.61), and the confirmation's Change asked the need again. Words
        # that say no or wrong ("Wrong Industry", "Niet Helemaal", "Stimmt Nicht") leave the classifier's deny as it is.
        read = extract(text, field="company", now=today, default_currency=currency, lang=spoken())
        if stated(read, "company"):
            return without(free, ["industry"]).merge(only(read, ["company"]))
    return free


def _named_first(text: str, answer: Attributes, requested: str, today: date, currency: str) -> bool:
    """Whether a reply to the company or name question opens with the name its own reading found, in a clause of its
    own before the facts that follow ("Brightsmile Dental, 3 clinics in austin texas, about 45 staff", "Clinica
    Sorriso, somos 12"): written as a name of two words or more, no yes, no filler, and read alone as nothing else
    (a date, a role, a place: "Next Month, ...", "Marketing Manager, ...", "Lisbon Digital, ..." stay unread)."""
    value = getattr(answer, requested, None) if requested in IDENTITY else None
    if not isinstance(value, str):
        return False
    # In a clause, or in a sentence of its own ("Thabo Nkosi. oh and scratch February, make it March": the name was
    # dropped for the correction after it, and asked again).
    return any(_named_in_its_own(first, rest, value, requested, today, currency)
               for first, *rest in (splitter.split(trimmed(text).strip(), maxsplit=1)
                                    for splitter in (_CLAUSES, _SENTENCE_END)))


# The end of a sentence, after a word of two letters or more ("Thabo Nkosi. oh and ..."; not "St. Mary's").
_SENTENCE_END = re.compile(r"(?<=\w\w)[.!?]+\s+")


def _named_in_its_own(first: str, rest: list[str], value: str, requested: str, today: date, currency: str) -> bool:
    """``_named_first`` for one way of parting the reply: ``first`` is the name, alone, before more words."""
    if not rest or not rest[0].strip() or value.strip() != first.strip():
        return False
    if len(first.split()) < 2 or not shaped_like_a_name(first) or yes_or_no(first, lang=spoken()) is not None:
        return False
    # A firm's name may say its trade or a place ("Clinica Sorriso", "Brightsmile Dental"); it is no place said alone
    # ("New York, ...") nor a date or a role.
    alone = extract(first, now=today, default_currency=currency, lang=spoken())
    if any(stated(alone, n) for n in QUESTION_ATTRIBUTES if n not in (*IDENTITY, "industry", "location")):
        return False
    if any(stated(extract(first, field=n, now=today, default_currency=currency, lang=spoken()), n)
           for n in ("timing", "authority")):
        return False
    place = extract(first, field="location", now=today, default_currency=currency, lang=spoken()).location
    return place is None or not place.city or plain(first) != plain(written_city(place, first) or place.city)


def _outside_the_name(text: str, free: Attributes, read: Attributes, requested: str, today: date,
                      currency: str) -> Attributes:
    """``free`` without the values only the words of the name a reply to the company or name question gives spell
    ("Clinica Sorriso, somos 12": Sorriso, a town in Brazil, is no place of theirs; the 12 people are)."""
    name = getattr(read, requested, None) if requested in IDENTITY else None
    if not isinstance(name, str) or not name.strip() or name.strip() == text.strip() or name not in text \
            or not shaped_like_a_name(name):
        return free
    outside = extract(text.replace(name, " , "), now=today, default_currency=currency, lang=spoken())
    return without(free, [n for n in QUESTION_ATTRIBUTES if n not in IDENTITY and stated(free, n)
                          and not stated(outside, n)])


def _opens_with_yes(text: str) -> bool:
    """Whether a reply's first words, before a comma or a dash, are a yes and nothing more ("yes, but ...", "sí,
    aunque ...", "ja - wobei ...")."""
    first, *rest = _FIRST_WORDS.split(text.strip(), maxsplit=1)
    if rest and only_yes(first):
        return True
    # "oui mais en fait on est 18", "yes but we're 18 now": the yes before a "but", with no comma.
    but = _YES_BUT.match(text)
    return but is not None and only_yes(but.group(1))


# A reply's first words before a "but" in the seven languages ("oui mais ...", "ja aber ...", "sí pero ...").
_YES_BUT = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:but|aber|mais|pero|mas|ma|maar)\s", re.IGNORECASE)


def _after_the_yes(text: str, free: Attributes, today: date, currency: str) -> Attributes:
    """``free`` with what the words after a leading yes state that the reading of the whole reply missed: "yep - Priya
    Shah here" to "is that right?" agrees, and names them ("Priya Shah here" read alone)."""
    first, *rest = _FIRST_WORDS.split(text.strip(), maxsplit=1)
    if not rest or not rest[0].strip() or not only_yes(first):
        return free
    after = extract(rest[0], now=today, default_currency=currency, lang=spoken())
    new = [n for n in QUESTION_ATTRIBUTES if stated(after, n) and not stated(free, n)]
    return free.merge(only(after, new)) if new else free


def _without_contact(events: list[EventType], state: State, playbook: Playbook) -> list[EventType]:
    """``events`` with every contact detail let go: no name or email given or heard, no answer to their
    questions, and none in the words of other answers."""
    known = [state.attributes, state.heard.attributes]
    for event in events:
        if event.get("event") == "slot" and event.get("name") == "heard":
            known.append(Heard.from_slot(event.get("value")).attributes)
        elif event.get("event") == "slot" and event.get("name") == "attributes":
            known.append(Attributes.from_dict(event.get("value") or {}))
    out: list[EventType] = []
    for event in events:
        name, value = event.get("name"), event.get("value")
        if event.get("event") != "slot" or name not in ("attributes", "heard", "answers"):
            out.append(event)
        elif name == "attributes":
            out.append(SlotSet(name, without_contact(Attributes.from_dict(value or {}), *known).to_dict()))
        elif name == "heard":
            heard = Heard.from_slot(value).forget(list(CONTACT))
            out.append(SlotSet(name, Heard(heard.attributes, {k: withheld(v, *known) for k, v in heard.texts.items()})
                               .to_slot()))
        else:
            contact = {q.id for q in playbook.questions if q.attribute in CONTACT}
            out.append(SlotSet(name, [{**a, "text": withheld(a.get("text", ""), *known)} for a in value or []
                                      if a.get("question") not in contact]))
    return out


_CURRENCY_WORDS = re.compile(r"(?<![^\W\d_])(?:euros?|eur|dollars?|usd|pounds?|gbp|francs?|chf|reais|real)(?![^\W\d_])"
                             r"|[$€£]")


def _said_in_number_words(text: str) -> bool:
    """Whether a reply is a number written in words and nothing else (a currency aside): "Soixante mille",
    "Sechzigtausend", "sixty thousand euros"; "Mille Bornes" or "Cinco Estrellas" is a name with a number in it."""
    if any(c.isdigit() for c in text):
        return False
    lower = english.of(Text.of(text), spoken() or "en").lower
    found = quantities(lower, "en")
    if not found:
        return False
    rest = "".join(" " if any(q.start <= i < q.end for q in found) else c for i, c in enumerate(lower))
    return not re.search(r"[^\W\d_]", _CURRENCY_WORDS.sub(" ", rest))


def _changing(before: State, now: State) -> bool:
    """Whether this message asked to change a field (its question is next): nothing to thank them for."""
    marks = CHANGING.format(slot="")
    return any(k.startswith(marks) and k not in before.progress.misses for k in now.progress.misses)


def _capital(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _in_currency(state: State, confirming: tuple[str, ...], code: str) -> Attributes:
    """The budget (or, without one, the revenue) noted, its amount kept, in ``code``: listed at the confirmation on
    screen first, else given. Nothing when no sum is noted, or it is in that currency already."""
    for attrs in (only(state.heard.attributes, list(confirming)), state.attributes, state.heard.attributes):
        for name in ("budget", "revenue"):
            value = getattr(attrs, name)
            if value is not None and getattr(value, "min", None) is None and getattr(value, "max", None) is None:
                continue
            if value is not None and value.currency != code:
                return Attributes(**{name: replace(value, currency=code)})
            if value is not None:
                return Attributes()
    return Attributes()


# What a reply to a confirmation may answer beside it: the next questions' figures ("maybe 60 riders plus 5 in the
# office" at the industry's confirmation answers the size question to come).
VOLUNTEERED = ("company_size", "revenue", "budget", "timing")


def _volunteered(text: str, intent: str | None, free: Attributes, state: State, playbook: Playbook,
                 confirming: tuple[str, ...], today: date, currency: str) -> Attributes:
    """``free`` with the answer a reply to a confirmation gives to a question still to come, which the free reading
    is wary of alone: read for the first open question whose figure it states (a yes or a no is none)."""
    if any(stated(free, n) for n in QUESTION_ATTRIBUTES) or not any(c.isdigit() for c in text) \
            or intent in (*AFFIRMING, *DENYING) or yes_or_no(text, lang=spoken()) is not None:
        return free
    order = [q.attribute for q in playbook.questions]
    open_ = [n for n in order if n in VOLUNTEERED and n not in confirming and not stated(state.attributes, n)
             and not stated(state.heard.attributes, n)]
    for name in open_[:1]:
        read = extract(text, field=name, now=today, default_currency=currency, lang=spoken())
        if stated(read, name) and not caught_all(read, name):
            return free.merge(only(read, [name]))
    return free


def _said_back_while_confirming(tracker: Tracker, names: list[str], state: State) -> set[str]:
    """Which of ``names`` the bot said back by value ("Noted: your company, Acme Tours.") in the turns since the
    confirmation now pending was first shown (its lists, "I noted ... Is that right?", aside)."""
    listed = say(NOTED, what="\x00").split("\x00")[0]
    lines: list[str] = []
    events = list(tracker.events)
    # From before this message: what this turn set (its own "confirming" cleared) is read by the turn's code.
    latest = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    # Turn by turn, back from the last: a turn belongs to the pending confirmation when the last "confirming" it set
    # is a list. A turn that read a reply to the confirmation clears it and sets it again, after saying its lines
    # ("Notiert: Ihr Unternehmen, Kessler Antriebstechnik." comes before both): the clearing alone ended the search
    # there, and the company was listed again the turn after (issue 14, played).
    turn: list[dict[str, Any]] = []
    for event in reversed(events[:latest]):
        if event.get("event") != "user":
            turn.append(event)
            continue
        if not _ends_confirming(turn):
            break
        lines += [t for e in turn if e.get("event") == "bot" and (t := e.get("text")) and not t.startswith(listed)]
        turn = []
    else:
        if _ends_confirming(turn):
            lines += [t for e in turn if e.get("event") == "bot" and (t := e.get("text")) and not t.startswith(listed)]
    return {n for n in names if (phrase := describe(n, state.heard.attributes, state.heard.texts.get(n)))
            and any(phrase in line for line in lines)}


def _ends_confirming(turn: list[dict[str, Any]]) -> bool:
    """Whether a turn's events (latest first) leave a confirmation pending: the last "confirming" it set is a list, or
    it set none (a question to us answered outside the form leaves it as it was)."""
    last = next((e for e in turn if e.get("event") == "slot" and e.get("name") == "confirming"), None)
    return last is None or bool(last.get("value"))


def _listed_last(tracker: Tracker) -> str | None:
    """The last "I noted ... Is that right?" said in the turns since the confirmation now pending was first shown
    (None: none in the conversation's language)."""
    starts = {say(line, what="\x00").split("\x00")[0] for line in (NOTED, NOTED_WORKED_OUT)}
    events = list(tracker.events)
    latest = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    for event in reversed(events[:latest]):
        if event.get("event") == "slot" and event.get("name") == "confirming" and not event.get("value"):
            return None
        text = event.get("text") if event.get("event") == "bot" else None
        if text and any(text.startswith(start) for start in starts):
            return text
    return None


def _said_back(dispatcher: CollectingDispatcher) -> bool:
    return any(is_said_back(m.get("text") or "") for m in dispatcher.messages)


def _noted_already(dispatcher: CollectingDispatcher) -> bool:
    """Whether this turn already said a value back ("Noted: your email ana@firm.pt."): no thanks on top of it."""
    noted = say("Noted: {what}.").split("{what}")[0]
    return any((m.get("text") or "").startswith(noted) for m in dispatcher.messages)


def _yes_change() -> list[dict[str, str]]:
    return [{"title": say("Yes"), "payload": "/affirm"}, {"title": say("Change"), "payload": "/deny"}]


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


def _reply_events(dispatcher: CollectingDispatcher, slot: str, reply: Reply, progress: Progress,
                  why: str | None = None, *, quiet: bool = False) -> list[EventType]:
    """The events of a reply to ``slot``, and what the visitor hears; ``why``: the question's own reason (the
    playbook's, in the chat's language), said to a skip of a required question as to "why do you ask?"."""
    if reply.outcome == "answered":
        return [SlotSet(slot, reply.value)]
    if reply.outcome == "not_understood":
        return [SlotSet(slot, None), SlotSet("progress", progress.miss(slot).to_slot())]
    if reply.outcome == "needed":
        # "skip" at a required question: why we need it (and that a rough answer does), then the question again.
        dispatcher.utter_message(text=why_we_ask(slot, required=True, reason=why))
        return [SlotSet(slot, None), SlotSet("progress", progress.explain(slot).to_slot())]
    if slot == CONSENT:
        dispatcher.utter_message(text=say("No problem, I won't keep any contact details."))
        return [SlotSet(slot, False)]
    if not quiet:
        dispatcher.utter_message(text=say("No problem, let's move on.") if reply.outcome == "skipped"
                                 else say("No worries, let's move on."))
    return [SlotSet(slot, None), SlotSet("progress", progress.skip(slot).to_slot())]


def ask(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, *, thank: bool = False,
        again: bool = False, example: bool = False) -> EventType:
    """Asks for ``slot`` in the playbook's current words; the returned event counts the ask.

    Asking here rather than in ``action_ask_<slot>`` saves Rasa a second call
    to the action server on every turn; the form finds no ask action and
    leaves the question to this one. ``thank`` starts it with a brief, varied
    acknowledgement of the answer just given. A slot whose heard value the
    visitor wanted to change offers that value as the first button. ``again``:
    the same question right after the bot said something else (a value said
    back, an answer to their question); the next wording asks it, and a
    question with only one wording is led back to rather than repeated as is. ``example``: the last reply was a
    bare yes, which answers nothing; the question is asked as what an answer looks like ("Which company is it? Just
    its name, for example ..."), in place of its own words (the same question twice in one turn, otherwise).
    """
    state = State.of(tracker)
    progress = state.progress
    playbook = runtime.playbooks().current()
    if example and slot in A_FEW_WORDS:
        dispatcher.utter_message(text=say(A_FEW_WORDS[slot]))
        return SlotSet("progress", progress.ask(slot).to_slot())
    text = wording(playbook, slot, progress, tracker.sender_id)
    if thank and progress.last_miss != slot:
        text = f"{acknowledgement(tracker.sender_id, len(state.answers))} {text}"
    variant = shown_wording(playbook, slot, progress, tracker.sender_id)
    if again and progress.last_miss != slot and slot == CONSENT:
        # The notice was just shown: asked again in a line, with the link to it.
        text = say(CONSENT_AGAIN, url=playbook.privacy.url)
    elif again and progress.last_miss != slot and (variant is None or variant.count == 1):
        text = say("Back to my question: {question}", question=text)
    buttons: list[dict[str, Any]] = []
    if slot == CONSENT:
        buttons = [{"title": say("Yes, that's fine"), "payload": "/affirm"}, {"title": say("No"), "payload": "/deny"}]
    elif progress.misses.get(PLAIN.format(slot=slot)):
        # Asked plainly once ("weiß nicht" at its confirmation): no heard value offered; next time, as any question.
        progress = replace(progress, misses={k: v for k, v in progress.misses.items() if k != PLAIN.format(slot=slot)})
    elif slot in progress.doubted and (heard := describe(slot, state.heard.attributes, state.heard.texts.get(slot))):
        buttons = [{"title": heard[:1].upper() + heard[1:], "payload": "/affirm"}]
    # Which wording was shown rides in the message's metadata, so the studio counts variants as shown.
    dispatcher.utter_message(text=text, buttons=buttons, **({WORDING_METADATA: variant.metadata()} if variant else {}))
    return SlotSet("progress", progress.ask(slot).to_slot())

