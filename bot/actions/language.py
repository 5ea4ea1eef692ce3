"""The language the bot speaks in a conversation: the visitor's, decided from what they send.

In order, each later step overriding the one before:

1. the playbook's own language (``Playbook.language``);
2. the browser's, which the widget sends in each message's metadata
   (``{"language": "de-DE"}``), when the bot speaks it;
3. what the first ``FIRST_MESSAGES`` messages are written in, read together,
   when the text says so clearly (``nlu.language``: a "Hi" or "50" says
   nothing, a sentence in English overrides a German browser). Together,
   because short replies alone say nothing ("hola", "más clientes", "soy el
   gerente" do between them); a name ("Müller & Söhne GmbH") is left out, as
   it says where the company is from, not what language the visitor writes
   (a greeting shaped like one, "Bonjour", is read), and so is a message the
   classifier could not place (keys mashed at random). Only the browser's
   language is an expectation a short text must not overrule: without one
   (REST, Slack), "was kostet das?" is German by its words;
4. the visitor asking for one ("English please", "auf Deutsch bitte",
   "en français"), at any time; after that, only another such request changes it.

The decision is a pure function of the conversation's events
(``conversation_language``), so every action of a turn agrees on it. The
action server enters it once per call (``enter``); ``spoken()`` is then the
language every text of that call is said in (``bot.actions.phrasebook``, the
localized playbook of ``PlaybookSource.current``). ``recorded`` writes it to
the tracker slot ``language``, which the lead carries.
"""

from __future__ import annotations

import contextvars
import re
import unicodedata
import zlib
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping

from babel import Locale
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.hearing import shaped_like_a_name
from nlu.call_request import asks_for_a_call
from nlu.language import language as detect
from qualification.playbook import LANGUAGES
from qualification.translation import supported

SLOT = "language"
FALLBACK = "nlu_fallback"
FIRST_MESSAGES = 3
# A request to switch is short: "could you write in German please?" is, a paragraph naming a language is not.
MAX_REQUEST_WORDS = 7

GREETINGS = (
    "Hi! I'm the assistant of our marketing team. I'll ask a few quick questions so the right person can help you.",
    "Hello! Happy to help. A few quick questions first, so we can point you to the right expert.",
)

_spoken: contextvars.ContextVar[str | None] = contextvars.ContextVar("leadbot_spoken_language", default=None)


def _plain(text: str) -> str:
    """Lower case without accents, so "Français", "francais" and "FRANÇAIS" read alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every way the seven languages name each other (CLDR through babel): "allemand" -> "de", "Duits" -> "de"."""
    names: dict[str, str] = {}
    for reader in LANGUAGES:
        for code in LANGUAGES:
            names[_plain(Locale.parse(reader).languages[code])] = code
    # Adjectives and second names people type that CLDR lists under another form.
    names.update({"deutsche": "de", "germano": "de", "holandes": "nl", "neerlandes": "nl", "flemish": "nl",
                  "vlaams": "nl", "castellano": "es", "ingles": "en", "inglese": "en", "englisch": "en"})
    return names


# Words that make a language's name a request ("in", "auf", "please", "speak" ...) in the seven languages.
_CUES = frozenset(_plain(w) for w in (
    "in please speak write talk switch change answer reply can could you we use "
    "auf bitte sprechen schreiben sprichst sprechen koennen konnen sie du wir "
    "en s'il vous plait plait parler ecrire parlez parles pouvez-vous pourriez "
    "por favor hablar escribir hablas habla puede podemos podria "
    "em falar escrever fala pode podemos "
    "per favore parlare scrivere parli parla puo possiamo "
    "het op alstublieft alsjeblieft spreken schrijven spreek kunt kun graag"
).split())


def requested(text: str) -> str | None:
    """The language a message asks the bot to speak ("English please", "auf Deutsch bitte"), else None.

    A language named in an answer ("we're a German company") is no request:
    the message must be short and be only the name, or the name with words of
    asking ("in", "please", "speak"...).
    """
    words = re.findall(r"[\w'-]+", _plain(text or ""))
    if not words or len(words) > MAX_REQUEST_WORDS:
        return None
    named = {_names()[w] for w in words if w in _names()}
    if len(named) != 1:
        return None
    rest = [w for w in words if w not in _names()]
    return named.pop() if all(w in _CUES for w in rest) else None


def _user_messages(events: Iterable[Mapping[str, Any]]) -> Iterable[tuple[str, Mapping[str, Any], str | None]]:
    """Each message's text, metadata, and the classifier's intent for it."""
    for event in events:
        if event.get("event") == "user":
            metadata = event.get("metadata")
            parsed = event.get("parse_data")
            intent = parsed.get("intent") if isinstance(parsed, Mapping) else None
            name = intent.get("name") if isinstance(intent, Mapping) else None
            yield str(event.get("text") or ""), metadata if isinstance(metadata, Mapping) else {}, name


