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
