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
from functools import lru_cache
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
           "por la tarde": _AFTERNOON, "tarde": _AFTERNOON, "noche": _EVENING, "mañana": _TOMORROW,
           "más tarde": _LATER, "hoy": _TODAY, "este": _THIS, "esta": _THIS, "otros": _OTHER, "otras": _OTHER, "otro": _OTHER,
           **_days("lunes martes miércoles jueves viernes sábado domingo")},
    "pt": {"próxima semana": _NEXT_WEEK, "proxima semana": _NEXT_WEEK, "semana que vem": _NEXT_WEEK,
           "manhã": _MORNING, "manhãs": _MORNING, "tarde": _AFTERNOON, "noite": _EVENING, "amanhã": _TOMORROW,
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