def conversation_language(events: Iterable[Mapping[str, Any]], default: str) -> str:
    """The language to speak after these events (see the module's order)."""
    from bot.actions.questionnaire import looks_like_words  # it says its questions through this module

    current, browser, chosen, written = default, False, False, []
    for text, metadata, intent in _user_messages(events):
        if not browser and (told := supported(metadata.get("language"))):
            current, browser = told, True
        if text.startswith("/"):
            continue  # a button's payload says nothing about the visitor's language
        if (asked := requested(text)) is not None:
            current, chosen = asked, True
            continue
        # A greeting ("Bonjour", capitalised as a name is) is in the visitor's language: read with the rest.
        # Keys mashed at random are no language, though the detector calls "asdkjh qweoiu zxcmnb" Spanish; a
        # sentence the classifier could not place ("Hoi, wij zijn een webshop ...") is one all the same.
        if chosen or len(written) >= FIRST_MESSAGES or not text.strip() or (
                intent == FALLBACK and not looks_like_words(text)) or (shaped_like_a_name(text) and intent != "greet"):
            continue
        written.append(text)
        # The browser's language is an expectation a short text does not overrule; the playbook's own is
        # none: without a browser's word, "was kostet das?" (too short for the detector) is read by its words.
        found = detect(" \n".join(written), hint=current if browser else None)
        if found.source == "text" and found.code in LANGUAGES:
            current = found.code
    return current


def enter(tracker: Mapping[str, Any], default: str) -> str:
    """Decides this action call's language from the tracker Rasa sent, for ``spoken()``."""
    events = tracker.get("events") if isinstance(tracker, Mapping) else None
    chosen = conversation_language(events if isinstance(events, list) else [], default)
    _spoken.set(chosen)
    return chosen


@contextmanager
def speaking(lang: str) -> Iterator[str]:
    """``spoken()`` is ``lang`` inside the block: for the Rasa process's gate of a stopped conversation
    (``bot.channels.stopped``), which answers without an action call to enter the language."""
    token = _spoken.set(lang)
    try:
        yield lang
    finally:
        _spoken.reset(token)


def spoken() -> str | None:
    """The language of this action call's conversation (None outside a call: the playbook's own)."""
    return _spoken.get()


def of(tracker: Tracker) -> str | None:
    """The conversation's language: this call's decision, else the one recorded in the slot."""
    return spoken() or supported(tracker.get_slot(SLOT))


def recorded(tracker: Tracker) -> list[SlotSet]:
    """The event that writes this call's language to the slot, when it changed."""
    now = spoken()
    return [SlotSet(SLOT, now)] if now is not None and now != tracker.get_slot(SLOT) else []


def _asked(tracker: Tracker) -> bool:
    """Whether a question of the bot's waits for its answer: the place asked for after "Other time zone", or the bot's
    latest message asks one."""
    if tracker.get_slot("awaiting_zone"):
        return True
    latest = next((e.get("text") or "" for e in reversed(tracker.events) if e.get("event") == "bot"), "")
    return "?" in latest


class ActionGreet(Action):
    """The greeting, in the visitor's language (Rasa's own response would not know it yet)."""

    def name(self) -> str:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from bot.actions.booking import around_the_times
        from bot.actions.greeting import in_their_register, opens_with_greeting
        from bot.actions.phrasebook import ENGLISH, say

        said = tracker.latest_message.get("text") or ""
        if _asked(tracker) and not opens_with_greeting(said):
            # "Lisboa" to "Which city or time zone are you in?" (the classifier's greet) answers the question on
            # screen: no hello before it. The rule's next step reads it, as it reads any answer.
            return recorded(tracker)
        if not opens_with_greeting(said) and (around := await around_the_times(dispatcher, tracker)) is not None:
            # "how do I join?" after booking (the classifier's greet): the call's words, answered as every action
            # answers them, never a hello.
            return around
        greeting = GREETINGS[zlib.crc32(tracker.sender_id.encode()) % len(GREETINGS)]
        lang = spoken() or ENGLISH
        # "Buongiorno" is answered "Buongiorno!", then the questions in the same formal register.
        dispatcher.utter_message(text=in_their_register(say(greeting), tracker.latest_message.get("text") or "", lang))
        return recorded(tracker)


class ActionSwitchLanguage(Action):
    """ "English please": said in the new language; the form then asks its question again in it."""

    def name(self) -> str:
        return "action_switch_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from bot.actions.phrasebook import say
        from bot.actions.state import seen

        text = tracker.latest_message.get("text") or ""
        asked = requested(text)
        if asked is None and asks_for_a_call(text):
            # "Kan ik een gesprek inplannen?" (the classifier's switch_language at 0.41) names no language: a request
            # for a call, answered as one (with times on screen: those times), never "Which language would you like?".
            from bot.actions.conversation import ActionBookCall

            return await ActionBookCall().run(dispatcher, tracker, domain)
        if asked is None:
            names = ", ".join(Locale.parse(code).languages[code] for code in LANGUAGES)
            dispatcher.utter_message(text=say("Which language would you like? I can write in {names}.", names=names))
        else:
            name = Locale.parse(asked).languages[asked]
            dispatcher.utter_message(text=say("Of course, let's go on in {language}.", language=name))
        return [*recorded(tracker), *seen(tracker)]
