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

Portuguese has a regional variant, Brazil's (``conversation_variant``): the
conversation's language stays "pt" (the lead, the NLU and everything keyed by
language are unchanged), and what the bot says is worded as a Brazilian
would ("pt-BR" phrasebook and playbook texts, pt_BR numbers and dates) when,
in order: the visitor's stated country is Brazil, or a Brazilian city or
state (a Portuguese-speaking country other than Brazil says European
Portuguese); the browser's locale is "pt-BR" ("pt-PT" says European); their
text has more Brazilian markers than European ones ("você", "a gente",
"equipe", "estou fazendo" against "estou a fazer", "equipa", "telemóvel");
their device's time zone is Brazil's. Without any of these, European
Portuguese, as before.

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
from qualification.playbook import LANGUAGES, VARIANTS
from qualification.translation import in_region, leave_region, supported

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
_variant: contextvars.ContextVar[str | None] = contextvars.ContextVar("leadbot_spoken_variant", default=None)


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
    "het op alstublieft alsjeblieft spreken schrijven spreek kunt kun graag "
    # Going on in it ("can we continue in english?", "können wir auf Englisch weitermachen?", "on peut continuer en
    # anglais ?", "kunnen we in het Engels verder?"): played on make run, the Dutch question was asked again in Dutch.
    "continue carry go on do to pls plz us "
    "weiter weitermachen machen wechseln mal lieber koennen "
    "peut continuer passer svp stp "
    "seguir seguimos continuar cambiar "
    "continuamos mudar "
    "continuare continuiamo passare "
    "verder doorgaan gaan kunnen overschakelen"
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
    """Decides this action call's language (and its regional variant) from the tracker Rasa sent, for ``spoken()``."""
    events = tracker.get("events") if isinstance(tracker, Mapping) else None
    events = events if isinstance(events, list) else []
    chosen = conversation_language(events, default)
    _spoken.set(chosen)
    variant = conversation_variant(events, chosen)
    _variant.set(variant)
    # The playbook's texts follow the variant too (``PlaybookSource.current`` asks for the language).
    in_region(variant)
    return chosen


@contextmanager
def speaking(lang: str, variant: str | None = None) -> Iterator[str]:
    """``spoken()`` is ``lang`` inside the block (``variant()`` is ``variant``): for the Rasa process's gate of a
    stopped conversation (``bot.channels.stopped``), which answers without an action call to enter the language."""
    token = _spoken.set(lang)
    own = variant if VARIANTS.get(variant or "") == lang else None
    held = _variant.set(own)
    # The playbook's texts (a FAQ's answer) in the variant too, as ``enter`` has them.
    region = in_region(own or (lang if lang in VARIANTS else None))
    try:
        yield lang
    finally:
        leave_region(region)
        _variant.reset(held)
        _spoken.reset(token)


def variant() -> str | None:
    """The regional variant of this action call's conversation ("pt-BR"), None for the language's own wording."""
    return _variant.get()


# ----- Brazilian or European Portuguese -----

BRAZIL = "pt-BR"
# Countries whose Portuguese is written the European way (Portugal, the African countries, East Timor, Macau).
_EUROPEAN_COUNTRIES = frozenset({"PT", "AO", "MZ", "CV", "GW", "ST", "TL", "MO"})
_BRAZIL_ZONES = frozenset({
    "America/Sao_Paulo", "America/Rio_Branco", "America/Manaus", "America/Porto_Velho", "America/Boa_Vista",
    "America/Cuiaba", "America/Campo_Grande", "America/Belem", "America/Fortaleza", "America/Recife",
    "America/Araguaina", "America/Maceio", "America/Bahia", "America/Santarem", "America/Noronha",
    "America/Eirunepe", "Brazil/East", "Brazil/West", "Brazil/Acre", "Brazil/DeNoronha"})
_EUROPEAN_ZONES = frozenset({"Europe/Lisbon", "Portugal", "Atlantic/Madeira", "Atlantic/Azores", "Africa/Luanda",
                             "Africa/Maputo", "Atlantic/Cape_Verde", "Africa/Bissau", "Africa/Sao_Tome", "Asia/Dili"})
_W = r"[^\W\d_]"  # a letter, accented ones included
_ESTAR = r"(?:estou|est[aá]|estamos|est[aã]o|estava|est[aá]vamos|estavam|estive|estaremos|estarei|continuo|continua|" \
    r"continuamos|continuam|fico|ficamos|ando|anda|andamos|andam|seguimos|sigo)"
# Words ending like a gerund that are none ("está lindo", "estamos quando"), and "estou a par" (aware) said in both.
_NOT_GERUNDS = frozenset({"quando", "lindo", "linda", "comando", "bando", "brando", "estupendo", "horrendo",
                          "tremendo", "remendo", "dividendo", "fazenda", "agenda", "legenda", "oferenda"})
