"""Booking a call in the chat: free slots as buttons, other times on request, the booking confirmed.

After a sales-qualified result the visitor sees the next three free slots of
the owner their route gives them, as plain buttons whose payloads carry the
slot (``/choose_slot{"slot_start": "2026-11-24T09:00:00Z"}``), plus "Other
times" and "Not now". Typed answers work too: "the second one", "10:00",
"later", "next week", "something on Friday afternoon". The visitor's time
zone comes from the widget's message metadata (``{"tz": "Europe/Berlin"}``),
or a zone name they type; otherwise the owner's is used and named.
The zone, in order: one the visitor named ("Europe/London", or a city after
"Other time zone"), the zone of the place they said they are in
("Manchester" is Europe/London), the widget's, else the owner's. The offer
says which it used and why, with an "Other time zone" button.

Only a slot the conversation was offered (``offered_slots``) is booked: a
``/choose_slot`` payload typed by hand with another time gets the offer again.
The service decides the rest (``webhooks.bookings``): a double click gets the
same booking back and a kind word, a slot taken meanwhile gets fresh slots.

A booked call needs the visitor's email, and keeping it needs their consent.
A visitor who said no at the privacy question is offered no times: the bot
says it cannot book without keeping their email, sends the content offer that
suits their need, and offers once to ask again ("Yes, book a call" brings the
privacy question back, then the email; the times follow once they are in).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions import runtime
from bot.actions.call_times import (
    Pick,
    asks_whose_clock,
    earliest,
    in_english,
    named_clock,
    names_a_place_clock,
    other_part_of_day,
    read_pick,
    said_zone,
    whose_clock,
)
from bot.actions.lead_service import ServiceUnavailable
from bot.actions.outcome import call_messages, unbookable_messages
from bot.actions.phrasebook import ENGLISH, language, say, tag, zone_name
from bot.actions.phrasing import country_name, in_place, written_city
from bot.actions.questionnaire import CONSENT
from bot.actions.state import State, bot_texts, is_payload, latest_confidence, latest_intent, latest_text, said, seen
from bot.actions.submission import submit
from nlu.attributes import Location
from nlu.call_request import (
    asks_about_someone_joining,
    asks_for_a_call,
    asks_how_long_the_call_is,
    asks_how_the_call_happens,
    asks_how_to_join,
)
from nlu.extract import where_for_the_call
from nlu.faq import reads_as_question
from nlu.leaving import says_goodbye
from nlu.rescheduling import asks_if_it_can_move, asks_to_cancel, asks_to_move, supposes_a_cancellation
from nlu.text import folded
from scheduling import Availability, TimeZoneError, day_parts, label, parse_time_request, zone, zone_for_place
from scheduling.call import sentence as call_sentence
from scheduling.regions import region_alone, region_named

logger = logging.getLogger(__name__)

Message = dict[str, Any]
CHOOSE_SLOT = "choose_slot"
OTHER_TIMES = "other_times"
CHANGE_TIME_ZONE = "change_time_zone"
ASK_ZONE = "Which city or time zone are you in? For example London, or Europe/London."
SLOT_ENTITY = "slot_start"
BOOKABLE = ("sql", "pql")


def slot_payload(starts_at: str) -> str:
    """A button's payload: Rasa's ``/intent{"entity": "value"}`` that sets the slot's start."""
    return f"/{CHOOSE_SLOT}" + json.dumps({SLOT_ENTITY: starts_at}, separators=(",", ":"))


def offer_messages(page: dict[str, Any], intro: str, *, zone_known: bool, why: str = "",
                   heading: str = "") -> list[Message]:
    """Free slots as buttons, with "Other times", "Other time zone" and "Not now"; an empty page says so.

    ``why`` says where the zone came from (", as you're in Manchester"); ``heading``, said in place of "Here are the
    next free times ...", says why these times and names their zone itself.
    """
    named = (page.get("owner") or {}).get("name")
    owner = named or say("one of our consultants")
    tz = page.get("time_zone") or "UTC"
    slots = page.get("slots") or []
    if not slots:
        none = say("I couldn't find free times with {owner} then.", owner=owner)
        return [{"text": f"{intro} {none}".strip(), "buttons": [
            {"title": say("Show the next free times"), "payload": f"/{OTHER_TIMES}"},
            {"title": say("Not now"), "payload": "/deny"},
        ]}]
    minutes = page.get("meeting_minutes")
    call = say("a {minutes}-minute call", minutes=minutes) if minutes else say("a call")
    if not zone_known:
        why = say(", {name}'s time zone", name=named.split()[0]) if named else say(", our consultant's")
    times = say("Here are the next free times for {call} with {owner} ({zone}{why}):", call=call, owner=owner,
                zone=zone_name(tz), why=why)
    text = f"{intro} {heading or times}".strip()
    buttons = [{"title": slot_title(s, tz, minutes), "payload": slot_payload(s["starts_at"])} for s in slots]
    buttons += [{"title": say("Other times"), "payload": f"/{OTHER_TIMES}"},
                {"title": say("Other time zone"), "payload": f"/{CHANGE_TIME_ZONE}"},
                {"title": say("Not now"), "payload": "/deny"}]
    return [{"text": text, "buttons": buttons}]


def slot_title(slot: dict[str, Any], tz: str, minutes: Any = None) -> str:
    """A slot as the visitor reads it: the service's label in English, the visitor's locale otherwise."""
    lang = language()
    start = _instant(str(slot.get("starts_at") or ""))
    end = _instant(str(slot.get("ends_at") or "")) if slot.get("ends_at") else None
    if lang == ENGLISH or start is None:
        return str(slot.get("label") or slot.get("starts_at"))
    if end is None and isinstance(minutes, int):
        end = start + timedelta(minutes=minutes)
    try:
        where = zone(tz)
    except TimeZoneError:
        return str(slot.get("label") or slot.get("starts_at"))
    return label(start, end or start, where, locale=lang) if end is not None else label(start, start, where, locale=lang)


def confirmation_messages(booking: dict[str, Any], repeated: bool, *, moved: bool = False,
                          how: str | None = None) -> list[Message]:
    """The booked (or moved, or repeated) call: when and with whom, ``how`` it happens when the playbook says
    (``how_it_happens``), and its calendar file."""
    owner = (booking.get("owner") or {}).get("name") or say("our consultant")
    tz = str(booking.get("time_zone") or "UTC")
    when = say("{when} ({zone})", when=slot_title(booking, tz), zone=zone_name(tz))
    if moved:
        text = say("Done: your call with {owner} is moved to {when}.", owner=owner, when=when)
    elif repeated:
        text = say("No worries, you're already booked for {when} with {owner}; nothing more to do.", when=when, owner=owner)
    else:
        text = say("You're booked! Your call with {owner} is on {when}. We look forward to talking to you.",
                   owner=owner, when=when)
    return [{"text": text}, *([{"text": how}] if how else []),
            {"text": say("Add it to your calendar: {url}", url=booking.get("ics_url"))}]


def how_it_happens(booking: dict[str, Any]) -> str | None:
    """How the booked call happens, in the visitor's language: the owner's own video link or line, else the
    playbook's (``scheduling.call``, read live from the published playbook); None when the playbook does not say."""
    playbook = runtime.playbooks().current()
    owner = booking.get("owner") or {}
    method = playbook.scheduling.call_for(owner.get("id"))
    if method is None:
        return None
    # The tag, not the language: a Brazilian conversation is told in Brazil's words ("pt-BR").
    return call_sentence(method, owner.get("name") or say("our consultant"), tag(), playbook.scheduling.call_note)


def confirm(dispatcher: CollectingDispatcher, booking: dict[str, Any], repeated: bool, *, moved: bool = False) -> None:
    """Say ``confirmation_messages`` with how the call happens."""
    _utter(dispatcher, confirmation_messages(booking, repeated, moved=moved, how=how_it_happens(booking)))


def pick_from_text(text: str, offered: Sequence[dict[str, str]]) -> str | None:
    """The offered slot a typed answer names ("the second one", "2", "10:00", "3pm", "the 9:30 one", "14 Uhr"), or
    None when it names none, more than one, or a time not offered (``call_times.read_pick``)."""
    pick = read_offered(text, offered)
    return offered[pick.one]["starts_at"] if pick.one is not None else None


def read_offered(text: str, offered: Sequence[dict[str, str]]) -> Pick:
    """What ``text`` names among the offered slots, read on the clock they were shown in."""
    starts = [_on_screen(slot) for slot in offered]
    if not starts or any(start is None for start in starts):
        return Pick()
    return read_pick(text, [start for start in starts if start is not None], language())


_LABEL_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def _on_screen(slot: dict[str, str]) -> datetime | None:
    """A slot's start on the clock it was shown in: its zone (``tz``), or, for a slot kept without one, the offset
    its label's time shows."""
    start = _instant(str(slot.get("starts_at") or ""))
    if start is None:
        return None
    try:
        return start.astimezone(zone(slot["tz"])) if slot.get("tz") else _by_label(start, str(slot.get("label") or ""))
    except TimeZoneError:
        return _by_label(start, str(slot.get("label") or ""))


def _by_label(start: datetime, label: str) -> datetime:
    shown = _LABEL_TIME.search(label)
    if shown is None:
        return start
    utc = start.astimezone(timezone.utc)
    minutes = (int(shown[1]) * 60 + int(shown[2]) - utc.hour * 60 - utc.minute) % (24 * 60)
    offset = minutes - 24 * 60 if minutes > 14 * 60 else minutes
    return utc.astimezone(timezone(timedelta(minutes=offset)))


