"""A visitor's words for when a call suits them, in any of the bot's seven languages, as English.

Pure. ``scheduling.parse_time_request`` reads English ("next week", "Friday
afternoon", "later"); "Qualquer manhã da próxima semana serve" named the same
window and was offered today's times again. ``in_english`` puts the time
words of the conversation's language into the English ones it reads, longest
phrases first, leaving every other word as it was; English passes through.
Per language, since the same letters mean other things elsewhere (French
"sera" is "will be", Italian "sera" the evening).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Sequence
from zoneinfo import available_timezones

from nlu.text import folded

_NEXT_WEEK, _MORNING, _AFTERNOON, _EVENING = "next week", "morning", "afternoon", "evening"
_TOMORROW, _LATER, _OTHER = "tomorrow", "later", "other"
# "today" and "this" tell today's weekday named ("this Friday" on a Friday) from the same day next week.
_TODAY, _THIS = "today", "this"
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _days(names: str) -> dict[str, str]:
    return dict(zip(names.split(), _DAYS))


TIME_WORDS: dict[str, dict[str, str]] = {
    "de": {"nächste woche": _NEXT_WEEK, "nächsten woche": _NEXT_WEEK, "kommende woche": _NEXT_WEEK,
           "kommenden woche": _NEXT_WEEK, "am morgen": _MORNING, "vormittag": _MORNING, "vormittags": _MORNING,
           "morgens": _MORNING, "nachmittag": _AFTERNOON, "nachmittags": _AFTERNOON, "abend": _EVENING,
           "abends": _EVENING, "morgen": _TOMORROW, "heute": _TODAY, "diesen": _THIS, "diesem": _THIS,
           "später": _LATER, "andere": _OTHER, "anderen": _OTHER,
           **_days("montag dienstag mittwoch donnerstag freitag samstag sonntag")},
    "fr": {"semaine prochaine": _NEXT_WEEK, "prochaine semaine": _NEXT_WEEK, "matin": _MORNING,
           "matinée": _MORNING, "après-midi": _AFTERNOON, "soir": _EVENING, "soirée": _EVENING,
           "demain": _TOMORROW, "aujourd'hui": _TODAY, "ce": _THIS, "plus tard": _LATER, "autres": _OTHER, "autre": _OTHER,
           **_days("lundi mardi mercredi jeudi vendredi samedi dimanche")},
    "es": {"próxima semana": _NEXT_WEEK, "proxima semana": _NEXT_WEEK, "semana que viene": _NEXT_WEEK,
           # "mañana" alone is tomorrow; with an article, the morning.
           "por la mañana": _MORNING, "de la mañana": _MORNING, "en la mañana": _MORNING, "las mañanas": _MORNING,
           "cualquier mañana": _MORNING, "alguna mañana": _MORNING, "una mañana": _MORNING,
           # "tarde" alone is also "late" ("es muy tarde para mí"): the afternoon only with its article.
           "por la tarde": _AFTERNOON, "de la tarde": _AFTERNOON, "en la tarde": _AFTERNOON, "la tarde": _AFTERNOON,
           "las tardes": _AFTERNOON, "cualquier tarde": _AFTERNOON, "alguna tarde": _AFTERNOON,
           "una tarde": _AFTERNOON, "esta tarde": _AFTERNOON, "noche": _EVENING, "mañana": _TOMORROW,
           "más tarde": _LATER, "hoy": _TODAY, "este": _THIS, "esta": _THIS, "otros": _OTHER, "otras": _OTHER, "otro": _OTHER,
           **_days("lunes martes miércoles jueves viernes sábado domingo")},
    "pt": {"próxima semana": _NEXT_WEEK, "proxima semana": _NEXT_WEEK, "semana que vem": _NEXT_WEEK,
           # "tarde" alone is also "late" ("é muito tarde para mim"): the afternoon only after its preposition.
           "manhã": _MORNING, "manhãs": _MORNING, "à tarde": _AFTERNOON, "a tarde": _AFTERNOON, "de tarde": _AFTERNOON,
           "da tarde": _AFTERNOON, "na tarde": _AFTERNOON, "pela tarde": _AFTERNOON, "as tardes": _AFTERNOON,
           "às tardes": _AFTERNOON, "uma tarde": _AFTERNOON, "esta tarde": _AFTERNOON, "qualquer tarde": _AFTERNOON,
           "noite": _EVENING, "amanhã": _TOMORROW,
           "mais tarde": _LATER, "hoje": _TODAY, "este": _THIS, "esta": _THIS, "nesta": _THIS, "neste": _THIS,
           "outros": _OTHER, "outro": _OTHER,
           **{f"{day}-feira": en for day, en in _days("segunda terça quarta quinta sexta").items()},
           # "para quinta", "na sexta": the weekday without "-feira", as it is mostly written ("segunda" alone is
           # also "the second", a pick among the times shown).
           "terça": "tuesday", "quarta": "wednesday", "quinta": "thursday", "sexta": "friday",
           "sábado": "saturday", "domingo": "sunday"},
    "it": {"prossima settimana": _NEXT_WEEK, "settimana prossima": _NEXT_WEEK, "mattina": _MORNING,
           "mattino": _MORNING, "mattinata": _MORNING, "pomeriggio": _AFTERNOON, "sera": _EVENING,
           "domani": _TOMORROW, "oggi": _TODAY, "questo": _THIS, "più tardi": _LATER, "altri": _OTHER, "altro": _OTHER,
           **_days("lunedì martedì mercoledì giovedì venerdì sabato domenica")},
    "nl": {"volgende week": _NEXT_WEEK, "komende week": _NEXT_WEEK, "ochtend": _MORNING, "'s ochtends": _MORNING,
           "middag": _AFTERNOON, "'s middags": _AFTERNOON, "avond": _EVENING, "'s avonds": _EVENING,
           "morgen": _TOMORROW, "vandaag": _TODAY, "deze": _THIS, "andere": _OTHER,
           **_days("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")},
}


@lru_cache(maxsize=8)
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = TIME_WORDS.get(lang)
    if not words:
        return None
    keys = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")


def in_english(text: str, lang: str) -> str:
    """``text`` lower-cased, its time words in English: "Qualquer manhã da próxima semana" (pt) -> "qualquer
    morning da next week"; "am Freitag nachmittag" (de) -> "am friday afternoon"."""
    lowered = (text or "").lower()
    pattern = _pattern(lang)
    return lowered if pattern is None else pattern.sub(lambda m: f" {TIME_WORDS[lang][m[1]]} ", lowered)


