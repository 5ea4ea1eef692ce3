"""When the visitor wants to start or buy, resolved against the conversation's date.

A vague period ("next quarter", "in the spring", "after Christmas") resolves
to a date inside it: its middle unless the words around it say "early",
"end of" or "before", so the date stays inside the period whichever way a
reader draws its edges.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from nlu import english, stance
from nlu.attributes import Timing
from nlu.numbers import TENS, UNITS, words_value
from nlu.patterns import lazy_compile
from nlu.text import Text

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Austria's January and February, which the rewrite of German leaves as written ("ab Jänner", "Ende Feber")
    "jänner": 1, "jaenner": 1, "feber": 2,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Month names that are also everyday words only count with a cue around them.
_AMBIGUOUS_MONTHS = {"may", "mar", "march", "jun", "june", "sep", "dec", "oct", "jan", "aug"}
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30.44, "quarter": 91.31, "year": 365.25}

_NO_TIMELINE = lazy_compile(
    r"\bjust (?:researching|looking|browsing|exploring|curious|checking|gathering|getting info|reading|poking|"
    r"window[- ]shopping|scoping|learning|comparing|seeing|wondering|starting to look|doing (?:some )?research)"
    # "just checking - is 1k too low?", "just wondering, do you...": a lead-in to a question, not "no timeline"
    r"(?!\s*(?:[-,:]\s*|if\s+|whether\s+)(?:is|are|do|does|can|could|would|will|what|how|if|whether|who|when|which)\b)|"
    r"\b(?:only |still |currently |mostly |for now )?(?:researching|browsing|exploring options|exploring|"
    r"window[- ]shopping|kicking (?:the )?tyres|kicking (?:the )?tires|gathering (?:info|information|quotes|ideas)|"
    # "just collecting quotes for the board", "comparing proposals": buying is not decided, so no date is either
    r"(?:collecting|gathering|comparing|pulling together) (?:a few |some |a couple of )?(?:quotes|proposals|prices|offers|bids)|"
    r"doing (?:some )?research|early research|information gathering|info gathering)\b|"
    r"\bno (?:real |set |fixed |particular |specific |firm |hard |concrete )?(?:timeline|timeframe|time frame|deadline|rush|hurry|plans?|date|urgency)\b|"
    r"\bnothing (?:too |very |super |really |that )?urgent\b|\bnot (?:in (?:a|any) (?:rush|hurry)|urgent|a priority|(?:any )?time soon|anytime soon|yet|ready|planning|for a while|right now|now|at the moment|this year)\b|"
    r"(?:\bnot|n't)\s+(?:really\s+|currently\s+|actively\s+)?(?:buying|purchasing|looking to (?:buy|purchase|start|sign|commit)|in the market|planning to (?:buy|start|purchase))\b|"
    r"\bwhenever\b|\bsome ?day\b|\bsome point\b|\beventually\b|\bone day\b|\bdown the (?:road|line)\b|"
    r"\bin the future\b|\blong[- ]term\b|\bearly (?:stages?|days)\b|\bpre[- ]planning\b|\bno immediate\b|"
    r"\bnothing (?:planned|concrete|scheduled)\b|\bfor (?:future|later) reference\b|\btoo early\b|"
    r"\bjust (?:an )?(?:idea|thinking)|\bthinking about it\b|\bno timeline\b|\bopen[- ]ended\b|"
    r"\bno pressure\b|\bjust for now\b|\bnot sure we(?:'ll| will) (?:do|buy|go ahead)|\bfor now just\b|"
    r"\bhaven'?t (?:planned|scheduled)\b|"
    # "not until things pick up", "not till sales recover": a wait on an event with no date
    r"\b(?:not|nothing) (?:\w+ )?(?:until|till|til|before) (?:things|business|sales|the market|the economy|cash ?flow|revenue|demand|funding|budgets?|we|it|trade)\s+"
    r"(?:\w+\s+)?(?:picks?|improves?|gets?|settles?|recovers?|turns?|calms?|stabili[sz]es?|comes? (?:back|in)|bounces? back|looks? up)\b|\bno time ?line\b|\bat our own pace\b|\bsomewhere down\b"
)
# "we're not buying anything right now", "not looking to start at the moment": a negated
# now is no timeline, not "as soon as possible".
_NOT_NOW = lazy_compile(
    r"(?:\b(?:not|cannot|no longer|never)|n't)\s+(?:\w+\s+){0,4}?(?:right now|now|at the moment|atm|currently|at this (?:time|point|stage)|immediately|today|this (?:week|month|year|quarter))\W*$"
)
_UNKNOWN = lazy_compile(
    r"\b(?:not sure|unsure|don'?t know|do not know|dunno|no idea|no clue|tbd|tbc|to be (?:determined|decided|confirmed)|"
    r"undecided|haven'?t decided|not decided|unclear|depends|it depends|can'?t say|hard to say|idk|"
    r"not certain|uncertain|need to check|have to check|will check|not known|unknown|unsure yet|good question|"
    r"no set date yet|still deciding|still figuring|figuring (?:it|that) out|hmm+|\?+)\b|^\W*\?+\W*$|"
    # a shrug alone ("🤷‍♀️", "🤷🤷"): no idea
    r"^\W*🤷\W*$|"
    r"\bnothing(?:'s| is| has been)? (?:been )?(?:decided|set|fixed|final|finali[sz]ed|agreed|confirmed)\b"
)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    when: date


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _span_months(year: int, month: int, count: int) -> tuple[date, date]:
    end_month = month + count - 1
    end_year = year + (end_month - 1) // 12
    end_month = (end_month - 1) % 12 + 1
    return date(year, month, 1), _month_span(end_year, end_month)[1]


def _upcoming(now: date, year: int | None, make: Callable[[int], tuple[date, date]], this: bool = False) -> tuple[date, date]:
    """The period's next occurrence: the current one while enough of it is left."""
    if year is not None:
        return make(year)
    start, end = make(now.year - 1)
    if end >= now:
        return start, end
    start, end = make(now.year)
    if start <= now <= end:
        left = (end - now).days / max(1, (end - start).days)
        if this or left >= 0.25:
            return start, end
        return make(now.year + 1)
    if end < now:
        return make(now.year + 1)
    return start, end


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.strip("' ")
    value = int(raw)
    if value < 100:
        value += 2000
    return value if 2000 <= value <= 2100 else None


# The ordinal of a week in a month, as English and the rewrite of the others write it.
_NTH_WEEK = (r"(?:second|2nd|third|3rd|fourth|4th|"
             r"[234](?:\.|ème|eme|e|ª|º|°|nd|rd|th))")
_WEEK_NUMBER = {"second": 2, "third": 3, "fourth": 4}


def _nth(mod: str) -> int | None:
    """Which week of the month a modifier names ("second week of" 2), or None."""
    m = re.match(rf"(?:the\s+)?({_NTH_WEEK})\s+weeks?\b", mod)
    if m is None:
        return None
    word = m.group(1)
    return _WEEK_NUMBER.get(word) or int(word[0])


_HALF_OF_MONTH = (r"(?:the\s+|la\s+|de\s+)?(?:(?:first|1st|1\.|1ª|1ère|1re|1e|second|2nd|2\.|2ª|2ème|2e|latter|last)\s+"
                  r"(?:half|about 15|quincena|quinzena|quinzaine|helft|metà)|h[12])(?:\s+(?:of|van|de|di|da|del|des|in))?")
# German says the half in one word with its month, which the rewrite leaves ("2. januarhälfte", "ersten februarhälfte").
_GERMAN_MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember")
_GERMAN_HALF = lazy_compile(rf"\b(?P<n>[12]\.|erste[nr]?|zweite[nr]?)\s*(?P<month>{'|'.join(_GERMAN_MONTHS)})h(?:ä|ae)lfte\b")
_HALF_BEFORE_15 = lazy_compile(r"\b[12](?:ª|ème|ère|re|e|\.)\s+about\s+$")
_FIRST_HALF = lazy_compile(r"(?:the\s+|la\s+|de\s+)?(?:first|1st|1\.|1ª|1ère|1re|1e|h1)\b")
_MODIFIER = lazy_compile(
    # "the second half of January", "la segunda quincena de enero", "la deuxième quinzaine de janvier", "la seconda metà
    # di gennaio", "de tweede helft van januari", as the rewrite leaves them ("2ª about 15 january", "h2 of january")
    rf"(?P<mod>{_HALF_OF_MONTH}|"
    r"early|earlier in|first thing(?: in)?|first (?:week|days|couple of weeks|few days) of|the first (?:week|days|few days) of|beginning of|beginning|the beginning of|start of|the start of|first part of|"
    r"at the start of|at the beginning of|begin|mid|mid-|middle of|the middle of|halfway through|"
    r"late|later in|last (?:week|days|few days) of|the last (?:week|days|few days) of|end of|the end of|by the end of|by end of|close of|the close of|towards the end of|"
    r"toward the end of|until the end of|til the end of|last part of|rest of|the rest of|before the end of|"
    # ("vóór", the Dutch "before" stressed, which the rewrite leaves as it is: "liefst vóór de bouwvakantie")
    r"before|vóór|prior to|no later than|not later than|ahead of|by|until|till|til|within|after|following|post|"
    r"once|from|starting|starting in|starting from|beginning in|"
    # "the second week of January", and as the rewrite leaves the others ("2. weeks in january", "2ème weeks of",
    # "2ª weeks of", "2e weeks van")
    rf"(?:the\s+)?{_NTH_WEEK}\s+weeks?\s+(?:of|in|van|di|de))[\s-]*(?:(?:the|our|my|their)\s+)?(?:of\s+)?$"
)


# "not before next year", "not until Q2", "no earlier than March": the period's start, not the day before it.
# "the month of March" ("le mois de mars", "el mes de marzo", "dem Monat März") is March.
_NOT_BEFORE = lazy_compile(
    r"(?:\b(?:not|won'?t(?: be)?|wouldn'?t(?: be)?|isn'?t|aren'?t|can'?t|cannot|no one|nobody|never)\s+(?:\w+\s+){0,2}?(?:before|until|till|til|prior to)|"
    # "nothing happens before April", "rien ne se passera avant le T2" (rewritten "nothing ne se passera before the q2")
    r"\bnothing\s+(?:[^\W\d_][\w'-]*\s+){0,3}?(?:before|until|till|til|prior to)|"
    r"\bno (?:earlier|sooner) than|\bnot (?:earlier|sooner) than)\s*(?:(?:in|on|at)\s+)?(?:the\s+)?(?:months?\s+(?:of\s+)?)?$")
# "we have no time before January", "before January we have no time" ("Tot januari hebben we geen tijd", which the
# rewrite makes "before january", "bis Januar haben wir keine Zeit", "hasta enero no tenemos tiempo"): a wait until
# the time, read as "we're slammed until January" is, not a deadline before it.
_NO_TIME_BEFORE = lazy_compile(r"\bno (?:time|capacity|bandwidth|room)\s+(?:\w+\s+){0,2}?(?:before|until|till|til|prior to|by)\s*(?:the\s+)?(?:months?\s+(?:of\s+)?)?$")
_AT_THE_EARLIEST_AFTER = lazy_compile(r"\s*,?\s*(?:at the (?:very )?earliest|earliest)\b")
_NONE_UNTIL_THEN_BEFORE = lazy_compile(r"\b(?:before|until|till|til|by|prior to)\s*(?:the\s+)?(?:months?\s+(?:of\s+)?)?$")
_NONE_UNTIL_THEN_AFTER = lazy_compile(
    r"[\s,;:-]*(?:(?:[a-z]+\s+){0,2}?(?:we|i)\s+(?:have|'ve got|have got|'ve)\s+no\s+(?:time|capacity|bandwidth|room)\b(?!\s+to\s+(?:waste|lose|spare))|"
    r"(?:we|i)(?:'re|\s+are|'m|\s+am)\s+(?:fully\s+|completely\s+|totally\s+)?(?:booked|busy|swamped|slammed|flat out)\b|"
    r"(?:we|i)\s+(?:can'?t|cannot|won'?t)\s+(?:start|begin|do|take)\b|nothing\b)")
# "vor Q2 passiert bei uns sowieso nichts", "antes del Q2 no pasa nada", "voor Q2 gebeurt er bij ons toch niks" (as the
# rewrite leaves them: "before q2 passiert bei uns sowieso nothing"), "rien ne se passera avant le T2" ("nothing ne se
# passera before the q2"): nothing happens before the time, so not before it, as "nothing happens before Q2" is
_NOTHING_AFTER = lazy_compile(
    r"\s+(?:(?!(?:need|want|require|brauch|besoin|necesit|precis|bisogn|nodig|ask|expect)\w*\s)[^\W\d_][\w'-]*\s+){0,5}?"
    r"(?:nothing|nichts|niks|niets|rien|nada|niente|nulla)\b(?!\s+(?:else|fancy|more|but|special|big|complicated|too|extra)\b)")
_NOTHING_BEFORE = lazy_compile(r"\bnothing\s+(?:[^\W\d_][\w'-]*\s+){0,3}?(?:before|until|till|prior to)\s+(?:the\s+)?$")

# "Hasta enero estamos a tope, luego queremos...", "Até janeiro estamos cheios, depois...": a time, the rest of its clause,
# then the aim from then on: the time is a wait, not a deadline ("by January" alone is one).
_WAIT_THEN_AFTER = lazy_compile(
    r"[^.!?,;]{0,60},\s*(?:(?:but|and|so|aber|mais|pero|mas|ma|maar)\s+)?(?:then|after that|danach|dann|ensuite|puis|luego|despu(?:é|e)s|depois|poi|dopo|daarna)\b")

# ("tax season starts in Feb and we want the new site up before then", "our fiscal year ends March 31, so whatever we
# sign has to be invoiced before then": up to eight words of what is wanted between)
_BEFORE_THAT = lazy_compile(r"[\s,;:-]*(?:(?:so|and|but|which means)\s+)?(?:[a-z']+\s+){0,8}?(?:before|ahead of|prior to) (?:that|then|it)\b")
# "We reopen after the refurb in spring 2027 and want bookings flowing by then": what is wanted is wanted by the time
# just said ("bis dahin", "d'ici là", "para entonces", "até lá", "entro allora", "tegen dan", as the rewrite leaves them).
_BY_THEN = lazy_compile(
    r"[\s,;:-]*(?:(?:so|and|but|which means)\s+)?(?:[\w']+\s+){0,8}?"
    r"(?P<by>by (?:then|that time|that point|that date|dahin|lá|la|allora)|within (?:là|la)|for entonces|para entonces|tegen dan|tegen die tijd)\b"
)
# "Our fiscal year starts April 1 so any spend has to wait till then": what is wanted waits for the time just said, and
# starts then.
_WAIT_TILL_THEN = lazy_compile(
    r"[\s,;:-]*(?:(?:so|and|but|which means)\s+)?(?:[\w']+\s+){0,8}?(?<!had to )(?<!were )(?<!was )wait(?:s|ing)? (?:till|until|til|for) (?:then|that|that date|that point)\b")
# "Open day is 14 Feb and we need the campaign live 4 weeks before": so long before the time said.
_AHEAD_OF_IT = lazy_compile(
    r"[\s,;:-]*(?:(?:so|and|but|which means)\s+)?(?:[a-z']+\s+){0,8}?"
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|a couple of|a few)\s+(?P<unit>days?|weeks?|months?)\s+"
    r"(?:before|ahead|prior|earlier)(?:\s+(?:that|then|it))?(?=\s*(?:$|[.,;!?)]))"
)
# "before the trade show in April", "prima della fiera di aprile" (rewritten "before the fiera of april"): before an event
# a month dates is before the month.
# (French "avant le salon d'avril" loses its "d'" in the rewrite: "before the salon april")
_BEFORE_AN_EVENT = lazy_compile(r"\b(?:before|ahead of|prior to)\s+(?:the|our|my|their|a|an)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:(?:of|in|on)\s+(?:the\s+)?)?$")
# "before the new financial year starts in April", "bevor das neue Geschäftsjahr im April beginnt", "voordat het nieuwe
# boekjaar in april begint", "prima che inizi il nuovo anno fiscale ad aprile" (as the rewrite leaves them, some words
# untranslated): an event that starts in the month, wanted before it; the month's start is the deadline.
_BEFORE_IT_STARTS_IN = lazy_compile(
    r"\b(?:before|ahead of|prior to|1ª che)\s+(?:[^\W\d_][\w'-]*\s+){0,6}?"
    # the event's start said before the month ("starts", "commence", "empiece", "inizi", "começar", as the rewrite leaves them)
    r"(?:starts?|begins?|kicks? off|commence|commencent|d(?:é|e)marre|empiece|empieza|comience|comienza|inizi|inizia|cominci|comincia|"
    r"come(?:ç|c)ar|come(?:ç|c)a|comece|start)\s+(?:[^\W\d_][\w'-]*\s+){0,6}?(?:in|on|of)\s+(?:the\s+)?$")
# ... or after it, as German and Dutch say it ("bevor das neue Geschäftsjahr im April beginnt", "voordat het nieuwe boekjaar
# in april begint")
_BEFORE_IT_IN = lazy_compile(r"\b(?:bevor|voordat|before)\s+(?:[^\W\d_][\w'-]*\s+){1,6}?(?:in|on|of)\s+(?:the\s+)?$")
_IT_STARTS_AFTER = lazy_compile(r"\s+(?:beginnt|begint|startet|anf(?:ä|ae)ngt|start)\b")
_AHEAD_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def _ahead(lower: str, end: int) -> timedelta:
    """How long before the time just said the visitor wants it ("... 4 weeks before"): nothing when not said."""
    m = _AHEAD_OF_IT.match(lower, end)
    if m is None:
        return timedelta(0)
    n = _count(m.group("n")) or 1
    return timedelta(days=round(n * _AHEAD_UNIT_DAYS[m.group("unit").rstrip("s")]))


# "dont talk to me til january 😂 but then we want to get the website sorted", "busy until March, then we'd like to
# start": what the visitor wants is said after the time, from then on.
# ("danach", "ensuite", "luego", "depois", "poi", "daarna": the other languages' "then" as the rewrite leaves it)
_THEN_AFTER = lazy_compile(
    r"[\W_]*(?:(?:but|and|so)\s+)?(?:then|after that|from then(?: on)?|at that point|danach|dann|ensuite|puis|luego|despu(?:é|e)s|depois|poi|dopo|daarna|dan)\b"
)


def _refers_back(text: Text, found: "_Found") -> bool:
    """Whether what the visitor wants is said after the time, as before it ("..., and we want the site up before
    then", "... we need the campaign live 4 weeks before") or from then ("..., but then we want ...")."""
    lower = text.lower
    m = _BEFORE_THAT.match(lower, found.end) or _AHEAD_OF_IT.match(lower, found.end)
    if m:
        return bool(_AIM.search(lower, found.end, m.end()))
    if _WAIT_TILL_THEN.match(lower, found.end):
        return True
    by_then = _BY_THEN.match(lower, found.end)
    if by_then:
        return bool(_AIM.search(lower, found.end, by_then.start("by")))  # (the "by" of "by then" is no aim of its own)
    then = _THEN_AFTER.match(lower, found.end)
    return bool(then and _AIM.search(lower, then.end(), stance.sentence_at(text, found.start)[1]))
# "within" and "for" are how "d'ici l'été", "para el verano", "per l'estate" read in English: by the season too.
_BY_SEASON = lazy_compile(r"\b(?:by|until|till|til|in time for|for|within|up to)\s+(?:the\s+)?$")