def _instant(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def offered_start(wanted: str, offered: Sequence[dict[str, str]]) -> str | None:
    """The offered slot starting at ``wanted`` (as the offer wrote it), or None when none does."""
    moment = _instant(wanted)
    if moment is None:
        return None
    return next((s["starts_at"] for s in offered if _instant(s["starts_at"]) == moment), None)


def metadata_time_zone(tracker: Tracker) -> str | None:
    """The zone the widget reported with the latest message that had one (``metadata.tz``)."""
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        metadata = event.get("metadata") or {}
        name = metadata.get("tz") if isinstance(metadata, dict) else None
        if isinstance(name, str):
            try:
                return zone(name).key
            except TimeZoneError:
                continue
    return None


def typed_time_zone(text: str) -> str | None:
    """A zone the text names without a place: "Europe/London", "GMT+8", "EST", "Central time" (``said_zone``)."""
    return said_zone(text or "")


def zone_in_reply(text: str) -> str | None:
    """The zone a reply to "Which city or time zone are you in?" names: a zone (``typed_time_zone``), or a place
    the places table knows in any of the seven languages ("Sydney", "São Paulo", "München", "Londres", "same as
    Auckland", "Japan": a country with one zone)."""
    typed = typed_time_zone(text)
    if typed is not None or not text.strip() or text.lstrip().startswith("/"):
        return typed
    location = where_for_the_call(text, lang=language())  # "I'm in New York this week": a stay is where the call is
    # The province named chooses among its country's zones ("Nova Scotia", "Açores", "Mato Grosso"); one the places
    # table does not know ("Westaustralien", "Nieuw-Schotland") is a place all the same.
    if location is None:
        return region.zone if (region := region_alone(text)) is not None else None
    return zone_for_place(location.country, location.city, said=text)


# Words that ask for the times in a zone ("in my time", "Ortszeit", "à l'heure de", "hora de", "fuso"), in the seven
# languages (compared without accents).
_IN_A_ZONE = re.compile(
    r"(?<![\w'])(?:time ?zones?|timezone|local time|my time|(?:in|on) \w+(?: \w+)? time|times? in"
    r"|zeitzone|ortszeit|\w+er zeit|(?:in|nach) (?:meiner|unserer) zeit|zeiten in"
    r"|fuseau|heure locale|(?:a|en) l'heure de|heure de \w+|horaires? (?:a|de|en)"
    r"|zona horaria|hora local|(?:en|a la) hora de|hora de \w+|horarios? (?:en|de|em)"
    r"|fuso|horario de|ora locale|fuso orario|(?:in|all') ora di|orari in"
    r"|tijdzone|lokale tijd|\w+se tijd|tijden in)(?![\w'])")


def zone_asked(text: str) -> str | None:
    """The zone a message asks the times in: a zone named ("show times in Asia/Tokyo", "Eastern time"), or a place
    beside the words of a zone ("can you show times in my time? I'm in New York", "à l'heure de Montréal", "no fuso
    de Lisboa"). A place alone is where the visitor is (the form's to read), not where the times go."""
    typed = typed_time_zone(text or "")
    if typed is not None or not _IN_A_ZONE.search(folded(text or "")):
        return typed
    return zone_in_reply(text)


def awaits_zone(tracker: Tracker) -> bool:
    """"Which city or time zone are you in?" was asked (after "Other time zone") and not yet answered."""
    return bool(tracker.get_slot("awaiting_zone")) and bool(tracker.get_slot("lead_id")) \
        and not tracker.get_slot("stopped")


def names_the_zone(tracker: Tracker) -> bool:
    """The reply to "Which city or time zone are you in?" names one, whatever the classifier made of it ("Sydney"
    was affirm at 0.42, "New York" deny, "Central time" change_time_zone, "Madrid" affirm)."""
    return awaits_zone(tracker) and zone_in_reply(latest_text(tracker)) is not None


async def answer_zone(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """The times in the zone the reply names, or, when it names none, the question again (never a fallback); a
    question asked instead ("how much do you charge?") is answered first."""
    text = latest_text(tracker)
    if zone_in_reply(text) is None and reads_as_question(text):
        from bot.actions.faq import answer_messages  # faq imports this module

        _utter(dispatcher, answer_messages(runtime.playbooks().current(), text, latest_intent(tracker),
                                           latest_confidence(tracker), tracker))
    return [*await offer(dispatcher, tracker, text=text), *seen(tracker)]


def unread_zone_reply(tracker: Tracker) -> bool:
    """A reply to "Which city or time zone are you in?" that names none, and is no no, goodbye or button: asked
    again ("keine Ahnung" was affirm, "aucune idée" goodbye)."""
    text = latest_text(tracker)
    return awaits_zone(tracker) and not is_payload(text) and not refuses(text) and not says_goodbye(text) \
        and not names_a_time(text)


async def around_the_times(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """The visitor's words around the call times, whatever the classifier made of them (any intent: affirm, deny,
    goodbye, request_human, book_call...): the reply to "Which city or time zone are you in?" (the times in its
    zone, or the question again), a time on screen named (booked), a request for a call with times on screen (the
    times, once), a question with times on screen or a call booked (answered, never new times nor "no problem"), or
    other times asked for, in a day or a zone (offered). None for anything else: the action goes on."""
    if cancelling(tracker):
        # "ich muss den Termin leider absagen" (the classifier's move_call) got the booking said again, nothing more.
        return cannot_cancel(dispatcher, tracker)
    if names_the_zone(tracker):
        return await answer_zone(dispatcher, tracker)
    if tracker.get_slot("booking") and not tracker.get_slot("stopped") and asks_if_it_can_move(latest_text(tracker)) \
            and not picks_a_slot(tracker):
        # "can I move it later if something comes up?" (its "later" names a time): whether it can move, answered.
        return await answer_about_the_call(dispatcher, tracker)
    if picks_a_slot(tracker):
        # "14 Uhr", "the 9:30 one" (inform, affirm, thanks...): the time named, booked.
        return [*await book_named(dispatcher, tracker), *seen(tracker)]
    if unread_zone_reply(tracker):
        return await answer_zone(dispatcher, tracker)
    if asks_about_the_call(tracker) and not tracker.get_slot("booking") and asks_for_a_call(latest_text(tracker)):
        # "Est-ce que je peux réserver un appel ?" with the times on screen (the classifier's move_call at 0.38): a
        # request for a call, answered by the times, shown once, never "I'm not sure" above them (set 12).
        return [*await offer_or_explain(dispatcher, tracker), *seen(tracker)]
    if asks_about_the_call(tracker):
        return await answer_about_the_call(dispatcher, tracker)
    text = latest_text(tracker)
    if tracker.get_slot("lead_id") and not tracker.get_slot("stopped") and not is_payload(text) \
            and latest_intent(tracker) not in (OTHER_TIMES, CHANGE_TIME_ZONE) and asks_for_times(tracker) \
            and not moving(tracker) and not refuses(text):
        # "vous pouvez me montrer les horaires à l'heure de Montréal ?", "could we do Tuesday?" (ask_question, the
        # FAQ's "I'm not sure"): the times asked for, in the zone asked for.
        return [*await offer(dispatcher, tracker, text=text), *seen(tracker)]
    return None


def _about_the_place(question: str) -> bool:
    """Whether the playbook's question ``question`` (an id) asks where the visitor is."""
    asked = runtime.playbooks().current().question(question)
    return asked is not None and asked.attribute == "location"


def _place(location: Location, said: str, where: str) -> tuple[str | None, str | None]:
    """Where the visitor is, in their words ("Köln", not the gazetteer's "Cologne"), their province when they named
    one and no city ("Nova Scotia"), or their language's name for the country; with the city, when it is one.

    A city named like its province, after a town the table does not know ("Rimouski, Québec"), is said with that
    town: "as you're in Québec" named another city than theirs (set 16)."""
    if location.city:
        city = (written_city(location, said) if language() != ENGLISH else None) or location.city
        if region_named(city, location.country) is not None and (town := _town_before(city, where)) is not None:
            return town.split(",")[0], town
        return city, city
    if (region := region_named(where, location.country)) is not None:
        return None, region.written
    return None, country_name(location.country)


def _as_youre_in(location: Location, said: str, where: str) -> str:
    """", as you're in Nova Scotia": why the times are in that zone, the place with the preposition its name takes
    in the visitor's language ("car vous êtes en Nouvelle-Écosse", "já que está no Mato Grosso", "en Espagne", never
    "à Espagne")."""
    city, place = _place(location, said, where)
    if language() == ENGLISH or not place:
        return say(", as you're in {place}", place=place)
    return AS_YOURE_IN.get(language(), ", as you're {in_place}").format(
        in_place=in_place(city, location.country, place))


# The same, in the six other languages (the place with its preposition: ``phrasing.in_place``).
AS_YOURE_IN = {"de": ", da Sie {in_place} sind", "fr": ", car vous êtes {in_place}", "es": ", ya que está {in_place}",
               "pt": ", já que está {in_place}", "it": ", dato che si trova {in_place}", "nl": ", omdat u {in_place} bent"}


# Up to three capitalised words and a comma: "Rimouski, ", "Trois-Rivières, ", "Baie Saint Paul, ".
_TOWN = re.compile(r"(?<![\w'’-])((?=[A-ZÀ-Þ])[^\W\d_][\w'’.-]*(?:[ -](?=[A-ZÀ-Þ])[^\W\d_][\w'’.-]*){0,2}),\s*")


def _town_before(city: str, said: str) -> str | None:
    """"Rimouski, Québec" when ``said`` writes a town, a comma, then ``city`` (compared without case or accents)."""
    for town in _TOWN.finditer(said):
        after = said[town.end():town.end() + len(city) + 1]
        written = after[:len(city)]
        if folded(written) == folded(city) and not after[len(city):].strip(" ").isalnum() \
                and folded(town[1]) != folded(city):
            return f"{town[1]}, {written}"
    return None


def visitor_zone(tracker: Tracker, text: str | None) -> tuple[str | None, str, list[EventType]]:
    """The zone to show times in, why (for the offer's words), and the events that remember a choice."""
    typed = zone_in_reply(text or "") if tracker.get_slot("awaiting_zone") else zone_asked(text or "")
    if typed is not None:
        return typed, "", [SlotSet("visitor_tz", typed), SlotSet("awaiting_zone", False)]
    chosen = tracker.get_slot("visitor_tz")
    if isinstance(chosen, str):
        try:
            return zone(chosen).key, "", []
        except TimeZoneError:
            pass
    state = State.of(tracker)
    # The place they said, given or only heard so far (said back, its confirmation still to come): a question
    # about the zone mid-form is answered with the zone the times would be shown in.
    stated = state.attributes.location or state.heard.attributes.location
    said = " ".join([*(str(a.get("text") or "") for a in state.answers), *map(str, state.heard.texts.values())])
    # The words the place was read from (its answer, or the message it was heard in): the province named there
    # chooses among a country's zones ("a credit union in Nova Scotia", "Rimouski, Québec"); one named in another
    # answer ("leads in Texas and Florida") says nothing of where they are.
    where = " \n ".join([*(str(a.get("text") or "") for a in state.answers
                            if _about_the_place(str(a.get("question") or ""))),
                          str(state.heard.texts.get("location") or "")])
    if stated is not None and (placed := zone_for_place(stated.country, stated.city, said=where)):
        return placed, _as_youre_in(stated, said, where), []
    widget = metadata_time_zone(tracker)
    if widget is not None:
        return widget, say(", your device's time zone"), []
    return None, "", []


def _entity(tracker: Tracker, name: str) -> str | None:
    for entity in tracker.latest_message.get("entities") or ():
        if isinstance(entity, dict) and entity.get("entity") == name and isinstance(entity.get("value"), str):
            return entity["value"]
    return None


def _utter(dispatcher: CollectingDispatcher, messages: list[Message]) -> None:
    for message in messages:
        dispatcher.utter_message(**message)


def _offered(tracker: Tracker) -> list[dict[str, str]]:
    value = tracker.get_slot("offered_slots")
    return [s for s in value if isinstance(s, dict) and "starts_at" in s] if isinstance(value, list) else []


def refused_contact(tracker: Tracker) -> bool:
    """The visitor said no to the privacy question: no email is kept, so no call can be booked."""
    return State.of(tracker).consent is False


def said_before(tracker: Tracker, text: str) -> bool:
    """Whether the bot already wrote ``text`` (in one of its messages) in this chat."""
    return last_said(tracker, text) is not None


def last_said(tracker: Tracker, text: str) -> int | None:
    """The position of the bot's latest message with ``text`` among the conversation's events, if any."""
    return next((i for i, written in reversed(bot_texts(tracker)) if text.strip() in written), None)


def explain_unbookable(dispatcher: CollectingDispatcher, tracker: Tracker, intro: str = "") -> list[EventType]:
    """No times for a visitor who refused consent: why, something to read, and, once per chat, the offer to ask
    again; the second time, a goodbye."""
    playbook = runtime.playbooks().current()
    need = State.of(tracker).attributes.need
    messages = unbookable_messages(playbook, need.categories if need is not None else ())
    if intro and not said_before(tracker, intro):
        messages.insert(0, {"text": intro})
    asked_once = said_before(tracker, messages[-1]["text"])
    if asked_once:
        # Asked once already, and declined again: the reason and the link were given then.
        messages = [{"text": say("All the best, and feel free to come back any time!")}]
    _utter(dispatcher, [m for m in messages if not (asked_once and said_before(tracker, m["text"]))])
    return []


def ask_consent_again() -> list[EventType]:
    """A visitor who refused consent asks for a call after all: the privacy question again, then the email.

    The lead stays with the service; the conversation forgets it has one, so that, with consent, each answer
    updates it as a draft does (a lead once routed is never a draft again: the update reaches sales), and the
    form's end closes again, offering the times (the service gives the stage again)."""
    return [*forget_consent(), FollowupAction(_form())]


def forget_consent() -> list[EventType]:
    """The privacy question open again, and the lead the conversation sent (if any) forgotten by it."""
    return [SlotSet(CONSENT, None), SlotSet("lead_id", None), SlotSet("lead_stage", None)]


async def offer(
    dispatcher: CollectingDispatcher, tracker: Tracker, intro: str = "", *, text: str | None = None,
    again: bool = False, after: datetime | None = None,
) -> list[EventType]:
    """Fetch and show free slots for the conversation's lead; on any trouble, the fallback message. ``again``: the
    times on screen once more (from the first of them), after a question answered; ``after``: the times from then.

    Words that name a time on screen ("14 Uhr nehm ich", "the 9:30 one"), whichever action was given them to offer
    times, book it (``book_named``): the form closes at once for them, as for "next week" (``asks_for_times``)."""
    if text is not None and not again and picks_a_slot(tracker, text):
        return await book_named(dispatcher, tracker, text=text)
    if refused_contact(tracker):
        return explain_unbookable(dispatcher, tracker, intro)
    if intro and said_before(tracker, intro):
        # The close's "This sounds like a great fit", said when consent was refused, is not said twice.
        intro = ""
    if State.of(tracker).attributes.email is None:
        # A call nobody could be invited to is no call (the service refuses it): the address first, then the times.
        return ask_for_email(dispatcher, tracker, intro)
    lead_id = tracker.get_slot("lead_id")
    playbook = runtime.playbooks().current()
    tz, why, remembered = visitor_zone(tracker, text)
    zone_given = bool(remembered)
    if tracker.get_slot("awaiting_zone") and not zone_given and text and names_a_time(text):
        # "rather Tuesday?", "next week" instead of a place: the question is dropped, the times asked for come.
        remembered = [SlotSet("awaiting_zone", False)]
    elif tracker.get_slot("awaiting_zone") and not zone_given:
        # A question answered before, or no place at all ("yes", "keine Ahnung"): the question alone.
        place = bool(text) and not reads_as_question(text or "") and any(c.isupper() for c in text or "")
        unknown = say("Sorry, I don't know that place's time zone.") if place else ""
        dispatcher.utter_message(text=f"{unknown} {say(ASK_ZONE)}".strip())
        return []
    query: dict[str, Any] = {}
    heading = ""  # what is said of the times in place of "Here are the next free times" (``in_their_part``)
    hour: tuple[int, int] | None = None  # a time of day asked for without a day ("move it to 3pm")
    if after is not None:
        query = {"after": _iso(after)}
    elif text is not None and not zone_given:
        offered = _offered(tracker)
        last = datetime.fromisoformat(offered[-1]["starts_at"].replace("Z", "+00:00")) if offered else None
        local = zone(tz) if tz else zone("UTC")
        request = parse_time_request(in_english(text, language()), datetime.now(timezone.utc), local, last)
        query = {"after": _iso(request.after), "before": _iso(request.before), "part_of_day": request.part_of_day}
        if (other := other_part_of_day(text, language())) is not None:
            # "I can't do mornings": the afternoons, from now.
            query["part_of_day"] = other
            query["after"] = _iso(request.after) if request.before is not None else None
        clock = earliest(text, language()) or named_clock(text, language())
        if clock is not None and request.after is not None and request.before is not None:
            # "jeudi à 10h": Thursday's times from 10:00, not from the first free one that morning.
            start = from_clock(request.after.astimezone(local).date(), clock.likely(), local)
            if request.after <= start < request.before:
                query["after"] = _iso(start)
        elif clock is not None and request.before is None:
            # "can we move it to 3pm?": the times from the next 3pm (``from_the_hour`` below).
            hour = clock.likely()
            query["after"] = _iso(next_clock(hour, local, datetime.now(local)))
            query["limit"] = WIDE
    elif again and (shown := _offered(tracker)) and (first := _instant(shown[0]["starts_at"])) is not None:
        query = {"after": _iso(first - timedelta(seconds=1))}
    # "anything in my morning?", "am Vormittag?", "'s ochtends?": a part of the visitor's own day, no hour named.
    clock_named = text is not None and not zone_given \
        and (named_clock(text, language()) is not None or earliest(text, language()) is not None)
    part = query.get("part_of_day") if after is None and text is not None and not zone_given \
        and not clock_named else None
    try:
        page = await _read_slots(lead_id, tz, **query)
        if hour is not None:
            page = await from_the_hour(page, hour, lead_id, tz)
        elif part is not None:
            page, heading = await in_their_part(page, part, lead_id, tz, query)
        elif not clock_named and query.get("part_of_day") is None:
            # No part of the day or hour asked for: times in the visitor's own day (Manila with Chicago: not 23:00).
            page, note = await in_their_day(page, lead_id, tz, query)
            if not said_before(tracker, note):
                # Said once: "Other times" then shows the next nearest without the same paragraph again.
                intro = f"{intro} {note}".strip()
        if not page.get("slots") and query.get("before"):
            # Nothing then: the next free times after that window instead.
            page = await _read_slots(lead_id, tz, after=query["before"])
            intro = f"{intro} {say('Nothing is free then, so here are the next free times after that.')}".strip()
    except ServiceUnavailable as exc:
        logger.warning("slots not available: %s (status %s, code %s)", exc, exc.status, exc.code)
        if intro:
            dispatcher.utter_message(text=intro)
        _utter(dispatcher, call_messages(playbook))
        return []
    return _show(dispatcher, page, intro, tz, why, remembered, heading)


def _show(dispatcher: CollectingDispatcher, page: dict[str, Any], intro: str, tz: str | None, why: str,
          remembered: list[EventType], heading: str = "") -> list[EventType]:
    """The page's times on screen, and remembered as the times offered."""
    _utter(dispatcher, offer_messages(page, intro, zone_known=tz is not None, why=why, heading=heading))
    # Each offered slot keeps the zone it was shown in, so booking it names the same zone.
    shown = page.get("time_zone") or tz or "UTC"
    # The owner's own zone too: "7am your time" is read on their clock.
    owners = {"otz": page["owner_time_zone"]} if isinstance(page.get("owner_time_zone"), str) else {}
    offered = [{"starts_at": s["starts_at"], "label": s["label"], "tz": shown, **owners}
               for s in page.get("slots") or []]
    return [*remembered, SlotSet("offered_slots", offered)]


# --- a part of the visitor's own day, a time named that is not free (issue 14) ------------------------------------
PHRASES = Path(__file__).with_name("booking_phrases.yml")


@lru_cache(maxsize=1)
def _phrases() -> dict[str, dict[str, str]]:
    """This module's own sentences (English -> language -> translation), kept beside the phrasebook."""
    loaded = yaml.safe_load(PHRASES.read_text(encoding="utf-8")) or {}
    return {str(k): {str(lang): str(t) for lang, t in (v or {}).items()} for k, v in loaded.items()}


def told(sentence: str, /, **values: object) -> str:
    """``sentence`` from ``booking_phrases.yml`` in the conversation's language, values filled in."""
    lang, said_as = language(), tag()
    # Brazil's words where the file has them ("pt-BR"), else the language's.
    translations = _phrases().get(sentence, {})
    template = sentence if lang == ENGLISH else translations.get(said_as) or translations.get(lang) or sentence
    return template.format(**values)


# None of the owner's hours falls in that part of the visitor's day; or those that do are all taken.
NO_TIME_IN = {
    "morning": "{owner} takes calls from {start} to {end} your time, so none of their times falls in your morning. "
               "The nearest free times ({zone}):",
    "afternoon": "{owner} takes calls from {start} to {end} your time, so none of their times falls in your "
                 "afternoon. The nearest free times ({zone}):",
    "evening": "{owner} takes calls from {start} to {end} your time, so none of their times falls in your evening. "
               "The nearest free times ({zone}):",
}
TAKEN_IN = {
    "morning": "{owner}'s times in your morning are all taken. The nearest free ones ({zone}):",
    "afternoon": "{owner}'s times in your afternoon are all taken. The nearest free ones ({zone}):",
    "evening": "{owner}'s times in your evening are all taken. The nearest free ones ({zone}):",
}
# A time named that no button shows: free, outside the owner's hours, taken, or gone (past, too soon).
NAMED_FREE = "{when} is free: here it is, with the times after it ({zone}):"
NAMED_OUTSIDE = "{when} is outside {owner}'s hours: they take calls from {start} to {end} your time. " \
                "The free times nearest to it ({zone}):"
NAMED_TAKEN = "{when} is already taken. The free times nearest to it ({zone}):"
NAMED_GONE = "{when} can't be booked any more. The free times nearest to it ({zone}):"
NAMED_NOT_FREE = "{when} isn't one of {owner}'s free times. The free times nearest to it ({zone}):"
# Days asked for one by one, at most, for the times in a part of the day.
MOST_DAYS = 5
# How much further from the part of the day than the nearest time the times shown instead may be.
NEAR = timedelta(hours=2)


def _now() -> datetime:
    """The moment the owner's calendar is read at (one place, so a test can set the clock)."""
    return datetime.now(timezone.utc)


def owner_availability(owner: Any) -> Availability | None:
    """The owner's calendar as the service reads it (``webhooks.bookings.availability_for``), from the playbook."""
    if not isinstance(owner, str) or not owner:
        return None
    try:
        calendar = runtime.playbooks().current().scheduling.calendar_for(owner)
        return Availability(time_zone=calendar.time_zone, working_hours=calendar.working_hours,
                            meeting_minutes=calendar.meeting_minutes, buffer_minutes=calendar.buffer_minutes,
                            days_ahead=calendar.days_ahead, min_notice_minutes=calendar.min_notice_minutes)
    except (ValueError, TypeError, AttributeError):
        return None


def _hhmm(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _starts(slots: Sequence[dict[str, Any]]) -> list[datetime]:
    return [at for s in slots if (at := _instant(str(s.get("starts_at") or ""))) is not None]


async def _free_among(lead_id: str, tz: str | None, wanted: list[datetime], part: str | None) -> list[dict[str, Any]]:
    """The free slots among the owner's ``wanted`` starts, asked for day by day (``MOST_DAYS`` at most), up to
    ``SHOWN``."""
    keep = set(wanted)
    shown = zone(tz) if tz else timezone.utc
    found: list[dict[str, Any]] = []
    for first, last in day_parts.by_day(wanted, shown)[:MOST_DAYS]:
        page = await _read_slots(lead_id, tz, after=_iso(first - timedelta(seconds=1)),
                                 before=_iso(last + timedelta(seconds=1)), part_of_day=part, limit=SHOWN)
        found += [s for s in page.get("slots") or () if _instant(str(s.get("starts_at") or "")) in keep]
        if len(found) >= SHOWN:
            break
    return found[:SHOWN]


async def in_their_part(page: dict[str, Any], part: str, lead_id: str, tz: str | None,
                        query: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The times in ``part`` of the visitor's own day ("anything in my morning?" from Manila: 06:00-12:00 there, never
    00:15), and what to say first: nothing when there are some; else that none of the owner's hours falls in it (their
    hours on the visitor's clock) or that those that do are taken, with the nearest free times instead."""
    owner = page.get("owner") or {}
    availability = owner_availability(owner.get("id"))
    shown = zone(page.get("time_zone") or tz or "UTC")
    if availability is None:
        return page, ""
    now = _now()
    starts = day_parts.owner_starts(availability, now, after=_instant(query.get("after") or ""),
                                    before=_instant(query.get("before") or ""))
    inside = [s for s in starts if day_parts.in_part(s, part, shown)]
    name = owner.get("name") or say("our consultant")
    if inside:
        found = await _free_among(lead_id, tz, inside, part)
        if found:
            return {**page, "slots": found}, ""
        said = told(TAKEN_IN[part], owner=name, zone=zone_name(shown.key))
    elif starts:
        hours = day_parts.hours_on_clock(availability, starts[0], shown)
        start, end = hours if hours is not None else (starts[0].astimezone(shown), starts[-1].astimezone(shown))
        said = told(NO_TIME_IN[part], owner=name, start=_hhmm(start), end=_hhmm(end), zone=zone_name(shown.key))
    else:
        return page, ""
    others = [s for s in starts if s not in set(inside)]
    if not others:
        return page, said
    awake = [s for s in others if day_parts.distance_to(s, day_parts.WAKING, shown) <= NEAR_DAY.total_seconds() // 60]
    if awake:
        # Their waking day first (or its edge), when it holds any: "Thursday morning?" from Pune, with a consultant in
        # New York, was shown Thursday 01:00, 01:45 and 02:30 there as the nearest to their morning, not 19:30.
        others = awake
    nearest = min(day_parts.distance(s, part, shown) for s in others)
    near = [s for s in others if day_parts.distance(s, part, shown) <= nearest + NEAR.total_seconds() // 60]
    found = await _free_among(lead_id, tz, near, None)
    return {**page, "slots": found or page.get("slots") or []}, said


# None of the owner's hours falls in the visitor's day (08:00-20:00 on their clock) in the days ahead, or those that do
# are all taken: the nearest times, said to be early or late for them.
OUTSIDE_DAY = "{owner} takes calls from {start} to {end} your time, none of it between {first} and {last} for you, " \
              "so these are the nearest times, {when}."
TAKEN_DAY = "{owner}'s times between {first} and {last} your time are all taken in the next days, so these are the " \
            "nearest free ones, {when}."
EARLY_OR_LATE = {"early": "early in your day", "late": "late in your day", "both": "early or late in your day"}
# How much further from the visitor's day than the nearest time the times shown instead may be.
NEAR_DAY = timedelta(minutes=45)


async def in_their_day(page: dict[str, Any], lead_id: str, tz: str | None,
                       query: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The times offered in the visitor's own day, their working hours first (``day_parts.WORKING``), then the rest
    of their waking day (``day_parts.WAKING``), and what to say first: nothing when there are some; else the nearest
    free times, said to be early or late for them, with the owner's hours on their clock (a visitor in Manila with
    an owner in Chicago was shown 23:00, 23:45 and 00:30 as the "next free times"; one in Pune 20:30 unremarked).

    Only on the visitor's own clock: with no zone of theirs known the times are the owner's, as they come."""
    owner = page.get("owner") or {}
    availability = owner_availability(owner.get("id"))
    if tz is None or availability is None:
        return page, ""
    shown = zone(page.get("time_zone") or tz)
    first = _starts(page.get("slots") or [])
    if first and all(day_parts.within(s, day_parts.WORKING, shown) for s in first):
        # The service's first free times, in time order, all in the visitor's working hours: no earlier one of
        # those was passed over (its own filter, their waking hours, holds them all), so no second look is needed.
        return page, ""
    starts = day_parts.owner_starts(availability, _now(), after=_instant(query.get("after") or ""),
                                    before=_instant(query.get("before") or ""))
    if not starts:
        return page, ""
    for hours in (day_parts.WORKING, day_parts.WAKING):
        inside = [s for s in starts if day_parts.within(s, hours, shown)]
        found = await _free_among(lead_id, tz, inside, None) if inside else []
        if found:
            return {**page, "slots": found}, ""
    waking = day_parts.WAKING
    daytime = any(day_parts.within(s, waking, shown) for s in starts)
    others = [s for s in starts if not day_parts.within(s, waking, shown)]
    if not others:
        return page, ""
    nearest = min(day_parts.distance_to(s, waking, shown) for s in others)
    near = [s for s in others if day_parts.distance_to(s, waking, shown) <= nearest + NEAR_DAY.total_seconds() // 60]
    found = await _free_among(lead_id, tz, near, None)
    if not found:
        return page, ""
    sides = {day_parts.side(at, waking, shown) for at in _starts(found)}
    when = told(EARLY_OR_LATE[sides.pop() if len(sides) == 1 else "both"])
    first, last = (f"{hour:%H:%M}" for hour in waking)
    name = owner.get("name") or say("our consultant")
    if daytime:
        said = told(TAKEN_DAY, owner=name, first=first, last=last, when=when)
    else:
        hours = day_parts.hours_on_clock(availability, starts[0], shown)
        start, end = hours if hours is not None else (starts[0].astimezone(shown), starts[-1].astimezone(shown))
        if waking[0] < end.astimezone(shown).time() <= waking[1]:
            # Their hours end inside the visitor's day, their last call before it: "from 00:30 to 08:30 your time,
            # none of it between 08:00 and 20:00" (Adelaide, New York's 17:00) was untrue; the last call's end is.
            own_day = starts[0].astimezone(availability.tz).date()
            last_call = max(s for s in starts if s.astimezone(availability.tz).date() == own_day)
            end = min(end, last_call + timedelta(minutes=int(page.get("meeting_minutes") or 30)))
        said = told(OUTSIDE_DAY, owner=name, start=_hhmm(start), end=_hhmm(end), first=first, last=last, when=when)
    return {**page, "slots": found}, said


def _clock_zone(text: str, offered: Sequence[dict[str, str]]) -> tzinfo | None:
    """The clock a time named is said on: the owner's for "7am your time", a place's for "7am Manila time", else the
    one the times are shown in ("my time" says so)."""
    shown = next((s.get("tz") for s in offered if s.get("tz")), None)
    owners = next((s.get("otz") for s in offered if s.get("otz")), None)
    whose = whose_clock(text, language())
    named = None
    if whose == "yours":
        named = owners
    elif whose is None and names_a_place_clock(text, language()):
        named = zone_in_reply(text)
    try:
        return zone(named or shown) if (named or shown) else None
    except TimeZoneError:
        return None


def named_moment(pick: Pick, offered: Sequence[dict[str, str]], text: str, now: datetime) -> datetime | None:
    """The moment a time not on screen names, on the clock it is said on (``_clock_zone``): on the weekday named,
    else on the day of the first time shown; a day later while it is past."""
    first = _on_screen(offered[0]) if offered else None
    if first is None or not pick.unshown:
        return None
    clock = _clock_zone(text, offered) or first.tzinfo or timezone.utc
    day = first.astimezone(clock).date()
    if pick.day is not None:
        day += timedelta(days=(pick.day - day.weekday()) % 7)
    moment = datetime.combine(day, time(*pick.unshown[0].likely()), tzinfo=clock)
    while moment <= now and pick.day is None:
        moment += timedelta(days=1)
    return moment


def _when(moment: datetime, tz: tzinfo) -> str:
    lang = language()
    local = moment.astimezone(tz)
    if lang == ENGLISH:
        return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"
    return label(moment, moment, tz, locale=lang)  # type: ignore[arg-type]


def around(moment: datetime, before: Sequence[dict[str, Any]], after: Sequence[dict[str, Any]],
           tz: tzinfo) -> list[dict[str, Any]]:
    """``SHOWN`` free times around ``moment``: the nearest before and after it on its day first (both sides when
    both have one), then the nearest on that day, then the next ones after it; in time order."""
    def at(slot: dict[str, Any]) -> datetime:
        return _instant(str(slot["starts_at"])) or moment

    day = moment.astimezone(tz).date()
    earlier = [s for s in before if at(s) < moment and at(s).astimezone(tz).date() == day]
    later = [s for s in after if at(s) > moment]
    same = [s for s in later if at(s).astimezone(tz).date() == day]
    chosen = [*earlier[-1:], *same[:1]]
    chosen += sorted((s for s in [*earlier, *same] if s not in chosen), key=lambda s: abs(at(s) - moment))
    chosen = chosen[:SHOWN]
    chosen += [s for s in later if s not in chosen][:SHOWN - len(chosen)]
    return sorted(chosen, key=at)


async def around_the_named(dispatcher: CollectingDispatcher, tracker: Tracker, pick: Pick,
                           offered: Sequence[dict[str, str]], text: str) -> list[EventType]:
    """A time named that no button shows ("what about 7am Manila time on Wednesday?", "6:30am Wednesday my time"):
    free, it comes first with the times after it; else why not (outside the consultant's hours, with their hours on
    the visitor's clock, or taken) and the free times nearest to it, before and after, on its day first."""
    now = _now()
    moment = named_moment(pick, offered, text, now)
    if moment is None:
        return await offer(dispatcher, tracker, say("Sorry, that time isn't one I offered."))
    lead_id = tracker.get_slot("lead_id")
    tz = next((s.get("tz") for s in offered if s.get("tz")), None) or visitor_zone(tracker, None)[0]
    shown = zone(tz) if tz else timezone.utc
    try:
        page = await _read_slots(lead_id, tz, after=_iso(moment - timedelta(minutes=1)))
        later = page.get("slots") or []
        when, where = _when(moment, shown), zone_name(tz or "UTC")
        if later and _instant(str(later[0]["starts_at"])) == moment:
            return _show(dispatcher, page, "", tz, "", [], told(NAMED_FREE, when=when, zone=where))
        day_start = datetime.combine(moment.astimezone(shown).date(), time(), tzinfo=shown)
        before = []
        if moment > now:
            before = (await _read_slots(lead_id, tz, after=_iso(max(day_start, now)), before=_iso(moment),
                                        limit=WIDE)).get("slots") or []
    except ServiceUnavailable as exc:
        logger.warning("slots not available: %s (status %s, code %s)", exc, exc.status, exc.code)
        _utter(dispatcher, call_messages(runtime.playbooks().current()))
        return []
    owner = page.get("owner") or {}
    name = owner.get("name") or say("our consultant")
    availability = owner_availability(owner.get("id"))
    if availability is not None and not day_parts.within_hours(availability, moment):
        starts = day_parts.owner_starts(availability, now, after=moment) or day_parts.owner_starts(availability, now)
        # The hours of the day named, when the consultant works that day: Thursday 19:00 was said to be outside
        # hours "from 09:00 to 16:00", Friday's (the next call's day), on a Thursday that ends at 17:00.
        hours = day_parts.hours_on_clock(availability, moment, shown) \
            or (day_parts.hours_on_clock(availability, starts[0], shown) if starts else None)
        said = told(NAMED_OUTSIDE, when=when, owner=name, start=_hhmm(hours[0]), end=_hhmm(hours[1]), zone=where) \
            if hours else told(NAMED_TAKEN, when=when, zone=where)
    elif availability is not None and moment <= now + timedelta(minutes=availability.min_notice_minutes):
        said = told(NAMED_GONE, when=when, zone=where)
    elif availability is not None and moment in day_parts.owner_starts(availability, now, after=moment,
                                                                        before=moment + timedelta(seconds=1)):
        # A time the owner's calendar has, booked by someone else.
        said = told(NAMED_TAKEN, when=when, zone=where)
    else:
        # Inside their hours, yet no call starts then (16:30 where calls start 16:00 and 16:45), or no calendar.
        said = told(NAMED_NOT_FREE, when=when, owner=name, zone=where)
    # "Can we move it to 3pm?" asks for the booked call from then (``from_the_hour``): the times from it, not around it.
    slots = later[:SHOWN] if asks_to_move(text) else around(moment, before, later, shown)
    return _show(dispatcher, {**page, "slots": slots}, "", tz, "", [], said)


# The times shown at once; and the service's most (its ``limit``), asked for when only those from an hour will be
# shown ("move it to 3pm"), so that one page holds them.
SHOWN = 3
WIDE = 10


def from_clock(day: date, clock: tuple[int, int], tz: tzinfo) -> datetime:
    """The moment to ask for times after, so that a free one starting at ``clock`` on ``day`` (on the visitor's
    clock) comes first: a minute before it. The one definition for "jeudi à 10h", "3pm" and "14 Uhr"."""
    return datetime.combine(day, time(*clock), tzinfo=tz) - timedelta(minutes=1)


def next_clock(clock: tuple[int, int], tz: tzinfo, now: datetime) -> datetime:
    """``from_clock`` on the next day ``clock`` is still to come: today, or tomorrow once it has passed."""
    today = now.astimezone(tz).date()
    start = from_clock(today, clock, tz)
    return start if start + timedelta(minutes=1) > now else from_clock(today + timedelta(days=1), clock, tz)


async def from_the_hour(page: dict[str, Any], hour: tuple[int, int], lead_id: str, tz: str | None) -> dict[str, Any]:
    """``SHOWN`` times from ``hour`` on the first day a ``WIDE`` page found (3pm asked for on a Friday evening: Monday's
    from 15:00, not Monday's 09:00). The first time shown is never earlier in its day than ``hour``: when the rest of
    that day is taken, the next day's from the hour ("ab 14 Uhr" with Monday afternoon booked: Tuesday's from 14:00,
    not Tuesday's 09:00). The page holds every free time up to its last one, so they are read from it; the service is
    asked again, from then, only when the page ends before it has any or ``SHOWN`` of them."""
    zone = page.get("time_zone") or tz or "UTC"
    slots = page.get("slots") or []
    seen = [(slot, at) for slot in slots if (at := _on_screen({**slot, "tz": zone}))]
    if not seen or _reaches(seen[0][1], hour):
        return {**page, "slots": slots[:SHOWN]}
    start = _that_days(seen[0][1], hour)
    later = [(slot, at) for slot, at in seen if at >= start]
    while later and not _reaches(later[0][1], hour) and any(_reaches(at, hour) for _, at in later):
        # The first time from then falls earlier in a later day (that day's afternoon was taken): that day's hour,
        # as long as the page has a time from the hour at all (7pm, after every day's last: the times as they come).
        start = _that_days(later[0][1], hour)
        later = [(slot, at) for slot, at in later if at >= start]
    if later and not _reaches(later[0][1], hour) and len(slots) >= WIDE:
        # The page ends before that day's hour: asked once from it, taken when its first time is from the hour (an
        # hour no day reaches, 7pm, keeps the times as they come).
        again = await _read_slots(lead_id, tz, after=_iso(_that_days(later[0][1], hour)))
        found = again.get("slots") or []
        first = _on_screen({**found[0], "tz": again.get("time_zone") or tz or "UTC"}) if found else None
        if first is not None and _reaches(first, hour):
            return {**again, "slots": found[:SHOWN]}
    if len(later) >= SHOWN or (later and len(slots) < WIDE):
        return {**page, "slots": [slot for slot, _ in later][:SHOWN]}
    return await _read_slots(lead_id, tz, after=_iso(start))


def _reaches(at: datetime, hour: tuple[int, int]) -> bool:
    """Whether a time shown at ``at`` (the visitor's clock) is at or after ``hour`` in its day."""
    return (at.hour, at.minute) >= hour


def _that_days(at: datetime, hour: tuple[int, int]) -> datetime:
    """``from_clock`` at ``hour`` on the day of ``at``, in its zone."""
    return from_clock(at.date(), hour, at.tzinfo or timezone.utc)


NEED_EMAIL = "To book the call, we need an email to send the invitation to."


def ask_for_email(dispatcher: CollectingDispatcher, tracker: Tracker, intro: str = "") -> list[EventType]:
    """Why the address is needed, then the form's email question again (the privacy question first when it was
    never asked); the times follow once it is given (``action_submit_lead``)."""
    if intro:
        dispatcher.utter_message(text=intro)
    dispatcher.utter_message(text=say(NEED_EMAIL))
    progress = State.of(tracker).progress
    again = replace(progress, skipped=tuple(s for s in progress.skipped if s != "email"))
    return [SlotSet("progress", again.to_slot()), SlotSet("email", None), FollowupAction(_form())]


async def _read_slots(lead_id: str, tz: str | None, **query: Any) -> dict[str, Any]:
    """Slots from the service; a read is safe to repeat, so one retry covers a busy moment."""
    try:
        return await asyncio.to_thread(runtime.lead_service().slots, lead_id, tz, **query)
    except ServiceUnavailable as exc:
        if exc.status is not None and exc.status < 500:
            raise
        logger.info("slots: retrying once after %s", exc)
        await asyncio.sleep(0.5)
        return await asyncio.to_thread(runtime.lead_service().slots, lead_id, tz, **query)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_TIME_WORDS = frozenset({"later", "next", "week", "tomorrow", "morning", "afternoon", "evening", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday", "other", "another"})


# Words that say a message is about the call itself, in the seven languages.
_CALL_WORDS = frozenset("call calls meeting meet slot slots appointment book schedule anruf termin gespräch "
                        "telefonat appel rendez créneau llamada reunión cita chamada reunião chiamata appuntamento "
                        "gesprek afspraak".split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text.lower()))


def names_a_time(text: str) -> bool:
    """Whether ``text`` says when ("later", "any morning next week", "qualquer manhã da próxima semana"), in the
    words ``parse_time_request`` reads once put into English."""
    words = _words(in_english(text, language()))
    return bool(words & _TIME_WORDS) and not words & {"bye", "goodbye"}


def asks_for_times(tracker: Tracker) -> bool:
    """Slots were just shown and the visitor's words are about when ("later", "next week").

    Those words also answer questions ("next week" is a timing answer,
    "later" a goodbye), so the intent alone cannot tell; the offer on screen can.
    """
    # Slots are emptied once booked: slots on screen with a booking are times offered to move it to.
    if not _offered(tracker):
        return False
    if picks_a_slot(tracker):
        # "14 Uhr nehm ich" names a time on screen: no facts for the form, the pick for ``offer``.
        return True
    text = latest_text(tracker)
    if zone_asked(text) is not None or earliest(text, language()) is not None \
            or other_part_of_day(text, language()) is not None:
        # "can you show them in my time? I'm in New York", "nothing before 11", "I can't do mornings": the times in
        # that zone, from then, in the other part of the day (``offer``).
        return True
    words = _words(text)
    # A long message naming a time is about the call only when it speaks of one ("could we set up a call? some
    # morning next week would suit me"); else it may be a new start date for the project.
    # A question naming a time with times on screen asks for times too ("Das ist sehr spät für mich, geht es am
    # Vormittag?" was the FAQ's "I'm not sure").
    return names_a_time(text) and (len(words) <= 8 or bool(words & _CALL_WORDS)
                                   or ("?" in text and len(words) <= 16))


def picks_a_slot(tracker: Tracker, text: str | None = None) -> bool:
    """Times are on screen and the visitor's words name one, or several, or a time of day ("la segunda me viene
    perfecta", "the 9:30 one", "14 Uhr nehm ich", "9:30 or 10:15?", "at 2"), whatever the classifier made of them."""
    offered = _offered(tracker)
    said = latest_text(tracker) if text is None else text
    if not offered or not tracker.get_slot("lead_id") or tracker.get_slot("stopped") or is_payload(said):
        return False
    if earliest(said, language()) is not None or asks_whose_clock(said, language()):
        # "after 2pm", "ab 14 Uhr": the times from then (``asks_for_times``), even with 14:00 on screen; "is 10am my
        # time or yours?" asks which clock (the FAQ's), naming no time to book.
        return False
    pick = read_offered(said, offered)
    if pick.slots or (pick.any_one and not names_a_time(said)):
        # "any of them is fine" is asked which ("any time on Friday?" asks for Friday's times).
        return True
    # A time of day that no slot has is asked for in a short message or one about the call; "we open at 9" inside a
    # long correction is none.
    words = _words(said)
    # A question naming one is asked for as well ("¿Qué tal el miércoles a las 7 de la mañana, hora de Manila?").
    return bool(pick.unshown) and (len(said.split()) <= 8 or bool(words & _CALL_WORDS)
                                   or ("?" in said and len(said.split()) <= 16))


def wants_link(playbook: Any) -> bool:
    return bool(playbook.scheduling.link)


def not_about_times(tracker: Tracker) -> bool:
    """No call times were ever offered, so a message read as "other times" or "the second one" answers
    none: it is the classifier's guess on an opening ("hola, tenemos tres hoteles boutique en Sevilla ...",
    other_times at 0.64). Such a message is read for what it tells us, as any opening, and the questions
    start."""
    return not tracker.get_slot("lead_id") and not tracker.get_slot("stopped") and not tracker.active_loop \
        and not _entity(tracker, SLOT_ENTITY)


MOVE_INTRO = "Of course, we can move your call."


def moving(tracker: Tracker) -> bool:
    """Whether the visitor, with a call booked, asks to move it ("can I move it to Thursday?", "need to reschedule"):
    whatever the classifier made of it (skip, stop, inform, a question), never "no problem" nor a stop."""
    # "the 10:30 one instead" with the times to move to on screen picks one of them: a pick, not a new request.
    # "can I move it later if something comes up?" asks whether it can be moved, not to move it now (it got "Of
    # course, we can move your call" and new times): answered by ``answer_about_the_call``.
    text = latest_text(tracker)
    if tracker.get_slot("stopped"):
        return False
    return (bool(tracker.get_slot("booking")) and asks_to_move(text) and not asks_if_it_can_move(text)
            and not picks_a_slot(tracker)) or cancelling(tracker)


# Nothing in the chat cancels a booked call (the service only books and moves one), and no invitation is sent that
# could be declined: said so, with the booking as it stands and how to have it cancelled (the team, through the
# contact page), never "I'll stop here" nor a cancellation claimed (played: "please cancel my appointment", the
# classifier's stop, got "I'll stop here and won't store anything more" while the call stayed booked).
CANNOT_CANCEL = ("I can't cancel the call from this chat, so it is still booked. To cancel it, please let our team "
                 "know through the contact page.")
CANCEL_OR_MOVE = "If another time would suit you better, just tell me here and I'll show you other times."


def cancelling(tracker: Tracker) -> bool:
    """Whether the visitor, with a call booked, asks to cancel it ("I need to cancel the call", "ich muss den Termin
    absagen", "je dois annuler"), whatever the classifier made of it, after a stop too."""
    return bool(tracker.get_slot("booking")) and asks_to_cancel(latest_text(tracker)) and not picks_a_slot(tracker)


def cannot_cancel_messages(booking: dict[str, Any]) -> list[Message]:
    """The booked call as it stands, that the chat cannot cancel it, and how to: said before a stop, and after one
    by the channel's gate (``bot.channels.stopped``)."""
    return [*booked_call_messages(booking), {"text": told(CANNOT_CANCEL)}]


def cannot_cancel(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """``cannot_cancel_messages``, and a move offered while the chat goes on (after a stop nothing more is read)."""
    messages = cannot_cancel_messages(tracker.get_slot("booking"))
    if not tracker.get_slot("stopped"):
        messages.append({"text": told(CANCEL_OR_MOVE)})
    _utter(dispatcher, messages)
    return seen(tracker)


async def offer_move(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """The times to move the booked call to, on the day asked when one is named; a pick then moves it. A request to
    cancel it is told that the chat cannot, and how."""
    if cancelling(tracker):
        return cannot_cancel(dispatcher, tracker)
    text = latest_text(tracker)
    asked = names_a_time(text) or named_clock(text, language()) is not None
    return [*await offer(dispatcher, tracker, say(MOVE_INTRO), text=text if asked else None), *seen(tracker)]


# Said after a question about the booked call ("can I bring my colleague?", "how long is it?", "who joins?"): what the
# booking is, and how another person joins (the calendar invitation can be forwarded). In the seven languages here,
# as the phrasebook would hold them.
BOOKED_CALL = "Your call with {owner} is on {when}. To have someone else join, just forward them the calendar invitation: {url}"
# A real no to the times: "not now", "no thanks", "maybe later", in the seven languages (compared without accents).
_REFUSAL = re.compile(
    r"(?<![\w'])(?:not now|not yet|not today|no thanks?|no thank you|maybe later|later maybe|not interested"
    r"|nein danke|jetzt nicht|nicht jetzt|vielleicht spater|spater vielleicht|kein interesse"
    r"|non merci|pas maintenant|pas pour l'instant|peut-etre plus tard|plus tard peut-etre|pas interesse"
    r"|no gracias|ahora no|quizas mas tarde|tal vez mas tarde|mas tarde quizas|no me interesa"
    r"|nao obrigad[oa]|agora nao|talvez mais tarde|mais tarde talvez|nao tenho interesse"
    r"|no grazie|non ora|non adesso|forse piu tardi|piu tardi forse|non mi interessa"
    r"|nee dank je|nee bedankt|niet nu|nu niet|misschien later|later misschien|geen interesse)(?![\w'])")


# A bare no is one only as the whole message: "no idea" is none.
_BARE_NO = frozenset("no nope nah nein non nee nao no no".split())


def refuses(text: str) -> bool:
    """A real no to the times ("not now", "nein danke", "peut-être plus tard", "no."), not a question about them,
    nor "no idea"."""
    plain = folded(text)
    return bool(_REFUSAL.search(plain)) or " ".join(re.findall(r"[^\W\d_]+", plain)) in _BARE_NO


def asks_about_the_call(tracker: Tracker) -> bool:
    """With times on screen or a call booked, a question ("what happens next?", "can I bring my colleague?", "is it
    video or phone?"), which neither refuses the times nor asks to move the call, whatever the classifier made of it
    (skip, stop, move_call): answered, never "no problem", never new times."""
    if not (_offered(tracker) or tracker.get_slot("booking")) or tracker.get_slot("stopped"):
        return False
    text = latest_text(tracker)
    moves = asks_to_move(text) and not (tracker.get_slot("booking") and asks_if_it_can_move(text))
    if is_payload(text) or not reads_as_question(text) or moves or (refuses(text) and "?" not in text) \
            or zone_asked(text) is not None or earliest(text, language()) is not None \
            or other_part_of_day(text, language()) is not None:
        # "show times in Asia/Tokyo", "after 2pm?", "not in the morning?" ask for times, not about them.
        return False
    # "can we do Tuesday morning?", "the second one?" ask for times or pick one; "what happens next?" does not.
    return not names_a_time(_NEXT_STEPS.sub(" ", text.lower())) and not picks_a_slot(tracker)


# "what happens next?", "next steps?": the process, not the next times.
_NEXT_STEPS = re.compile(r"\b(?:happens next|comes next|next steps?|what'?s next|what is next|and next)\b")
# The same question in the seven languages (compared without accents): the playbook's process entry answers it.
_WHAT_NEXT = re.compile(
    r"(?<![\w'])(?:what happens (?:next|now|then|after)|what comes next|next steps?|what'?s next|and then what|then what"
    r"|wie geht es (?:\w+ )?weiter|was passiert (?:jetzt|nun|dann|danach|als nachstes)|nachste(?:n)? schritte"
    r"|et (?:apres|ensuite)|la suite|prochaines? etapes?|qu'est-ce qui se passe (?:ensuite|apres|maintenant)"
    r"|il se passe quoi|que se passe-t-il (?:ensuite|apres)"
    r"|que pasa (?:despues|ahora|luego)|siguientes pasos|proximos pasos|y (?:despues|luego) que"
    r"|o que acontece (?:a seguir|depois|agora)|e depois|passos seguintes"
    r"|cosa succede (?:dopo|ora|adesso|poi)|che succede (?:dopo|ora|poi)|prossimi passi|e poi"
    r"|wat gebeurt er (?:nu|hierna|daarna|dan)|volgende stappen|en dan)(?![\w'])")
PROCESS = "process"


def _on_when(owner: str, when: str) -> str:
    """ "Your call with {owner} is on {when}." in the visitor's language: the first sentence of ``BOOKED_CALL``, as the
    phrasebook translates it (each translation opens with it), so the booking is said in one wording."""
    template = say(BOOKED_CALL)
    end = template.find("{when}")
    first = template[: end + len("{when}") + 1] if end >= 0 else "Your call with {owner} is on {when}."
    return first.format(owner=owner, when=when)


def booked_call_messages(booking: dict[str, Any], how: str | None = None, *, someone_joins: bool = False
                         ) -> list[Message]:
    """What the booked call is, in one message: with whom and when (its length in the times), then how it happens
    (``how``, when the playbook says), or, to a question about another person joining (``someone_joins``), its
    invitation to forward."""
    owner = (booking.get("owner") or {}).get("name") or say("our consultant")
    tz = str(booking.get("time_zone") or "UTC")
    when = say("{when} ({zone})", when=slot_title(booking, tz), zone=zone_name(tz))
    if someone_joins:
        return [{"text": say(BOOKED_CALL, owner=owner, when=when, url=booking.get("ics_url"))}]
    return [{"text": f"{_on_when(owner, when)} {how}" if how else _on_when(owner, when)}]


# Said to "can my colleague join?" with the times on screen and no call booked yet: how (the invitation the booking
# sends), then the times again; never "I'm not sure about that one".
JOIN_ONCE_BOOKED = ("Of course: once you've picked a time, just forward the calendar invitation to anyone you'd like "
                    "to join.")


async def answer_about_the_call(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """A question with times on screen or a call booked: the playbook's FAQ answer when it has one; then the booked
    call as it is (who, when, the invitation), or the times on screen again."""
    from bot.actions.faq import answer_messages, asked_entry, entry_messages  # faq imports this module

    playbook = runtime.playbooks().current()
    text, intent, confidence = latest_text(tracker), latest_intent(tracker), latest_confidence(tracker)
    booking = tracker.get_slot("booking")
    process = next((e for e in playbook.faq if e.id == PROCESS), None)
    # "Is it a video call or phone?": the playbook's process entry says how the call happens (its first step).
    how = process if process is not None and asks_how_the_call_happens(text) else None
    if booking:
        # The FAQ only where it knows the question; the rest is what the booking is, never "I'm not sure". How
        # this call happens, when the playbook says, answers "video or phone?" better than the FAQ's general words.
        joining = asks_how_to_join(text)
        happens = how_it_happens(booking) if joining else None
        someone = asks_about_someone_joining(text)
        if asks_if_it_can_move(text) and not someone:
            # "can I move it later if something comes up?", "posso spostarla più avanti se serve?": yes, and how; the
            # booking as it is, no new times.
            # "if I had to cancel, how would I?" heard only how to move it (played on make run): how to cancel too.
            cancel = [{"text": told(HOW_TO_CANCEL)}] if supposes_a_cancellation(text) else []
            _utter(dispatcher, [*booked_call_messages(booking), *cancel, {"text": told(MOVE_LATER)}])
            return seen(tracker)
        if happens is not None and not someone:
            # "zoom or phone?", "how do I join?": this call's way, with the booking, in one line, and nothing else.
            _utter(dispatcher, booked_call_messages(booking, happens))
            return seen(tracker)
        entry = (process if joining and process is not None else None) or asked_entry(playbook, text, intent,
                                                                                          confidence)
        _utter(dispatcher, [*(entry_messages(playbook, entry, tracker) if entry is not None else []),
                            *booked_call_messages(booking, someone_joins=someone)])
        return seen(tracker)
    if asks_about_someone_joining(text):
        # Before the FAQ, which reads "peut se joindre à l'appel" as a request for our contact details.
        dispatcher.utter_message(text=say(JOIN_ONCE_BOOKED))
    elif process is not None and (how is not None or (asked_entry(playbook, text, intent, confidence) is None
                                                      and _WHAT_NEXT.search(folded(text)))):
        # "Cosa succede dopo?" with times on screen: how working together goes (the playbook's process entry).
        _utter(dispatcher, entry_messages(playbook, process, tracker))
    else:
        _utter(dispatcher, answer_messages(playbook, text, intent, confidence, tracker))
    return [*await offer(dispatcher, tracker, again=True), *seen(tracker)]


def _form() -> str:
    from bot.actions.form import FORM  # the form imports this module

    return FORM


class ActionOfferSlots(Action):
    """ "Other times", "later", "next week", "Friday afternoon": the next free slots that fit."""

    def name(self) -> str:
        return "action_offer_slots"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        text = latest_text(tracker)
        intent = latest_intent(tracker)
        if not_about_times(tracker):
            return [FollowupAction(_form())]
        if moving(tracker):
            return await offer_move(dispatcher, tracker)
        if (around := await around_the_times(dispatcher, tracker)) is not None:
            # "Central time" (change_time_zone) after "Which city or time zone are you in?": the zone it names.
            return around
        if awaits_zone(tracker) and intent == OTHER_TIMES:
            # "Other times" (or "next week") instead of a place: the question is dropped, the times asked for come.
            tracker.add_slots([SlotSet("awaiting_zone", False)])
            return [SlotSet("awaiting_zone", False),
                    *await offer_or_explain(dispatcher, tracker, text=None if is_payload(text) else text),
                    *seen(tracker)]
        if intent == CHANGE_TIME_ZONE and tracker.get_slot("lead_id") and not tracker.get_slot("stopped") \
                and not refused_contact(tracker) and typed_time_zone(text) is None:
            # "Other time zone": the next message names the place (or the zone).
            dispatcher.utter_message(text=say(ASK_ZONE))
            return [SlotSet("awaiting_zone", True), *seen(tracker)]
        return [*await offer_or_explain(dispatcher, tracker, text=text), *seen(tracker)]


async def offer_or_explain(dispatcher: CollectingDispatcher, tracker: Tracker, text: str | None = None) -> list[EventType]:
    playbook = runtime.playbooks().current()
    if tracker.get_slot("stopped"):
        dispatcher.utter_message(text=say("Of course. You can book a call any time through our contact page."))
        return []
    if tracker.get_slot("booking"):
        confirm(dispatcher, tracker.get_slot("booking"), repeated=True)
        return []
    if tracker.get_slot("lead_stage") == "disqualified":
        # No consultant calls a visitor the playbook turned away (a student): the team is a message away.
        dispatcher.utter_message(text=say("Of course. You can reach our team any time through the contact page."))
        return []
    if refused_contact(tracker) and tracker.get_slot("lead_id") and not wants_link(playbook):
        # Asked for a call after saying no to keeping contact details: a call needs the email, so the privacy
        # question comes again (the scheduling page, where there is one, takes their details itself).
        return ask_consent_again()
    if not tracker.get_slot("lead_id") or tracker.get_slot("lead_stage") not in BOOKABLE:
        events = [] if wants_link(playbook) else await _call_asked_for(tracker)
        _utter(dispatcher, _not_again(tracker, call_messages(playbook), playbook))
        return events
    if wants_link(playbook):
        state = State.of(tracker)
        _utter(dispatcher, call_messages(playbook, state.attributes, state.consent))
        return []
    return await offer(dispatcher, tracker, text=text)


# Said instead of the call paragraph the bot has just written, to a pick or a second ask that follows it: the times
# are not on screen here, they come by email (or on the page linked).
NO_TIMES_HERE = "There are no times to pick here: our consultant will send you a few by email."
TIMES_ON_THE_PAGE = "There are no times to pick here: you can choose one on the page linked above."


def _not_again(tracker: Tracker, messages: list[Message], playbook: Any) -> list[Message]:
    """``messages``, unless the bot's latest message already said them: then a short line saying where the times
    are, never the same paragraph twice in a row (a "the first one" after "a consultant will email you")."""
    written = bot_texts(tracker)
    latest = written[-1][1] if written else ""
    if not latest or not all(m["text"].strip() in latest for m in messages):
        return messages
    return [{"text": say(TIMES_ON_THE_PAGE if wants_link(playbook) else NO_TIMES_HERE)}]


async def _call_asked_for(tracker: Tracker) -> list[EventType]:
    """A stored lead not ready to book (not sales-qualified) whose visitor asks for a call is told a consultant
    will write to propose times: that promise is kept by telling sales, as a request for a person (the service
    routes it to sales whatever its stage, with the visitor's words). Before a lead exists there is no one to
    tell yet: the lead goes out when the form ends."""
    if not tracker.get_slot("lead_id") or tracker.get_slot("human_requested"):
        return []
    events, _ = await submit(tracker, human_request=said(tracker))
    return [SlotSet("human_requested", True), *events]


class ActionThanks(Action):
    """Thanks: "You're welcome!"; a time picked with thanks ("first one thanks", "den zweiten, danke", "la segunda,
    gracias") is booked (set 17's mia got "You're welcome!" and no call). For the rule on the thanks intent, in place
    of the bare ``utter_welcome`` response."""

    def name(self) -> str:
        return "action_thanks"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if picks_a_slot(tracker) and not tracker.get_slot("awaiting_zone"):
            return [*await book_named(dispatcher, tracker), *seen(tracker)]
        dispatcher.utter_message(response="utter_welcome")
        return []


class ActionBookSlot(Action):
    """A slot button (or "the second one"): booked once, confirmed with a calendar file."""

    def name(self) -> str:
        return "action_book_slot"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if not_about_times(tracker):
            return [FollowupAction(_form())]
        button = _entity(tracker, SLOT_ENTITY)
        if button is None and not picks_a_slot(tracker) and (around := await around_the_times(dispatcher, tracker)) \
                is not None:
            # "hora del este" (choose_slot) answers "Which city or time zone are you in?".
            return around
        return [*await book_named(dispatcher, tracker, button), *seen(tracker)]


async def book_named(dispatcher: CollectingDispatcher, tracker: Tracker, starts_at: str | None = None,
                     text: str | None = None) -> list[EventType]:
    """The slot a button carries (``starts_at``), or the one the visitor's words name, booked (or the booked call
    moved to it). Words naming two times ("9:30 or 10:15?") get the question which, with the same times again; a
    time not on screen ("14 Uhr" beside 10:00, 10:45, 11:30), why it is not free, with the free times around it
    (``around_the_named``). Never a time not named."""
    lead_id = tracker.get_slot("lead_id")
    if not lead_id or tracker.get_slot("lead_stage") not in BOOKABLE or tracker.get_slot("stopped") \
            or refused_contact(tracker):
        return await offer_or_explain(dispatcher, tracker)
    offered = _offered(tracker)
    if starts_at is None:
        pick = read_offered(latest_text(tracker) if text is None else text, offered)
        if pick.several or pick.any_one:
            return await offer(dispatcher, tracker, say("Sorry, I didn't catch which time you'd like."), again=True)
        if pick.unshown:
            # "what about 7am Manila time on Wednesday?": never answered as a button pressed; why it is not free,
            # and the free times around it (``around_the_named``).
            return await around_the_named(dispatcher, tracker, pick, offered,
                                          latest_text(tracker) if text is None else text)
        if pick.one is None and tracker.get_slot("booking") and not offered:
            # "la primera" after booking, no times on screen: the call booked is what there is.
            confirm(dispatcher, tracker.get_slot("booking"), repeated=True)
            return []
        if pick.one is None:
            return await offer(dispatcher, tracker, say("Sorry, I didn't catch which time you'd like."))
        starts_at = offered[pick.one]["starts_at"]
    booked = tracker.get_slot("booking") or {}
    # A booked call and another offered time picked: the times were offered to move it ("can I move it?").
    move = bool(booked) and offered_start(starts_at, offered) is not None \
        and _instant(starts_at) != _instant(str(booked.get("starts_at") or ""))
    if not booked or move:
        # Booked already, the service answers a repeat (or refuses a second booking) itself.
        starts_at = offered_start(starts_at, offered)
        if starts_at is None:
            # A payload typed by hand: only a time this conversation was shown can be booked.
            return await offer(dispatcher, tracker, say("Sorry, that time isn't one I offered."))
    tz = next((s.get("tz") for s in offered if s.get("tz")), None) or visitor_zone(tracker, None)[0] or "UTC"
    try:
        status, booking = await asyncio.to_thread(
            runtime.lead_service().move if move else runtime.lead_service().book, lead_id, starts_at, tz)
    except ServiceUnavailable as exc:
        logger.info("booking refused: status=%s code=%s", exc.status, exc.code)
        if exc.code == "slot_taken":
            return await offer(dispatcher, tracker, say("Sorry, that slot was just taken."))
        if exc.code == "no_email":
            return ask_for_email(dispatcher, tracker)
        if exc.code == "already_booked":
            # No confirmation email is sent (the chat's own confirmation, with its calendar file, is all the
            # visitor got), and nobody here moves a call: the contact page is how to reach the team.
            dispatcher.utter_message(text=say("You already have a call booked with us. If you need to move it, "
                                              "you can reach our team any time through the contact page."))
            return []
        if exc.status == 422:
            return await offer(dispatcher, tracker, say("Sorry, that time isn't available any more."))
        dispatcher.utter_message(text=say("Sorry, I couldn't book that just now. One of our consultants will "
                                          "email you shortly to propose a few times."))
        return []
    confirm(dispatcher, booking, repeated=status == 200 or bool(booked), moved=move)
    # "does monday 9:30 work? oh and can my boss join?": booked, and the question asked with it answered too.
    _utter(dispatcher, also_asked(booking, latest_text(tracker) if text is None else text, tracker))
    kept = {k: booking.get(k) for k in ("id", "starts_at", "ends_at", "label", "time_zone", "ics_url", "owner")}
    return [SlotSet("booking", kept), SlotSet("offered_slots", []), SlotSet("awaiting_zone", False)]


# Said after a booking whose message asked something else too (Addendum 1).
HOW_LONG = "The call takes {minutes} minutes."
MOVE_LATER = "If you need to move it later, just tell me here and I'll show you other times."
# A no with a call booked ("no thanks", "don't cancel it"): no call to book is offered, the one booked stays.
CALL_STAYS = "No problem: your call stays as it is."
# To a cancellation supposed: nothing here cancels a call, the team does.
HOW_TO_CANCEL = "If you need to cancel it, please let our team know through the contact page: I can't cancel it from this chat."


def also_asked(booking: dict[str, Any], text: str, tracker: Tracker) -> list[Message]:
    """What the message that booked a call also asked, answered under the confirmation, in the visitor's language:
    another person joining (forward the invitation), how long the call takes, how it happens when the confirmation
    could not say (the playbook's process entry), and whether it can be moved later."""
    if not text or is_payload(text):
        return []
    said: list[Message] = []
    if asks_about_someone_joining(text):
        template = say(BOOKED_CALL)
        end = template.find("{when}")
        forward = template[end + len("{when}") + 1:].strip() if end >= 0 else ""
        said.append({"text": (forward or "To have someone else join, just forward them the calendar invitation: {url}")
                     .format(url=booking.get("ics_url"))})
    starts, ends = _instant(str(booking.get("starts_at") or "")), _instant(str(booking.get("ends_at") or ""))
    if asks_how_long_the_call_is(text) and starts is not None and ends is not None:
        said.append({"text": told(HOW_LONG, minutes=int((ends - starts).total_seconds() // 60))})
    if (asks_how_the_call_happens(text) or asks_how_to_join(text)) and how_it_happens(booking) is None:
        from bot.actions.faq import entry_messages  # faq imports this module

        playbook = runtime.playbooks().current()
        process = next((e for e in playbook.faq if e.id == PROCESS), None)
        said += entry_messages(playbook, process, tracker) if process is not None else []
    if asks_if_it_can_move(text):
        said.append({"text": told(MOVE_LATER)})
    return said


class ActionMoveCall(Action):
    """ "Can I move it to Thursday?", "need to reschedule": with a call booked, the times to move it to; without
    one, as a request for a call."""

    def name(self) -> str:
        return "action_move_call"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        text = latest_text(tracker)
        if cancelling(tracker):
            return cannot_cancel(dispatcher, tracker)
        if (picks_a_slot(tracker) or not asks_to_move(text) or asks_if_it_can_move(text)) \
                and (around := await around_the_times(dispatcher, tracker)) is not None:
            # "the 10:30 one instead" (move_call) with the times to move to on screen: that time.
            return around
        if tracker.get_slot("booking") and not tracker.get_slot("stopped"):
            if is_payload(text) or (asks_to_move(text) and not asks_if_it_can_move(text)):
                return await offer_move(dispatcher, tracker)
            # "thanks! can I bring my colleague to the call?" (move_call at 0.74) asks about the call, not to move
            # it: answered with what the booking is, never with new times.
            return await answer_about_the_call(dispatcher, tracker)
        return [FollowupAction("action_book_call")]


class ActionNoProblem(Action):
    """ "No thanks", "skip" outside the questions: "no problem", unless it asks to move the booked call (the
    classifier's skip for "can I move it to Thursday?"): never "no problem" to a request not carried out."""

    def name(self) -> str:
        return "action_no_problem"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if moving(tracker):
            return await offer_move(dispatcher, tracker)
        if (around := await around_the_times(dispatcher, tracker)) is not None:
            # "New York" (deny at 0.32) answers "Which city or time zone are you in?"; "what happens next?" (skip)
            # with the times on screen is a question, not a no: answered, the times again.
            return around
        if tracker.get_slot("lead_id") and asks_for_times(tracker) and not refuses(latest_text(tracker)):
            # "plutôt mardi ?" (deny) with times on screen, or at the zone question: that day's times, never "no
            # problem"; the zone question is dropped, as for "Other times".
            tracker.add_slots([SlotSet("awaiting_zone", False)])
            return [SlotSet("awaiting_zone", False), *await offer(dispatcher, tracker, text=latest_text(tracker)),
                    *seen(tracker)]
        if tracker.get_slot("booking") and _offered(tracker) and not tracker.get_slot("stopped"):
            # "no, none of them suits me" to the times offered to move the booked call: the call stays as booked, and
            # the bot says so (never "say 'book a call'" to a visitor who has one).
            confirm(dispatcher, tracker.get_slot("booking"), repeated=True)
            return [SlotSet("offered_slots", []), SlotSet("awaiting_zone", False), *seen(tracker)]
        if tracker.get_slot("booking") and not tracker.get_slot("stopped"):
            # "no thanks", "non non, n'annulez pas, c'est bon" with a call booked got "If you change your mind, just
            # say 'book a call'" (played on make run): the call they have is said as it stays.
            _utter(dispatcher, [{"text": told(CALL_STAYS)}, *booked_call_messages(tracker.get_slot("booking"))])
            return seen(tracker)
        dispatcher.utter_message(response="utter_no_problem")
        if declines_the_email_for_a_person(tracker):
            # "no thanks, i'd rather not give my email" to "So they can reach you, I'll just need your email. What's
            # the best email for them?": told "If you change your mind, just say 'book a call'", the visitor was asked
            # for their contact details at their next message all the same (played on make run: the privacy question
            # came first, as a person's request puts it). Declined: no contact details are asked for; a call asks
            # for the agreement again.
            return [SlotSet(CONSENT, False), *([SlotSet("awaiting_zone", False)] if tracker.get_slot("awaiting_zone")
                                              else [])]
        # A no to the times drops the question about the zone too: the next message is not read as a place.
        return [SlotSet("awaiting_zone", False)] if tracker.get_slot("awaiting_zone") else []


# What the request for a person asks when no email is known (``bot.actions.conversation.ActionRequestHuman``).
EMAIL_FOR_A_PERSON = "So they can reach you, I'll just need your email."


def declines_the_email_for_a_person(tracker: Tracker) -> bool:
    """Whether a no answers the request for the email a person asked for needs, the last thing the bot said."""
    state = State.of(tracker)
    if not tracker.get_slot("human_requested") or state.attributes.email is not None or state.consent is not None:
        return False
    texts = bot_texts(tracker)
    return bool(texts) and say(EMAIL_FOR_A_PERSON) in texts[-1][1]