# --- the zone a visitor names after "Other time zone" -------------------------------------------------------------
# "GMT+8", "UTC-5", "UTC +5:30": a clock that far from UTC. Etc/GMT zones are named by their id, with the sign
# reversed ("Etc/GMT-8" is GMT+8), which no visitor reads as what they said: a zone that keeps that offset all year
# instead (it is named "Singapore Standard Time", the clock the visitor asked for).
_OFFSET = re.compile(r"(?<![\w])(?:utc|gmt)\s*([+\-\u2212])\s*(\d{1,2})(?:[:.h]?(\d{2}))?(?![\w])", re.IGNORECASE)
_GMT_ALONE = re.compile(r"(?<![\w/])(?:utc|gmt)(?![\w/+\-\u2212])", re.IGNORECASE)
_OFFSET_ZONES = {
    -600: "Pacific/Honolulu", -540: "Pacific/Gambier", -480: "Pacific/Pitcairn", -420: "America/Phoenix",
    -360: "America/Regina", -300: "America/Bogota", -240: "America/La_Paz", -210: "America/St_Johns",
    -180: "America/Sao_Paulo", -120: "America/Noronha", -60: "Atlantic/Cape_Verde", 0: "UTC",
    60: "Africa/Lagos", 120: "Africa/Johannesburg", 180: "Europe/Istanbul", 210: "Asia/Tehran", 240: "Asia/Dubai",
    270: "Asia/Kabul", 300: "Asia/Karachi", 330: "Asia/Kolkata", 345: "Asia/Kathmandu", 360: "Asia/Dhaka",
    390: "Asia/Yangon", 420: "Asia/Bangkok", 480: "Asia/Singapore", 540: "Asia/Tokyo", 570: "Australia/Darwin",
    600: "Australia/Brisbane", 660: "Pacific/Noumea", 720: "Pacific/Tarawa", 780: "Pacific/Tongatapu",
    840: "Pacific/Kiritimati",
}
# Abbreviations, read only as written in capitals ("EST", never French "est"; "IST", never German "ist").
_ABBREVIATIONS = {
    "America/New_York": "EST EDT ET", "America/Chicago": "CST CDT CT", "America/Denver": "MST MDT MT",
    "America/Los_Angeles": "PST PDT PT", "America/Anchorage": "AKST AKDT", "Pacific/Honolulu": "HST",
    "Europe/London": "BST", "Europe/Lisbon": "WET WEST", "Europe/Berlin": "CET CEST MEZ MESZ",
    "Europe/Athens": "EET EEST OEZ", "Europe/Moscow": "MSK", "Asia/Kolkata": "IST", "Asia/Tokyo": "JST",
    "Asia/Seoul": "KST", "Asia/Singapore": "SGT", "Asia/Hong_Kong": "HKT", "Australia/Sydney": "AEST AEDT",
    "Australia/Adelaide": "ACST ACDT", "Australia/Perth": "AWST", "Pacific/Auckland": "NZST NZDT",
    "America/Sao_Paulo": "BRT", "America/Argentina/Buenos_Aires": "ART", "Africa/Johannesburg": "SAST",
    "Africa/Lagos": "WAT", "Africa/Nairobi": "EAT",
}
_ABBREVIATED = {word: name for name, words in _ABBREVIATIONS.items() for word in words.split()}
_ABBREVIATION = re.compile(r"(?<![\w/])(" + "|".join(sorted(_ABBREVIATED, key=len, reverse=True)) + r")(?![\w/])")
# Zones named in words, in the seven languages (compared without accents); Central European before US Central.
_NAMED_ZONES = (
    ("Europe/Berlin", r"central europe\w*|mitteleurop\w*|(?:heure )?d'europe centrale|europe centrale"
                      r"|(?:hora )?(?:de )?(?:la )?europa central|centroeurope\w*|europa centrale|midden-europe\w*"),
    ("Europe/Athens", r"eastern europe\w*|osteurop\w*|europe de l'est|europa del este|europa oriental"
                      r"|europa orientale|oost-europe\w*"),
    ("Europe/Lisbon", r"western europe\w*|westeurop\w*|europe de l'ouest|europa occidental|europa occidentale"
                      r"|west-europe\w*"),
    ("America/New_York", r"eastern(?: time| standard| daylight)?|east coast|us east|ostkuste|cote est"
                         r"|costa (?:este|leste|est)|oostkust|heure de l'est|hora del este|ora della costa est"),
    ("America/Chicago", r"(?:us )?central(?: time| standard| daylight)|hora central|heure du centre"
                        r"|ora centrale"),
    ("America/Denver", r"mountain(?: time| standard| daylight)?|heure des rocheuses|hora de la montana"
                       r"|hora das montanhas|ora delle montagne"),
    ("America/Los_Angeles", r"pacific(?: time| standard| daylight)?|west coast|us west|westkuste|cote ouest"
                            r"|costa (?:oeste|ovest)|westkust|pazifi\w*|pacifique|pacifico|heure du pacifique"),
)
_NAMED = tuple((name, re.compile(rf"(?<![\w'])(?:{words})(?![\w])")) for name, words in _NAMED_ZONES)