# What only a Brazilian writes: "você" (European Portuguese leaves the person out or says "o senhor"; the plural
# "vocês" both write), "a gente", Brazil's words for things ("equipe", "celular", "ônibus", "contato", "registro",
# "planejar", "usuário", "cadastro", "aplicativo"), its accents where Portugal's differ ("econômico", "gênero",
# "prêmio"), its greetings and talk ("oi", "tudo bem?", "legal", "tá bom", "né", "valeu", "vc"), a pronoun
# opening a sentence ("me chamo"), and "estar" with a gerund ("estou fazendo"; Portugal: "estou a fazer").
_BRAZILIAN = tuple(re.compile(p, re.I) for p in (
    r"\bvoc[eê]\b", r"\bvcs?\b", r"\bc[eê] (?:sabe|tem|pode|quer|vai)\b", r"\ba gente\b",
    r"\bequipes?\b", r"\bcelular(?:es)?\b", r"\b[oô]nibus\b", r"\bcontatos?\b", r"\bcontatar\b",
    r"\bregistros?\b", r"\bplanej(?:ar|amento|ando|amos|ado)\b", r"\busu[aá]rios?\b", r"\bcadastr\w*",
    r"\baplicativos?\b", r"\bgerenciar\b", r"\bgerenciamento\b", r"\bde fato\b", r"\bconosco\b",
    r"\btrem\b", r"\bbanheiro\b", r"\bcaf[eé] da manh[aã]\b", r"\bgeladeira\b",
    r"\b(?:econômic|acadêmic|gêner|fenômen|eletrônic|quilômetr|anônim|antôni|polêmic|bônus|gêmeo|convêni|harmôni|"
    r"telefônic|crônic|gêni[oa]|prêmio|milêni|ingênu|tênis|bebê\b)\w*",
    r"^\s*(?:oi|ol[aá] oi|e a[ií])\b", r"\btudo (?:bem|bom|certo|joia|jóia|tranquilo)\s*\?", r"\bbeleza\s*\?",
    r"\b(?:que|muito|bem|super|t[aá]|achei) legal\b", r"^\s*legal\s*[!.]*\s*$", r"^\s*t[aá]\s*[!.]*\s*$",
    r"\bt[aá] (?:bom|certo|ótimo|otimo|combinado)\b", r"\bné\s*[?!.,]", r"\bné$", r"\bvaleu\b",
    r"\bbacana\b", r"\bgrana\b", r"\bblz\b", r"\bt[oô] (?:\w+(?:ando|endo|indo))\b", r"\bt[ôo] aqui\b",
    r"(?:^|[.!?]\s+)(?:me|te|nos) (?:chamo|chama|chamamos|interesso|interessa|ajuda|ajude|liga|manda|"
    r"envia|passa|diga|fala|mostra)\b",
))
# What only a Portuguese writes: "estou a fazer", Portugal's words ("equipa", "telemóvel", "autocarro",
# "contacto", "registo", "planear", "utilizador", "ecrã", "ficheiro", "percebi"), its accents ("económico",
# "género", "prémio"), "convosco", "connosco", "vosso", pre-reform spellings ("actual", "objectivo", "acção"),
# its slang ("fixe", "bué") and an unstressed pronoun after its verb ("chamo-me", "diga-lhe").
_EUROPEAN = tuple(re.compile(p, re.I) for p in (
    r"\bequipas?\b", r"\btelem[oó]ve(?:l|is)\b", r"\bautocarros?\b", r"\bcomboios?\b", r"\bcontactos?\b",
    r"\bcontact(?:ar|amos|e|em|ou)\b", r"\bregistos?\b", r"\bplane(?:ar|amento|amos|ado)\b",
    r"\butilizador(?:es)?\b", r"\becr[aã]s?\b", r"\bficheiros?\b", r"\bpercebi\b", r"\bpercebo\b",
    r"\bde facto\b", r"\bconnosco\b", r"\bconvosco\b", r"\bvoss[oa]s?\b", r"\bcasa de banho\b",
    r"\bpequeno-almo[cç]o\b", r"\bfrigor[ií]fico\b", r"\bfixe\b", r"\bbu[eé]\b", r"\bmi[uú]dos?\b",
    r"\b(?:actual|actualmente|objectivos?|ac[cç][aã]o|direc[cç][aã]o|projecto|projectos|sector)\b",
    r"\b(?:económic|académic|géner|fenómen|electrónic|eletrónic|quilómetr|anónim|antóni|polémic|bónus|gémeo|"
    r"convéni|harmóni|telefónic|crónic|géni[oa]|prémio|milénio|ingénu|ténis|bebé\b)\w*",
    r"\b\w+-(?:lhe|lhes|me|vos)\b(?!-)",
))
_EP_PROGRESSIVE = re.compile(rf"\b{_ESTAR}\s+a\s+({_W}+(?:ar|er|ir)|p[oô]r)\b", re.I)
_BR_PROGRESSIVE = re.compile(rf"\b(?:{_ESTAR}|vou estar|vamos estar)\s+({_W}+(?:ando|endo|indo))\b", re.I)


