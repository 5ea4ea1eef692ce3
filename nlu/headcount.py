"""Company size in heads: "40-person", "team of 12", "just me", "a couple hundred"."""

from __future__ import annotations

import re

from nlu.attributes import Range
from nlu.numbers import UNITS, Amount, amounts, bound, quantities, whole
from nlu.text import Text

_HEAD_AFTER = re.compile(
    r"^(?:\+|\s*\+)?\s?(?:-|\s)?(?:(?:full[- ]time|part[- ]time|fulltime|total|in[- ]house|permanent|fte|"
    r"odd|or so|ish|-ish|plus|people strong|global|local|active|paid|salaried|direct)\s+|-)?"
    r"(?:person|people|persons|peeps|employees?|employes|emplyees|employess|staff(?:ers)?|ppl|folks|ftes?|"
    r"heads|headcount|workers|team ?members|colleagues|strong|man|woman|men|souls|humans|"
    r"mitarbeiter(?:innen)?|mitarbeitende|besch(?:ä|ae)ftigte|angestellte|salari(?:é|e)s|employ(?:é|e)s|empleados|dipendenti|medewerkers|werknemers|funcion(?:á|a)rios|"
    r"members of staff|staffers|crew|teammates|personnel|associates|full[- ]timers)\b"
)
_HEAD_BEFORE = re.compile(
    r"(?:team of|staff of|headcount(?: of| is| at| around| about|:)?|head count(?: of| is|:)?|employ|employs|"
    r"employing|company of|crew of|firm of|business of|org of|organi[sz]ation of|staff(?: is| are|:)|"
    r"size(?: is| of|:)?|(?:employees|headcount|staff|fte)(?: is| are|:)?|we are|we're|were|we r|there are|there's|grown to|grew to|"
    r"team is|team's|team size(?: is|:)?|total of|we have|we've got|we got|we number)\s*"
    r"(?:about|around|roughly|approximately|approx\.?|~|maybe|like|almost|nearly|over|under|just over|"
    r"just under|close to|more than|less than|fewer than|at least|up to|only|just|a little over|some)?\s*$"
)
_COMPANY_WORDS = re.compile(r"\b(?:employees?|company|firm|business|org|organi[sz]ation|headcount|staff|agency|startup|shop|practice)\b")
_ALONE = re.compile(
    r"\b(?:just|only) (?:me|myself|i)\b(?! and)|\bsolo\b|\bsolopreneur\b|\bone[- ](?:man|woman|person)\b|"
    r"\bsole (?:trader|proprietor|proprietorship|founder|employee)\b|\bi work alone\b|\bby myself\b|"
    r"\bon my own\b|\bmyself only\b|\bme,? myself and i\b|\bsolo founder\b|\b(?:i'?m|i am|as) an? freelancer?\b|\bself[- ]employed\b|"
    r"\bi'?m the only (?:one|employee|person)\b|\bno employees\b|\bno staff\b|\bindie hacker\b"
)
_OF_US = re.compile(r"\b(?:the )?(\d+|" + "|".join(UNITS) + r") of us\b")
_ME_AND = re.compile(
    r"\b(?:just )?(?:me|myself|i) (?:and|&|\+|plus) (?:my |a |one )?(?:partner|co-?founder|cofounder|wife|husband|"
    r"business partner|brother|sister|dad|father|mom|mother|friend|assistant|associate|colleague|spouse|son|daughter|va)\b"
)
_AND_ME = re.compile(r"\bmy (?:partner|co-?founder|cofounder|wife|husband|business partner|brother|sister|dad|father|mom|mother|friend|spouse) and (?:me|i|myself)\b")
_ME_PLUS = re.compile(r"\b(?:me|myself) ?(?:and|plus|\+|&) ?(\d+|" + "|".join(UNITS) + r")(?: (?:others|other people|employees|staff|people|contractors|freelancers|helpers|more|part[- ]timers|full[- ]timers))?(?=\W|$)")
# "2 founders + 3 employees": heads said in parts add up (contractors and freelancers are not staff).
_SUM = re.compile(
    r"\b(\d{1,5})\s+(?:co-?founders?|founders?|partners?|owners?|employees?|staff|people|full[- ]timers?|ftes?)\s*(?:\+|plus|and|&)\s*"
    r"(\d{1,5})\s+(?:employees?|staff|people|part[- ]timers?|full[- ]timers?|ftes?|others|more|team members)\b"
)
# "thousands" as the whole answer to "how many employees?"
_VAGUE_ANSWER = re.compile(r"\W*(?:(?:many|several|multiple|a few|some|over|more than)\s+)?(hundreds|thousands|tens of thousands|dozens)(?:\s+of (?:us|people|employees|staff))?\W*")
# "9 employees + me": the visitor counts on top.
_PLUS_ME = re.compile(r"\s*(?:[a-z-]+\s+)?(?:\+|plus|and|&)\s*(?:me|myself|the founder|the owner|me as the owner)\b")
_VAGUE_PLURAL = re.compile(r"\b(hundreds|thousands|tens of thousands|dozens) of (?:employees|people|staff|workers)\b")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else UNITS[word]