@lru_cache(maxsize=1)
def _iana_names() -> dict[str, str]:
    """Every IANA zone on the machine by its lower-cased name ("europe/paris" is Europe/Paris)."""
    return {name.lower(): name for name in available_timezones()}


def said_zone(text: str) -> str | None:
    """The IANA zone a reply names without a place: a zone id in any case ("europe/paris"), an offset from UTC
    ("GMT+8", "UTC-5", "UTC+5:30"), an abbreviation in capitals ("EST", "CET", "MEZ") or a zone in words
    ("Central time", "hora del Pacífico", "mitteleuropäische Zeit"). A place ("Sydney", "same as Auckland") is
    the extractor's to read."""
    for candidate in re.findall(r"[A-Za-z]+(?:/[A-Za-z_+\-]+)+", text or ""):
        if (name := _iana_names().get(candidate.lower())) is not None:
            return name
    if match := _OFFSET.search(text or ""):
        minutes = int(match[2]) * 60 + int(match[3] or 0)
        return _OFFSET_ZONES.get(-minutes if match[1] != "+" else minutes)
    if match := _ABBREVIATION.search(text or ""):
        return _ABBREVIATED[match[1]]
    plain = folded(text or "")
    for name, pattern in _NAMED:
        if pattern.search(plain):
            return name
    if _GMT_ALONE.search(text or ""):
        return "UTC"
    return None


# --- the offered time a visitor picks ----------------------------------------------------------------------------
# Issue 14: "the 9:30 one" booked 08:00 ("one" read as "the first"), and "14 Uhr nehm ich" booked nothing. A pick
# names a time on the visitor's clock ("9:30", "14 Uhr", "14h30", "alle 14", "om 14 uur", "às 14h", "a las 10", "2pm",
# "half past 9"), a weekday in a pick's words ("the Tuesday one", "celui de mardi"), or a place in the list ("the
# second", "option 2", "la última"). Read on the text with accents folded and the weekdays in English (``in_english``).