def _resolve(start: date, end: date, before: str, now: date) -> date:
    if _NOT_BEFORE.search(before):
        return max(now, start)
    m = _MODIFIER.search(before)
    mod = m.group("mod") if m else ""
    length = (end - start).days
    if mod and length < 32 and re.fullmatch(_HALF_OF_MONTH, mod):
        # a half of the month: its first fifteen days, or the rest
        start, end = (start, start + timedelta(days=14)) if _FIRST_HALF.match(mod) else (start + timedelta(days=15), end)
        return max(start, now) + timedelta(days=(end - max(start, now)).days // 2)
    if mod in ("before", "prior to", "ahead of", "vóór"):
        return max(now, start - timedelta(days=1))
    if mod in ("by", "within", "no later than", "not later than") and length < 100:
        # "by April", "bis April", "d'ici avril", "entro aprile" ("d'ici le T2" reads "within the q2"): a deadline, met
        # when the month or quarter comes, never
        # its middle; one already begun is met by its end ("by December" said on 4 December)
        return start if start > now else end
    if (week := _nth(mod)) is not None and length < 32:
        return max(now, start + timedelta(days=7 * (week - 1) + 3))  # "the second week of January": its middle day
    if mod in ("after", "following", "post", "once"):
        return end + timedelta(days=1 + min(14, length // 6))
    if "end" in mod or mod.startswith(("late", "last", "the last")) or mod in ("close of", "the close of"):
        if mod.startswith(("late", "last", "the last")):
            return end - timedelta(days=min(length // 6, 30))
        return end
    if mod.startswith(("first thing", "early", "beginning", "the beginning", "start", "the start", "first", "the first", "at the", "begin", "earlier")):
        # "first thing next year": its first days; "early next year": a date in its first sixth
        point = start + timedelta(days=min(7, length) if mod.startswith("first thing") else min(length // 6, 30))
        if now > start + timedelta(days=length // 3):
            return point  # "the start of this year" said in December: the part is gone, no deadline (add() drops it)
        return max(now, point)
    if mod.startswith(("mid", "middle", "the middle", "halfway")):
        return start + timedelta(days=length // 2)
    if mod in ("rest of", "the rest of"):
        start = max(start, now)
        return start + timedelta(days=(end - start).days // 2)
    start = max(start, now)
    return start + timedelta(days=(end - start).days // 2)


def _count(raw: str) -> float | None:
    raw = raw.strip()
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(?:-|to|or|/)\s*(\d+(?:[.,]\d+)?)", raw)
    if m:
        return (float(m.group(1).replace(",", ".")) + float(m.group(2).replace(",", "."))) / 2
    if re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
        return float(raw.replace(",", "."))
    if raw in ("a", "an", "one", "the"):
        return 1
    if re.fullmatch(r"(?:a )?couple(?: of)?", raw):
        return 2
    if re.fullmatch(r"(?:a )?few", raw):
        return 3
    if raw == "several":
        return 4
    if re.fullmatch(r"(?:a |one and a )?half(?: a| an)?", raw):
        return 1.5 if "one and" in raw else 0.5
    m = re.fullmatch(r"(\w+)\s*(?:-|to|or)\s*(\w+)", raw)
    if m and m.group(1) in {**UNITS, **TENS} and m.group(2) in {**UNITS, **TENS}:
        a, _ = words_value([m.group(1)])
        b, _ = words_value([m.group(2)])
        return (a + b) / 2
    tokens = re.findall(r"[a-z]+", raw)
    if tokens and all(t in UNITS or t in TENS or t in ("and", "a", "half") for t in tokens):
        value, _ = words_value(tokens)
        return value or None
    return None


_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_N = (
    rf"(?P<n>\d+(?:[.,]\d+)?\s*(?:-|to|or|/)\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|(?:{_NUMBER_WORD})\s*(?:-|to|or)\s*(?:{_NUMBER_WORD})|"
    rf"(?:{_NUMBER_WORD})(?:[\s-](?:{_NUMBER_WORD}))?|a couple of|a couple|couple of|couple|a few|few|several|"
    rf"one and a half|a half|half an|half a|an|a|the)"
)
_UNIT = r"(?P<unit>days?|business days|working days|weeks?|wks?|fortnights?|months?|mos|mths?|quarters?|qtrs?|years?|yrs?)"
_RELATIVE = (
    lazy_compile(
        rf"\b(?:in|within|inside(?: of)?|over|during|the next|next|in the next|within the next|over the next|"
        rf"in about|in around|in roughly|in approx\.?|in approximately|give it|another|about|around|roughly|"
        rf"in like|in maybe|maybe|approx\.?|in less than|less than|under|in under|in just|in another|no more than|"
        rf"no later than|not more than|by|the coming|in the coming|in the upcoming|upcoming|coming|within about|"
        rf"within the coming|in the following|for the next|after|following|"
        # "Timeline: 8 weeks", "turnaround of about 3 weeks"
        rf"(?:timeline|timeframe|time frame|turnaround|deadline)(?:\s+is|\s*:|\s+of)?(?:\s+(?:about|around|roughly|approx\.?|maybe|~))?)\s+(?:the\s+)?(?:next\s+)?"
        rf"{_N}\s*(?:more\s+|or so\s+)?{_UNIT}\b"
    ),
    lazy_compile(rf"\b{_N}\s*{_UNIT}\s+(?:from now|from today|out|time|away|or so|tops|max|or less|later|hence|down the line|until|till|to go|left before|"
               rf"turnaround|timeline|timeframe|time frame|window|lead time|deadline|from (?:signing|signature|contract|kick-?off|sign-?off|approval|the go-ahead|go-ahead|start))\b"),
    lazy_compile(rf"\b{_N}\s*{_UNIT}'?s? time\b"),
)
# "a year ago", "about two years ago", "3 weeks back": a span counted back from now is the past, never a horizon.
_COUNTED_BACK = lazy_compile(r"\s*(?:ago|back)\b")
# A bare "2-3 months" answers "when?" but means nothing in other text.
_RELATIVE_ANSWER = lazy_compile(rf"^\W*(?:(?:about|around|roughly|maybe|probably|approx\.?|like|prob)\s+)?{_N}\s*{_UNIT}\b")
_NEXT_UNIT = lazy_compile(
    r"\b(?P<which>next|nxt|this|the following|following|the coming|coming|the upcoming|upcoming|current)\s+"
    r"(?P<unit>week|wk|month|mo|mth|quarter|qtr|year|yr|fiscal year|fy|calendar year|half)\b"
)
_EARLIER_IN = lazy_compile(r"\b(?:earlier|previously)\s+(?:in\s+)?$")
_END_OF = lazy_compile(r"\b(?:within (?:the|this) (?:year|quarter|month|week)|before (?:the|this) (?:year|quarter|month|week) (?:ends|is over|is out|finishes|closes)|eoy|eoq|eom|eow|year[- ]end|year's end|end of year|end of the year|end of quarter|end of month|end of week|month[- ]end|quarter[- ]end|end of the month|end of the quarter|end of the week|fiscal year[- ]end)\b")
# "the start of the year", "the middle of the year", "mid-year" ("Anfang/Mitte des Jahres"): the next such part of a
# year ("end of the year" is read with the other ends below); "the mid-year review" is an event, no time to start.
_PART_OF_YEAR = lazy_compile(
    r"\b(?:(?P<start>(?:start|beginning|early part|first part|first weeks|first months)\s+of\s+(?:the\s+)?year|early in the year)|"
    r"(?:middle|halfway point)\s+of\s+(?:the\s+)?year|mid[- ]?year(?![- ](?:review|appraisal|report|results|figures|numbers|bonus|sales?|"
    r"meeting|update|check|planning|budget|party|break|exams?)))\b(?:\s+(?:of\s+)?(?P<year>20\d\d)\b)?(?!\s+(?:of\s+|in\s+)?(?:next|the following)\b)")
# The year before "year end" when it is not the calendar's.
_OWN_YEAR = lazy_compile(r"\b(?:tax|financial|fiscal|fy|business|accounting|budget|school|academic)\s*$")
_ISO = lazy_compile(r"\b(?P<y>20\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b")
_NUMERIC = lazy_compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{2}|\d{4}))?(?![\d/])(?!\.\d)")
_MONTH_DAY = lazy_compile(rf"\b{_MONTH}\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<year>20\d\d))?")
# ("1er avril", "1º de abril", "1° aprile": the first of the month as French, Spanish, Portuguese and Italian write it)
_DAY_MONTH = lazy_compile(rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º|°|ª)?\s+(?:of\s+)?{_MONTH}\b(?:,?\s*(?P<year>20\d\d))?")
_MONTH_ONLY = lazy_compile(rf"\b{_MONTH}(?:\s*(?:of\s+)?(?P<year>20\d\d|'\d\d))?(?![a-z])")
# "thurs" alone answers "when?"; in other text a weekday needs "next", "on", "by"...
_BARE_WEEKDAY = lazy_compile(r"^\W*(?P<rel>)(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri)\W*$")
# "by the 15th": a day of the month with no month is its next occurrence.
_DAY_ONLY = lazy_compile(
    rf"\b(?:by|on|before|until|till|from|starting|due|around|for)\s+(?:the\s+)?(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    rf"(?!\s*(?:of\s+)?(?:{'|'.join(MONTHS)}|week|day|floor|century|year|anniversary|birthday|percent|place|time|employee|hire|client)\b)"
)
_BARE_MONTH = lazy_compile(
    r"\W*(?:(?:probably|maybe|hopefully|ideally|around|about|roughly|prob|likely|early|mid|late|end of|start of|beginning of|middle of)[\s-]+)*"
    rf"{_MONTH}(?:\s*(?:of\s+)?(?:20\d\d|'\d\d))?(?:\s+(?:probably|maybe|hopefully|ideally|latest|at the latest|or so|ish))?\W*"
)
_OF_LEFT = r"(?:of|van|do|da|del|des|di|dell|of the|van the)"
_QUARTER = lazy_compile(
    r"\b(?:q(?P<n>[1-4])|(?P<nw>first|second|third|fourth|1st|2nd|3rd|4th) quarter)"
    r"(?:\s*(?:of\s+)?(?:(?:fy|cy)\s*)?(?P<year>20\d\d|'\d\d|\d\d(?![\d%])))?"
    # "of" as the rewrite leaves it in Dutch and Portuguese: "in het tweede kwartaal van volgend jaar" -> "in the q2 van
    # next year", "no segundo trimestre do ano que vem" -> "in q2 do next year"
    rf"(?:\s+(?:{_OF_LEFT}\s+)?(?P<rel>next|this|the following|the coming) year)?\b"
)
_ORDINALS = {"first": 1, "1st": 1, "front": 1, "second": 2, "2nd": 2, "latter": 2, "back": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}
_HALF = lazy_compile(
    r"\b(?:h(?P<n>[12])|(?P<nw>first|second|1st|2nd|latter|back|front) half)"
    rf"(?:\s*(?:{_OF_LEFT}\s+)?(?:the\s+)?(?:(?P<year>20\d\d|'\d\d)|(?P<rel>next|this|the following|coming) year|year))?\b"
)
# "our summer courses", "los cursos intensivos de verano" (rewritten "cursos intensivos of summer"), "les cours
# d'été": a season naming what the visitor sells is no time, unless a time word comes first ("before the summer courses").
_PRODUCT_AFTER_SEASON = lazy_compile(
    r"(?:\s+intensive)?\s+(?:courses?|classes|class|camps?|school|programm?es?|programs?|menu|term|semester|intake|workshops?|"
    r"lessons|sessions|academy|clubs?|tours?|retreats?|league|tyres|tires|clothing|wear|range|collection)\b"
)
_PRODUCT_BEFORE_SEASON = lazy_compile(
    r"\b(?:courses?|cursos?|cours|stages?|camps?|campamentos?|colonias|corsi|clases|aulas|classes|lessons|programas?|programmes?|"
    r"men(?:u|ú)|workshops?|talleres|ateliers|laboratori|cursussen|kampen|kamp|colecci(?:ó|o)n|cole(?:ç|c)(?:ã|a)o|collezione|collection)"
    r"(?:\s+[a-z]+)?\s+(?:(?:of|de|du|d'|di|da|do|del|van)\s+(?:the\s+|de\s+)?)?$"
)
_TIME_BEFORE_PRODUCT = lazy_compile(
    r"\b(?:by|before|until|till|ahead of|in time for|ready for|prior to|after|once|when)\s+(?:the\s+|our\s+|my\s+|their\s+)?$"
)


def _names_a_product(lower: str, m: re.Match[str]) -> bool:
    """The season is a word of a product's name, and no time word precedes the name."""
    if m.group("rel") or m.group("year"):
        return False
    if _PRODUCT_AFTER_SEASON.match(lower, m.end()):
        return not _TIME_BEFORE_PRODUCT.search(lower, max(0, m.start() - 25), m.start())
    return bool(_PRODUCT_BEFORE_SEASON.search(lower, max(0, m.start() - 40), m.start()))


_SEASON = lazy_compile(
    r"\b(?:(?P<rel>this|next|the coming|coming|upcoming|the upcoming|following|the following)\s+)?"
    r"(?P<season>spring|summer|fall|autumn|winter)(?:\s*(?:of\s+)?(?P<year>20\d\d|'\d\d))?(?:time)?\b"
)
# A season said by what marks it, as a landmark after a word that places a time ("avant la première neige", "after the
# harvest", "nach der Ernte", "dopo la vendemmia", "na de oogst", "après la fonte des neiges"): the first snow or frost
# is the winter, the harvest the autumn, the thaw the spring (the northern year, as the seasons' own names are read).
_SEASON_MARKS = {
    "winter": r"(?:first|1st|premi(?:è|e)re|1(?:è|e)re|premier|erste[nm]?|1\.|primeras?|prima|primeira|eerste)\s+(?:snow(?:fall)?|frost|neige|gel(?:ée)?|schnee|frost|"
              r"nevadas?|heladas?|neve|gelata|geada|sneeuw|vorst|nachtvorst)",
    "autumn": r"harvest(?:\s+time)?|vendanges|r(?:é|e)coltes?|ernte|weinlese|cosecha|vendimia|vendemmia|raccolta|colheita|vindima|(?:wijn)?oogst",
    "spring": r"thaw|snow ?melt|fonte des neiges|d(?:é|e)gel|saison des sucres|schneeschmelze|deshielo|disgelo|degelo|dooi",
}
_SEASON_MARK = lazy_compile(
    r"\b(?:after|before|until|till|by|around|following|from|post|during|ahead of|in time for|once)\s+(?:the\s+|la\s+|les\s+|le\s+)?"
    rf"(?:{'|'.join(f'(?P<{season}>{words})' for season, words in _SEASON_MARKS.items())})(?!\w)"
    # "after the harvest festival sale", "before the harvest market": an event named by it, not the season
    r"(?!\s+(?:festival|sale|sales|market|fair|party|dinner|campaign|promo|collection|moon)\b)"
)
_YEAR = lazy_compile(r"(?:\b(?:in|by|for|during|before|until|after|early|mid|late|end of|start of|beginning of|sometime in|within|from|of|q[1-4]|h[12]|fy|looking at|targeting|aiming for|aim for|planning for)\s*-?\s*)(?P<year>20[2-9]\d)\b|^\W*(?P<bare>20[2-9]\d)\W*$")
_WEEKDAY = lazy_compile(
    r"\b(?P<rel>next|this|by|on|before|until|till|coming|this coming|starting|from)\s+"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri)\b"
)
_ASAP = (
    (lazy_compile(r"\b(?:today|tonight|right now|right away|immediately|straight ?away|at once|this instant|yesterday|now now|urgent(?:ly)?|same day|immediate(?:ly)?|already late|overdue|behind schedule)\b"), 0),
    (lazy_compile(r"\b(?:asap|a\.s\.a\.p\.?|as soon as (?:possible|we can|you can)|soonest|quick(?:ly)? as possible|like yesterday|"
                # ("emergency plumber", "emergency vet": a service for emergencies, not the visitor's haste)
                r"emergency(?!\s+(?:plumb\w*|electric\w*|locksmiths?|vets?|veterinar\w*|dent\w*|doctors?|repairs?|call[- ]?outs?|callouts?|services?|"
                r"rooms?|departments?|response|care|medicine|fund|contacts?|numbers?|lines?|lighting|generators?|kits?|housing|shelters?|"
                r"roof\w*|glaz\w*|boarding|tow\w*|hvac|heating|pest|clean\w*|restoration|work|jobs?|calls?|cover|management|planning|alerts?)\b)|"
                r"fast as possible|the sooner the better|sooner the better|quickly|in a hurry|"
                # ("the summer rush", "after the christmas rush": a busy season of theirs, not haste)
                r"(?<!the )(?<!summer )(?<!christmas )(?<!xmas )(?<!holiday )(?<!holidays )(?<!festive )(?<!lunch )(?<!seasonal )(?<!busy )rush"
                r"(?!\s+(?:season|period|hour|hours)\b)|hurry|right now|urgent|"
                r"(?:need|needs|needed|want|wants)\b[^.,;!?]{0,20}\b(?:fast|quick))\b"), 7),
    (lazy_compile(r"\b(?:tomorrow|tmrw|tmr)\b"), 1),
    (lazy_compile(r"\bday after tomorrow\b"), 2),
    (lazy_compile(r"\b(?:this week|end of (?:the )?week|within (?:a|the) week|in a few days|in the next few days|next few days|within days|this weekend|couple (?:of )?days|few days)\b"), 4),
    (lazy_compile(r"\b(?:soon|shortly|very soon|pretty soon|quite soon|real soon|near future|near term|short term|short[- ]term|in the coming weeks|coming weeks|next few weeks|in a few weeks|within weeks|in weeks|imminently|imminent)\b"), 21),
    (lazy_compile(r"\b(?:coming months|next few months|in a few months|within months|in the coming months|few months|medium term|mid[- ]term|later on)\b"), 90),
    (lazy_compile(r"\b(?:now|ready to go|ready to start|ready now|good to go|starting now|start now|need it now)\b"), 0),
)


# A phrase in quote marks ("rank for 'emergency plumber houston'", 'found for "same day courier"'): what the visitor
# quotes, a search term or a name; a quote mark opens after a space or a bracket and closes before one or punctuation.
# (a phrase of two words or more after a word that introduces a term: "we need it 'asap'" and "we need it "right now""
# are the visitor's own words in scare quotes)
_QUOTED = lazy_compile(
    r"\b(?:for|as|called|named|keywords?|terms?|search(?:es)?|quer(?:y|ies)|phrases?|like)\s*:?\s+"
    r"(['\"])(\w[^'\"\n]{0,60}?\s[^'\"\n]{0,60}?)\1(?=[\s.,;:!?)]|$)"
)


@lru_cache(maxsize=16)
def _holidays(year: int) -> dict[str, tuple[date, date]]:
    def nth_weekday(month: int, weekday: int, n: int) -> date:
        first = date(year, month, 1)
        shift = (weekday - first.weekday()) % 7
        if n > 0:
            return first + timedelta(days=shift + 7 * (n - 1))
        last = _month_span(year, month)[1]
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    from dateutil.easter import easter

    thanksgiving = nth_weekday(11, 3, 4)
    one = lambda d: (d, d)  # noqa: E731
    lunar = {2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6), 2028: date(2028, 1, 26), 2029: date(2029, 2, 13), 2030: date(2030, 2, 3)}
    diwali = {2025: date(2025, 10, 21), 2026: date(2026, 11, 8), 2027: date(2027, 10, 29), 2028: date(2028, 10, 17), 2029: date(2029, 11, 5), 2030: date(2030, 10, 26)}
    days = {
        "christmas": one(date(year, 12, 25)), "xmas": one(date(year, 12, 25)), "x-mas": one(date(year, 12, 25)),
        "holidays": (date(year, 12, 15), date(year, 12, 31)), "holiday season": (date(year, 12, 1), date(year, 12, 31)),
        "festive season": (date(year, 12, 1), date(year, 12, 31)),
        "new year": one(date(year, 1, 1)), "new years": one(date(year, 1, 1)), "new year's": one(date(year, 1, 1)),
        # "first of the year": the turn of the year, said as one day like new year
        "first of the year": one(date(year, 1, 1)), "1st of the year": one(date(year, 1, 1)),
        "nye": one(date(year, 12, 31)), "new year's eve": one(date(year, 12, 31)),
        "easter": one(easter(year)), "thanksgiving": one(thanksgiving),
        # the building trades' collective summer holiday and firms' summer closing, as a country keeps them (their regions
        # stagger them; these are the spans most of them share): the Dutch "bouwvak" (late July to mid-August), the
        # Belgian "bouwverlof" (the second half of July), the German "Betriebsferien" (mid-July to mid-August)
        "bouwvak": (date(year, 7, 20), date(year, 8, 14)), "bouwvakantie": (date(year, 7, 20), date(year, 8, 14)),
        "bouwverlof": (date(year, 7, 13), date(year, 7, 31)), "betriebsferien": (date(year, 7, 15), date(year, 8, 15)),
        "black friday": one(thanksgiving + timedelta(days=1)), "cyber monday": one(thanksgiving + timedelta(days=4)),
        "bfcm": one(thanksgiving + timedelta(days=1)),
        "labor day": one(nth_weekday(9, 0, 1)), "labour day": one(nth_weekday(9, 0, 1)),
        "memorial day": one(nth_weekday(5, 0, -1)), "independence day": one(date(year, 7, 4)),
        "july 4th": one(date(year, 7, 4)), "4th of july": one(date(year, 7, 4)), "fourth of july": one(date(year, 7, 4)),
        "halloween": one(date(year, 10, 31)), "valentine's day": one(date(year, 2, 14)), "valentines day": one(date(year, 2, 14)),
        "valentine's": one(date(year, 2, 14)), "valentines": one(date(year, 2, 14)),
        "boxing day": one(date(year, 12, 26)), "st patrick's day": one(date(year, 3, 17)),
        "mother's day": one(nth_weekday(5, 6, 2)), "father's day": one(nth_weekday(6, 6, 3)),
        "back to school": (date(year, 8, 15), date(year, 9, 15)), "back-to-school": (date(year, 8, 15), date(year, 9, 15)),
        "summer break": (date(year, 6, 15), date(year, 8, 31)), "summer holidays": (date(year, 7, 1), date(year, 8, 31)),
        "tax season": (date(year, 1, 15), date(year, 4, 15)), "super bowl": one(nth_weekday(2, 6, 2)),
        "prime day": one(date(year, 7, 15)), "singles day": one(date(year, 11, 11)),
    }
    if year in lunar:
        days["chinese new year"] = days["lunar new year"] = days["cny"] = one(lunar[year])
    if year in diwali:
        days["diwali"] = one(diwali[year])
    return days


_HOLIDAY = lazy_compile(
    r"\b(?P<name>christmas|xmas|x-mas|the holidays|holidays|holiday season|festive season|new year's eve|nye|"
    r"new year's|new years|new year|(?:the )?(?:first|1st) of the year|easter|thanksgiving|black friday|cyber monday|bfcm|labou?r day|memorial day|"
    r"independence day|july 4th|4th of july|fourth of july|halloween|valentine'?s(?: day)?|boxing day|"
    r"st\.? patrick'?s day|mother'?s day|father'?s day|back[- ]to[- ]school|back to school|summer break|summer holidays|"
    # ("CNY", as Singapore and Malaysia write Chinese New Year)
    r"tax season|super bowl|prime day|singles day|chinese new year|lunar new year|cny|diwali|bouwvak(?:antie)?|bouwverlof|betriebsferien|"
    # German and Dutch compounds the rewrite leaves whole ("das Weihnachtsgeschäft", "de kerstcampagne")
    r"(?P<christmas>weihnachts[^\W\d_]+|kerst[^\W\d_]+))\b"
)


# Festivals and holidays named in the seven languages (and as the rewrite leaves them), dated by the `holidays` library
# in the country that keeps them: the visitor's country when its calendar holds the day, else the best-known keeper's
# ("Carnival" is Brazil's, "Songkran" Thailand's, "Golden Week" Japan's days from Showa Day to Children's Day).
# Each: the words, the keeper, the library's categories, and the library's English names of the days it spans.
_FESTIVALS: dict[str, tuple[str, str, str | None, tuple[str, ...], tuple[str, ...]]] = {
    "carnival": (r"carnival|carnaval|karneval|fasching|fasnacht|fastnacht|carnevale", "BR", None, ("public", "optional"), ("Carnival",)),
    "eid al-adha": (r"eid al[- ]adha|eid ul[- ]adha|a(?:ï|i)d el[- ]k(?:é|e)bir|kurban bayram\w*", "TR", None, ("public",), ("Eid al-Adha",)),
    "eid": (r"eid(?: al[- ]fitr| ul[- ]fitr)?|a(?:ï|i)d(?: el[- ]fitr)?|ramazan bayram\w*|lebaran|hari raya(?: aidilfitri)?", "TR", None, ("public",),
            ("Eid al-Fitr",)),
    "songkran": (r"songkran", "TH", None, ("public",), ("Songkran Festival",)),
    "golden week": (r"golden week", "JP", None, ("public",), ("Showa Day", "Constitution Day", "Greenery Day", "Children's Day")),
    "pentecost": (r"pentecost|whitsun(?:tide)?|whit (?:sunday|monday)|pfingsten|pentec(?:ô|o)te|pentecost(?:é|e)s|pentecoste|pinksteren",
                  "NL", None, ("public",), ("Whit Sunday", "Whit Monday")),
    "ascension": (r"ascension(?: day)?|(?:christi )?himmelfahrt|ascensi(?:ó|o)n|ascensione|ascens(?:ã|a)o|hemelvaart(?:sdag)?", "NL", None,
                  ("public",), ("Ascension Day",)),
    "corpus christi": (r"corpus christi|fronleichnam|f(?:ê|e)te-dieu|sacramentsdag", "PT", None, ("public",), ("Corpus Christi",)),
    "ferragosto": (r"ferragosto", "IT", None, ("public",), ("Assumption Of Mary Day",)),
    # Québec keeps its own national day (24 June); elsewhere "la fête nationale" is France's 14 July
    "fete nationale": (r"f(?:ê|e)te nationale|quatorze juillet", "FR", None, ("public",), ("National Day",)),
}
_FESTIVAL_KEEPERS = {("fete nationale", "CA"): ("CA", "QC", ("Saint John the Baptist Day",))}
# Said as a landmark: after a word that places a time ("after Carnival", "logo depois do carnaval" rewritten "after the
# carnaval", "during Ramadan"), never a name standing alone ("Carnival Cruise Line", "we're in Corpus Christi",
# "our Ramadan campaign").
_FESTIVAL = lazy_compile(
    r"\b(?:after|before|until|till|by|around|following|from|post|during|over|ahead of|since|for|in time for|right after|soon after)\s+"
    r"(?:(?:the|our|this|next|this year's|next year's)\s+)?"
    rf"(?P<name>{'|'.join(f'(?P<k{i}>{words})' for i, (words, *_) in enumerate(_FESTIVALS.values()))}|ramad(?:a|ã|á)n|ramazan)"
    r"(?!\w)(?!\s+(?:cruise|corporation|corp|plc|line|lines|glory|row|campaign|sale|sales|promo|collection|market|parade|costume)\b)"
)
_RAMADAN = lazy_compile(r"ramad(?:a|ã|á)n|ramazan")


@lru_cache(maxsize=64)
def _festival_span(key: str, year: int, country: str | None) -> tuple[date, date] | None:
    """The first and last day of a named festival in a year, from the `holidays` library; Ramadan is the month that
    ends the day before Eid al-Fitr (29 or 30 days: 30 taken)."""
    import holidays

    if key == "ramadan":
        eid = _festival_span("eid", year, country)
        return None if eid is None else (eid[0] - timedelta(days=30), eid[0] - timedelta(days=1))
    _, keeper, subdiv, categories, names = _FESTIVALS[key]
    if country is not None and (key, country) in _FESTIVAL_KEEPERS:
        keeper, subdiv, names = _FESTIVAL_KEEPERS[(key, country)]
    elif country is not None and country != keeper:
        try:
            own = holidays.country_holidays(country, years=year, language="en_US", categories=categories)
        except (NotImplementedError, KeyError, ValueError):
            own = {}
        days = sorted(d for d, n in own.items() if any(part in names for part in n.split("; ")))
        if days:
            return days[0], days[-1]
    calendar = holidays.country_holidays(keeper, subdiv=subdiv, years=year, language="en_US", categories=categories)
    days = sorted(d for d, n in calendar.items() if any(part in names for part in n.split("; ")))
    return (days[0], days[-1]) if days else None


def _festival_key(m: re.Match[str]) -> str:
    if _RAMADAN.fullmatch(m.group("name")):
        return "ramadan"
    return next(key for i, key in enumerate(_FESTIVALS) if m.group(f"k{i}") is not None)


def _holiday_span(name: str, year: int) -> tuple[date, date] | None:
    name = name.replace("the holidays", "holidays").replace("st. patrick", "st patrick").replace("labour", "labor")
    if name.endswith("of the year"):
        name = name.removeprefix("the ")
    if name.startswith("valentine"):
        name = "valentine's day"
    if name in ("mothers day", "fathers day"):
        name = name.replace("s day", "'s day")
    return _holidays(year).get(name)


def _has_cue(lower: str, start: int, end: int) -> bool:
    before = lower[max(0, start - 25): start]
    after = lower[end: end + 12]
    return bool(
        re.search(r"\b(?:in|on|by|before|after|until|till|til|from|starting|since|early|mid|late|end of|start of|beginning of|middle of|around|during|next|this|come|for|of|the|than|or|and|to|sometime|maybe|probably|latest|around|circa|approx|targeting|target|launch|live|go live|start|begin|deadline|due|ideally|hopefully|thinking|thinking of|aiming for|hoping for|pencil+ed in for|looking like|more like|pushed(?: back)? to|moved(?: back)? to|slipped to|delayed to|postponed to)(?:\s+(?:our|my|their))?[\s-]*$", before)
        # "... but that's slipped, realistically March now", "realistisch jetzt März", "actually march now": a time revised
        or re.search(r"\b(?:realistic(?:ally)?|realistisch(?:\s+(?:gesehen|seen))?|realisticamente|being realistic|it'?ll be|it will be|actually|rather)"
                     r"(?:\s+now)?[\s,-]*$", before)
        or re.match(r"\s*(?:\d|20\d\d|'\d\d|or\b|at the latest|latest|-)", after)
        # "scratch February, make it March", "en marzo, no, mejor en abril": the month a time is corrected to
        or bool(_CORRECTED_TO.search(lower, max(0, start - 30), start))
        or bool(_EVENT_BRACKETED.search(lower, max(0, start - 60), start))
    )


# "before our busy season (march)", "ahead of our trade show (14 May)": the date of an event aimed at, in brackets.
_EVENT_BRACKETED = lazy_compile(
    r"\b(?:before|by|ahead of|until|in time for|prior to|start(?:ing)?|launch(?:ing)?|live|deadline|due|ready for)\b[^.;!?()]{0,40}\(\s*(?:in\s+|early\s+|mid[- ]?|late\s+|end of\s+)?$"
)
# "we'd want to kick off when our new CMO starts, she joins 1 Feb": the aim waits on an event, the next clause dates it.
_WAITS_ON = lazy_compile(r"\b(?:when|once|after|as soon as|the day)\b")
_DATES_IT = lazy_compile(
    r"^\W*(?:(?:she|he|they|it|that|which|the \w+|our \w+)(?:'s|'re| is| are| will be| should be)?\s+)?(?:joins?|starts?|arrives?|returns?|is back|comes? (?:in|back|on board)|"
    r"begins?|opens?|goes live|lands?|happens?|is due|expected|planned for|scheduled for|on|in|due|around)?\s*(?:on\s+|in\s+|around\s+|about\s+)?$"
)


def _dated_event(text: Text, found: _Found) -> bool:
    """A time that dates the event the aim in the clause before waits on."""
    lower = text.lower
    clause = text.clause_at(found.start)
    if clause[0] == 0 or not _DATES_IT.match(lower[clause[0]: found.start]):
        return False
    sentence = stance.sentence_at(text, found.start)
    previous = text.clause_at(max(sentence[0], clause[0] - 2))
    if previous[0] >= clause[0]:
        return False
    waits = _WAITS_ON.search(lower, previous[0], previous[1])
    return bool(waits and _AIM.search(lower, previous[0], waits.start()))


def _candidates(text: Text, now: date, field: str | None, translated: bool = False, country: str | None = None) -> list[_Found]:
    lower = text.lower
    found: list[_Found] = []

    gone: list[tuple[int, int]] = []  # where a period said is already past ("q1 this year" in December)

    def add(m: re.Match[str], when: date | None, start: int | None = None) -> None:
        if when is not None:
            when -= _ahead(lower, m.end())
        if when is not None and when >= now - timedelta(days=1):
            found.append(_Found(m.start() if start is None else start, m.end(), max(when, now)))
        elif when is not None:
            gone.append(m.span())

    def before(m: re.Match[str]) -> str:
        said = lower[max(0, m.start() - 30): m.start()]
        if _NOTHING_BEFORE.search(lower, max(0, m.start() - 60), m.start()) or (
                _NONE_UNTIL_THEN_BEFORE.search(said) and _NOTHING_AFTER.match(lower, m.end())):
            return said + " not before "  # "vor Q2 passiert nichts", "rien ne se passera avant le T2": not before Q2
        if _NO_TIME_BEFORE.search(said) or (_NONE_UNTIL_THEN_BEFORE.search(said) and (
                _NONE_UNTIL_THEN_AFTER.match(lower, m.end()) or _WAIT_THEN_AFTER.match(lower, m.end()))):
            return said + " until "  # "before January we have no time", "Hasta enero estamos a tope, luego...": a wait until January
        if _AT_THE_EARLIEST_AFTER.match(lower, m.end()) and re.search(r"(?:^|\b(?:in|from|starting|start|starting in)\s+|[,;:.!?(]\s*|^\s*)$", said):
            return said + " not before "  # "in March at the earliest" is "not before March" ("frühestens im März")
        if moved := _MOVED_UNTIL.search(said):
            return said[:moved.start("until")] + "to "  # "uitgesteld tot maart" (rewritten "before march"): moved to March
        if _BEFORE_THAT.match(lower, m.end()):
            return said + " before "  # "our busy season is summer so before that": the time, then "before that", is before it
        if (_LATEST_BEFORE.search(said) or _LATEST_AFTER.match(lower, m.end())) and not _MODIFIER.search(said):
            # "April at the latest", "allerspätestens im April": a deadline, as "by April" is ("end of next month at the
            # latest", "mid jan, latest start of feb" keep the part of the month said)
            return said + " by "
        return said

    for m in _ISO.finditer(lower):
        try:
            add(m, date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
        except ValueError:
            pass
    for m in _NUMERIC.finditer(lower):
        a, b = int(m.group("a")), int(m.group("b"))
        if f"{a}/{b}" in ("24/7", "50/50", "9/5", "24/5"):
            continue
        year = _year(m.group("y"))
        alone = field == "timing" and re.fullmatch(r"\W*(?:(?:by|on|around|approx\.?|about)\s+)?" + re.escape(m.group(0)) + r"\W*", lower) is not None
        if year is None and not alone and not re.search(r"\b(?:by|on|before|until|till|due|from|starting|start|deadline|around|after|date)\s*$", before(m)):
            continue
        day, month = (a, b) if m.group("sep") == "." or a > 12 else (b, a)
        try:
            when = date(year, month, day) if year else _upcoming(now, None, lambda y: (date(y, month, day), date(y, month, day)), True)[0]
        except ValueError:
            continue
        add(m, _apply_day_modifier(when, before(m), now))
    for m in _DAY_ONLY.finditer(lower):
        day = int(m.group("day"))
        year, month = now.year, now.month
        if day < now.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        add(m, _apply_day_modifier(when, before(m), now), m.start("day"))
    for m in _GERMAN_HALF.finditer(lower):
        month = _GERMAN_MONTHS.index(m.group("month")) + 1
        span = _upcoming(now, _year_after(lower, m.end(), now), lambda y: _month_span(y, month), False)
        add(m, _resolve(*span, ("first half of" if m.group("n").startswith(("1", "erste")) else "second half of"), now))
    dated_months: list[tuple[int, int]] = []  # where a month is part of a date with its day
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(lower):
            if _HALF_BEFORE_15.search(lower, max(0, m.start() - 12), m.start("day") if "day" in m.re.groupindex else m.start()):
                continue  # "la segunda quincena de enero" (rewritten "2ª about 15 january"): a half of the month, no 15th
            dated_months.append(m.span("month"))
            month = MONTHS[m.group("month")]
            day = int(m.group("day"))
            # "1st of March" is a date whatever "march" can mean; "5 may" needs a cue.
            dated = re.search(r"\d(?:st|nd|rd|th)\b|\bof\s", m.group(0)) is not None
            if day > 31 or (m.group("month") in _AMBIGUOUS_MONTHS and pattern is _DAY_MONTH and not dated and not _has_cue(lower, m.start(), m.end())):
                continue
            year = _year(m.group("year"))
            try:
                when = date(year, month, day) if year else _upcoming(now, None, lambda y: (date(y, month, day), date(y, month, day)), True)[0]
            except ValueError:
                continue
            add(m, _apply_day_modifier(when, before(m), now))
    for m in _MONTH_ONLY.finditer(lower):
        word = m.group("month")
        if m.span("month") in dated_months:
            continue  # "on 1 April.": the month of a date said with its day, not the whole month again
        # "jan 2027", or "march" alone as the answer to "when?": a month whatever else the word can mean.
        said = bool(m.group("year")) or (field == "timing" and _BARE_MONTH.fullmatch(lower) is not None) \
            or (re.match(r"\s+(?:(?:of|do|da|del|dell')\s*)?(?:next year|the following year)\b", lower[m.end():]) is not None  # "June next year"
                and (word != "may" or m.start() == 0 or text.original[m.start()].isupper()))  # not "we may next year look"
        # "lá pra março", "vers mars", "rond mei": the month's own name in the visitor's language is no verb or noun, so
        # "march" and "may" translated from it need no English cue ("pra" is no English word the cue list knows)
        if translated and word in ("march", "may") and not said and not lower[m.end(): m.end() + 1].isalpha():  # not "marché"
            said = True
        if word in _AMBIGUOUS_MONTHS and not said and not (_has_cue(lower, m.start(), m.end()) or text.original[m.start()].isupper() and word not in ("may", "march")):
            continue
        if word in ("may", "march") and not said and not _has_cue(lower, m.start(), m.end()):
            continue
        if word == "may" and not said and re.match(r"\s+(?:be|not|need|want|have|get|take|also|well|help|still|even|just|work|say|find|want)\b", lower[m.end():]):
            continue  # "it actually may be useful": the verb, whatever cue is before it
        month = MONTHS[word]
        year = _year(m.group("year")) or _year_after(lower, m.end(), now)
        said = before(m)
        if (_BEFORE_AN_EVENT.search(said) or _BEFORE_IT_STARTS_IN.search(lower, max(0, m.start() - 80), m.start()) or (
                _BEFORE_IT_IN.search(lower, max(0, m.start() - 80), m.start()) and _IT_STARTS_AFTER.match(lower, m.end()))) and not _NOT_BEFORE.search(said):
            # ("not before the month of March" is March)
            said += " before "  # "before the trade show in April": before April
        span = _upcoming(now, year, lambda y: _month_span(y, month), _this_before(said))
        add(m, _resolve(*span, said, now))
    for pattern, months in ((_QUARTER, 3), (_HALF, 6)):
        for m in pattern.finditer(lower):
            if months == 6 and not m.group("n") and not (m.group("year") or m.group("rel") or "year" in m.group(0)):
                continue
            part = int(m.group("n")) if m.group("n") else _ORDINALS[m.group("nw")] if months == 3 or m.group("nw") != "last" else 2
            part = min(part, 12 // months)
            year = _year(m.group("year"))
            if m.group("rel"):
                year = now.year + (0 if m.group("rel") == "this" else 1)
            span = _upcoming(now, year, lambda y: _span_months(y, months * (part - 1) + 1, months), _this_before(before(m)) or m.group("rel") == "this")
            if months == 3 and _FOR_A_QUARTER.search(before(m)) and not _MODIFIER.search(before(m)):
                add(m, span[0] if span[0] > now else span[1])  # "para el Q2": by the quarter, met when it comes
                continue
            add(m, _resolve(*span, before(m), now))
    for m in _SEASON.finditer(lower):
        season = m.group("season")
        if _names_a_product(lower, m):
            continue
        if season == "fall" and not (m.group("rel") or m.group("year") or _has_cue(lower, m.start(), m.end())):
            continue
        month = SEASONS[season]
        year = _year(m.group("year")) or _year_after(lower, m.end(), now)
        rel = m.group("rel") or ""
        make = lambda y: _span_months(y, month, 3)  # noqa: E731
        span = _upcoming(now, year, make, rel == "this")
        if rel in ("next", "following", "the following") and span[0] <= now:
            span = make(span[0].year + 1)
        if _BY_SEASON.search(before(m)) and span[0] > now:
            add(m, span[0])  # "a new website by summer": ready when the season starts, not in the middle of it
            continue
        add(m, _resolve(*span, before(m), now))
    for m in _SEASON_MARK.finditer(lower):
        season = next(name for name in _SEASON_MARKS if m.group(name) is not None)
        start = m.start(season)
        said = lower[max(0, m.start() - 30): start]
        make = lambda y, month=SEASONS[season]: _span_months(y, month, 3)  # noqa: E731
        span = _upcoming(now, _year_after(lower, m.end(), now), make, False)
        if span[0] <= now:
            span = make(span[0].year + 1)  # "before the first snow" said in December: this winter's has fallen, next one's
        mod = _MODIFIER.search(said)
        if mod and mod.group("mod") in ("after", "following", "post", "once"):
            add(m, span[0] + timedelta(days=30), start)  # "after the harvest": once the season is under way, not its end
        else:
            add(m, _resolve(*span, said, now), start)
    for m in _HOLIDAY.finditer(lower):
        name = "christmas" if m.group("christmas") else m.group("name")
        span = _upcoming(now, _year_after(lower, m.end(), now), lambda y: _holiday_span(name, y) or (date(y, 1, 1), date(y, 1, 1)), True)
        if (name.startswith("new year") or name.endswith("of the year")) and span[0] < now:
            span = (date(now.year + 1, 1, 1), date(now.year + 1, 1, 1))
        mod = _MODIFIER.search(before(m))
        if mod and mod.group("mod") in ("after", "following", "post", "once"):
            add(m, span[1] + timedelta(days=7))
        else:
            add(m, _resolve(*span, before(m), now))
    for m in _FESTIVAL.finditer(lower):
        key = _festival_key(m)
        span = _upcoming(now, _year_after(lower, m.end(), now), lambda y: _festival_span(key, y, country) or (date(y, 1, 1), date(y, 1, 1)), True)
        said = lower[max(0, m.start() - 30): m.start("name")]
        mod = _MODIFIER.search(said)
        start = m.start("name")
        if mod and mod.group("mod") in ("after", "following", "post", "once"):
            add(m, span[1] + timedelta(days=7), start)  # "logo depois do carnaval": the week after it
        else:
            add(m, _resolve(*span, said, now), start)
    for m in _YEAR.finditer(lower):
        year = int(m.group("year") or m.group("bare"))
        span = (date(year, 1, 1), date(year, 12, 31))
        start = m.start("year") if m.group("year") else m.start("bare")
        add(m, _resolve(*span, lower[max(0, m.start() - 30): m.end() - 4], now), start)
    for m in _NEXT_UNIT.finditer(lower):
        unit, which = m.group("unit"), m.group("which")
        if which in ("this", "current") and _EARLIER_IN.search(before(m)):
            continue  # "earlier this year": before now, in this year
        unit = {"wk": "week", "mo": "month", "mth": "month", "qtr": "quarter", "yr": "year"}.get(unit, unit)
        offset = 0 if which in ("this", "current") else 1
        if unit == "week":
            monday = now - timedelta(days=now.weekday()) + timedelta(weeks=offset)
            span = (max(now, monday), monday + timedelta(days=6))
        elif unit == "month":
            idx = now.month - 1 + offset
            span = _month_span(now.year + idx // 12, idx % 12 + 1)
        elif unit == "quarter":
            idx = (now.month - 1) // 3 + offset
            span = _span_months(now.year + idx // 4, (idx % 4) * 3 + 1, 3)
        elif unit == "half":
            idx = (now.month - 1) // 6 + offset
            span = _span_months(now.year + idx // 2, (idx % 2) * 6 + 1, 6)
        else:
            span = (date(now.year + offset, 1, 1), date(now.year + offset, 12, 31))
        add(m, _resolve(*span, before(m), now))
    for m in _PART_OF_YEAR.finditer(lower):
        # "the start of the year" said in December is next January; "mid-year" said in March is this summer.
        first, count, mod = (1, 2, "early ") if m.group("start") else (6, 2, "mid ")
        year = _year(m.group("year")) or _upcoming(now, None, lambda y: _span_months(y, first, count))[0].year
        add(m, _resolve(date(year, 1, 1), date(year, 12, 31), before(m) + mod, now))
    for m in _END_OF.finditer(lower):
        word = m.group(0)
        if word.startswith("fiscal") or ("year" in word and _OWN_YEAR.search(before(m))):
            # A tax, financial or fiscal year ends when the firm or the country says ("before the tax year end in
            # april"): in the month named beside it, which the months' patterns read, else at no date we know.
            continue
        if "year" in word or word == "eoy":
            when = date(now.year, 12, 31)
        elif "quarter" in word or word == "eoq":
            q_end = ((now.month - 1) // 3) * 3 + 3
            when = _month_span(now.year, q_end)[1]
        elif "month" in word or word == "eom":
            when = _month_span(now.year, now.month)[1]
        else:
            when = now + timedelta(days=(4 - now.weekday()) % 7)
        if re.search(r"\b(?:next|following)\s*$", before(m)) or re.match(r"\s*(?:of\s+)?next", lower[m.end(): m.end() + 10]):
            continue
        add(m, when)
    relative = [m for pattern in _RELATIVE for m in pattern.finditer(lower) if not (m.group("n") == "the" and re.match(r"within the (?:year|quarter|month|week)\b", m.group(0)))]
    if field == "timing":
        relative += list(_RELATIVE_ANSWER.finditer(lower))
    for m in relative:
        n = _count(m.group("n"))
        if n is None or _COUNTED_BACK.match(lower, m.end()):
            continue  # "a year ago", "3 weeks back" (and "un anno fa", "hace un año" as the rewrite leaves them): time gone
        unit = m.group("unit").rstrip("s")
        unit = {"wk": "week", "mo": "month", "mth": "month", "yr": "year", "qtr": "quarter", "business day": "day", "working day": "day"}.get(unit, unit)
        days = n * _UNIT_DAYS.get(unit, 1)
        if "business" in m.group("unit") or "working" in m.group("unit"):
            days *= 1.4
        if days > 3650:
            continue
        add(m, now + timedelta(days=round(days)))
    weekdays = list(_WEEKDAY.finditer(lower))
    if field == "timing":
        weekdays += list(_BARE_WEEKDAY.finditer(lower))
    for m in weekdays:
        target = WEEKDAYS[m.group("day")]
        delta = (target - now.weekday()) % 7 or 7
        if m.group("rel") == "next" and delta < 3:
            delta += 7
        add(m, now + timedelta(days=delta))
    quoted = [q.span(2) for q in _QUOTED.finditer(lower)]
    for pattern, days in _ASAP:
        if days >= 21 and field != "timing" and not any(_aimed(text, m.start()) for m in pattern.finditer(lower)):
            continue
        for m in pattern.finditer(lower):
            if any(start <= m.start() < end for start, end in quoted):
                continue  # "rank for 'same day plumber houston'": a phrase quoted, not the visitor's haste
            if days == 0 and m.group(0) == "now" and not re.search(r"\b(?:start|begin|need|want|go|asap|right|from|ready|launch|live)\b[\w\s]{0,12}$", lower[max(0, m.start() - 20): m.start()]) and not re.fullmatch(r"\W*now\W*", lower) and not (
                # "we needed this last month, so like now", "yesterday, basically now": the answer ends on "now" as its point
                re.search(r"(?:[,;:.!-]|\b(?:so|like|basically|really|honestly|i\.?e\.?|meaning|which means|aka))\s*(?:(?:like|basically|really|just|right)\s+)*$", lower[max(0, m.start() - 30): m.start()])
                and re.fullmatch(r"\W*(?:please|pls|lol|tbh|honestly|really|if possible|ideally)?\W*", lower[m.end():])
            ):
                continue
            if _HASTE_DENIED.search(lower, max(0, m.start() - 40), m.start()) and not _WHY_NOT.search(lower, max(0, m.start() - 60), m.start()):
                continue  # "not right away", "pas tout de suite", "nicht sofort", "niet meteen": no near start
            if _NOT_NOW.search(lower, text.clause_at(m.start())[0], m.end()):
                continue
            if m.group(0) == "now" and _A_SUM_NOW.match(lower, m.end()):
                continue  # "our old agency cost 3.000 per maand, we willen nu iets van 4,5k": the sum wanted now, no start
            if m.group(0) == "soon" and lower.endswith("as ", 0, m.start()) and lower.startswith(" as ", m.end()):
                continue  # "as soon as the budget is approved": a condition, not a time
            add(m, now + timedelta(days=days))
    # "Q1 this year", "the first half of this year" said in December: the period is past, and "this year" inside it
    # is no time of its own
    return [f for f in found if not any(s <= f.start and f.end <= e and e - s > f.end - f.start for s, e in gone)]


# A sum right after "now" ("we want now about 4.5k a month", as the rewrite leaves "we willen nu iets van 4,5k",
# "on veut maintenant environ 4,5k", "queremos ahora unos 4,5k", "vogliamo ora circa", "queremos agora uns", "wir
# wollen jetzt so"): "now" sets the sum against what was paid before, it says nothing of when to start.
_A_SUM_NOW = lazy_compile(
    r"\s+(?:(?:about|around|roughly|approx\.?|circa|something like|something|like|so|some|iets van|zo'?n|ongeveer|environ|"
    r"unos|unas|uns|umas|cerca de|circa|etwa|rund|ca\.?|~)\s*)*(?:[$€£]\s*)?\d"
)
# Haste denied: "not right away", "no real rush", and the other languages' "not" before the haste as the rewrite leaves
# it ("pas tout de suite" -> "pas asap", "nicht sofort", "no de inmediato", "não imediatamente", "non subito" -> "not",
# "niet meteen"), with a word of degree between ("nicht unbedingt sofort", "pas forcément tout de suite", "not
# necessarily right away") or a verb of being ("n'est pas urgent", "no es urgente", "non è urgente", "is niet dringend").
_HASTE_DENIED = lazy_compile(
    r"(?:(?<![\w'])(?:no|not|n't|never|without|isn't|not in|pas|nicht|niet|non|n[ãa]o|nem|nada|kein|keine|geen)\s+"
    r"(?:(?:is|es|est|ist|[ée]|[èe]|[ée] t[aã]o|so|zo|ganz|quite|all that|that|a|any|real|big|huge|necessarily|really|exactly|"
    r"unbedingt|gleich|forc[ée]ment|vraiment|n[ée]cessairement|necesariamente|realmente|tan|necessariamente|"
    r"per forza|davvero|cos[iì]|noodzakelijk|per se|echt|meteen)\s+)*"
    r"|\bnothing\s+(?:too\s+|very\s+|super\s+|really\s+|that\s+)?)$"
)
# "why not right away?", "warum nicht sofort?", "pourquoi pas tout de suite": a "not" that asks for the haste.
_WHY_NOT = lazy_compile(
    r"(?<![\w'])(?:why|warum|wieso|weshalb|pourquoi|por ?qu[ée]|porque|perch[ée]|waarom)\s+"
    r"(?:(?:then|dann|alors|entonces|ent[ãa]o|allora|dan)\s+)?(?:not|nicht|pas|no|n[ãa]o|non|niet)\s+(?:\w+\s+)?$"
)


# Up to two words may name what happens then ("the Christmas appeal next year", "our spring campaign next year"), but
# not a word that starts another time or joins one ("Christmas or next year", "spring, then next year"); "do", "del",
# "dell'" are the "of" the rewrite leaves ("campanha de Natal do próximo ano").
_NEXT_YEAR_AFTER = lazy_compile(
    r"^\s*(?:(?!(?:or|and|but|then|until|till|this|not|to|from|before|after|by|at|latest)\b)[^\W\d_][\w'-]*\s+){0,2}?"
    r"(?:(?:of|in|do|da|del|dell'|van)\s*)?(?:next year|the following year|(20\d\d))\b")


def _year_after(lower: str, end: int, now: date) -> int | None:
    """ "Thanksgiving next year", "March 2028", "the Christmas appeal next year": the year said after a period."""
    m = _NEXT_YEAR_AFTER.match(lower[end: end + 25])
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else now.year + 1


# The award of a tendered contract is when the buyer buys: "award expected mid Feb", "die Vergabe ist für Ende Februar
# geplant", "gunning verwacht begin maart", "la adjudicación", "l'aggiudicazione", "l'attribution du marché".
_AWARD = (r"award|awarded|awarding|vergabe|zuschlag|gunning|adjudicaci(?:ó|o)n|adjudica(?:ç|c)(?:ã|a)o|aggiudicazione|"
          r"attribution du march(?:é|e)")
_AIM = lazy_compile(
    r"\b(?:start|starting|begin|beginning|launch|launching|live|kick[- ]?off|kick (?:\w+ )?off|roll[- ]?out|onboarding|kicking (?:\w+ )?off|timeline|timeframe|time frame|timing|deadline|due|"
    r"by|when|go[- ]live|ready to go|good to go|ready|need|needs|needed|want|wants|like|hoping|hope|plan|planning|looking|aim|aiming|target|targeting|ideally|asap|"
    # German "ideally" as the rewrite leaves it: "mehr Leads, am besten ab Februar"
    r"am besten|am liebsten|"
    r"within|until|before|onboard|sign|decide|decision|purchase|buy|implement|roll out|rollout|engage|hire|in place|done|finished|"
    r"would be (?:nice|great|ideal|good|perfect|best|fine|ok|okay)|is (?:fine|ok|okay)|works|suits|we'?ll have|we will have|to play with|frees? up|freed up|kicks? in|"
    r"ideal|preferably|at the latest|latest|"
    # "can we get something going after the holidays?", "get the ball rolling in January"
    r"get (?:\w+ ){0,2}?(?:going|started|moving|rolling|underway|off the ground|cracking)|"
    r"if possible|urgent|urgently|immediately|right away|straight away|thinking|considering|looking at|eyeing|pencil+ed|tentatively|"
    r"realistic|realistically|doable|feasible|if (?:you|we) can|if that works|can you|could you|earliest|at the earliest|"
    rf"likely|more likely|most likely|project (?:for|in|starting|from)|planned for|scheduled for|{_AWARD})\b|"
    # a project the visitor is carrying out then: "we're replatforming the website early next year", "moving off
    # Pardot to HubSpot in Q1", and the other languages' present for the near future the rewrite leaves ("wir
    # migrieren", "on migre", "vamos a migrar", "migriamo", "we migreren"); "thinking of moving" is mulled (below)
    r"\b(?:we'?re|we are|we'?ll be|we will be|i'?m|i am|we'?re going to|we are going to|we'?ll|we will)\s+(?:\w+\s+)?"
    r"(?:replatform\w*|re-platform\w*|migrat\w*|moving (?:off|away from|from|over|to)|switching (?:off|from|over|to)|rebuild\w*|redesign\w*|"
    r"relaunch\w*|rebrand\w*|revamp\w*|overhaul\w*|rolling out|launching|implementing|upgrading)\b|"
    r"\b(?:migrieren|stellen [^.;!?]{0,40} um|migre|migrons|migrer|migrar|migramos|migriamo|migreren|stappen [^.;!?]{0,30} over)\b|"
    # the visitor's own start, said with a verb of starting in the first person as the rewrite leaves it ("on démarre
    # en mars", "nous commençons", "comenzamos", "iniciamos", "cominciamo", "avviamo", "arrancamos" in Portuguese,
    # "wir legen im März los", "fangen wir an", "we trappen in mei af"); not what starts for someone else ("le salon
    # démarre en mars", "die Messe beginnt im März", "our fiscal year starts in April")
    r"\b(?:on|we|nous|wir|a people|a gente)\s+(?:se\s+)?(?:d(?:é|e)marre|commence|lance|d(?:é|e)bute|attaque|d(?:é|e)marrera|commencera|lancera|"
    r"start(?:en|et)?|beginnen|beginnt|starte|come(?:ç|c)a|inicia|arranca)\b|"
    r"\b(?:d(?:é|e)marrons|commen(?:ç|c)ons|lan(?:ç|c)ons|d(?:é|e)butons|attaquons|d(?:é|e)marrerons|commencerons|lancerons|"
    r"comenzamos|iniciamos|arrancamos|empezamos|lanzamos|comenzaremos|iniciaremos|arrancaremos|empezaremos|"
    r"cominciamo|iniziamo|partiamo|avviamo|lanciamo|cominceremo|inizieremo|partiremo|avvieremo|"
    r"come(?:ç|c)amos|come(?:ç|c)aremos|iniciaremos|lan(?:ç|c)amos|"
    r"loslegen)\b|"
    r"\b(?:wir|we)\s+(?:legen|fangen)\b[^.;!?]{0,40}?\b(?:los|an)\b|\b(?:legen|fangen|starten|beginnen)\s+(?:wir|we)\b|"
    r"\b(?:we|wij)\s+(?:gaan\s+)?(?:trappen|beginnen|starten)\b|\b(?:trappen|beginnen|starten)\s+(?:we|wij)\b"
)
# Words that leave a clause a bare time: "first half of next year probably".
_HEDGES = lazy_compile(
    r"\b(?:probably|maybe|perhaps|hopefully|ideally|likely|i think|i guess|i'd say|around|about|roughly|approx|sometime|or so|at the earliest|earliest|"
    r"at the latest|latest|asap|possibly|prob|prolly|tbh|honestly|realistically|actually|rather|more like|hmm|um|uh|well|so|ok|okay|and|or|the|of|in|mid|early|late|"
    # "maybe after the summer", "probably by March": the word that places the time is part of it
    r"after|before|by|until|from|end of|start of|beginning of|"
    # "from" as the rewrite leaves it in Portuguese ("a partir do mês que vem" -> "a partir do next month")
    r"a partir d[aeo]s?|"
    # a half of the month is part of the time ("from la 2ª about 15 january", "in the second half of january")
    r"(?:la |the |de |der )?(?:(?:first|second|1st|2nd|latter|last) half|h[12]|[12](?:ª|ème|ère|re|e) about 15)(?: van)?|"
    # "no rush 🙂 prob after summer": the relaxed horizon said in the same breath
    r"no rush|no hurry|not urgent|nothing urgent|no pressure|not in a (?:rush|hurry))\b"
)


# "early Feb once we're back from the summer break", "March, when the new warehouse is up": a time that opens the
# message, then the event it waits for (not one gone: "March, when we moved offices").
_WAITED_FOR = lazy_compile(
    r"\s*,?\s*(?:once|when|as soon as|after|as long as|provided)\b(?![^.;!?]*\b(?:moved|was|were|had|did|went|got|started|opened|closed|lost)\b)[^.;!?]*$")


def _bare_time(text: Text, found: _Found) -> bool:
    """A clause that is only a time and hedges ("Q1 probably"), or a message that opens with one and goes on to the
    event it waits for ("early Feb once we're back from the summer break"): the visitor is saying when."""
    start, end = text.clause_at(found.start)
    if (waited := _WAITED_FOR.match(text.lower, found.end)) is not None and not re.search(
            r"[a-z]{3,}", _HEDGES.sub(" ", text.lower[:found.start])):
        end = min(end, waited.start())
    before = text.lower[start: found.start]
    if _QUARTER.match(text.lower, found.start):
        before = _FOR_A_QUARTER.sub(" ", before)  # "para el Q2" alone ("for the q2"): the quarter as a deadline, said alone
    rest = before + " " + text.lower[found.end: end]
    return not re.sub(r"\W+", " ", _HEDGES.sub(" ", rest)).strip()  # a number left is another fact ("maybe 30 next year")


def _aimed(text: Text, start: int) -> bool:
    """Whether a time is said as the visitor's aim, not as a fact ("revenue dropped this year")."""
    clause = text.clause_at(start)
    return bool(_AIM.search(text.lower, clause[0], clause[1]))


def _this_before(before: str) -> bool:
    return bool(re.search(r"\b(?:this|end of|late|until|till|by the end of|rest of|later this)\W*$", before))


def _apply_day_modifier(when: date, before: str, now: date) -> date:
    if _NOT_BEFORE.search(before):
        return when
    if re.search(r"\b(?:before|prior to|ahead of)\s*(?:the\s+)?$", before):
        return max(now, when - timedelta(days=1))
    return when


# A time right after a verb of what happened is when it happened, not an aim.
_FACT_BEFORE = lazy_compile(
    r"(?<!\bto )(?<!\bget )(?<!\bgot )(?<!\bbe )(?<!\bwill )(?<!'ll )(?<!\bgetting )(?<!'ve )(?<!\bhave )(?<!\bhas )(?<!'s )"
    r"\b(?:lost|dropped|fell|dried up|declined|was|were|had|did|grew|went|been|happened|closed|spent|stalled|slowed|"
    r"tanked|started|founded|launched|hired|fired|laid off|let go|missed|hit|made|sold|shrank|struggled|got|joined|arrived|came|quit|left|won|"
    r"paused|stopped|ended|cancell?ed|turned (?:them |it )?off|shut (?:them |it )?down|switched (?:them |it )?off|churned|"
    # the firm's own history: "we were 26 before we opened Norwood in June", "since we took over the Midleton shop"
    r"opened|acquired|took over|bought|merged|expanded|relocated|rebranded|renovated)\b"
    # "we were aiming for January", "launch was planned for Feb": what was planned is an aim, not what happened
    r"(?!\s+(?:planned|scheduled|supposed|meant|aiming|hoping|planning|going|set|due|pencil+ed|targeted|targeting|slated|looking|expecting|thinking)\b)"
    # ... up to the time, unless a new aim starts in between ("we lost 3 clients in October and need help fast")
    r"(?:(?!\b(?:and|so|but)\s+(?:we\s+|i\s+)?(?:now\s+)?(?:need|want|have to|must)\b)[^.,;!?])*(?<!\band )(?<!\bso )(?<!\bbut )$"
)
# "we were aiming for January", "targeting March", "planned for Q2": the time itself is what is aimed at.
_AIMED_AT_THE_TIME = lazy_compile(
    r"\b(?:aim(?:s|ing|ed)?|target(?:s|ing|ed)?|plan(?:s|ning|ned)?)\s+(?:for|at)\s+(?:the\s+)?(?:early\s+|mid[- ]?\s*|late\s+|(?:the\s+)?(?:end|start|beginning|middle) of\s+)?$|"
    # "we want to hit the ground running in January": a start, whatever a goal's "hit" says elsewhere
    r"\bhit the ground running\s+(?:in|from|on|by|at)\s+(?:the\s+)?(?:early\s+|mid[- ]?\s*|late\s+|(?:the\s+)?(?:start|beginning) of\s+)?$"
)
_DEADLINE = lazy_compile(rf"\b(?:done|deadline|due|before|live|launch\w*|ready|finished|in place|start\w*|kick ?off|go[- ]live|{_AWARD})\b")
# A time said for a call, not for the project: "can u do a call tmrw?".
_FOR_A_CALL = lazy_compile(
    r"\b(?:a|the|our|quick|short)\s+(?:call|chat|meeting|demo|zoom|teams call)\s+(?:on|at|this|next|tomorrow|tmrw|today|later)\b|"
    r"\b(?:call|ring|phone|text|reach|email) me\b|\b(?:chat|talk|speak|meet|catch up|hop on)\s+(?:on|at|this|next|tomorrow|tmrw|today|later)\b|"
    r"\b(?:set up|book|schedule|arrange|do|have|hop on|jump on) (?:a |an )?(?:quick |short )?(?:call|chat|meeting|demo|intro)\b|"
    r"\b(?:call|chat|meet|meeting)\s+(?:at|on|this|next|tomorrow|tmrw|today)\b|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b"
)
# "60 by summer", "maybe twenty by summer", "500 leads per month by Q1": a time a figure should be reached by is a projection.
_PROJECTED = lazy_compile(
    rf"\b(?:\d[\d,.]*|(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?(?:[- ]odd|ish)?)\s*(?:k|m|%)?\s*"
    r"(?:(?:new|more|extra|qualified|monthly|active|paying)\s+)?"
    r"(?:people|staff|employees|heads|customers|clients|leads|users|demos|sales|deals|followers|fans|subscribers|signups|"
    r"sign-ups|downloads|visitors|reviews|likes|views|members|bookings|orders|mrr|arr|revenue)?"
    r"(?:\s+(?:per|a|each)\s+(?:month|week|quarter|year))?\s+(?:by|in|before)\s+(?:the\s+)?(?:end of\s+)?$"
)
# "wants a new one by september", "a proper one in place by January": "one" standing for a thing, not a figure.
_ONE_OF_A_THING = lazy_compile(r"\b(?:a|an|the|this|that|another|any|each|every|which|no)\s+(?:[a-z-]+\s+)?one\b\s*$")
# "thinking of hiring 2 marketers next year": when staff join, not when the visitor buys ("hire an agency by March" still is).
_HIRING_STAFF = lazy_compile(
    r"\b(?:hire|hiring|recruit|recruiting|bring on|bringing on|onboard|onboarding|add|adding)\s+(?:\d+|a|an|one|two|three|four|five|six|ten|a few|a couple of|more|some|another)\s+"
    r"(?:(?:more|new|full[- ]time|part[- ]time|junior|senior|in-house)\s+)?(?:[a-z]+\s+)?"
    r"(?:marketers?|developers?|devs?|designers?|engineers?|people|staff|employees?|reps?|salespeople|sdrs?|bdrs?|writers?|copywriters?|analysts?|"
    r"managers?|interns?|assistants?|heads?|hires?|members?|more|new|extra)\b[^.,;!?]{0,20}$"
)
# "thinking of moving to HubSpot next year": a switch of tools merely considered is a plan for the stack, not a time to buy.
_TOOL_SWITCH_MULLED = lazy_compile(
    r"\b(?:thinking (?:of|about)|considering|might|may|toying with|contemplating|mulling|maybe)\s+(?:\w+\s+)?"
    r"(?:moving|move|switching|switch|migrating|migrate|changing|change|going)\s+(?:over\s+)?(?:to|from)\s+[^.,;!?]{1,30}$"
)
# A time said of a number to grow to, not of buying: "hoping to grow from 5 to 50 clients next year".
_GROWTH = lazy_compile(
    r"\bgrowth\b|\bfrom\s+\d[\d,.]*k?\s+to\s+(?:about\s+|around\s+)?\d|"
    r"\bto\s+\d[\d,.]*k?\s*(?:clients|customers|people|employees|staff|users|accounts|locations|stores|heads|ppl|members)\b|\bheadcount\b"
)
_START_WORD = r"(?:start\w*|begin\w*|launch\w*|kick\w* off|go(?:ing)? live)"
# "not this year" rules a time out; "not until next fall" and "not before March" name it.
# ... and a start denied for a time: "we won't start in January", "non partiamo a gennaio" (rewritten "not start in
# january"), "on ne démarre pas en janvier"; "not before March" and "not until Q2" name the time (_NOT_BEFORE).
_NEGATED = lazy_compile(
    r"(?:\b(?:not|never|no)|n't)\s+(?:(?:be\s+)?(?:start\w*|begin\w*|launch\w*|kick\w* off|go(?:ing)? live|happen\w*|go ahead|"
    r"sign\w*|need (?:it|this|that)|do (?:it|this|that))\s+)?(?:(?:in|during|for|on|at)\s+)?$|"
    # German and Dutch deny after the verb: "wir starten nicht im Januar", "we beginnen niet in januari"
    rf"{_START_WORD}\s+(?:nicht|niet)\s+(?:(?:in|im|op)\s+)?$"
)
# A start denied in the sentence: the time said after it ("..., but in April", "it's pushed to April") is the start.
_DENIED_START = lazy_compile(rf"(?:\b(?:not|never|no)|n't)\s+(?:be\s+)?{_START_WORD}|{_START_WORD}\s+(?:nicht|niet)\b")


# A date moved to another ("Launch date was March 1 but it's moved to April 12", "the board pushed it to Feb 2", "they
# pushed the whole thing back to May"), and the other languages' verbs of moving in any person as the rewrite leaves
# them ("l'a repoussé au", "lo aplazó al", "adiou para", "l'hanno spostato a", "verschoven naar", "uitgesteld tot", the
# rewrite's "before"); German and Dutch may say the verb last ("auf den 2. Februar verschoben", "naar maart verplaatst").
# What was moved: "it", or a start, a launch, a date ("pushed the go-live back to"; not "pushed the payroll change to").
_MOVED_OBJECT = (r"(?:\s+(?:it|this|that|them|things|everything|(?:the|our|their|my|your|its)(?:\s+[\w-]+){0,2}?\s+"
                 r"(?:start|start date|launch|launch date|kick-?off|go-?live|deadline|date|project|rollout|roll-out|timeline|"
                 r"thing|opening|event|plan|plans|schedule|meeting)))")
_MOVED_TO = lazy_compile(
    # the past or "-ing" alone ("moved to", "pushing back to"); the bare verb or a noun only with what is moved ("move it
    # to", not "the payroll change to")
    rf"(?:(?:\b(?:(?:mov|push|slipp|delay|postpon|shift|bump|reschedul|chang)(?:ed|ing)|put|brought|bringing){_MOVED_OBJECT}?"
    rf"|\b(?:move|push|slip|delay|postpone|shift|bump|reschedule|change|bring)s?{_MOVED_OBJECT})"
    r"\s+(?:(?:back|out|forward|up|off|over|again)\s+)*(?:to|until|till|til|for)|"
    r"\b(?:verschoben|verlegt|vertagt)\s+(?:auf|to)|"
    r"\b(?:repouss|d(?:é|e)cal|d(?:é|e)plac|retard)\w*\s+(?:in|to|(?:à|a)|au|by|for)|\breport(?:é|ée|és|ées|er|ons|ez)\s+(?:in|to|(?:à|a)|au|by|for)|"
    r"\b(?:mov(?:id|i)|pasad|aplaz|pospu|retras|cambi|adi|mud|remarc|transferi|atras)\w*\s+(?:al|a|para|pra|for|to|by|in)|"
    r"\b(?:spost|rimand|posticip|rinvi|slitt)\w*\s+(?:al|a|to|by|in|for)|"
    r"\b(?:verschoven|verzet|uitgesteld|verplaatst|opgeschoven)\s+(?:naar|tot|to|before|until))\s+(?:the\s+)?$"
)
# "uitgesteld tot maart", "bis März verschoben" as the rewrite leaves "tot" and "bis": put off to the month, not before it.
_MOVED_UNTIL = lazy_compile(r"\b(?:verschoven|uitgesteld|verplaatst|opgeschoven|verzet|verschoben|vertagt|verlegt)\s+(?P<until>before)\s+(?:the\s+)?$")
_MOVED_LAST = (lazy_compile(r"\b(?:auf|naar|tot)\s+(?:the\s+)?$"),
               lazy_compile(r"\s*(?:verschoben|verlegt|vertagt|verschoven|verzet|uitgesteld|verplaatst|opgeschoven)\b"))
# ... said of a date: a start, a launch, a deadline, a date itself.
_A_DATE_NAMED = lazy_compile(rf"{_DEADLINE.pattern}|\b(?:date|datum|termin|fecha|data|datum|event|opening)\b")


def _moved_to(text: Text, found: _Found) -> bool:
    """Whether the time is the date a start, launch or deadline was moved to."""
    lower = text.lower
    moved = _MOVED_TO.search(lower, max(0, found.start - 50), found.start) or (
        _MOVED_LAST[0].search(lower, max(0, found.start - 12), found.start) and _MOVED_LAST[1].match(lower, found.end))
    return bool(moved) and bool(_A_DATE_NAMED.search(lower, *stance.sentence_at(text, found.start)))


# A time that dates a round of planning ("gathering info for next year's planning", "für die Planung des nächsten
# Jahres", "pour la planification de l'année prochaine", "voor de planning van volgend jaar", "Jahresplanung 2027"):
# when the visitor plans, not when they start. ("we're planning for next year" says when, and is not here.)
_PLANNING = r"(?:planning|budgeting|budget planning|[a-z]*planung|planification|planificaci(?:ó|o)n|planeamento|planejamento|pianificazione)"
_PLANNING_BEFORE = lazy_compile(rf"\b{_PLANNING}\s+(?:(?:of|van|do|da|del|des|di|dell)\s+)?(?:the\s+)?$")
_PLANNING_AFTER = lazy_compile(r"'s?\s+(?:planning|budgeting|budget (?:planning|cycle|round)|planning (?:cycle|round|process))\b")


_AT_THE_LATEST = lazy_compile(r"\b(?:latest|at the latest|no later than|not later than|worst case)\W+(?:\w+\W+){0,2}$")
# A bound said as the latest time, beside it: "no later than April", "April at the latest", and the seven languages as the
# rewrite leaves them ("spätestens" and "uiterlijk" become "by"; "allerspätestens", "au plus tard" -> "max tard", "a más
# tardar", "como muy tarde" -> "about muy tarde", "al più tardi", "entro e non oltre" -> "by and not over", "o mais
# tardar", "no máximo" -> "max", "op zijn laatst"): the visitor sets a deadline, as "by April" does.
_LATEST_BEFORE = lazy_compile(
    r"(?:\b(?:at the (?:very )?latest|latest|no later than|not later than|(?:aller)?spätestens|max tard|plus tard|dernier d(?:é|e)lai|"
    r"muy tarde|m(?:á|a)s tardar|pi(?:ù|u) tardi|non oltre|not over|mais tardar|op zijn laatst|uiterlijk)|"
    # "max" only opening its clause ("no máximo em abril"), not after a figure ("5k max in April")
    r"(?:^|[,;:.!?(])\s*(?:no\s+)?m(?:á|a)x(?:imo)?)"
    r"\s*,?\s*(?:(?:in|on|im|en|em|op|by|for|the|of|de|a|ad|al|à)\s+)*$")
_LATEST_AFTER = lazy_compile(
    r"\s*,?\s*(?:at the (?:very )?latest|latest|max tard|au plus tard|plus tard|(?:about|como) muy tarde|a lo m(?:á|a)s tardar|"
    r"a m(?:á|a)s tardar|al pi(?:ù|u) tardi|o mais tardar|(?:no )?m(?:á|a)ximo|max|op zijn laatst|(?:aller)?spätestens|"
    # ("april op zijn laatst" as the rewrite leaves it: "april by", the clause closed)
    r"by(?=\s*(?:$|[.,;:!?])))(?!\w)")


def _latest(text: Text, found: _Found) -> bool:
    """Whether the time is said as the latest the visitor will accept: a deadline."""
    lower = text.lower
    return bool(_LATEST_BEFORE.search(lower, max(0, found.start - 30), found.start) or _LATEST_AFTER.match(lower, found.end))


_CUED = lazy_compile(
    r"\b(?:by|before|until|till|start(?:ing)?|launch(?:ing)?|kick ?off|begin(?:ning)?|in time for|ready (?:for|by)|deadline|due|"
    r"no later than|latest|ideally|wants? (?:\w+ )?by|live)\s+(?:the\s+)?(?:(?:end|start|beginning|middle) of\s+(?:the\s+)?|early\s+|mid[- ]?|late\s+)?$"
)


# "since" as the rewrite leaves "seit" and "depuis", and Dutch "sinds": the time is where something that still holds
# began. (Spanish "desde", Italian "da" and Portuguese "desde" also say "from" a time ahead: they are not here.)
_SINCE = lazy_compile(r"\b(?:since|sinds|seit|depuis)\s+(?:early\s+|mid[- ]?\s*|late\s+|the\s+|end of\s+|the end of\s+|start of\s+|the start of\s+)?$")


# A sum to spend ("spend 20k", "20.000 € investieren" as the rewrite leaves it, "put 50k into"), and a start said beside it.
_SPEND_VERB = lazy_compile(r"\b(?:spend|spending|invest|investing|investir|invertir|investire|investeren|investieren|put|allocate|afford|budget)\b")
_A_SUM = lazy_compile(r"[$€£]\s*\d|\b\d[\d.,]*\s*(?:k\b|mil\b|grand\b|thousand\b|million\b|[$€£]|euros?\b|dollars?\b|pounds?\b|usd\b|eur\b|gbp\b)")
_START_SAID = lazy_compile(r"\b(?:start|starting|begin|beginning|launch|launching|kick off|kick-off|go live|live|ready|done|finish|roll out|onboard)\b")


def _spent_in(lower: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says a sum is to be spent and no start."""
    return bool(_SPEND_VERB.search(lower, *clause) and _A_SUM.search(lower, *clause) and not _START_SAID.search(lower, *clause))


# "Budget's £8-10k/month from Jan", "budget 5.000 € pro Monat ab Januar" (rewritten "from january"): the sum is spent
# from then on, so the work starts then.
_FROM_BEFORE = lazy_compile(
    r"\b(?:from|as of|starting(?:\s+(?:in|from))?|beginning(?:\s+in)?|effective)\s+(?:early\s+|mid[- ]?\s*|the\s+(?:start|beginning)\s+of\s+|the\s+)?$"
)
_BUDGET_SAID = lazy_compile(r"\bbudget|\b(?:we can|we could|we'?d|we would|we'?ll|we will)\s+(?:do|spend|put|invest|afford|allocate)\b")


def _spend_from(text: Text, found: _Found) -> bool:
    """Whether the time is when a budget said before it in its clause is spent from."""
    lower = text.lower
    clause = text.clause_at(found.start)
    return bool(_FROM_BEFORE.search(lower, max(clause[0], found.start - 30), found.start)
                and _BUDGET_SAID.search(lower, clause[0], found.start) and _A_SUM.search(lower, clause[0], found.start))


_FROM_THE_START = lazy_compile(
    r"\s*(?:of|after|from|once)\s+(?:starting|we start|we begin|the start|kick-?off|kicking off|launch|launching|going live|"
    r"we go live|signing|we sign|onboarding)\b"
)
_GOAL_FIGURE = lazy_compile(
    r"\b\d[\d,.]*\s*(?:k|m|%)?\s*(?:(?:new|more|extra|qualified|monthly|active|paying)\s+)?(?:people|staff|employees|customers|clients|"
    r"leads|users|demos|sales|deals|followers|subscribers|signups|sign-ups|downloads|visitors|reviews|bookings|orders|patients|students)"
    r"(?:\s+(?:per|a|each)\s+(?:month|week|quarter|year))?\s*$"
)


def _haste(lower: str, found: _Found) -> bool:
    """Whether the time is haste ("asap", "urgently", "right away"), no period a problem could be said of: "asap, sales
    have dropped a lot" gives the reason for the haste."""
    return any(pattern.fullmatch(lower, found.start, found.end) for pattern, days in _ASAP if days == 7)


# A time that belongs to something else the sentence names, not to the visitor's start (issue 14):
# a budget that grows from then ("possibly more from april when the new fiscal year starts", "ab Mai mehr Budget",
# "à partir de juin on aura plus"), a contract that runs until then ("our agency contract runs until June", "unser
# Agenturvertrag läuft bis Juni"), someone else's launch ("our competitor is launching in May"). The other languages'
# words for "more" and their verbs are matched as the rewrite leaves them.
# ("5k plus from April" is "5k+", spent from then: a "plus" right after a sum is no more)
_MORE = r"(?:more|mais|m(?:á|a)s|pi(?:ù|u)|meer|mehr|(?<![\d$€£] )(?<![\d$€£])(?<!\dk )(?<!\dk)plus|extra|additional)"
_MONEY = (r"(?:(?:of|de|di|d')\s*)?(?:budget|money|spend|cash|funds?|geld|argent|dinero|dinheiro|soldi|or(?:ç|c)amento|presupuesto|"
          r"verba|fondi|fonds|bedrag)")
_THEN_CUE = r"(?:from|as of|starting(?:\s+(?:in|from))?|after|in|come)\s+(?:early\s+|mid[- ]?\s*|late\s+|the\s+)?$"
_GROWS = (r"goes up|go up|going up|increases?|increasing|grows?|rises?|doubles?|is (?:raised|increased|topped up|going up)|"
          r"gets? (?:bigger|raised|increased|topped up)|steigt|erh(?:ö|oe)ht sich|w(?:ä|ae)chst|augmente|sube|aumenta|crece|cresce|sobe|stijgt|groeit")
_MORE_FROM = lazy_compile(
    rf"\b{_MORE}(?:\s+{_MONEY})?\s+{_THEN_CUE}|"
    rf"\b(?:budget|presupuesto|or(?:ç|c)amento|verba|it|that|spend|spending|this|amount|figure|number)\s+(?:\w+\s+){{0,2}}?(?:{_GROWS})\s+{_THEN_CUE}"
)
# "from may steigt das budget", "ab Mai wird das Budget erhöht" as the rewrite leaves them
_GROWS_AFTER = lazy_compile(rf"\s*,?\s*(?:{_GROWS})\s+(?:(?:das|the|le|el|il|o|het|our|unser|notre|nuestro|il nostro|o nosso|ons)\s+)?{_MONEY}\b")
_MORE_AFTER = lazy_compile(
    r"\s*,?\s*(?:(?:eventuell|vielleicht|maybe|possibly|probably|perhaps|likely|on aura|we(?:'ll| will)? have|we(?:'ll)? get|"
    r"there(?:'s| is| will be)|have we|we have|avremo|teremos|tendremos|hebben we|we hebben|ci sar(?:à|a)|habr(?:á|a)|haver(?:á|a))\s+){0,3}"
    rf"{_MORE}(?:\s+{_MONEY})?\s*(?:[.,;!?)]|$|\b(?:when|wenn|quand|cuando|quando|als|once|because|since|if)\b)"
)
_WHEN_CLAUSE = lazy_compile(r"\b(?:when|wenn|quand|cuando|quando|als|once|as soon as|sobald|zodra|d(?:è|e)s que)\b")
_BUDGET_NAMED = lazy_compile(rf"{_A_SUM.pattern}|\b(?:budget|spend|presupuesto|or(?:ç|c)amento|verba)\b")
_CONTRACT = (r"\b(?:contracts?|contrats?|contratos?|contratti|contratto|vertr(?:ä|ae)ge|vertrag|\w+vertrag|retainers?|lease|subscription|"
             r"licen[cs]e|abonnement|abo|commitment|notice period|k(?:ü|ue)ndigungsfrist)\b")
_CONTRACT_RUNS_UNTIL = lazy_compile(
    rf"{_CONTRACT}[^.;!?,]{{0,40}}?\b(?:runs?|running|lasts?|goes|is|are|is locked in|locked in|is valid|l(?:ä|ae)uft|loopt|court|dure|dura|vai|va|"
    r"ends?|expires?|runs? out|endet|termine|termina|scade|expira)\s+(?:(?:noch|still|nog|encore|ancora|ainda|todav(?:í|i)a|a(?:ú|u)n)\s+)?"
    r"(?:until|till|til|through|thru|to|by|before|in|up to)\s+(?:the\s+)?(?:end of\s+(?:the\s+)?)?(?:early\s+|mid[- ]?\s*|late\s+)?$"
)
# "we have a contract with our agency until June", "we're tied to our current agency until June", "wir sind bis Juni an
# unsere Agentur gebunden" (the rewrite: "wir sind by june an unsere agentur gebunden"), "we zitten tot juni vast aan ..."
_BOUND_UNTIL = lazy_compile(
    rf"(?:(?:{_CONTRACT}|\b(?:tied|locked|bound|stuck)\b)[^.;!?,]{{0,40}}?\b(?:until|till|til|through|thru)|"
    r"\b(?:pres[oa]s?|vinculad[oa]s?|legat[ie]|li(?:é|e)e?s?)\b[^.;!?,]{0,40}?\b(?:until|till|til|through|thru|by|before))\s+"
    r"(?:the\s+)?(?:end of\s+(?:the\s+)?)?(?:early\s+|mid[- ]?\s*|late\s+)?$"
)
_BOUND_AFTER = lazy_compile(r"\s+(?:[^\W\d_][\w'-]*\s+){0,4}?(?:vast|gebunden|gebonden)\b")
# "the new marketing lead joins in March", "our new CMO starts in March": someone else's first day
_HIRE_STARTS = lazy_compile(
    r"\b(?:our|the|a|my)\s+new\s+(?:[\w-]+\s+){0,3}?(?:cmo|ceo|cto|cfo|coo|head of [\w-]+|director|manager|lead|hire|marketer|"
    r"vp(?: of [\w-]+)?|colleague|boss|person|guy|girl|employee|recruit)\s+(?:(?:is|will)\s+)?(?:starts?|starting|joins?|joining|arrives?|arriving|"
    r"comes? (?:in|on board)|coming (?:in|on board)|begins?|start|join)\s+(?:in|on|at|from|by)\s+(?:the\s+)?(?:early\s+|mid[- ]?\s*|late\s+)?$"
)
# ... or said after the time it waits for, in the seven languages as the rewrite leaves them: "10 from january when our
# new dev starts", "ab Januar 10, wenn unser neuer Entwickler anfängt", "quando o novo dev começar", "als onze nieuwe
# developer begint".
_HIRE_WAITED = lazy_compile(
    r"\s*,?\s*(?:when|once|as soon as|after|wenn|sobald|quand|d(?:è|e)s que|cuando|quando|als|zodra)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:new|neuer|neue|neuen|nouveau|nouvelle|nouvel|nuevo|nueva|nuovo|nuova|novo|nova|nieuwe)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:(?:is|will|wird|va|will be)\s+)?(?:starts?|starting|joins?|joining|arrives?|comes? (?:in|on board)|begins?|"
    r"anf(?:ä|ae)ngt|anfangt|beginnt|startet|kommt|arrive|commence|d(?:é|e)bute|empiece|empieza|llega|comience|arriva|inizia|comincia|"
    r"come(?:ç|c)a|come(?:ç|c)ar|chega|chegar|entra|entrar|begint|start|komt)\b"
)
_OTHERS_LAUNCH = lazy_compile(
    r"\b(?:(?:our|a|the|one of our|their)\s+(?:\w+\s+)?)?(?:competitors?|rivals?|konkurrent\w*|concurrent\w*|concorrent\w*|competencia|"
    r"concorr(?:ê|e)ncia)\s+(?:(?:is|are|will be|'s|is also)\s+)?(?:launch\w*|start\w*|lance\w*|lanza\w*|lancia\w*|lan(?:ç|c)a\w*|"
    r"open\w*|releas\w*|roll\w* out)\b[^.;!?,]{0,40}?\b(?:in|on|by|at|from)\s+(?:the\s+)?(?:early\s+|mid[- ]?\s*|late\s+)?$"
)


def _belongs_elsewhere(text: Text, found: _Found) -> bool:
    """Whether the time is when a budget grows, a contract ends or someone else launches, with no aim of the
    visitor's before it in the sentence ("we need a new agency before our contract runs out in June" is a deadline)."""
    lower = text.lower
    clause = text.clause_at(found.start)
    sentence = stance.sentence_at(text, found.start)
    more = _MORE_FROM.search(lower, max(clause[0], found.start - 60), found.start)
    if more or _MORE_AFTER.match(lower, found.end) or _GROWS_AFTER.match(lower, found.end):
        own = lower[clause[0]: found.start] + " " + lower[found.end: (w.start() if (w := _WHEN_CLAUSE.search(lower, found.end, clause[1])) else clause[1])]
        # "... and want to do a lot more in January": an aim of the visitor's said before the "more" is theirs
        aimed = _AIM.search(lower, clause[0], more.start() if more else found.start)
        return bool(_BUDGET_NAMED.search(lower)) and not _START_SAID.search(own) and not aimed
    # a contract's end with an aim said after it is when the visitor needs the next one: "our contract runs until June
    # and we want to switch agencies", "... ends in June so we are looking for a new agency"
    aim_after = _AIM.search(lower, found.end, sentence[1])
    bound = next((m for pattern in (_CONTRACT_RUNS_UNTIL, _BOUND_UNTIL)
                  if (m := pattern.search(lower, max(sentence[0], found.start - 80), found.start))), None)
    if bound is not None:
        return not aim_after and not _AIM.search(lower, sentence[0], bound.start())
    if _BOUND_AFTER.match(lower[:clause[1]], found.end):
        cue = re.search(r"(?:\b(?:by|before|until|till|to)\s+(?:the\s+)?)?$", lower[:found.start])
        return not _AIM.search(lower, sentence[0], cue.start() if cue else found.start) and not _AIM.search(
            lower, _BOUND_AFTER.match(lower, found.end).end(), sentence[1])
    other = next((m for pattern in (_OTHERS_LAUNCH, _HIRE_STARTS)
                  if (m := pattern.search(lower, max(sentence[0], found.start - 80), found.start))), None)
    if other is None and _HIRE_WAITED.match(lower, found.end):
        # "we're 9 now, 10 from january when our new dev starts": when the team grows, unless an aim is said before it
        return not _AIM.search(lower, sentence[0], found.start)
    return bool(other) and not _AIM.search(lower, sentence[0], other.start())


def _stated(text: Text, found: _Found, field: str | None) -> bool:
    """Whether a time in the text is when the visitor wants to start or buy.

    Precision first: in an answer to "when?" any time the visitor did not
    negate is; anywhere else ("our pipeline dried up this year", "we went from
    20 to 45 in a year", "call me tmrw") only a time said as an aim ("start",
    "need it by", "deadline") counts, and not one said of a goal or a call.
    """
    lower = text.lower
    if _NEGATED.search(lower, max(0, found.start - 20), found.start):
        return False
    if _PLANNING_BEFORE.search(lower, max(0, found.start - 30), found.start) or _PLANNING_AFTER.match(lower, found.end):
        return False  # "just gathering info for next year's planning": when they plan, not when they start
    if field != "timing" and re.match(r"(?:over|across|spread over)\s", lower[found.start: found.end]) and _SUM_BEFORE.search(lower, max(0, found.start - 30), found.start):
        return False  # "half a mil over 2 years for the full rebrand": the span a sum is spent over, not when to start
    if _REVIEW_AFTER.match(lower, found.end) and re.search(r"\b(?:after|since|following|at|in)\s+(?:the\s+|our\s+)?$", lower[max(0, found.start - 20): found.start]) \
            and _A_SUM.search(lower, text.clause_at(found.start)[0], len(lower)) and re.search(r"\b(?:was|were|had)\b", lower[:found.start]):
        return False  # "budget was 30k ... but after the Q3 review its more like 22k": when the budget changed, not a start
    if _SINCE.search(lower, max(0, found.start - 25), found.start):
        return False  # "we've been looking since September" (and "seit", "depuis", "sinds"): a time gone, what holds since
    if re.search(r"\b(?:last|(?:this|the) past)\s+$", lower[max(0, found.start - 10): found.start]):
        return False  # "until last October", "this past spring": a time gone, even when it resolves to the next one
    if field != "timing" and _AMOUNT_BEFORE.search(lower, max(0, found.start - 25), found.start) and _A_PERIOD.match(lower, found.start):
        return False  # "cut that to 60k this year", "2k a month tops": the period of an amount, not a deadline
    if _PERIOD_DESCRIBED.match(lower, found.end):
        return False  # "this year was bad", "last quarter has been slow": the period is what is described, not an aim
    if _SEASON_DESCRIBED.match(lower, found.end) and re.search(r"[^\W\d_]", lower[found.start: found.end]) and not _CUED.search(lower, max(0, found.start - 25), found.start):
        return False  # "asap, January is always dead for us": a slow month of theirs, the reason for the haste, not a start
    if _FROM_THE_START.match(lower, found.end):
        return False  # "results within 3 months of starting": counted from a start not said, not when to start
    if field != "timing" and re.match(r"(?:within|in)\b", lower[found.start: found.end]) and _GOAL_FIGURE.search(lower, max(0, found.start - 45), found.start):
        return False  # "we want 50 leads a month within 90 days": when a figure is to be reached
    if field != "timing" and _A_PERIOD.match(lower, found.start) and re.search(r"\d[\d.,]*\s*(?:k|m|mn|mil|million|grand|%)?\s*$", lower[max(0, found.start - 15): found.start]):
        return False  # "hoping for 4 this year": the period of a figure, not when to start
    if field != "timing" and _A_PERIOD.match(lower, found.start) and _spent_in(lower, text.clause_at(found.start)):
        return False  # "this year we want to spend 20k": the period of a sum to spend, not when to start
    if not _haste(lower, found) and (_PROBLEM_BEFORE.search(lower, max(text.clause_at(found.start)[0], found.start - 45), found.start)
                                      or _PROBLEM_AFTER.match(lower[:_clause_end_past_a_comma(text, found)], found.end)):
        return False  # "leads have dried up this year", even at "when?": the time of a problem, not of a start
    # At "when?" the whole sentence tells; in free text only the time's own clause ("budget got cut, still Q2").
    if _said_of_the_past(text, found, *((stance.sentence_at(text, found.start), False) if field == "timing" else (text.clause_at(found.start), True))):
        return False
    if field == "timing":
        return True
    if _refers_back(text, found):
        return True  # "tax season starts in Feb and we want the new site up before then": the aim is dated by it
    if _belongs_elsewhere(text, found):
        return False  # "possibly more from april", "our agency contract runs until June": not the visitor's start
    clause = text.clause_at(found.start)
    if lower[:clause[0]].rstrip().endswith(")") and (opened := lower.rfind("(", 0, clause[0])) > 0:
        # "closed our series A ($8M) in October": the bracket is an aside, the time ends the clause before it
        before = text.clause_at(lower[:opened].rstrip() and len(lower[:opened].rstrip()) - 1)[0]
        if _FACT_BEFORE.search(lower, max(before, found.start - 60), found.start):
            return False
    if _bare_time(text, found) or _dated_event(text, found) or _moved_to(text, found):
        return True
    if _DENIED_START.search(lower, stance.sentence_at(text, found.start)[0], found.start) and not _FACT_BEFORE.search(lower, max(clause[0], found.start - 35), found.start):
        return True  # "we won't start in January, it's pushed to April": the start said instead
    if not (_aimed(text, found.start) or _spend_from(text, found) or _latest(text, found)):
        return False
    # "sales have been slow this year so we need to fix our funnel": the aim comes after, of something else.
    then = _NEW_AIM.search(lower, found.end, clause[1])
    said_before = re.search(r"[a-z]{3,}", _HEDGES.sub(" ", lower[clause[0]:found.start]))
    if then and said_before and not _AIM.search(lower, clause[0], then.start()):
        return False
    if stance.goal(text, found.start) and not _DEADLINE.search(lower, clause[0], clause[1]) and not _AIMED_AT_THE_TIME.search(lower, max(clause[0], found.start - 40), found.start):
        return False  # "hit 5M by 2028" is a goal; "target go-live: end of Q3" is a deadline; "aiming for January" aims at the time
    projected = _PROJECTED.search(lower, max(clause[0], found.start - 45), found.start)
    if projected and not _ONE_OF_A_THING.search(lower, max(clause[0], projected.start() - 25), projected.start() + 4):
        return False
    if _TOOL_SWITCH_MULLED.search(lower, clause[0], found.start) or _HIRING_STAFF.search(lower, clause[0], found.start):
        return False
    if _FACT_BEFORE.search(lower, max(clause[0], found.start - 35), found.start):
        return False  # "we lost 2 big clients this year so we need ...": this year is when they lost them
    if _FOR_A_CALL.search(lower, clause[0], clause[1]) and not _DEADLINE.search(lower, clause[0], clause[1]):
        return False  # "book a call next Monday"; but "done before our board meeting on Feb 10" is a deadline
    # "we grew to 33 employees this year and need a CRM soon": the growth is said before the aim, not of it.
    aims = [m.start() for m in _NEW_AIM.finditer(lower, clause[0], found.start)]
    return not _GROWTH.search(lower, aims[-1] if aims else clause[0], clause[1])


# "until we paused them in October", "we used an agency until last October", "wir haben bis Oktober Anzeigen
# geschaltet": a time said of what was done is no deadline, even in the answer to "when?". Past verbs in English and
# the past tenses of the other languages as the rewrite leaves them ("haben" is "have", "on a" is "we have").
_PAST_VERB = lazy_compile(
    # with its subject: "paid ads", "used cars" are no past
    r"\b(?:we|i|they|he|she|it|(?:the|our|my|their) [a-z]+(?: [a-z]+)?)\s+(?:(?:had|have|already|just|then|finally|eventually)\s+)?"
    r"(?:ran|paused|stopped|quit|did|used|tried|spent|paid|cancel+ed|ended|dropped|finished|switched|churned|left|"
    r"worked|hired|fired|lost|had|was|were|got|went|closed|shut|turned off|killed|ditched|pulled)\b"
)
# The other languages' past tenses: what English free text has no aim-cue reading for ("hasta octubre" is "by october").
_PAST_VERB_LOCAL = lazy_compile(
    r"\b(?:we|i) have (?:\w+ ){0,4}?(?:fait|eu|arrêté|suspendu|coupé|utilisé|lancé|payé|travaillé|essayé|"
    r"fatto|usato|avuto|fermato|sospeso|provato|lavorato|pagato|speso)\b|"
    r"\b(?:hicimos|tuvimos|paramos|pausamos|dejamos|probamos|contratamos|gastamos|estuvimos|fuimos|hemos \w+(?:ado|ido)|"
    r"fizemos|tivemos|parámos|deixamos|contratámos|gastámos|estivemos|fomos|avevamo|eravamo|"
    # the imperfect of being and having, said of the firm's history ("éramos 26 antes de abrir Norwood en junio")
    r"(?:é|e)ramos|ten(?:í|i)amos|est(?:á|a)bamos|t(?:í|i)nhamos|"
    r"hatten|stoppten|nutzten|deden|draaiden|stopten|gebruikten|hadden)\b|"
    # German's participle with its "sind" last in a clause of "bis" ("bis im Oktober 2 gegangen sind": people left
    # then), and Dutch leaving in the past ("tot er 2 vertrokken in oktober")
    r"\bge[a-zäöü]{3,}(?:t|en)\s+(?:sind|ist|waren|war)\b|\b(?:vertrokken|vertrok|weggegaan|opgestapt|gestopt)\b"
)
# German and Dutch put the participle last ("wir haben bis Oktober Anzeigen geschaltet"): "have" and a participle.
_PERFECT = lazy_compile(r"\b(?:we|i) have\b[^.;!?]*\bge[a-zäöüë]{3,}(?:t|d|en)\b")
# ... unless what is wanted next is said between the past and the time ("we paused them in October and want to
# restart in March": March is the aim, October the past).
_AIM_TOO = lazy_compile(
    r"\b(?:want|wants|need|needs|plan|planning|planned|hope|hoping|hoped|aim|aiming|looking to|will|'ll|going to|gonna|should|must|"
    r"have to|next|start|restart|launch|ready|ideally|deadline|asap|scheduled|booked|decided|expect|expected|supposed|"
    # a new statement after the past one: "the contract ended, so by January", "we had a bad Q4, now Q1 please"
    r"so|now|but|please|therefore|which is why|that's why|approved|budgeted|signed off|funded|greenlit|committed|told|asked)\b|"
    # an infinitive says what is to be done: "we were told to have it live by March"
    r"\bto\s+(?!(?:the|a|an|our|my|your|their|us|me|them|it)\b)[a-z]{2,}"
)


_NOT_PAST = lazy_compile(r"\b(?:asap|soon|sooner|immediately|urgent|right away|tomorrow|today|now|next)\b")


def _said_of_the_past(text: Text, found: _Found, span: tuple[int, int], free: bool = False) -> bool:
    """Whether a time is said of something done. In free text, where an English time counts only when it is aimed at
    anyway, only the other languages' past tenses are read (their "until" reads as the aim "by")."""
    lower = text.lower
    if re.match(r"\W*again\b", lower[found.end: found.end + 10]) or _NOT_PAST.search(lower, found.start, found.end):
        return False  # "it was March, so March again"; "asap" and "tomorrow" are never said of the past
    start, end = span
    before = [*([] if free else _PAST_VERB.finditer(lower, start, found.start)), *_PAST_VERB_LOCAL.finditer(lower, start, found.start)]
    if before:
        return _AIM_TOO.search(lower, max(m.end() for m in before), found.start) is None
    past_after = (None if free else _PAST_VERB.search(lower, found.end, end)) or _PAST_VERB_LOCAL.search(lower, found.end, end) or _PERFECT.search(lower, start, end)
    return past_after is not None and _AIM_TOO.search(lower, start, end) is None


_AMOUNT_BEFORE = lazy_compile(
    r"(?:[$€£]\s*\d[\d.,]*\s*(?:k|m|mn|bn|grand)?|\b\d[\d.,]*\s*(?:k|mn|grand|[$€£]|usd|eur|gbp|chf|euros?|dollars?|pounds?|quid|bucks)|"
    r"\b\d[\d.,]*\s+(?:thousand|million))\s*(?:(?:a|per|each|every|for|in)\s+)?(?:the\s+)?$"
)


_A_PERIOD = lazy_compile(r"(?:this|next|a|an|per|each|every|the)\s+(?:\w+\s+)?(?:year|month|quarter|week|fiscal|financial|fy)\b")


_DATED_AFTER = lazy_compile(r"\s+(?:starts?|begins?|opens?|is|kicks off|falls|runs|happens)\s+(?:in|on|at|from)?\s*(?:early\s+|mid[- ]?|late\s+)?")
# A time that is the subject of a description ("this year was bad so ...") is a period talked about.
_PERIOD_DESCRIBED = lazy_compile(r"\s+(?:was|were|has been|had been|'s been|has gone|went)\b")
# A month or season described as a slow or busy time of the visitor's business, right after it ("as soon as possible,
# January is always dead for us", "der Januar ist bei uns immer tot", "janvier est toujours mort chez nous", "enero
# siempre está muerto", "gennaio è sempre morto", "janeiro é sempre parado", "januari is bij ons altijd rustig", as the
# rewrite leaves them): a reason or a season of theirs, not when to start (compare a busy "rush" season: no haste).
_SEASON_DESCRIBED = lazy_compile(
    r"\s+(?:(?:is|are|ist|sind|est|es|está|esta|è|é|e|será|sera|wird|always|usually|typically|normally|generally|really|very|pretty|super|so|dead|for us|with us|here|our|the|a|an|"
    r"immer|meistens|normalerweise|bei uns|echt|sehr|unser|unsere|eine?|toujours|souvent|g(?:é|e)n(?:é|e)ralement|chez nous|tr(?:è|e)s|notre|un|une|"
    r"siempre|normalmente|generalmente|muy|para nosotros|nuestro|nuestra|una?|sempre|di solito|molto|per noi|da noi|il nostro|la nostra|"
    r"geralmente|muito|pra n(?:ó|o)s|para n(?:ó|o)s|o nosso|a nossa|nosso|nossa|uma?|altijd|meestal|bij ons|erg|heel|onze|ons|een)\s+){0,4}"
    r"(?:dead|slow|quiet|busy|hectic|crazy|mad|manic|flat|rammed|slammed|swamped|packed|a write-?off|write-?off|tot|tote hose|ruhig|flaute|stressig|"
    r"mort|calme|creux|charg(?:é|e)|muerto|tranquilo|flojo|flojito|parado|cargado|morto|tranquillo|fiacco|fermo|pieno|parad[oa]|calm[oa]|"
    r"frac[oa]|cheio|dood|rustig|stil|druk|slap|(?:slow|quiet|dead|busy|low|off|peak|high)\s+(?:month|season|period|time)|"
    r"(?:nebensaison|hochsaison|haute saison|basse saison|temporada (?:baja|alta)|(?:bassa|alta) stagione|(?:é|e)poca (?:baixa|alta)|"
    r"laagseizoen|hoogseizoen))\b")


_FELL_LOCAL = (
    r"chut(?:é|e)e?s?|baiss(?:é|e)e?s?|diminu(?:é|e)e?s?|recul(?:é|e)e?s?|plong(?:é|e)e?s?|d(?:é|e)gringol(?:é|e)e?s?|effondr(?:é|e)e?s?|"
    r"stagn(?:é|e)e?s?|ca(?:í|i)do|cayeron|cay(?:ó|o)|bajado|bajaron|baj(?:ó|o)|disminuido|disminuyeron|desplomado|desplomaron|"
    r"estancado|ca(?:í|i)ram|caiu|baixaram|baixou|diminu(?:í|i)ram|diminuiu|despencaram|despencou|calat[iaoe]|crollat[iaoe]|"
    r"diminuit[iaoe]|sces[io]|scesa|fielen|sanken|brachen ein|daalden|kelderden|liepen terug"
)
# A figure below where the visitor wants it, said with a verb of being: "admissions are down", "enrolments are softer",
# "sign-ups look weaker", "bookings were way off".
_BELOW_PAR = (
    r"(?:are|is|were|was|'re|'s|look|looks|looking|seem|seems|feel|feels|came in|coming in)\s+"
    r"(?:(?:a bit|a little|a lot|slightly|much|way|well|really|quite|pretty|so|very|already|even|noticeably|significantly)\s+)?"
    r"(?:down|off|lower|softer|weaker|slower|worse|behind|flat|soft|weak|slow|quieter|lagging|disappointing|below (?:target|forecast|expectations|plan|budget))"
)
# A problem said of the time right after it ("leads have dried up this year", "traffic dropped 40% this year"): what went
# wrong then ("this year", said about a problem, is not a deadline: issue 14).
_PROBLEM_BEFORE = lazy_compile(
    r"\b(?:(?:have|has|'ve|had)\s+(?:(?:really|already|totally|completely|basically|just|kind of|pretty much|all)\s+)?)?"
    r"(?:dried up|dropped|fallen|fell|declined|slowed(?: down)?|stalled|tanked|shrunk|shrank|plummeted|plateaued|flatlined|"
    r"struggled|suffered|gone (?:down|quiet)|been (?:slow|quiet|bad|tough|hard|rough|down|flat|terrible|awful|poor|dead)|"
    # a state said of the time ("admissions are down this year", "bookings were way off last spring")
    rf"{_BELOW_PAR}|"
    # the other languages' verbs of a fall as the rewrite leaves them ("les leads ont chuté", "han caído", "caíram",
    # "sono calati", and the German and Dutch simple past "fielen", "daalden")
    rf"{_FELL_LOCAL})\b"
    r"(?:\s+(?:by\s+)?(?:\d+\s*%|a lot|massively|badly|so much|off a cliff|a bit|quite a bit))?\s*(?:in\s+|over\s+|during\s+)?$"
)
# German and Dutch say the participle after the time: "die Anfragen sind dieses Jahr eingebrochen", "de leads zijn dit
# jaar opgedroogd" (and a share between: "um 40 % gefallen").
# ... and every language says it so when the time opens the sentence: "This year sales have dropped", "cette année
# les ventes ont chuté", "este año las ventas han caído", "quest'anno le vendite sono calate" (a subject of a few
# words, no wish among them: "this year we want to fix what dropped" aims).
_PROBLEM_AFTER = lazy_compile(
    # the time named in the subject, then how it stands: "enrolments for next year are softer than we'd like"
    rf"\s+{_BELOW_PAR}\b|"
    r"\s*(?:[\w%]+\s+){0,3}?(?:eingebrochen|gefallen|gesunken|zur(?:ü|ue)ckgegangen|eingeschlafen|weggebrochen|abgestürzt|"
    r"gesackt|opgedroogd|gedaald|ingestort|teruggelopen|gekelderd|ingezakt|afgenomen)\b|"
    # (the subject may be a longer noun phrase: "This year sales to the big farms dropped a lot")
    r"\s*,?\s*(?!(?:we|i|want|wants|need|needs|plan|hope|to|will|should|must)\b)[\w'%]+\s+"
    r"(?:(?!(?:we|i|want|wants|need|needs|plan|hope|will|should|must)\b)[\w'%-]+\s+){0,5}?"
    r"(?:(?:have|has|'ve|had|ont|a|han|ha|hanno|sono|è|sind|ist|zijn|is)\s+(?:(?:really|already|totally|just|all)\s+)?)?"
    rf"(?:dried up|dropped|fallen|fell|declined|slowed(?: down)?|stalled|tanked|shrunk|shrank|plummeted|plateaued|flatlined|"
    rf"gone (?:down|quiet)|been (?:slow|quiet|bad|tough|hard|rough|down|flat|terrible|awful|poor|dead)|{_FELL_LOCAL})\b|"
    # less of something, or a hard time, said of the time in the seven languages as the rewrite leaves them: "Cette année,
    # on a eu moins de nouveaux mandats", "Dit jaar is het hard gegaan", "Dieses Jahr hatten wir weniger Anfragen", "este
    # año hemos tenido menos clientes", "quest'anno è stato difficile" (no wish among the words: "this year we need less churn")
    r"\s*,?\s*(?:(?!(?:want|wants|need|needs|plan|hope|to|will|should|must|wollen|m(?:ö|oe)chten|brauchen|voulons|veut|queremos|"
    r"necesitamos|vogliamo|abbiamo bisogno|willen|moeten|precisamos)\b)[\w'%-]+\s+){0,5}?"
    r"(?:less|fewer|weniger|moins|menos|meno|minder|(?:been|was|is|ist|war|été|sido|stato|stata|sido|geweest) (?:\w+ )?(?:hard|tough|difficult|rough|slow|quiet|bad|"
    r"schwierig|schwer|hart|mau|ruhig|difficile|dur|calme|dif(?:í|i)cil|duro|flojo|dura|fraco|fiacco|moeilijk|zwaar|slecht|rustig|stil)|hard gegaan|zwaar gehad|"
    r"moeilijk gehad|(?:ein )?schwieriges jahr|(?:une )?ann(?:é|e)e difficile|(?:un )?a(?:ñ|n)o dif(?:í|i)cil|(?:um )?ano dif(?:í|i)cil|(?:un )?anno difficile)\b"
)


def _clause_end_past_a_comma(text: Text, found: _Found) -> int:
    """Where the time's clause ends, or the next one when only a comma follows the time ("Cette année, on a eu moins
    de mandats": the time opens the sentence, its clause is the next)."""
    end = text.clause_at(found.start)[1]
    if not text.lower[found.end: end].strip(" ,") and end < len(text.lower):
        return text.clause_at(min(len(text.lower) - 1, end + 1))[1]
    return end


# A sum said right before a span ("half a mil over 2 years", "200k over 18 months").
_SUM_BEFORE = lazy_compile(r"(?:[$€£]\s*\d[\d.,]*\s*(?:k|m|mn|million|mil)?|\d[\d.,]*\s*(?:k|m|mn|mil|million|grand|thousand|[$€£]|euros?|dollars?|pounds?)|half a (?:mil|million)|a (?:mil|million))\s*(?:a year|per year|total|in total)?\s*$")
# A review, a period's results or a reforecast named after a quarter: "after the Q3 review", "since the Q2 numbers".
_REVIEW_AFTER = lazy_compile(r"\s+(?:budget\s+)?(?:review|reviews|results|numbers|figures|reforecast|forecast|audit|close|board meeting|earnings)\b")
_NEW_AIM = lazy_compile(r"\b(?:and|so|but)\s+(?:we\s+|i\s+)?(?:now\s+)?(?:need|want|have to|must)\b")


# A time once wished for, given up for a later one: "we hoped for March, probably April now".
_WISHED = lazy_compile(r"\b(?:hoped|had hoped|were hoping|was hoping|wanted|planned|had planned|were aiming|was aiming|were planning|was planning|aimed|"
                       r"scheduled|slated|pencil+ed in|supposed|meant|originally|initially|said)\s+"
                       # "we wanted to start in january but it's now looking like march": the plan that was, then the one that is
                       r"(?:to\s+(?:start|begin|launch|kick off|go live|get going)\s+(?:in|on|by|at)\s+|(?:to\s+)?(?:start\s+)?(?:for|on|at|in|by)\s*)?(?:the\s+)?$")
# "... but it's now looking like march", "pushed back to March", "jetzt eher im März" (rewritten "now actually in march"):
# words that say a time replaces the one planned before it.
_REVISED = lazy_compile(r"\b(?:looking like|looks like|more like|rather|realistically|realisticamente|realistisch(?: gesehen| seen)?|being realistic|"
                        r"actually|now|it'?ll be|it will be|will be|pushed(?: back)? to|"
                        r"moved(?: back)? to|slipped to|delayed to|postponed to)\s+(?:in\s+|to\s+|by\s+)?$")
# The time planned has moved, said with no new time: "... but it slipped", "but that got pushed back", "aber das hat sich
# verschoben" (as the rewrite leaves the other languages' words).
_SLIPPED = lazy_compile(
    # said of the plan: "it slipped", "that got pushed back", "das hat sich verschoben", "ma è slittato" ("the delayed
    # invoices" is no plan moved)
    r"(?:\b(?:it|that|this|which|things|everything|the (?:launch|start|date|project|plan|go-live)|has|have|had|got|was|were|been|is|'s|"
    r"ça|das|sich|se|ha|è|é|dat|ma|mas|pero|mais|aber|maar)\s+(?:[\w'-]+\s+){0,2}?|\bbut\s+)"
    r"(?:slipped|slipping|slid|pushed(?: back| out)?|delayed|postponed|moved(?: back| out)?|fell through|fallen through|on hold|"
    r"cancell?ed|scrapped|verschoben|verzögert|glissé|repoussé|retardé|reporté|retrasado|retrasó|aplazado|pospuesto|atrasou|atrasado|adiado|"
    r"slittato|rimandato|posticipato|rinviato|uitgelopen|uitgesteld|vertraagd|verschoven)\b"
)
# "asap, ideally in January": the time said as the ideal is the aim the asap is hurried towards.
_IDEALLY = lazy_compile(r"\b(?:ideally|preferably|ideal(?:ly)? would be|idealmente|id(?:é|e)alement|de pr(?:é|e)f(?:é|e)rence|idealerweise|am liebsten|am besten|"
                        r"preferibilmente|de prefer(?:ê|e)ncia|preferentemente|idealiter|bij voorkeur)\s+(?:[\w-]+\s+){0,2}?$")
# "the spring sale", "our summer campaign": a season naming an event, not a time, when a date is also said.
_SEASON_EVENT = lazy_compile(
    r"^\s+(?:sale|sales|campaign|collection|launch|event|range|line|catalog(?:ue)?|promo|promotion|drop|season|push|rush|"
    # "our spring open day on 14 March", "the summer fair on 5 July": an event with a date of its own
    r"open day|open house|open evening|fair|festival|show|gala|party|concert|conference|market|fete|tournament|intake|term|course|courses|camp)\b"
)


# A date that dates a decision ("the board meets in january to decide", "la junta decide en enero"), in the seven
# languages: when the visitor also says the timing is unknown, it is when they decide, not when work starts.
_DECIDED_THEN = lazy_compile(
    r"\b(?:decid\w*|decision|decisión|decisão|decisione|meets?|meeting|votes?|approv\w*|sign[- ]off|entscheid\w*|tagt|sitzung|"
    r"décid\w*|décision|réunion|se réunit|reúne|reunión|reunião|si riunisce|riunione|delibera|beslis\w*|beslissing|vergadert|vergadering)\b"
)


# The timing named, in the seven languages ("Zeitplan", "calendrier", "plazos", "prazo", "tempistiche", "planning").
_TIMING_NAMED = lazy_compile(
    r"\b(?:timeline|timing|timeframe|time frame|when|start date|deadline|zeitplan|zeitrahmen|starttermin|calendrier|d(?:é|e)lais?|"
    r"plazos?|calendario|fechas?|prazos?|cronograma|datas?|tempistic\w+|tempi|planning|termijn|tijdlijn|startdatum)\b"
)
# Not yet settled, said the other languages' way where the rewrite leaves it ("sin definir", "indefinido", "flou").
_NOT_SETTLED = lazy_compile(
    r"\b(?:sin definir|por definir|a definir|indefinid[oa]s?|(?:pas encore|non) (?:d(?:é|e)fini|fix(?:é|e)|clair)e?s?|flou|"
    r"non definit[oai]|nog niet (?:bekend|vastgesteld|duidelijk)|noch offen|steht noch nicht fest)\b"
)


# The steps of choosing a supplier, in the seven languages as the rewrite leaves them: an RFP or tender going out,
# responses, proposals or bids due, a shortlist, pitches or demos.
_SELECTION_STEP = lazy_compile(
    r"\b(?:rfp|rfq|rfi|tender|responses?|proposals?|submissions?|bids?|pitch(?:es)?|shortlist\w*|short-list\w*|vendor demos?|"
    r"ausschreibung|angebote|einreichung|appel d'offres|appel offres|réponses|propositions|offres|licitaci(?:ó|o)n|concurso|propuestas|"
    r"respuestas|ofertas|propostas|respostas|gara|offerte|proposte|risposte|aanbesteding|offertes|voorstellen|inschrijvingen)\b"
)
# ... unless the visitor's own start or decision is said between the step and the time ("shortlist in January, we
# decide by March" dates the decision).
_OWN_MOVE = lazy_compile(r"\b(?:we|i|want|need|decide\w*|decision|live|kick[- ]?off|begin|onboard\w*|sign\w*|contract)\b")


def _selection_step(text: Text, found: _Found) -> bool:
    """Whether the time dates a step of choosing a supplier, named in its clause before it."""
    lower = text.lower
    start = text.clause_at(found.start)[0]
    steps = list(_SELECTION_STEP.finditer(lower, start, found.start))
    return bool(steps) and not _OWN_MOVE.search(lower, steps[-1].end(), found.start)


def _decided_then(text: Text, lower: str, found: _Found) -> bool:
    """Whether the date dates a decision: a decision word near it in its clause, and no start ("we decide in January
    and would start in February" starts in February)."""
    start, end = text.clause_at(found.start)
    near = lower[max(start, found.start - 40): min(end, found.end + 25)]
    return _DECIDED_THEN.search(near) is not None and _START_SAID.search(near) is None


# Indifference to when, said of the timing in its clause ("not fussed on timing", "we're flexible on timing", "beim
# Zeitplan sind wir flexibel", "on est flexibles sur le calendrier", "siamo flessibili sui tempi"): no timeline.
_INDIFFERENT = lazy_compile(
    r"\bnot (?:too |that |really |overly |super )?(?:fussed|bothered|fussy|picky|particular|precious|worried)\b|"
    r"\bflexib\w*|\bflessibil\w*|\bflex(?:í|i)ve\w*|\bno (?:strong )?preference\b|\b(?:don'?t|do not) mind\b|\bany ?time (?:works|is fine|suits)\b"
)
_NOT_OF_TIME = lazy_compile(r"\b(?:budget|price|pricing|cost|costs|money|spend|scope|format|channels?|platform)\b")


def _indifferent(text: Text, field: str | None) -> bool:
    """Indifference to when: at the timing question any clause saying it, elsewhere a clause naming the timing."""
    lower = text.lower
    return any(
        _INDIFFERENT.search(lower, start, end)
        and (field == "timing" or _TIMING_NAMED.search(lower, start, end) or re.search(r"\bzeitlich\b", lower[start:end]))
        and not _NOT_OF_TIME.search(lower, start, end)
        for start, end in text.clauses)


def _said_unknown(text: Text, lower: str, field: str | None) -> bool:
    """Whether the visitor says the timing is not known: anything unknown at the timing question, elsewhere a clause
    naming the timing with it ("honestly no idea on budget or timing yet")."""
    if field == "timing":
        return _UNKNOWN.search(lower) is not None
    return field is None and any(
        _TIMING_NAMED.search(lower[start:end]) and (_UNKNOWN.search(lower[start:end]) or _NOT_SETTLED.search(lower[start:end]))
        for start, end in text.clauses)


# "after Easter", "after the fêtes of end of year" (rewritten from "après les fêtes de fin d'année").
_AFTER_A_LANDMARK = lazy_compile(r"\b(?:after|once|following|post)\s+(?:[\w'-]+\s+){0,4}$")
# What may stand between the landmark and the month: a comma and words of approximation, in English or left as the
# visitor wrote them ("so gegen", "vers la", "hacia", "lá", "verso", "ergens in"), and "early", "mid-", "end of" the
# month; no full stop, no verb, no "not".
_THEN_ABOUT = lazy_compile(
    r"\s*[,:-]?\s*(?:(?:so|and|then|around|about|by|towards?|roughly|approximately|approx\.?|maybe|probably|perhaps|"
    r"say|like|in|for|the|sometime|somewhere|more|or|gegen|so|etwa|ungefähr|vers|la|le|aux|alentours|du|de|hacia|para|"
    r"pra|lá|por|volta|verso|intorno|a|al|rond|omstreeks|ergens|circa|ca\.?|tipo|tal|vez|wohl|eher|plutôt|más|mais|"
    r"piuttosto|eerder|early|mid|late|end|start|beginning|of|van|di|"
    # "after the trade show in January, so from February", "na de Heimtextil in januari, dus vanaf februari": the month
    # the start is counted from, after the landmark's own ("dus", "also", "donc", "quindi", "então" as the rewrite leaves them)
    r"from|starting|starting in|then|dus|also|donc|alors|quindi|poi|ent(?:ã|a)o|depois|entonces|luego|as(?:í|i) que|dann|daarna|puis|"
    # "l'an prochain, donc genre octobre", "next year, i.e. October", "nächstes Jahr, d.h. Oktober": the month that says
    # which part of the period ("genre" is Québec's "like"; "i.e." as the rewrite may leave it, "i.and.")
    r"genre|disons|digamos|diciamo|sagen wir|zeg maar|i\.e\.?|ie|i\.and\.|d\.h\.?|das hei(?:ß|ss)t|c'est(?:-| )(?:à|a)(?:-| )dire|es decir|"
    r"cio(?:è|e)|ou seja|o sea|dat wil zeggen|d\.w\.z\.?|namely|that is|meaning|"
    # "after the holidays, say second week of January"
    rf"{_NTH_WEEK}\s+weeks?)(?:\s+|-))*")
# A time corrected to in the same breath: "January, actually make that February", "March, or rather April", "Q2, sorry Q3".
# And a bare "no" set off by punctuation, with the seven languages' "better" or "rather" the rewrite leaves after it:
# "arrancar en marzo, no, mejor en abril", "im März, nein, lieber im April", "em março, não, melhor em abril", "in maart,
# nee, liever in april" (not "no later than April", "no rush", "not in April").
_CORRECTED_TO = lazy_compile(
    r"(?:\b(?:make (?:that|it)|actually|or rather|rather|i mean|i meant|sorry|scratch that|no wait|correction)|"
    r"(?:^|[\s,;.!?(—–-])(?:no|nein|nee|neen|non|n(?:ã|a)o)\s*[,;:!—–-])"
    r"\W+(?:(?:more like|in|by|mid|early|late|the|from|better|rather|mejor|melhor|lieber|liever|beter|besser|eher|meglio|mieux|"
    r"plut(?:ô|o)t|wait|sorry|actually|make (?:that|it))\W+)*$")
# A time struck out, then the one that replaces it: "scratch February, make it March", "forget March, April", and the
# rewrite's other languages ("vergiss Februar, lieber März", "oubliez février, plutôt mars", "olvida febrero, mejor
# marzo", "esquece fevereiro, melhor março", "lascia perdere febbraio, meglio marzo", "vergeet februari, liever maart").
_SCRATCHED = lazy_compile(
    r"\b(?:scratch|forget(?: about)?|drop|nix|ditch|strike|vergiss|vergessen sie|streich|streichen sie|oubliez|oublie|olvida|olvide|"
    r"olvidad|esquece|esque(?:ç|c)a|esque(?:ç|c)am|dimentica|dimenticate|lascia perdere|lasciate perdere|vergeet|schrap)\s+(?:the\s+)?$")
_REPLACED_BY = lazy_compile(
    r"\W+(?:(?:make (?:it|that)|it'?s|let'?s say|say|rather|better|instead|now|mejor|melhor|lieber|liever|beter|besser|eher|meglio|"
    r"mieux|plut(?:ô|o)t|actually|in|by|from|the)\W+)*")


def _scratched_for(text: Text, candidates: list[_Found]) -> list[_Found]:
    """The time that replaces one struck out right before it ("scratch February, make it March"): the visitor's time
    now, whatever question the message answers (a correction of an earlier answer); none otherwise."""
    lower = text.lower
    return [f for f in candidates if any(
        g.end <= f.start and _SCRATCHED.search(lower, max(0, g.start - 25), g.start) and _REPLACED_BY.fullmatch(lower, g.end, f.start)
        for g in candidates)][:1]


# The later time must name a place on the calendar (a month, a date, a quarter), not a span ("after Easter, two weeks").
_CALENDAR = lazy_compile(rf"\b{_MONTH}(?![a-z])|\b\d{{1,2}}[/.-]\d{{1,2}}\b|\bq[1-4]\b")


# A start already made, said as the rewrite leaves the seven languages: a time counted back ("vor einem Jahr", "il y a
# un an", "hace un año", "há um ano", "un anno fa", "een jaar geleden" -> "a years ago"), a time gone ("letztes Jahr"
# -> "last year"), or a start in the past tense ("angefangen" -> "started", "commencé", "começámos", "iniziato").
_STARTED_BEFORE = lazy_compile(
    r"\b(?:ago|last (?:year|month|week|quarter|spring|summer|autumn|fall|winter)|back in|"
    r"started|began|begun|kicked off|launched|commenc(?:é|e)|d(?:é|e)marr(?:é|e)|lanc(?:é|e)|empezamos|comenzamos|iniciamos|arrancamos|"
    r"come(?:ç|c)(?:á|a)mos|inici(?:á|a)mos|iniziato|cominciato|partiti|avviato|begonnen|gestart)\b"
)


def started_before(text: Text, *, lang: str = "en") -> bool:
    """Whether the message tells of a start already made ("wir haben vor einem Jahr angefangen"): at the timing
    question it is no yes to a start ahead, whatever pronoun and verb open it ("we have ...")."""
    return bool(_STARTED_BEFORE.search(english.of(text, lang).lower))


# "Starting" in the other six languages, as the rewrite leaves it before a time: "empezando en el primer trimestre" ->
# "empezando in the q1", "beginnend im ersten Quartal" -> "beginnend in q1", "en commençant au", "começando no",
# "iniziando nel", "beginnend in het": a start from the time, read as the English "starting in" is (the first part of a
# quarter, and a cue in free text).
_STARTING_LOCAL = lazy_compile(
    r"(?i)\b(?:en\s+)?(?:empezando|comenzando|iniciando|arrancando|commen(?:ç|c)ant|d(?:é|e)marrant|beginnend|startend|anfangend|"
    r"come(?:ç|c)ando|iniziando|cominciando|te beginnen)"
    r"(?:\s+(?:in|en|em|im|by|par|por|de|del|de la|du|des|do|da|dal|dalla|dem|der|met|vanaf|van|in the|the|au|aux|no|na|nel|nella|ab))*\s+"
    r"(?=(?:the\s+)?(?:q[1-4]|h[12]|first|second|third|fourth|1st|2nd|3rd|4th|next|this|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"spring|summer|autumn|fall|winter|early|mid|late|end|beginning|20\d\d)\b)")
# "From" as the rewrite may leave it ("à partir du" -> "in partir du", "a partire dal" -> "a start dal", "a partir del"):
# the English "from".
_FROM_LOCAL = lazy_compile(r"(?i)\b(?:in|à|a)\s+(?:partir|partire|start)\s+(?:de la|del|de|du|des|do|da|dal|dalla|dai|dagli)\b")
# The new year in the other six languages as the rewrite leaves it ("im neuen Jahr" -> "in neuen years", "dans la
# nouvelle année", "en el año nuevo" -> "in the years nuevo", "nel nuovo anno", "no ano novo", "in het nieuwe jaar"):
# the English "the new year", the turn of the year.
_NEW_YEAR_LOCAL = lazy_compile(
    r"(?i)\b(?:(?:the|el|la|le|il|o|het)\s+)?(?:(?:nieuwe|neuen|neue|nouvelle|nouvel|nuevo|nuovo|novo)\s+(?:years?|jahr|ann(?:é|e)e|a(?:ñ|n)o|anno|ano|jaar)|"
    r"(?:years?|a(?:ñ|n)o|anno|ano)\s+(?:nuevo|novo|nuovo))\b"
    # (not a new year of its own: "el nuevo año fiscal", "il nuovo anno scolastico", "o novo ano letivo")
    r"(?!\s+(?:fiscal|fiscale|financial|financiero|financeiro|finanziario|escolar|lectivo|letivo|scolastico|scolaire|acad(?:é|e)mico|"
    r"accademico|academic|school|budget|presupuestario|contable|contabile))")
# A quarter said with "for" in the other languages ("para el Q2", "per il Q2", "pour le T2", "para o segundo trimestre"
# -> "for the q2"), or Dutch "tegen" and Brazilian "pro"/"pra" left as they are ("tegen Q2", "pro segundo trimestre"):
# a deadline as "by Q2" is, met when the quarter comes (a month said so is rewritten "by" already).
_FOR_A_QUARTER = lazy_compile(r"\b(?:for|in time for|tegen|pro|pra)\s+(?:the\s+|het\s+)?$")


def timing(text: Text, now: date, field: str | None, *, lang: str = "en", country: str | None = None) -> Timing | None:
    """The date the visitor aims at, "just researching", or "don't know" (``country``, the visitor's, dates the
    festivals its calendar keeps)."""
    text = english.of(text, lang)
    if lang != "en" and (_STARTING_LOCAL.search(text.lower) or _FROM_LOCAL.search(text.lower)):
        text = Text.of(_FROM_LOCAL.sub("from", _STARTING_LOCAL.sub("starting in ", text.original)))
    if lang != "en" and _NEW_YEAR_LOCAL.search(text.lower):
        text = Text.of(_NEW_YEAR_LOCAL.sub("the new year", text.original))
    lower = text.lower
    candidates = list(_candidates(text, now, field, translated=lang != "en", country=country))
    found = [f for f in candidates if _stated(text, f, field)] or _scratched_for(text, candidates)
    # "RFP goes out 15 January, responses due 12 Feb, live by 1 April": the steps of choosing give way to the start
    found = [f for f in found if not _selection_step(text, f)] or found
    if len(found) > 1:
        # "after Easter, around March", "nach Ostern, so gegen März", "na de zomervakantie, rond maart": a landmark
        # waited for, then the month said next to it; the month is the more exact answer, whichever comes first.
        found = [f for f in found if not (_AFTER_A_LANDMARK.search(lower, max(0, f.start - 40), f.start) and any(
            g.start >= f.end and _CALENDAR.search(lower, g.start, g.end) and _THEN_ABOUT.fullmatch(lower, f.end, g.start)
            for g in found))] or found
        # "tax season starts in Feb": the event named, then its date; the date is the one to read
        found = [f for f in found if not any(
            g.start >= f.end and _DATED_AFTER.fullmatch(lower, f.end, g.start) for g in found)] or found
        # "our spring campaign next year": the year said after a period is that period's year (``_year_after``), no
        # time of its own to win over the season the event is named by
        found = [f for f in found if not any(g.end <= f.start and _year_after(lower, g.end, now) is not None
                                             and (m := _NEXT_YEAR_AFTER.match(lower[g.end: f.end])) and m.end() == f.end - g.end
                                             for g in found if g is not f)] or found
        found = [f for f in found if not (
            re.search(r"\b(?:spring|summer|fall|autumn|winter)$", lower[f.start: f.end]) and _SEASON_EVENT.match(lower[f.end: f.end + 20])
        )] or found
    if found and _said_unknown(text, lower, field) and all(_decided_then(text, lower, f) for f in found):
        return Timing(status="unknown")  # "no idea on timing yet, the board meets in january to decide": when they decide, not start
    if found:
        # Said as an aim first; among those, one right after "by", "before", "start"...; then the earliest.
        # "kick off mid jan, latest start of feb": a bound said with "latest" gives way to the aim said before it.
        earliest = min(f.start for f in found)
        found.sort(key=lambda f: (not _IDEALLY.search(lower, max(0, f.start - 30), f.start), not _aimed(text, f.start), not _CUED.search(lower, max(0, f.start - 25), f.start) or (
            f.start > earliest and bool(_AT_THE_LATEST.search(lower, max(0, f.start - 25), f.start))), f.start, -(f.end - f.start)))
        first = found[0]
        for other in found[1:]:
            if other.start < first.end and other.end > first.end:
                first = other
        for other in sorted(found, key=lambda f: f.start):
            if other.start >= first.end and (stance.supersedes(text, first.end, other.start) or _WISHED.search(lower, max(0, first.start - 30), first.start)
                                             or _moved_to(text, other)):
                # "we were hoping for June but July is more realistic", "we hoped for March, probably April now", "kickoff was
                # set for Jan 12 but the board pushed it to Feb 2": the time said since holds, whoever moved it
                first = other
        for other in sorted(candidates, key=lambda f: f.start):
            if other.start >= first.end and _CORRECTED_TO.search(lower, max(first.end, other.start - 30), other.start) \
                    and not _NEGATED.search(lower, max(0, other.start - 20), other.start):
                first = other  # "start in January, actually make that February": the time corrected to
        # ... past the vague periods said right after it ("before the first snow next year, so like October")
        reach = first.end
        for other in sorted(candidates, key=lambda f: f.start):
            if other.start >= reach and not _CALENDAR.search(lower, other.start, other.end) and _THEN_ABOUT.fullmatch(lower, reach, other.start):
                reach = other.end
        refined = [g for g in candidates if g.start >= first.end and _CALENDAR.search(lower, g.start, g.end) and not _SEASON_DESCRIBED.match(lower, g.end)
                   and (_THEN_ABOUT.fullmatch(lower, first.end, g.start) or (g.start >= reach and _THEN_ABOUT.fullmatch(lower, reach, g.start)))
                   and not _CALENDAR.search(lower, first.start, first.end)]
        if refined:
            first = refined[0]  # "in the new year, mid January-ish", "next year, probably March": the more exact time
        if _WISHED.search(lower, max(0, first.start - 30), first.start):
            # "we wanted to start in january but it's now looking like march": the later plan, said with a word of revision
            revised = [f for f in candidates if f.start >= first.end and _REVISED.search(lower, max(0, f.start - 30), f.start)
                       and not _NEGATED.search(lower, max(0, f.start - 20), f.start)]
            if not revised and _SLIPPED.search(lower, first.end, stance.sentence_at(text, first.start)[1]):
                return None  # "we were supposed to start in March but it slipped": the plan that was, and no new one
            first = revised[-1] if revised else first
        when = first.when
        return Timing((when - now).days, when.isoformat(), "stated")
    if _NO_TIMELINE.search(lower) or _indifferent(text, field):
        return Timing(status="no_timeline")
    if _said_unknown(text, lower, field):
        return Timing(status="unknown")
    if field == "timing" and re.fullmatch(r"\W*(?:no|nope|none|n/a|na|not really|nah)\W*", lower):
        return Timing(status="no_timeline")
    return None