_AFTER_BARE = re.compile(
    r"\s*(?:[,.;:!?)+~]|$|-?ish\b|or so\b|and\b|in\b|at\b|across\b|globally|worldwide|total|today|now|right now|currently|"
    r"give or take|roughly|approx|at the moment|these days|so far|or\b|but\b|with\b|plus\b|incl|including|if\b|of\b|-|–)"
)


# People a business employs by trade ("40 agents", "15 lawyers") count as heads unless they are whom it serves.
_STAFF_AFTER = re.compile(
    r"^\s?(?:full[- ]time\s+|in[- ]house\s+)?(?:co-?founders|founders|agents|lawyers|attorneys|solicitors|consultants|engineers|developers|devs|nurses|doctors|physicians|dentists|"
    r"drivers|technicians|techs|reps|salespeople|sales reps|designers|accountants|therapists|teachers|instructors|stylists|chefs|cooks|"
    r"advisors|advisers|brokers|realtors|recruiters|caregivers|mechanics|electricians|plumbers|installers|architects|analysts|coaches)\b"
)
_SERVES_BEFORE = re.compile(
    r"\b(?:serve|serves|serving|served|help|helps|helping|for|to|with|target|targeting|reach|sell to|selling to|sold to|clients?|customers?|patients|"
    r"users|members|partners|network of|work with|working with|include|includes|including|such as|like|of)\b[^.,;!?]*$"
)


def _is_head(text: Text, amount: Amount) -> bool:
    lower = text.lower
    after = lower[amount.end: amount.end + 40]
    before = lower[max(0, amount.start - 45): amount.start]
    if _HEAD_AFTER.search(after):
        return True
    if _STAFF_AFTER.search(after) and not _SERVES_BEFORE.search(before):
        return True
    return bool(_HEAD_BEFORE.search(before) and _AFTER_BARE.match(after) and not re.search(r"[$€£]\s*$", before))


def company_size(text: Text, field: str | None, money_at: frozenset[int] = frozenset()) -> Range | None:
    """Heads in the visitor's company; a single figure gives min = max.

    ``money_at`` holds where amounts of money start, so "50k" read as budget
    is not also read as heads.
    """
    lower = text.lower
    m = _SUM.search(lower)
    if m:
        n = int(m.group(1)) + int(m.group(2))
        return Range(n, n)
    candidates: list[tuple[int, Amount]] = []
    for amount in amounts(lower, quantities(lower)):
        if (amount.min is not None and amount.min > 10_000_000) or amount.start in money_at:
            continue
        if _is_head(text, amount):
            clause = text.clause_at(amount.start)
            score = 2 if _COMPANY_WORDS.search(lower, clause[0], clause[1]) else 1
            candidates.append((score, amount))
        elif field == "company_size" and not re.match(r"\s*(?:%|years?|months?|weeks?|days?|clients|customers|users|locations|offices)", lower[amount.end: amount.end + 20]) and not re.search(r"[$€£]\s*$", lower[max(0, amount.start - 3): amount.start]):
            candidates.append((0, amount))
    if candidates:
        best = max(candidates, key=lambda c: c[0])[1]
        low, high = bound(lower, best)
        if re.search(r"\b(?:me|myself|i|us two|founder|owner)\s*(?:and|\+|&|plus|with)\s*(?:my\s+|our\s+)?$", lower[max(0, best.start - 20): best.start]) or _PLUS_ME.match(lower, best.end):
            low, high = (None if low is None else low + 1), (None if high is None else high + 1)
        return Range(whole(low), whole(high))
    m = _ME_PLUS.search(lower)
    if m:
        n = _count(m.group(1)) + 1
        return Range(n, n)
    m = _OF_US.search(lower)
    if m:
        n = _count(m.group(1))
        return Range(n, n)
    if _ME_AND.search(lower) or _AND_ME.search(lower):
        return Range(2, 2)
    if _ALONE.search(lower):
        return Range(1, 1)
    m = _VAGUE_PLURAL.search(lower) or (_VAGUE_ANSWER.fullmatch(lower) if field == "company_size" else None)
    if m:
        low = {"dozens": 24, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000}[m.group(1)]
        return Range(low, None)
    return None