_HOUR = r"(?:[01]?\d|2[0-3])"
_MINUTE = r"[0-5]\d"
# Hours in words, read only inside a clock's words ("um zehn", "a las diez", "ten o'clock"), per language: English
# "once" is no Spanish eleven.
_HOUR_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    "de": ("eins", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf"),
    "fr": ("une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"),
    "es": ("una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
    "it": ("una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici"),
    "pt": ("uma", "duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"),
    "nl": ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
}
# Words before a bare hour that make it a clock: "at 2", "um 14", "om 14", "alle 14", "a las 10", "às 14" (folded
# "as"), "vers 14", "gegen 14".
_AT = r"(?:at|around|um|gegen|om|rond|tegen|vers|a las|a la|las|alle ore|alle|ore|verso le|as|por volta das)"
_MERIDIEM = r"(?:am|pm|a\.m\.?|p\.m\.?)"
_PM = ("p",)
# A message's parts, each read for itself: "not 8:00, the 9:30 one" names 9:30 only.
_CLAUSE = re.compile(r"[,;!?]+(?:\s|$)|(?<!\d)\.+(?:\s|$)|\s(?:but|aber|sondern|mais|pero|sino|ma|mas|maar|though)\s")
_REFUSALS = r"not|no|never|cannot|\w+n't|nicht|kein\w*|nie|niemals|pas|jamais|nunca|nao|non|niet|geen|nooit|nem"
_NEGATION = re.compile(rf"(?<![\w'])(?:{_REFUSALS})(?![\w'])")
# Portuguese "no" is "in the" ("às 7h no meu horário"): it refuses nothing there ("não" does).
_NEGATION_PT = re.compile(rf"(?<![\w'])(?:{_REFUSALS.replace('|no|', '|')})(?![\w'])")


def _refusing(lang: str) -> re.Pattern[str]:
    return _NEGATION_PT if lang == "pt" else _NEGATION


# Words that may follow a bare hour or a bare list number in a pick ("10 please", "2 passt", "14 nehm ich").
_PICK_WORDS = frozenset(
    "please pls bitte graag svp por favor per favore works work passt geht nehm nehme ich i ll take is ist est es e va me "
    "sounds good fine ok okay perfect perfekt parfait perfecto perfeito perfetto prima goed thanks danke merci "
    "gracias grazie obrigado obrigada bedankt then dann alors entonces entao allora dan prendo prends je doe maar fico "
    "com quedo con it".split())
# What turns a number into a place in the list ("option 2", "number one", "nº 2").
_ARTICLES = frozenset("the a la el o de die den der le il lo les los las os as".split())
_NUMBERED = frozenset("number option no nr nummer numero optie opcion opcao opzione option # slot termin".split())
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = "|".join(_WEEKDAYS)
# A weekday that picks (the one shown that day), not asks for times that day ("Tuesday afternoon?").
_DAY_PICK = re.compile(
    rf"(?<![\w'])(?:(?P<a>{_DAY}) one|(?:the|that) one on (?P<b>{_DAY})|cel(?:ui|le) (?:de|du) (?P<c>{_DAY})"
    rf"|(?:el|la) del? (?P<d>{_DAY})|(?:o|a) d[eoa] (?P<e>{_DAY})|quell[oa] (?:di|del) (?P<f>{_DAY})"
    rf"|die (?:van|op) (?P<g>{_DAY})|(?:den|der|die|das) (?:am|vom) (?P<h>{_DAY}))(?![\w'])")
_ANY_DAY = re.compile(rf"(?<![\w'])({_DAY})(?![\w'])")
# Ordinals with a second meaning, counted only beside an article ("prima delle 10" is before 10, "secondo me" to my
# mind, "segunda-feira" Monday, "primero quiero saber" first of all) or away from a word that makes them something
# else ("a second", "first of all", "first I need", "last week").
_WITH_ARTICLE = {"prima": ("la", "l"), "primo": ("il", "lo", "l"), "secondo": ("il", "lo", "l"),
                 "seconda": ("la", "l"), "segunda": ("a", "la"), "segundo": ("o", "el"), "primero": ("el", "lo"),
                 "primeiro": ("o",)}
_NOT_AFTER = {"second": ("a", "one", "per", "just"), "seconde": ("une", "la"), "one": ()}
_NOT_BEFORE = {"first": ("of", "i", "we", "let", "let's", "lets", "can", "could", "need", "tell", "things", "off"),
               "last": ("week", "time", "year", "month", "night", "call", "meeting", "minute"),
               "one": ("sec", "second", "moment", "minute"), "second": ("thought", "opinion")}
_ORDINALS: dict[str, int] = {
    "first": 0, "1st": 0, "one": 0, "1": 0, "second": 1, "2nd": 1, "two": 1, "2": 1, "third": 2, "3rd": 2,
    "three": 2, "3": 2, "last": -1, "1o": 0, "1a": 0, "2o": 1, "2a": 1, "3o": 2, "3a": 2, "1er": 0, "1ere": 0,
    "2e": 1, "2eme": 1, "3e": 2, "3eme": 2,
}
# The same picks in the other six languages: ordinals only (their "one", "un", "uno", "een", "ein" are also articles).
_ORDINALS.update({word: index for index, words in enumerate((
    "erste ersten erster erstes premier premiere primer primero primera primeiro primeira primo prima eerste",
    "zweite zweiten zweiter zweites deuxieme seconde segundo segunda secondo seconda tweede",
    "dritte dritten dritter drittes troisieme tercer tercero tercera terceiro terceira terzo terza derde",
)) for word in words.split()})
_ORDINALS.update({word: -1 for word in "letzte letzten letzter dernier derniere ultimo ultima laatste".split()})
# Numbers and number words that are places in the list only after a numbering word or on their own ("2", "2
# please", "option 2"): "two of us", "3 people" are not.
_NUMBERS = frozenset("one two three 1 2 3".split())
_MASK = " @ "


# "Any of them is fine", "egal welcher", "cualquiera": the visitor leaves the choice to us. None is booked (the bot
# books only a time the visitor named); they are asked which ("cualquiera me va bien" was a request for a person).
_ANY_ONE = re.compile(
    r"(?<![\w'])(?:any (?:of (?:them|those|these)|one|is (?:fine|ok|okay|good)|works|will do|time works)|either (?:one|is"
    r" fine|works|will do)|whichever|doesn'?t matter|all (?:of them )?(?:work|are fine|good)"
    r"|egal welche[rsnm]?|ist mir egal|ist egal|alle passen|beliebig|irgendein(?:er|en)?"
    r"|n'importe (?:lequel|laquelle|quel(?:le)?)|peu importe|tous me vont|toutes me vont|ca m'est egal"
    r"|cualquiera|me da igual|da igual|cualquier hora|todas me van"
    r"|qualquer um|qualquer uma|qualquer horario|tanto faz|todos servem|e indiferente"
    r"|uno qualsiasi|una qualsiasi|qualsiasi orario|qualsiasi va bene|fa lo stesso|va bene tutto|vanno bene tutti|e indifferente"
    r"|maakt (?:me )?niet uit|om het even|welke dan ook|allemaal goed|alle zijn goed)(?![\w'])")


@dataclass(frozen=True)
class Clock:
    """A time of day a message names: 24-hour, or 1-12 with or without am/pm said."""

    hour: int
    minute: int
    meridiem: str | None = None
    # A bare number ("14 nehm ich"): a clock only when a time on screen has it.
    bare: bool = False
    # Written with its minutes in a language whose clock runs to 24 ("um 6:30", "à 6h30", "a las 6:30", "om 6.30"):
    # the visitor wrote the hour they meant, so 6:30 is 06:30; "at 2" read as 14:00 is for a bare hour in business talk.
    written_24: bool = False

    def fits(self, moment: datetime) -> bool:
        """Whether ``moment`` (on the visitor's clock) is this time."""
        if moment.minute != self.minute:
            return False
        if self.meridiem is not None and self.hour <= 12:
            return moment.hour == self.hour % 12 + (12 if self.meridiem == "pm" else 0)
        if self.written_24:
            return moment.hour == self.hour
        return moment.hour == self.hour or (1 <= self.hour < 12 and moment.hour == self.hour + 12)

    def likely(self) -> tuple[int, int]:
        """The time meant, on a working day's clock when am or pm is unsaid ("at 2" is 14:00, "at 9" 09:00)."""
        if self.meridiem is not None and self.hour <= 12:
            return self.hour % 12 + (12 if self.meridiem == "pm" else 0), self.minute
        if self.written_24:
            return self.hour, self.minute
        return (self.hour + 12 if 1 <= self.hour < 7 else self.hour), self.minute


@dataclass(frozen=True)
class Pick:
    """What a message names among the times on screen: the slots (their places in the list), clock times no slot on
    screen has, and the weekday it names."""

    slots: tuple[int, ...] = ()
    unshown: tuple[Clock, ...] = ()
    day: int | None = None
    # "any of them is fine": the choice left to us, no time named.
    any_one: bool = False

    @property
    def one(self) -> int | None:
        """The one slot named, when the message names exactly one and no time that is not on screen."""
        return self.slots[0] if len(self.slots) == 1 and not self.unshown else None

    @property
    def several(self) -> bool:
        """More than one time named ("9:30 or 10:15?", "the first, or 14:00"): which one is asked, none booked."""
        return len(self.slots) + len(self.unshown) > 1

    @property
    def names_any(self) -> bool:
        return bool(self.slots or self.unshown)


def _hour_words(lang: str) -> dict[str, int]:
    words = {word: at + 1 for at, word in enumerate(_HOUR_WORDS["en"])}
    words.update({word: at + 1 for at, word in enumerate(_HOUR_WORDS.get(lang, ()))})
    if lang == "de":
        words["ein"] = 1
    return words


@lru_cache(maxsize=8)
def _clock_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, kind) in the order they are read; each match is masked before the next pattern reads the text."""
    words = "|".join(sorted(_hour_words(lang), key=len, reverse=True))
    n = rf"(?P<n>{_HOUR}|{words})"
    half = [
        (rf"half past {n}", "h30"), (rf"quarter past {n}", "h15"), (rf"quarter to {n}", "before45"),
        (rf"halb {n}", "before30"), (rf"viertel nach {n}", "h15"), (rf"viertel vor {n}", "before45"),
        (rf"kwart over {n}", "h15"), (rf"kwart voor {n}", "before45"),
        (rf"{n} ?(?:h|heures?)? et demie", "h30"), (rf"{n} ?(?:h|heures?)? et quart", "h15"),
        (rf"{n} ?(?:h|heures?)? moins le quart", "before45"),
        (rf"{n} y media", "h30"), (rf"{n} y cuarto", "h15"), (rf"{n} menos cuarto", "before45"),
        (rf"{n} e mezz[ao]", "h30"), (rf"{n} e (?:un )?quarto", "h15"), (rf"{n} meno (?:un )?quarto", "before45"),
        (rf"{n} ?(?:h|horas?)? e meia", "h30"), (rf"{n} ?(?:h|horas?)? e um quarto", "h15"),
    ]
    if lang == "nl":
        # Dutch "half 10" is 9:30; English "half 10" (10:30 in Britain) is left unread.
        half.append((rf"half {n}", "before30"))
    patterns = [(rf"(?<![\w'])(?:{p})(?![\w'])", kind) for p, kind in half]
    patterns += [
        # "9:30", "09.30", "14h30", "14 h 30", "9:30pm", "14.30 Uhr"; a date ("7.12.") is none.
        (rf"(?<![\w.:,/])(?P<n>{_HOUR})\s?(?::|\.(?!\d\d\.)|h\s?)(?P<m>{_MINUTE})(?:\s?(?P<x>{_MERIDIEM})"
         rf"|\s?(?:uhr|uur|h)\b)?(?![\w:]|\.\d)", "clock"),
        (rf"(?<![\w.:,/])(?P<n>{_HOUR}|{words})\s?(?P<x>{_MERIDIEM})(?![\w])", "clock"),
        (rf"(?<![\w.:,/])(?P<n>{_HOUR}|{words})\s?(?:o'?\s?clock|uhr|uur|heures?)(?:\s(?P<m>{_MINUTE}))?(?![\w])",
         "clock"),
        (rf"(?<![\w.:,/])(?P<n>{_HOUR})\s?h(?![\w])", "clock"),
        (rf"(?<![\w'])(?:{_AT})\s(?P<n>{_HOUR}|{words})(?![\w:.,]\d|[\w])", "clock"),
        (r"(?<![\w.:,/'])(?P<n>[4-9]|1\d|2[0-3])(?![\w.:,/'])", "bare"),
    ]
    return tuple((re.compile(p), kind) for p, kind in patterns)


# The languages whose visitors write the time of day on a 24-hour clock; English's "6:30" may be either half.
_CLOCK_OF_24 = frozenset({"de", "fr", "es", "it", "pt", "nl"})


def _clocks(clause: str, lang: str) -> tuple[str, list[Clock]]:
    """The clause with each time it names masked, and those times."""
    numbers = _hour_words(lang)
    found: list[Clock] = []
    for pattern, kind in _clock_patterns(lang):
        def take(match: re.Match[str], kind: str = kind) -> str:
            said = match["n"]
            hour = int(said) if said.isdigit() else numbers[said]
            groups = match.groupdict()
            minute = int(groups.get("m") or 0)
            meridiem = (groups.get("x") or "")[:1] or None
            if kind == "bare":
                around = _CLAUSE_WORDS.findall(f"{clause[:match.start()]} {clause[match.end():]}")
                if any(w not in _PICK_WORDS and w not in _ARTICLES for w in around):
                    # "wir sind 10", "10 people": a number of things, not a time.
                    return match[0]
            if kind.startswith("h"):
                minute = int(kind[1:])
            elif kind.startswith("before"):
                hour, minute = hour - 1 if hour > 1 else 12, int(kind[len("before"):])
            found.append(Clock(hour, minute, "pm" if meridiem in _PM else "am" if meridiem else None,
                               bare=kind == "bare",
                               written_24=kind == "clock" and groups.get("m") is not None and lang in _CLOCK_OF_24))
            return _MASK
        clause = pattern.sub(take, clause)
    # "a las 5 de la tarde", "at 9 in the morning": the part of the day says which half of the clock.
    half = "pm" if re.search(r"\b(?:afternoon|evening|tonight)\b", clause) else \
        "am" if re.search(r"\bmorning\b", clause) else None
    if half is not None:
        found = [Clock(c.hour, c.minute, c.meridiem or (half if c.hour <= 12 else None), c.bare, c.written_24) for c in found]
    return clause, found


_CLAUSE_WORDS = re.compile(r"[^\W_]+|[@#]")


def _day_of(clause: str) -> int | None:
    days = {_WEEKDAYS.index(m) for m in _ANY_DAY.findall(clause)}
    return days.pop() if len(days) == 1 else None


def _places(masked: str, count: int) -> set[int]:
    """The places in the list the words name ("the second", "option 2", "la última"), never a number of things
    ("two of us") or a word with another meaning where it stands."""
    words = _CLAUSE_WORDS.findall(masked)
    found: set[int] = set()
    for at, word in enumerate(words):
        if word not in _ORDINALS:
            continue
        before = words[at - 1] if at else None
        after = words[at + 1] if at + 1 < len(words) else None
        if word in _WITH_ARTICLE and before not in _WITH_ARTICLE[word]:
            continue
        if before in _NOT_AFTER.get(word, ()) or after in _NOT_BEFORE.get(word, ()) or before == "at":
            continue
        if word in _NUMBERS and before not in _NUMBERED and not (
                (at == 0 or before in _PICK_WORDS) and all(w in _PICK_WORDS for w in words[at + 1:])):
            # "the 9:30 one", "the Tuesday one", "two of us": no place in the list.
            continue
        index = _ORDINALS[word]
        if -count <= index < count:
            found.add(index % count)
    return found


def _read(text: str, lang: str) -> str:
    """``text`` (its first ``_MOST_CHARS``) in English words, folded, its UTC offsets blanked: "GMT+5:30" names a zone,
    never a time of day (it was booked as 05:30)."""
    return _OFFSET.sub(" ", folded(in_english(text[:_MOST_CHARS], lang)))


def read_pick(text: str, starts: Sequence[datetime], lang: str) -> Pick:
    """What ``text`` names among the times on screen (``starts``, each on the visitor's clock, in the order shown).

    "the 9:30 one" is 9:30, never the first; "14 Uhr nehm ich" is 14:00; "the Tuesday one" is the time shown on
    Tuesday; "the second" the second; "not 8:00, the 9:30" 9:30 only. A time the list lacks is kept apart
    (``unshown``), and two times named are both kept (``several``): the caller asks, never books a guess."""
    if not starts or not text.strip():
        return Pick()
    english = _read(text, lang)
    day = _day_of(english)
    slots: set[int] = set()
    unshown: list[Clock] = []
    for clause in _CLAUSE.split(f" {english} "):
        if not clause.strip() or _refusing(lang).search(clause):
            continue
        masked, clocks = _clocks(f" {clause.strip()} ", lang)
        for clock in clocks:
            hits = {at for at, start in enumerate(starts) if clock.fits(start) and day in (None, start.weekday())}
            slots |= hits
            if not hits and not clock.bare:
                unshown.append(clock)
        if not clocks and day is not None and (match := _DAY_PICK.search(clause)):
            named = _WEEKDAYS.index(next(g for g in match.groups() if g))
            slots |= {at for at, start in enumerate(starts) if start.weekday() == named}
        slots |= _places(masked, len(starts))
    # Said, not asked: "can anyone join, whichever of us is free?" leaves no time to us.
    any_one = not slots and not unshown and "?" not in english and bool(_ANY_ONE.search(english))
    return Pick(tuple(sorted(slots)), tuple(dict.fromkeys(unshown)), day, any_one)


def named_clock(text: str, lang: str) -> Clock | None:
    """The first time of day the words name, outside a clause that refuses it ("jeudi à 10h" is 10:00, "not 8:00, 9:30
    please" 9:30): where times asked for start ("can we move it to Thursday at 10?")."""
    english = _read(text, lang)
    for clause in _CLAUSE.split(f" {english} "):
        if clause.strip() and not _refusing(lang).search(clause):
            clocks = [clock for clock in _clocks(f" {clause.strip()} ", lang)[1] if not clock.bare]
            if clocks:
                return clocks[0]
    return None


# The earliest time a visitor can do: "nothing before 11", "after 2pm", "ab 14 Uhr", "pas avant 10h", "después de las
# 3", "dopo le 15", "na 14 uur"; or a "before" refused ("prima delle 10 non posso", "vor 11 kann ich nicht").
_FROM = re.compile(
    r"(?<![\w'])(?:after|from|not before|nothing before|no earlier than|anytime after|any time after|later than"
    r"|nach|ab|nicht vor|fruhestens|erst ab|apres|a partir de|pas avant|rien avant|despues de(?: las?)?"
    r"|a partir de(?: las?)?|no antes de(?: las?)?|depois d[ao]s?|a partir d[ao]s?|nao antes d[ao]s?|dopo(?: le| l')?"
    r"|dalle|a partire dalle|non prima delle|na|vanaf|niet voor|pas na)\s(?=\d|[a-z]+ (?:uhr|uur|heures?|o'clock))")
_BEFORE = re.compile(r"(?<![\w'])(?:before|vor|avant|antes de(?: las?)?|antes d[ao]s?|prima delle|prima di|voor)"
                     r"\s(?=\d|[a-z]+ (?:uhr|uur|heures?|o'clock))")
# A part of the day refused ("I can't do mornings", "pas le matin", "la mattina non posso"): the other part is asked.
_PARTS = {"morning": "afternoon", "mornings": "afternoon", "afternoon": "morning", "afternoons": "morning",
          "evening": "morning", "evenings": "morning"}
_PART = re.compile(r"(?<![\w'])(mornings?|afternoons?|evenings?)(?![\w'])")


def earliest(text: str, lang: str) -> Clock | None:
    """The earliest time of day the visitor can do, when they say one ("nothing before 11", "after 2pm", "ab 14 Uhr",
    "prima delle 10 non posso"): where the times asked for start. None for a time picked or asked for as such."""
    english = _read(text, lang)
    for clause in _CLAUSE.split(f" {english} "):
        bound = _FROM.search(clause)
        if bound is None and (before := _BEFORE.search(clause)) is not None and _refusing(lang).search(clause):
            bound = before
        if bound is not None:
            _, clocks = _clocks(f" at {clause[bound.end():].strip()} ", lang)
            if clocks:
                return clocks[0]
    return None


def other_part_of_day(text: str, lang: str) -> str | None:
    """The part of the day asked for by refusing the other ("I can't do mornings" is the afternoon, "pas l'après-midi"
    the morning), or None."""
    english = _read(text, lang)
    for clause in _CLAUSE.split(f" {english} "):
        if _refusing(lang).search(clause) and (part := _PART.search(clause)) is not None:
            return _PARTS[part[1]]
    return None


# A pick is a sentence or two: the rest of a long message is not read for one.
_MOST_CHARS = 400


# --- whose clock a time is said on ------------------------------------------------------------------------------
# "6:30am wednesday my time", "7am your time", "um 7 Uhr meiner Zeit", "à 7h chez moi", "a las 7 hora de ustedes":
# words beside a time that say whose clock it is on, never a question about zones. Per language ("hier" is French
# "yesterday", Dutch "here"), compared without accents.
_MINE: dict[str, str] = {
    "en": r"my time|my local time|my end|my clock|for me locally|here",
    "de": r"meiner zeit|meine zeit|meiner ortszeit|bei mir|hier",
    "fr": r"(?:de )?mon heure|mon heure locale|chez moi|ici",
    "es": r"mi hora|hora mia|mi horario|mi hora local|aqui|aca",
    "pt": r"minha hora|meu horario|hora minha|meu fuso|aqui|ca",
    "it": r"mio orario|ora mia|mia ora|mio fuso|da me|qui",
    "nl": r"mijn tijd|mijn lokale tijd|bij mij|hier",
}
_YOURS: dict[str, str] = {
    "en": r"your time|your end|your clock|your local time|there",
    "de": r"deiner zeit|ihrer zeit|deine zeit|ihre zeit|eurer zeit|bei ihnen|bei dir|bei euch",
    "fr": r"(?:de )?votre heure|ton heure|chez vous|chez toi",
    "es": r"su hora|tu hora|hora de ustedes|vuestra hora|hora de ustedes|alla",
    "pt": r"sua hora|seu horario|vosso horario|hora de voces|seu fuso|la",
    "it": r"vostro orario|suo orario|ora vostra|tuo orario|da voi|da lei",
    "nl": r"jullie tijd|uw tijd|jouw tijd|bij jullie|bij u|daar",
}


@lru_cache(maxsize=16)
def _whose(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def words(table: dict[str, str]) -> re.Pattern[str]:
        said = "|".join(dict.fromkeys([table["en"], table.get(lang, table["en"])]))
        # "thanks for your time", "danke für Ihre Zeit": no clock.
        return re.compile(rf"(?<![\w'])(?<!for )(?<!fur )(?<!pour )(?<!por )(?<!per )(?<!voor )(?:{said})(?![\w'])")
    return words(_MINE), words(_YOURS)


def whose_clock(text: str, lang: str) -> str | None:
    """Whose clock a time in ``text`` is said on: "mine" ("6:30am my time", "um 7 bei mir"), "yours" ("7am your
    time", "à 7h chez vous"), or None when nothing beside the time says so, or no time is named."""
    if named_clock(text, lang) is None:
        return None
    plain = folded(text[:_MOST_CHARS])
    mine, yours = _whose(lang)
    if asks_whose_clock(text, lang):
        # "Is 10am my time or your time?" asks which clock, naming none.
        return None
    if yours.search(plain):
        return "yours"
    return "mine" if mine.search(plain) else None


# "my time or yours?", "meine Zeit oder Ihre?", "mon heure ou la vôtre ?": which clock, asked.
_OR_YOURS = re.compile(r"(?<![\w'])(?:or|oder|ou|o|of)\s+(?:the\s+|la\s+|le\s+|el\s+|il\s+|a\s+|o\s+|de\s+)?"
                       r"(?:yours|ihre[rn]?|deine[rn]?|votre|vôtre|votres|la votre|suya|tuya|su hora|sua|vostr[oa]"
                       r"|uwe|jullie)(?![\w'])")


def asks_whose_clock(text: str, lang: str) -> bool:
    """Whether ``text`` asks whose clock a time is on ("Is 10am my time or your time?", "14 Uhr meine Zeit oder
    Ihre?"): both clocks named, or "mine" with "or yours"."""
    plain = folded(text[:_MOST_CHARS])
    mine, yours = _whose(lang)
    return bool(mine.search(plain)) and (bool(yours.search(plain)) or bool(_OR_YOURS.search(plain)))


# A place's clock beside a time ("7am Manila time", "14 Uhr Berliner Zeit", "7h heure de Montréal", "a las 7 hora de
# Madrid", "às 7h hora de Lisboa", "alle 7 ora di Roma", "7 uur Nederlandse tijd"): the caller reads the place.
# English "<word> time" only where the word can be a place's: "what time", "any time", "lunch time" name none.
_NO_PLACE = ("what|any|anytime|same|that|this|the|a|free|lunch|next|last|my|your|our|their|local|some|good|best|right"
             "|first|spare|full|part|each|every|one|no|more|less|much|long|short|real|due|on|in|at|of|by|dinner|tea"
             "|work|office|business|working|standard|daylight|summer|winter|quiet|busy|nap|bed|down|over")
_PLACE_CLOCK = re.compile(
    rf"(?<![\w'])(?:(?!(?:{_NO_PLACE}) )[a-z][\w'-]+ time|[a-z]+er zeit|[a-z]+-zeit|(?:orts)?zeit in [a-z]+"
    r"|ortszeit [a-z]+|heure de [a-z]+|(?:hora|horario) d[eo] [a-z]+|ora di [a-z]+|orario di [a-z]+|[a-z]+se tijd"
    r"|[a-z]+-tijd|tijd in [a-z]+)(?![\w'])")


def names_a_place_clock(text: str, lang: str) -> bool:
    """Whether a time in ``text`` is said on a place's clock ("7am Manila time"), not on the one shown."""
    return named_clock(text, lang) is not None and bool(_PLACE_CLOCK.search(folded(text[:_MOST_CHARS])))
