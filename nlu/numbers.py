"""Quantities as visitors write them, and the ranges and bounds around them.

"50k", "€ 9.500", "120 000", "9,5k", "1.2m", "fifty thousand", "a couple
hundred", "10-20k", "up to 8k", "5k+": money and head counts are both written
this way, so both read them here and only decide afterwards, from the words
around them, what was counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlu.patterns import lazy_compile

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = {"couple": 2, "few": 3, "several": 5, "dozen": 12}

# Multipliers written after digits: "50k", "1.2m", "3 grand", "2 lakh".
SUFFIXES = {
    "k": 1e3, "thousand": 1e3, "thousands": 1e3, "grand": 1e3, "thou": 1e3, "hundred": 1e2,
    "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6, "mill": 1e6, "mio": 1e6, "million": 1e6,
    "millions": 1e6, "b": 1e9, "bn": 1e9, "bil": 1e9, "billion": 1e9, "billions": 1e9,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    # Indonesian and Malay, as visitors there write them in English chat: "Rp 50 juta", "50jt", "500rb", "RM2 juta"
    "juta": 1e6, "jt": 1e6, "ribu": 1e3, "rb": 1e3,
}
_SUFFIX = "|".join(sorted(SUFFIXES, key=len, reverse=True))

_CODES = "usd|eur|gbp|chf|cad|aud|inr|sgd|nzd|sek|nok|dkk|pln|jpy|mxn|brl|zar|aed|hkd"
_DIGITS = lazy_compile(
    # glued to a currency code ("usd500"), to the rand's "R" ("R3000", "R14bn"), or standing alone
    r"(?:" + "|".join(f"(?<={c})" for c in _CODES.split("|")) + r"|(?<=(?<!\w)r)|(?<![\w.,/:'])"
    # or glued to another currency's symbol of letters ("ksh150k", "rm10k", "rp50jt"), which ``_glued`` checks
    r"|(?<=[^\W\d_]))"
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:(?:,\d{3})+(?:\.\d+)?|(?:\.\d{3})+(?:,\d{1,2})?|(?:[ ']\d{3})+(?:[.,]\d{1,2})?)"
    r"|\d+(?:[.,]\d+)?)"
    # nor an ordinal ("prima" is "1ª" once text2num has read it: "Prima una domanda" is no budget of 1) or degrees
    r"(?![\d])(?!\.\d)(?!,\d)(?!/\d)(?!:\d)(?![ªº°])"
    # a suffix is a word of its own: the "m" of "80331 München" is no million
    rf"(?:\s?(?P<suffix>{_SUFFIX})(?:(?!\w)|(?=(?:{_CODES})\b)))?"
)
_WORD = "|".join(sorted([*UNITS, *TENS, "hundred", *SCALES, "half", *VAGUE], key=len, reverse=True))
_WORDS = lazy_compile(
    # "a couple of hundred" joins across "of"; "one of two" is two numbers, not three.
    rf"\b(?:(?:a|an)\s+)?(?:{_WORD})(?:(?:\s+and\s+(?:a\s+)?|\s+of\s+(?=hundred|thousand|million|billion)|\s+a\s+|\s+|-)(?:{_WORD}))*\b"
    # ("half a mil", "half a mill": the article between half and the scale's shorthand, as "half a million" has it)
    rf"(?:(?:(?<=half)\s+a\s+|\s?)(?P<suffix>k|grand|m|mil|mill)(?!\w))?"
)


_A_THOUSAND = lazy_compile(r"\b(?:a|one) (?:grand|k)\b")

# Lakh written "L" after a figure ("2.5L pm", "can stretch to 3L"), as Indian visitors shorten it: read so only where
# the caller knows the figure is Indian money (``lakh_l``), and only when what follows is a period, a currency, a bound
# or the end of the phrase; "3L of water", "a 500L tank" are litres.
_LAKH_L = lazy_compile(
    r"\s?l(?![\w'])(?=\s*(?:$|[.,;:!?)/+~&-]|(?:p\.?m|p\.?a|per|a|an|each|monthly|yearly|annually|inr|rs|rupees?|"
    r"budget|max|maximum|tops|to|or|and|only|approx|ish|if|for the)\b))"
)


@dataclass(frozen=True)
class Quantity:
    """One number in the text; ``scaled`` when it carried a multiplier (k, million)."""

    value: float
    start: int
    end: int
    scaled: bool = False
    base: float = 0.0
    words: bool = False
    vague: bool = False


@dataclass(frozen=True)
class Amount:
    """A quantity or a range of two, with what the words around it say about it."""

    min: float | None
    max: float | None
    start: int
    end: int
    parts: tuple[Quantity, ...]
    approx: bool = False

    @property
    def scaled(self) -> bool:
        return any(q.scaled for q in self.parts)

    @property
    def words(self) -> bool:
        return all(q.words for q in self.parts)


def _digits_value(raw: str) -> float:
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", raw):
        return float(raw.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:[ ']\d{3})+(?:[.,]\d{1,2})?", raw):
        return float(re.sub("[ ']", "", raw).replace(",", "."))
    return float(raw.replace(",", "."))


def words_value(tokens: list[str]) -> tuple[float, bool]:
    """The value of spelled-out number words, and whether it is a vague one ("a few")."""
    total = 0.0
    current = 0.0
    vague = False
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        elif token == "half":
            current += 0.5
        elif token == "dozen":
            current = (current or 1) * 12
            vague = True
        elif token in VAGUE:
            current += VAGUE[token]
            vague = True
    return total + current, vague


@lru_cache(maxsize=64)
def quantities(lower: str, lang: str = "en", *, lakh_l: bool = False) -> tuple[Quantity, ...]:
    """Every number in a lower-case text, digits and words, in order; ``lakh_l`` when the text is known to count
    Indian money, so that "2.5l" is 2.5 lakh."""
    found: list[Quantity] = []
    for m in _DIGITS.finditer(lower):
        raw = m.group("num")
        if not _glued(lower, m):
            continue
        if raw.count(" ") and not _spaced_thousands_ok(lower, m):
            raw = raw.split(" ")[0]
            m_end = m.start() + len(raw)
            found.append(Quantity(_digits_value(raw), m.start(), m_end, base=_digits_value(raw)))
            continue
        if len(raw) > 18:
            continue
        base = _digits_value(raw)
        suffix = m.group("suffix")
        if suffix in ("m", "b") and _unit_not_multiplier(lower, m):
            suffix = None
        multiplier = SUFFIXES[suffix] if suffix else 1
        if suffix and "." in raw and raw.count(".") == 1 and re.fullmatch(r"\d{1,3}\.\d{3}", raw) and multiplier >= 1e6:
            base = float(raw)
        end = m.end() if suffix else m.start("num") + len(m.group("num"))
        lakh = _LAKH_L.match(lower, end) if lakh_l and not suffix else None
        if lakh is not None:
            suffix, multiplier, end = "lakh", SUFFIXES["lakh"], lakh.end()
        found.append(Quantity(base * multiplier, m.start(), end, bool(suffix), base))
    for m in _A_THOUSAND.finditer(lower):
        found.append(Quantity(1000.0, m.start(), m.end(), True, 1.0, True))
    for m in _WORDS.finditer(lower):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        body_end = m.start("suffix") if m.group("suffix") else m.end()
        for start, end, tokens in _word_runs(lower, m.start(), body_end):
            value, vague = words_value(tokens)
            if value == 0 and "zero" not in tokens:
                continue
            multiplier = SUFFIXES[m.group("suffix")] if m.group("suffix") and not lower[end:body_end].strip() else 1
            scaled = multiplier > 1 or any(t in SCALES or t == "hundred" for t in tokens)
            base = value / SCALES[tokens[-1]] if multiplier == 1 and tokens[-1] in SCALES else value
            stop = m.end() if multiplier > 1 else end
            found.append(Quantity(value * multiplier, start, stop, scaled, base, True, vague))
    found.sort(key=lambda q: q.start)
    return tuple(found)


def _word_runs(lower: str, start: int, end: int) -> list[tuple[int, int, list[str]]]:
    """Split "two and three million" into two numbers; keep "a hundred and fifty" whole."""
    words = list(re.finditer(r"[a-z]+", lower[start:end]))
    runs: list[tuple[int, int, list[str]]] = []
    current: list[re.Match[str]] = []
    for i, w in enumerate(words):
        nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
        # ("eighty and a hundred thousand" is two, "one and a half thousand" one)
        after = words[i + 2].group(0) if i + 2 < len(words) else ""
        if (w.group(0) == "and" and current and (current[-1].group(0) in UNITS or current[-1].group(0) in TENS)
                and nxt != "half" and not (nxt == "a" and after in ("half", "quarter", ""))):
            runs.append((start + current[0].start(), start + current[-1].end(), [c.group(0) for c in current]))
            current = []
            continue
        current.append(w)
    if current:
        runs.append((start + current[0].start(), start + current[-1].end(), [c.group(0) for c in current]))
    return runs


_LETTERS_BEFORE = lazy_compile(r"[^\W\d_]+$")


def _glued(lower: str, m: re.Match[str]) -> bool:
    """Whether a figure glued to letters before it is written so after a currency: a code ("usd500"), the rand's "r"
    ("r3000"), or another currency's symbol of letters (``nlu.data.currencies``: "ksh150k", "rm10k") for a sum of a
    hundred or more or with its scale ("mp3", "ar15", "covid19" are no money); a figure with no letter before it is."""
    start = m.start("num")
    letters = _LETTERS_BEFORE.search(lower, max(0, start - 12), start)
    if letters is None or letters.end() != start:
        return True
    word = letters.group(0)
    if word == "r" or any(word.endswith(code) for code in _CODES.split("|")):
        return True
    from nlu.data import currencies  # (CLDR's tables load on the first figure glued to letters, not on import)

    if word not in currencies.symbols() or len(word) < 2:
        return False
    return bool(m.group("suffix")) or _digits_value(m.group("num")) >= 100


def _spaced_thousands_ok(lower: str, m: re.Match[str]) -> bool:
    """ "120 000 EUR" is one number, "in 2 000" too, but "Q1 2027" or "15 2027" are not."""
    head = m.group("num").split(" ")[0]
    # (a month's name as a word: "maybe 20 000 €" is twenty thousand, where "may 20 2027" is a date)
    return len(head) <= 3 and not re.search(
        r"\b(?:q[1-4]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|"
        r"nov(?:ember)?|dec(?:ember)?)\.?\s*$", lower[: m.start()])


def _unit_not_multiplier(lower: str, m: re.Match[str]) -> bool:
    """ "5 m" after "in" reads as minutes or metres, not millions, when no money is near."""
    before = lower[max(0, m.start() - 12): m.start()]
    return bool(re.search(r"\b(?:in|within|every)\s*$", before)) and not re.search(r"[$€£]", before)


# Every sign Unicode counts a currency's ("₦", "₵", "₱", "¥", "₹"), and the dollars a country's letters open ("C$",
# "A$", "NZ$", "HK$", "US$"): a range says its currency again before its top ("C$5,000 to C$7,500").
_SIGNS = "".join(sorted({chr(c) for c in range(0x20A0, 0x20C1)} | {"$", "€", "£", "¥", "฿", "₩", "₪", "₹", "﷼", "֏", "₼"}))
_SIGN = rf"(?:(?<!\w)[a-z]{{0,3}}\$|[{re.escape(_SIGNS)}])"
# The currency may follow the first figure too: "between 50.000 € and 70.000 €".
_JOIN = lazy_compile(r"\s*(?:" + _SIGN + r"|usd|eur|gbp|chf|brl|euros?)?\s*(?:-{1,2}|to|till|until|through|thru|and|or|/|~)\s*(?:" + _SIGN + r"|usd|eur|gbp|chf|brl|(?<!\w)r)?\s*$")
# A figure corrected upwards in passing, as people hedge: "two, two and a half thousand", "5, maybe 6k".
_HEDGED = lazy_compile(r"\s*,\s*(?:(?:maybe|perhaps|possibly|or|or maybe)\s+)?")
_BETWEEN = lazy_compile(r"(?:between|from|anywhere from|somewhere from|range of|ranging from)\s*(?:r\$|[$€£]|usd|eur|gbp|chf|brl|(?<!\w)r)?\s*$")
_APPROX_BEFORE = lazy_compile(
    r"(?:about|around|roughly|approximately|approx\.?|appr\.?|~|circa|ca\.?|maybe|perhaps|probably|prob|"
    r"something like|somewhere around|somewhere near|in the region of|in the ballpark of|ballpark|"
    r"close to|nearly|almost|just under|just over|just below|just above|give or take|estimated|est\.?|"
    r"like|about a|around a|rough(?:ly)?|guess|guessing|say|think|i'd say|thinking)\W*(?:r\$|[$€£]|usd|eur|gbp|chf|brl)?\s*$"
)
_APPROX_AFTER = lazy_compile(r"^\s*(?:-?ish\b|or so\b|give or take|\+/-|\?|ish\b|-ish|odd\b|something\b|roughly|approx)")


def amounts(lower: str, found: tuple[Quantity, ...] | None = None, *, lang: str = "en") -> list[Amount]:
    """Quantities grouped into ranges ("10-20k", "between 5 and 8 thousand")."""
    qs = found if found is not None else quantities(lower)
    result: list[Amount] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs):
            nxt = qs[i + 1]
            gap = lower[q.end: nxt.start]
            joined = _JOIN.fullmatch(gap) is not None and len(gap) <= 12
            if joined and re.search(r"\b(?:and|or)\b", gap) and not _BETWEEN.search(lower[: q.start]):
                joined = re.search(r"\bor\b", gap) is not None and nxt.value > 0
            # "two, two and a half thousand", "5, maybe 6k": a bare figure, then a bigger one with the scale
            hedged = (_HEDGED.fullmatch(gap) is not None and not q.scaled and nxt.scaled and q.value < nxt.base)
            if joined or hedged:
                low = _words_at_the_tops_scale(lower, q, nxt) or _thousands_of_the_top(lower, q, nxt) or _inherit_scale(q, nxt)
                if low <= nxt.value:
                    before = lower[max(0, q.start - 40): q.start]
                    approx = bool(_APPROX_BEFORE.search(before))
                    result.append(Amount(low, nxt.value, q.start, nxt.end, (q, nxt), approx))
                    i += 2
                    continue
        before = lower[max(0, q.start - 40): q.start]
        after = lower[q.end: q.end + 20]
        approx = bool(_APPROX_BEFORE.search(before) or _APPROX_AFTER.search(after)) or q.vague
        result.append(Amount(q.value, q.value, q.start, q.end, (q,), approx))
        i += 1
    return result


def _words_at_the_tops_scale(lower: str, low: Quantity, high: Quantity) -> float | None:
    """ "three to four hundred thousand" is 300,000 to 400,000, "five to six hundred" 500 to 600: a bare number word
    before a top in words whose first word is a unit followed by "hundred" takes all of the top's scale, hundreds
    included (the top's multiplier alone made it 3,000). None when the range is not so written."""
    if not (low.words and high.words) or low.scaled or not high.scaled:
        return None
    said = re.findall(r"[a-z]+", lower[high.start: high.end])
    if len(said) < 2 or said[1] != "hundred" or said[0] not in UNITS or not all(word in SCALES for word in said[2:]):
        return None
    lead = UNITS[said[0]]
    if not 0 < low.value < lead or low.value != int(low.value) or high.value % lead:
        return None
    return low.value * high.value / lead


_IN_THOUSANDS = re.compile(r"\d{1,3}(?:[,. '’]\d{3})+")


def _thousands_of_the_top(lower: str, low: Quantity, high: Quantity) -> float | None:
    """ "between 8 and 10,000", "zwischen 8 und 10.000 €", "entre 8 et 10 000 €": a bare figure of up to three digits
    before a top written out in thousands is that many thousands, as "8 to 10k" is, when that lands within a tenth of
    the top ("between 500 and 10,000" stays 500). None when the range is not so written."""
    if low.scaled or high.scaled or low.words or not re.fullmatch(r"\d{1,3}", lower[low.start: low.end].strip()):
        return None
    if not _IN_THOUSANDS.fullmatch(lower[high.start: high.end].strip()) or high.value % 1000:
        return None
    thousands = low.value * 1000
    return thousands if high.value / 10 <= thousands <= high.value else None


def _inherit_scale(low: Quantity, high: Quantity) -> float:
    """ "10-20k" means 10k to 20k: the first number takes the second's multiplier."""
    if low.scaled or not high.scaled or high.base == 0:
        return low.value
    multiplier = high.value / high.base
    if low.value <= high.base:
        return low.value * multiplier
    if multiplier >= 1e6 and low.value < 1000:
        return low.value * multiplier / 1000
    return low.value


# (each a word of its own: "turnover 12 crore" is no "over 12 crore")
_AT_MOST = lazy_compile(
    r"(?<![a-z])(?:up to|upto|max(?:imum)?|no more than|not more than|less than|fewer than|under|below|at most|"
    r"capped at|cap(?: of| at| is)?|ceiling(?: of| is)?|limit(?: of| is)?|no higher than|not over|"
    # "I'd cap it at 25k", "capping the spend at 5k", "limit it to 8k": the visitor sets the ceiling
    r"(?:cap|capping|limit|limiting)\s+(?:it|that|this|things|us|(?:the|our|my)\s+(?:spend|spending|budget|cost|costs))\s+(?:at|to)|"
    r"not exceeding|within|below|lower than|<=?|≤|up till|top(?:s| out at)?|upper limit(?: of| is)?|"
    r"no greater than|not above|smaller than|max of|maximum of|shy of|south of|max(?:imum)? (?:budget|spend)(?: is| of)?|"
    # Italian and Dutch "under" where the rewrite leaves them ("restiamo sotto gli 85.000 €", "we blijven onder 85.000")
    # (a comma ends the bound: "venue in the Cotswolds, 120 cap, 18 staff" sets no ceiling on the 18)
    r"(?:al di )?sotto(?: (?:i|gli|le|la|il|l'|ai|agli|alle|di|dei|degli))?|onder|beneden)[^\w,;]*(?:r\$|[$€£]|usd|eur|gbp|chf|brl)?\s*$"
)
_AT_LEAST = lazy_compile(
    r"(?<![a-z])(?:at least|over|more than|above|min(?:imum)?|no less than|not less than|north of|upwards of|"
    r"in excess of|starting (?:at|from)|start(?:s)? at|from|>=?|≥|beyond|exceeding|bigger than|"
    r"larger than|greater than|minimum of|min of|excess of|min(?:imum)? (?:budget|spend)(?: is| of)?|"
    # "plus 10k" opening what is said is "10k plus"; after something counted ("me and my wife plus 3 staff", "20k
    # plus 5k for ads") it adds the figure to it (the rewrite makes "más", "mais", "più" before a figure "plus")
    r"(?:^|[^\w\s.,%]\s*|\b(?:is|was|be|are|were|budget|spend|of|at|with|about|around)\s+)plus)\W*(?:r\$|[$€£]|usd|eur|gbp|chf|brl)?\s*$"
)
# A period may sit between the amount and its bound: "$10k/month max", "5k a month minimum".
_PERIOD_BETWEEN = r"(?:\s*(?:/|per\b|a\b|an\b|each\b)\s*(?:month|mo|mth|year|yr|week|wk|quarter|qtr|annum)s?\b\.?|\s*(?:monthly|annually|yearly|weekly|quarterly|pcm|p\.?m\.?|p\.?a\.?)(?![a-z]))?"
_AT_MOST_AFTER = lazy_compile(
    # ("2.5k a month tops 3k": a ceiling with its own figure after it is that figure's, not this one's)
    r"^" + _PERIOD_BETWEEN + r"\s*(?:(?:max(?:imum)?\b|tops\b)(?!\s*(?:r\$|[$€£]|usd|eur|gbp|chf)?\s*\d)|at most|or less|or under|or below|at the most|ceiling|cap\b|and under|and below|or fewer|max\.|"
    # "7.5k a month is the ceiling", "10k is our hard limit": the figure is named as the top, not as the amount
    r"(?:is|'s|would be|will be|being)\s+(?:the|our|my|an?)?\s*(?:absolute\s+|hard\s+|upper\s+)?(?:ceiling|max(?:imum)?|limit|cap|top)\b)")
# "plus" or "+" before another figure or a named cost ("10k plus VAT", "5.000 € plus TVA", "5k + ad spend") adds it to
# the sum; only with nothing after it is the sum the least ("10k+", "50 plus").
_ADDED = r"(?!\s*(?:(?:r\$|[$€£]|usd|eur|gbp|chf)?\s*\d|(?:vat|tva|btw|mwst|ust|iva|gst|hst|tax|taxes|expenses|fees|ad spend|media spend|costs)\b))"
_AT_LEAST_AFTER = lazy_compile(r"^" + _PERIOD_BETWEEN + r"(?:\s*(?:\+" + _ADDED + r"|plus\b" + _ADDED + r"|or more|and up\b|and upwards|and above|or above|minimum|min\b|at least|at minimum|or higher|and more|and over|or over|\bupwards)"
                               # "2k a month, at least": the floor said after a comma, ending the clause
                               r"|\s*,\s*(?:at least|at minimum|minimum|min)(?=\s*(?:$|[.;!?)])))")


# "it got bumped up to 11k", "they scaled it up to 8k": a change to the sum, not a ceiling ("up to 11k").
_CHANGED_UP_TO = lazy_compile(
    r"\b(?:bumped|raised|ramped|scaled|stepped|pushed|jacked|moved|upped|increased|lifted|went|gone|topped|put|brought|been)\s+"
    r"(?:(?:it|that|this|us|them|the budget|our budget|the spend)\s+)?up to\W*(?:[$€£])?\s*$")


def bound(lower: str, amount: Amount, after_end: int | None = None) -> tuple[float | None, float | None]:
    """The amount's min and max once "up to", "at least", "5k+" are read."""
    if amount.min != amount.max:
        return amount.min, amount.max
    before = lower[max(0, amount.start - 40): amount.start]
    end = amount.end if after_end is None else after_end
    after = lower[end: end + 32]
    if re.search(r"(?:just|slightly|a bit|little|a touch|a tad|fractionally|marginally) (?:under|over|below|above|more than|less than)\W*(?:[$€£])?\s*$", before):
        return amount.min, amount.max
    if re.search(r"(?:\b(?:not|never|won'?t|cannot|can'?t)|n't)\s+(?:\w+\s+){0,3}?(?:more than|over|above|exceed(?:ing)?|beyond)\W*(?:[$€£])?\s*$|"
                 r"\bnothing\s+(?:over|above|more than|beyond|north of)\W*(?:[$€£])?\s*$", before):
        return None, amount.max  # "we won't spend more than 7.5k": at most
    if _AT_LEAST_AFTER.search(after) or (lower[amount.end: amount.end + 1] == "+" and re.match(_ADDED, lower[amount.end + 1:])):
        return amount.min, None
    if _AT_MOST_AFTER.search(after):
        return None, amount.max
    if _AT_MOST.search(before) and not _CHANGED_UP_TO.search(before):
        return None, amount.max
    if _AT_LEAST.search(before):
        return amount.min, None
    return amount.min, amount.max


def whole(value: float | None) -> int | float | None:
    """Contract numbers are whole units when they can be."""
    if value is None or value != value or abs(value) > 1e15:
        return None
    return int(round(value)) if abs(value - round(value)) < 1e-6 else round(value, 2)
