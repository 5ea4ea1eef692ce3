"""Budgets and revenues: amounts of money, their currency and period.

Both are read from the same kind of phrase ("about $40k a year"), so one pass
finds the money in a text and the nearest cue word ("budget", "revenue",
"turnover", "spend") decides which of the two each amount is. Revenue is
annual in the contract, so a monthly or quarterly revenue is annualised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlu import stance
from nlu.attributes import Budget, Revenue
from nlu.numbers import Amount, amounts, bound, quantities, whole
from nlu.text import Text

_SYMBOLS = {
    "us$": "USD", "u$s": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "cad$": "CAD",
    "nz$": "NZD", "s$": "SGD", "sg$": "SGD", "hk$": "HKD", "r$": "BRL", "mx$": "MXN", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₺": "TRY", "₽": "RUB", "₪": "ILS",
    "₱": "PHP", "฿": "THB", "₦": "NGN", "zł": "PLN", "kč": "CZK", "rs.": "INR", "rs": "INR",
    "chf": "CHF", "fr.": "CHF",
}
_NAMES = {
    "us dollars": "USD", "us dollar": "USD", "american dollars": "USD", "dollars": "USD", "dollar": "USD",
    "bucks": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "british pounds": "GBP", "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "quid": "GBP",
    "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "rmb": "CNY", "cny": "CNY",
    "rupees": "INR", "rupee": "INR", "inr": "INR", "swiss francs": "CHF", "francs": "CHF", "chf": "CHF",
    "australian dollars": "AUD", "aussie dollars": "AUD", "aud": "AUD",
    "canadian dollars": "CAD", "canadian": "CAD", "cad": "CAD", "new zealand dollars": "NZD", "nzd": "NZD",
    "singapore dollars": "SGD", "sgd": "SGD", "hong kong dollars": "HKD", "hkd": "HKD",
    "reais": "BRL", "reals": "BRL", "brl": "BRL", "mexican pesos": "MXN", "pesos": "MXN", "mxn": "MXN",
    "rand": "ZAR", "zar": "ZAR", "swedish krona": "SEK", "swedish kronor": "SEK", "kronor": "SEK",
    "krona": "SEK", "sek": "SEK", "norwegian kroner": "NOK", "nok": "NOK", "danish kroner": "DKK",
    "dkk": "DKK", "kroner": "DKK", "kr": "SEK", "zloty": "PLN", "zlotys": "PLN", "pln": "PLN",
    "dirhams": "AED", "dirham": "AED", "aed": "AED", "riyals": "SAR", "riyal": "SAR", "sar": "SAR",
    "shekels": "ILS", "ils": "ILS", "nis": "ILS", "czk": "CZK", "huf": "HUF", "forint": "HUF",
    "krw": "KRW", "lira": "TRY", "naira": "NGN", "ngn": "NGN", "kes": "KES", "shillings": "KES",
    "ron": "RON", "lei": "RON",
}
_NAME_RE = "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
_SYMBOL_RE = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_BEFORE = re.compile(rf"(?:(?<![a-z])(?:{_SYMBOL_RE})|\b(?:usd|eur|gbp|cad|aud|nzd|chf|sek|nok|dkk|pln|inr|jpy|sgd|hkd|brl|zar|aed))\s*[~≈]?\s*$")
_AFTER = re.compile(rf"^\.?\s*(?:(?:{_SYMBOL_RE})(?![a-z])|(?:{_NAME_RE})\b)")
_CODE_AFTER = re.compile(r"^\s*([A-Z]{3})\b")
_CODE_BEFORE = re.compile(r"\b([A-Z]{3})\s*$")
_CLAUSE_SYMBOL = re.compile(rf"(?<![a-z])(?:{_SYMBOL_RE})(?![a-z])")
_CLAUSE_CURRENCY = re.compile(rf"\b(?:in|of|paid in|budget in|currency(?: is)?)\s+({_NAME_RE})\b")

_PERIODS = (
    ("month", re.compile(r"(?:\b(?:per|a|an|each|every|a calendar)\s*|/\s*)(?:month|mo|mth|mnth)s?\b|/\s*m\b|\bp\.?\s?m\.?(?![a-z])|\bmonthly\b|\bmonth(?:ly)? retainer|\bmo\b|\bmonthly\b|\bper mo\b|\bpcm\b|\bmonth to month\b|\bmrr\b")),
    ("quarter", re.compile(r"(?:\b(?:per|a|each|every)\s*|/\s*)(?:quarter|qtr|q)\b(?!\s+of\b)|\bquarterly\b|\b(?:for|over|in) the (?:whole |full |next |coming )?(?:quarter|qtr)\b|\bfor (?:the )?(?:next|this|coming) (?:quarter|qtr)\b|\b(?:next|this) quarter'?s\b")),
    ("year", re.compile(r"(?:\b(?:per|a|an|each|every)\s*|/\s*)(?:year|yr|annum)s?\b|\bp\.?\s?a\.?(?![a-z])|\bannual(?:ly)?\b|\banual(?:ly)?\b|\bannualy\b|\byearly\b|\bper annum\b|\b(?:for|over) the (?:whole |full |entire )?(?:year|yr)\b|\b(?:this|next) year'?s budget\b|\bfy\b|\b(?:for|in) (?:this|next|the) (?:calendar |fiscal )?year\b|\bthis year\b|\bnext year\b|\barr\b")),
    ("one_time", re.compile(r"\bone[- ]?(?:time|off)\b|\bin total\b|\btotal\b|\blump sum\b|\bfor the (?:whole |entire |full )?(?:project|campaign|engagement|program|programme|initiative|launch|website|build|job|rebuild|redesign)\b|\bproject budget\b|\boverall\b|\ball in\b|\bonce\b|\bsingle project\b|\bflat fee\b|\bfixed (?:fee|price)\b")),
)

_REVENUE_CUE = re.compile(
    r"\b(?:revenue|revenues|turnover|arr|mrr|run[- ]rate|sales|top[- ]?line|gross|bring in|brings in|"
    r"bringing in|does|grosses|make about|make around|make roughly|we make|we do|doing|we did|did|earn|earning|earnings|"
    r"made|we made|brought in|grossed|earned|turned over|turn over|turning over|generated|broke|crossed|passed|"
    r"bill|billing|billings|gmv|income|rev|annual sales|grossing|generate|generating|generates|valued)\b"
)
_BUDGET_CUE = re.compile(
    r"\b(?:budget|budgets|budgeted|spend|spending|invest|investing|investment|afford|allocate|allocated|"
    r"set aside|earmarked|pay|paying|cost|costs|price|retainer|fee|fees|marketing|on ads|ad spend|"
    r"can do|could do|looking at|thinking|envelope|plan to put|put in|willing|prepared|cap|capped)\b"
)
# Cues that name the other kind even in an answer to the budget (or revenue) question.
_STRONG_REVENUE_CUE = re.compile(r"\b(?:revenue|revenues|turnover|arr|mrr|run[- ]rate|top[- ]?line|gmv|grosses|grossing|annual sales|in sales|sales of)\b")
_STRONG_BUDGET_CUE = re.compile(r"\b(?:budget|budgets|budgeted|spend|spending|invest|investing|retainer|afford|allocate|allocated|set aside|earmarked)\b")
_NOT_MONEY_AFTER = re.compile(
    r"^(?:\s|-)?(?:%|percent|per ?cent|x\b|times\b|st\b|nd\b|rd\b|th\b|[- ]?(?:person|people|persons|employees?|"
    r"staff|ppl|folks|fte|ftes|heads?|workers|members|strong|seats?|users?|customers?|clients?|"
    r"accounts?|locations?|stores?|shops?|offices?|sites?|branches|outlets|clinics|restaurants|hotels|"
    r"visitors?|visits|followers|subscribers|leads|contacts|records|products|skus|items|orders|"
    r"countries|states|cities|markets|days?|weeks?|wks?|months?|mos|years?|yrs?|hours?|hrs?|minutes?|"
    r"mins?|quarters?|o'?clock|calls?|meetings?|deals|units|beds|patients|students|rooms|"
    r"properties|agents|reps|salespeople|engineers|developers|devs|sellers|partners|downloads|pages|"
    r"posts|emails|languages|brands|projects|vehicles|trucks|members|tickets|installs|companies|"
    r"franchises|schools|apps|of us|of them|figures?)\b)"
)
_NOT_MONEY_BEFORE = re.compile(
    r"(?:\bq|\bh|\bfy|\bteam of|\bstaff of|\bheadcount(?: of| is)?|\bin|\bby|\bsince|\buntil|\bbefore|"
    r"\bafter|\bemploy|\bemploys|\bhire|\bhiring|\btop|\bnumber|\bno\.|#|\bversion|\bv|\bphase|\bstep|"
    r"\bday|\bweek|\bmonth|\bjanuary|\bfebruary|\bmarch|\bapril|\bmay|\bjune|\bjuly|\baugust|"
    r"\bseptember|\boctober|\bnovember|\bdecember|\bjan|\bfeb|\bmar|\bapr|\bjun|\bjul|\baug|\bsep|"
    r"\bsept|\boct|\bnov|\bdec|\bof the|\b(?:company|firm|business|org|organi[sz]ation|crew) of(?: about| around| roughly| ~)?)\s*$"
)
_FIGURES = re.compile(r"\b(?:low |mid |high )?(four|five|six|seven|eight|nine|ten|4|5|6|7|8|9|10)[- ]figures?\b")
_FIGURE_WORDS = {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COMPANY_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}(?:company|business|brand|manufacturer|retailer|firm|agency|startup|operation|organi[sz]ation|group|shop|store|distributor|practice|chain|e-?commerce|saas)\b")
_PRE_REVENUE = re.compile(r"\bpre[- ]?revenue\b|\bno revenue\b|\bzero revenue\b|\bnot (?:making|generating) (?:any )?(?:money|revenue)\b|\bhaven'?t (?:made|generated) (?:any )?(?:money|revenue)")

_NO_BUDGET = re.compile(
    r"\bno (?:real |actual |set |fixed |defined |specific |allocated |dedicated |marketing |formal )?budget\b(?! (?:limit|cap|constraint|ceiling|issue|problem|restriction))|"
    r"\b(?:don'?t|do not|doesn'?t|does not|haven'?t|have not|hasn'?t|has not|didn'?t|did not|aren'?t|without)\s+"
    r"(?:really |actually |yet |currently |even )?(?:have |got |set |allocated |allocate |assigned |approved |defined |planned )?(?:up |aside )?(?:a |any |the |an |our )?"
    r"(?:real |actual |set |fixed |defined |dedicated |marketing |specific |allocated )?budget|"
    r"\bbudget (?:is |has )?(?:not |n't |hasn'?t been |has not been |isn'?t |is not |wasn'?t |not yet |yet to be )"
    r"(?:been )?(?:set|allocated|defined|approved|decided|assigned|agreed|confirmed|there|available)|"
    r"\bzero budget\b|\bbudget (?:is )?(?:zero|nil|none|0)\b|\bnothing (?:allocated|budgeted|set aside|earmarked)\b|"
    r"\bno (?:money|funds|funding|cash|spend)\b(?! (?:limit|problem|issue))|\bnot allocated\b|\bbroke\b(?!\s+(?:\d|[$€£]|through|even|the|into|records?|ground|past|over))|\bno cash\b|"
    r"\bcan'?t afford (?:anything|much)|\bnothing yet\b|\bshoestring\b|\bnone (?:at the moment|yet|right now|currently|so far)\b|"
    r"\bno spend\b|\bunfunded\b|\bnot budgeted\b|\bbudget hasn'?t been\b|\bwithout a budget\b|\bno budget yet\b"
)


# Answering "what's your budget?", "one" or "it" is the budget: "haven't set one", "we don't have one yet".
_NO_BUDGET_ANSWER = re.compile(
    r"(?:\b(?:not|never|cannot)|n't)\s+(?:really |actually |yet |currently |even |got |been )?"
    r"(?:have|got|set|allocated|allocate|assigned|approved|defined|made|decided on|agreed on|agreed|planned|put aside|set aside|earmarked|created)"
    r"\s+(?:up\s+|aside\s+)?(?:one|it|that|anything|any)\b(?!\s+(?:idea|clue))"
)
_DENIED = re.compile(r"(?:\bnot|\brather than|\binstead of|\bno longer)\s+(?:[$€£]\s*)?$")
_UNKNOWN_BUDGET = re.compile(
    r"\b(?:not (?:sure|decided|set|confirmed|finali[sz]ed|certain|known)|undecided|flexible|depends|it depends|tbd|tbc|"
    r"to be (?:confirmed|decided|determined|agreed)|no idea|don'?t know|do not know|dunno|unsure|need to (?:check|talk|ask|confirm)|"
    r"have to (?:check|talk|ask|confirm)|prefer not|rather not|can'?t say|cannot say|varies|open to (?:suggestions|proposals)|"
    r"haven'?t decided|still (?:deciding|working (?:it|that) out|figuring)|idk|no clue|good question|negotiable|up for discussion)\b"
)


@dataclass(frozen=True)
class Money:
    min: float | None
    max: float | None
    currency: str | None
    period: str | None
    start: int
    # "budget" or "revenue", or "other": money said but not the visitor's budget or revenue
    # (a past spend, a competitor's, a price asked about, a threshold; see ``nlu.stance``).
    kind: str
    end: int = 0


@lru_cache(maxsize=1)
def _iso_currencies() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _currency_around(text: Text, start: int, end: int) -> str | None:
    lower = text.lower
    m = _BEFORE.search(lower[max(0, start - 8): start])
    if m:
        key = m.group(0).strip(" ~≈")
        return _SYMBOLS.get(key) or key.upper()
    m = _AFTER.search(lower[end: end + 30])
    if m:
        key = m.group(0).strip().lstrip(".").strip()
        return _SYMBOLS.get(key) or _NAMES.get(key)
    for pattern, window in ((_CODE_AFTER, text.original[end: end + 6]), (_CODE_BEFORE, text.original[max(0, start - 6): start])):
        found = pattern.search(window)
        if found and found.group(1) in _iso_currencies():
            return found.group(1)
    return None


def _currency(text: Text, amount: Amount) -> str | None:
    for part in amount.parts:
        found = _currency_around(text, part.start, part.end)
        if found:
            return found
    return None


def _period_in(text: str) -> str | None:
    for name, pattern in _PERIODS:
        if pattern.search(text):
            return name
    return None


def _period(text: Text, start: int, end: int, clause_end: int, fallback: str | None = None) -> str | None:
    """The period said after the amount, else before it, else anywhere in an answer about money."""
    after = _period_in(text.lower[end: min(clause_end, end + 45)])
    if after:
        return after
    window = text.lower[max(0, start - 45): start]
    for name, pattern in _PERIODS:
        if name != "one_time" and pattern.search(window):
            return name
    return fallback


# "221B Baker St", "Suite 400": a house or suite number, not money.
_STREET_AFTER = re.compile(
    r"^[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Lane|Ln|Blvd|Boulevard|Way|Drive|Dr|Place|Pl|"
    r"Square|Sq|Court|Ct|Close|Crescent|Terrace|Highway|Hwy|Parkway|Pkwy)\b"
)
_STREET_BEFORE = re.compile(r"\b(?:suite|ste|unit|floor|apt|building|bldg|po box|p\.o\. box)\.?\s*#?\s*$")


_FRACTION_OF = re.compile(r"\b(?:(three)\s+quarters|(?:a|one)\s+quarter)\s+of\s+(?:a\s+)?$")


def _looks_like_money(text: Text, amount: Amount, field: str | None, cue: bool) -> bool:
    lower = text.lower
    first, last = amount.parts[0], amount.parts[-1]
    if _NOT_MONEY_AFTER.search(lower[last.end: last.end + 30]):
        return False
    if _STREET_AFTER.match(text.original[first.start + len(re.match(r"[\d.,' ]*", lower[first.start:]).group(0)):]) or _STREET_BEFORE.search(lower, max(0, first.start - 15), first.start):
        return False
    if _currency(text, amount):
        return True
    if _NOT_MONEY_BEFORE.search(lower[max(0, first.start - 20): first.start]) and not amount.scaled:
        return False
    if not amount.scaled and len(amount.parts) == 1 and 1900 <= first.value <= 2100:
        return False
    if amount.words and not amount.scaled:
        return False
    if field in ("budget", "revenue"):
        return True
    if field is not None and not cue:
        return False
    return amount.scaled and (cue or amount.max is None or amount.max >= 1000) or (cue and (amount.max or 0) >= 100)


def _kind(text: Text, start: int, clause: tuple[int, int], field: str | None, end: int | None = None) -> str | None:
    lower = text.lower
    if end is not None and _COMPANY_AFTER.match(lower[end: end + 40]) and not _BUDGET_CUE.search(lower, clause[0], clause[1]):
        return "revenue"
    best: tuple[int, str] | None = None
    cues = ((_REVENUE_CUE, "revenue"), (_BUDGET_CUE, "budget"))
    if field == "budget":
        cues = ((_STRONG_REVENUE_CUE, "revenue"), (_BUDGET_CUE, "budget"))
    elif field == "revenue":
        cues = ((_REVENUE_CUE, "revenue"), (_STRONG_BUDGET_CUE, "budget"))
    for pattern, kind in cues:
        for m in pattern.finditer(lower, clause[0], clause[1]):
            distance = abs(m.start() - start) if m.start() < start else abs(m.start() - start) + 10
            if best is None or distance < best[0]:
                best = (distance, kind)
    if best is not None:
        return best[1]
    if field in ("budget", "revenue"):
        return field
    return None


# What the business does, said earlier in the sentence ("We make dog food, sold on Amazon, ~$3M/yr").
_BUSINESS_SAID = re.compile(r"\b(?:we|i) (?:make|sell|sold|manufacture|produce|build|run|operate|ship|distribute)\b|\bsold (?:on|in|through|via|at)\b")


def _business_sized(text: Text, amount: Amount) -> bool:
    """An amount with no cue of its own, of a business's size, after the business is described.

    A chat visitor's marketing budget is rarely a quarter of a million or more,
    so such a figure that follows "we make/sell ..." in the same sentence is
    read as revenue; smaller ones stay the budget they usually are.
    """
    if max(amount.min or 0, amount.max or 0) < 250_000:
        return False
    lower = text.lower
    sentence_start = max(lower.rfind(stop, 0, amount.start) for stop in (". ", "! ", "? ", "\n")) + 1
    return _BUSINESS_SAID.search(lower, sentence_start, amount.start) is not None


def find(text: Text, field: str | None = None, default_currency: str = "USD") -> list[Money]:
    """Every amount of money in the text, each labelled budget or revenue."""
    lower = text.lower
    found: list[Money] = []
    fallback = _period_in(lower) if field in ("budget", "revenue") else None
    for amount in amounts(lower, quantities(lower)):
        clause = text.clause_at(amount.start)
        kind = _kind(text, amount.start, clause, field, _end_with_currency(text, amount))
        if kind is None and field is None and _business_sized(text, amount):
            kind = "revenue"
        if not _looks_like_money(text, amount, field, kind is not None):
            continue
        low, high = bound(lower, amount, _end_with_currency(text, amount))
        fraction = _FRACTION_OF.search(lower, max(0, amount.start - 25), amount.start)
        if fraction:  # "a quarter of a million", "three quarters of a million"
            share = 0.75 if fraction.group(1) else 0.25
            low, high = (None if low is None else low * share), (None if high is None else high * share)
        currency = _currency(text, amount) or _clause_currency(text, clause) or default_currency
        period = _period(text, amount.start, amount.end, clause[1], fallback)
        kind = kind or field or "budget"
        changed = len(amount.parts) == 2 and stance.changed_from(text, amount.start, amount.end)
        if changed:
            low = high = amount.parts[-1].value  # "bumped from 20k to 26k" is 26k now, not a range
        # A lone figure after "cut from" is what it was ("changed"); a joined "from X to Y" is read above.
        if stance.not_stated_money(text, amount.start, amount.end, kind, field) not in ((None, "changed") if changed else (None,)):
            kind = "other"
        elif kind == "budget" and field != "budget" and (high or low or 0) < 100 and not _STRONG_BUDGET_CUE.search(lower, *clause):
            kind = "other"  # "we want it under £25", "a month at $29": a price of something, not a marketing budget
        found.append(Money(low, high, currency, period, amount.start, kind, amount.end))
    for m in _FIGURES.finditer(lower):
        digits = _FIGURE_WORDS.get(m.group(1)) or int(m.group(1))
        clause = text.clause_at(m.start())
        kind = _kind(text, m.start(), clause, field) or field or "revenue"
        low, high = 10 ** (digits - 1), 10**digits - 1
        if m.group(0).startswith("low "):
            high = 3 * 10 ** (digits - 1)
        elif m.group(0).startswith("mid "):
            low, high = 4 * 10 ** (digits - 1), 6 * 10 ** (digits - 1)
        elif m.group(0).startswith("high "):
            low = 7 * 10 ** (digits - 1)
        if stance.not_stated_money(text, m.start(), m.end(), kind, field):
            kind = "other"
        found.append(Money(low, high, _clause_currency(text, clause) or default_currency, None, m.start(), kind, m.end()))
    found.sort(key=lambda money: money.start)
    return found


def _end_with_currency(text: Text, amount: Amount) -> int:
    m = _AFTER.search(text.lower[amount.end: amount.end + 30])
    return amount.end + m.end() if m else amount.end


def _clause_currency(text: Text, clause: tuple[int, int]) -> str | None:
    m = _CLAUSE_CURRENCY.search(text.lower, clause[0], clause[1])
    if m:
        return _NAMES[m.group(1)]
    # A symbol made of letters ("rs", "fr.", "chf") is a currency only as a word of its own: "founders" is not rupees.
    for m in _CLAUSE_SYMBOL.finditer(text.lower, clause[0], clause[1]):
        return _SYMBOLS[m.group(0)]
    return None


def _latest(text: Text, stated: list[Money]) -> Money:
    """The first amount, or a later one that corrects it ("it was 20k but finance trimmed it to 12k")."""
    m = stated[0]
    for later in stated[1:]:
        was = _WAS_BEFORE.search(text.lower, max(0, m.start - 25), m.start)
        if stance.supersedes(text, m.end, later.start) or was:
            m = later  # "it was 12k, it's 9k now"
    return m


_WAS_BEFORE = re.compile(r"\b(?:was|were|used to be|had been|originally|initially)\s*(?:about|around|~|roughly)?\s*[$€£]?\s*$")


# "40k but now it's more like 25": a bare number that corrects an amount takes the amount's scale.
_BARE_CORRECTION = re.compile(r"[^.;!?\d]{0,40}?\b(\d{1,3}(?:\.\d)?)\b(?!\s*(?:%|[a-z$€£]))")


def _corrected(text: Text, m: Money) -> Money:
    found = _BARE_CORRECTION.match(text.lower, m.end)
    top = m.max if m.max is not None else m.min
    if not found or top is None or top < 1000 or not stance.supersedes(text, m.end, found.start(1)):
        return m
    scale = 1_000_000 if top >= 1_000_000 else 1_000
    value = float(found.group(1)) * scale
    if not top / 10 <= value <= top * 10:
        return m
    return Money(value, value, m.currency, m.period, found.start(1), m.kind, found.end(1))


def budget(text: Text, money: list[Money], field: str | None) -> Budget | None:
    """The budget stated, "no budget" as status none, or nothing."""
    stated = [m for m in money if m.kind == "budget"]
    if stated:
        if all(m.max == 0 for m in stated):
            return Budget(status="none")
        # "more like 30k not 20k": an amount said to be wrong is not the budget.
        kept = [m for m in stated if not _DENIED.search(text.lower, max(0, m.start - 16), m.start)] or stated
        # "it was 20k but finance trimmed it to 12k": a later amount that corrects the earlier one wins;
        # "40k but could go to 60k" stretches it and the first stays.
        m = _corrected(text, _latest(text, kept))
        low, high = m.min, m.max
        for other in kept:  # "max budget 25k, min 15k": one end from each
            if other is not m and low is None and other.max is None and other.min is not None:
                low = other.min
            elif other is not m and high is None and other.min is None and other.max is not None:
                high = other.max
        return Budget(whole(low), whole(high), m.currency, m.period, "stated")
    if field == "budget" and _UNKNOWN_BUDGET.search(text.lower):
        return Budget(status="unknown")
    if field is None:
        for start, end in text.clauses:
            if re.search(r"\bbudget", text.lower[start:end]) and _UNKNOWN_BUDGET.search(text.lower[start:end]):
                return Budget(status="unknown")
    if _NO_BUDGET.search(text.lower) or (field == "budget" and (_NO_BUDGET_ANSWER.search(text.lower) or re.match(r"\W*(?:none|nothing|zero|nil|nada|zilch|zip|0|\$0|no|nope|n/a|na)\b(?!\s*(?:idea|clue|sure))", text.lower))):
        return Budget(status="none")
    return None


def revenue(text: Text, money: list[Money], field: str | None, default_currency: str) -> Revenue | None:
    """Annual revenue; "pre-revenue" is zero."""
    stated = [m for m in money if m.kind == "revenue"]
    if stated:
        m = _corrected(text, _latest(text, stated))  # "used to be 2M, now 2.6M"
        factor = {"month": 12, "quarter": 4}.get(m.period or "", 1)
        low = None if m.min is None else m.min * factor
        high = None if m.max is None else m.max * factor
        return Revenue(whole(low), whole(high), m.currency)
    if _PRE_REVENUE.search(text.lower):
        return Revenue(0, 0, default_currency)
    return None