def portuguese_markers(text: str) -> tuple[int, int]:
    """How many Brazilian and how many European markers ``text`` has (see ``_BRAZILIAN`` and ``_EUROPEAN``)."""
    brazilian = sum(1 for p in _BRAZILIAN if p.search(text))
    european = sum(1 for p in _EUROPEAN if p.search(text))
    brazilian += sum(1 for m in _BR_PROGRESSIVE.finditer(text) if m.group(1).lower() not in _NOT_GERUNDS)
    european += sum(1 for m in _EP_PROGRESSIVE.finditer(text) if m.group(1).lower() != "par")
    return brazilian, european


def _country(value: Any) -> str | None:
    if isinstance(value, Mapping) and isinstance(value.get("country"), str):
        return value["country"].upper()
    return None


def _recorded_country(event: Mapping[str, Any]) -> str | None:
    """The country of the lead's location, when the event records the lead's attributes."""
    if event.get("event") == "slot" and event.get("name") == "attributes" and isinstance(event.get("value"), Mapping):
        return _country(event["value"].get("location"))
    return None


def _named_country(event: Mapping[str, Any]) -> str | None:
    """The country of a place the visitor's message names (a base, but also a time zone's city, a market...)."""
    parsed = event.get("parse_data") if event.get("event") == "user" else None
    entities = parsed.get("entities") if isinstance(parsed, Mapping) else None
    for entity in entities if isinstance(entities, list) else ():
        if isinstance(entity, Mapping) and entity.get("entity") == "location" and (found := _country(entity.get("value"))):
            return found
    return None


def conversation_variant(events: Iterable[Mapping[str, Any]], lang: str) -> str | None:
    """ "pt-BR" when a Portuguese conversation is Brazil's (see the module's order), else None."""
    if lang != VARIANTS[BRAZIL]:
        return None
    recorded: bool | None = None
    named: bool | None = None
    browser: bool | None = None
    zone: bool | None = None
    brazilian = european = 0
    for event in events:
        if not isinstance(event, Mapping):
            continue
        # The latest place wins (a visitor may put it right), but the lead's recorded location over a place a message
        # merely names: "São Paulo" as the zone for the call times is no move to Brazil for a visitor based in Lisbon.
        if (stated := _recorded_country(event)) == "BR" or stated in _EUROPEAN_COUNTRIES:
            recorded = stated == "BR"
        if (stated := _named_country(event)) == "BR" or stated in _EUROPEAN_COUNTRIES:
            named = stated == "BR"
        if event.get("event") != "user":
            continue
        metadata = event.get("metadata") if isinstance(event.get("metadata"), Mapping) else {}
        tag = metadata.get("language")
        if isinstance(tag, str) and supported(tag) == "pt" and "-" in tag.replace("_", "-"):
            browser = tag.replace("_", "-").split("-")[1].upper() == "BR"
        tz = metadata.get("tz")
        if tz in _BRAZIL_ZONES or tz in _EUROPEAN_ZONES:
            zone = tz in _BRAZIL_ZONES
        text = str(event.get("text") or "")
        if text.startswith("/"):
            continue  # a button's payload is the bot's wording, not the visitor's
        br, ep = portuguese_markers(text)
        brazilian, european = brazilian + br, european + ep
    written = None if brazilian == european else brazilian > european
    # The first that says either way decides: Brazil's wording, or the language's own (European).
    country = recorded if recorded is not None else named
    said = next((s for s in (country, browser, written, zone) if s is not None), False)
    return BRAZIL if said else None


def spoken() -> str | None:
    """The language of this action call's conversation (None outside a call: the playbook's own)."""
    return _spoken.get()


def of(tracker: Tracker) -> str | None:
    """The conversation's language: this call's decision, else the one recorded in the slot."""
    return spoken() or supported(tracker.get_slot(SLOT))


def said_in(events: Iterable[Mapping[str, Any]], lang: str) -> str:
    """The tag a conversation's lines are said in outside an action call (the gate of a stopped chat, the answer to a
    request to delete it, the relay's lines): its regional variant ("pt-BR") where it has one, else ``lang``. With
    the language alone, a Brazilian visitor read Portugal's wording there ("a nossa equipa", "o seu e-mail")."""
    return conversation_variant(events, lang) or lang


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


# After the close, a hello is answered with the visitor's own word and this.
ANYTHING_ELSE = "Is there anything else I can help you with?"


class ActionGreet(Action):
    """The greeting, in the visitor's language (Rasa's own response would not know it yet)."""

    def name(self) -> str:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from bot.actions.booking import around_the_times
        from bot.actions.greeting import in_their_register, only_greets, opens_with_greeting
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
        lang = spoken() or ENGLISH
        if tracker.get_slot("lead_id") and not tracker.get_slot("stopped") \
                and (hello := only_greets(said, lang)) is not None:
            # "ciao", "salut", "hello" after the close (the lead is out, every question answered): the opening
            # greeting promised "a few quick questions" that never came, and took a "ciao" that takes leave for a
            # new start. Their own word back (polite whether they greet or go), and what else we can do.
            dispatcher.utter_message(text=f"{hello} {say(ANYTHING_ELSE)}")
            return recorded(tracker)
        greeting = GREETINGS[zlib.crc32(tracker.sender_id.encode()) % len(GREETINGS)]
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
