"""Name and company, where the visitor says them.

Both are kept as written (plain text, trimmed, at most 100 characters);
nothing that looks like markup or a link is taken as a name.
"""

from __future__ import annotations

import re

from nlu.text import Text

_NAME_WORD = r"[A-Z][a-zà-ÿ'’-]+|[A-Z]\.(?!\w)"
_NAME = re.compile(
    r"(?:\b(?i:my name is|my name's|name is|name's|i'?m called|call me|this is|i am|i'?m|it'?s|names?:)\s+)"
    rf"(?P<name>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,2}})"
)
_NAME_HERE = re.compile(
    rf"^\s*(?:(?i:hi|hello|hey|hiya|morning|good (?:morning|afternoon|evening))\b[\s,!.]*)?(?P<name>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}))?)\s+"
    r"(?:here\b|from\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}\s+here\b)"
)
_NOT_NAMES = {
    "a", "an", "the", "not", "just", "looking", "interested", "head", "from", "at", "with", "in", "on", "based", "ceo", "cmo",
    "cto", "cfo", "coo", "vp", "director", "manager", "founder", "owner", "also", "currently", "still", "really", "here",
    "good", "fine", "great", "new", "hoping", "trying", "sure", "happy", "reaching", "curious", "running", "working", "responsible",
    "doing", "planning", "ready", "about", "around", "going", "so", "very", "too", "all", "one", "part", "only",
    "hi", "hello", "hey", "thanks", "ok", "okay", "yes", "no", "marketing", "sales", "senior", "junior", "chief", "president",
    "student", "freelance", "freelancer", "self", "we", "our", "my", "your", "it", "that", "this", "there", "what", "when",
    "who", "why", "how", "sorry", "afraid", "glad", "pretty", "quite", "kind", "sort", "actually", "basically", "mostly",
    "usually", "definitely", "probably", "maybe", "perhaps", "unsure", "open", "busy", "free", "available", "able", "after",
    "before", "over", "under", "between", "into", "out", "up", "down", "off", "as", "if", "or", "and", "but", "by", "for", "of",
    "to", "is", "are", "was", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "could",
    "should", "may", "might", "must", "can", "need", "want", "like", "love", "hate", "think", "know", "see", "get", "make",
}
_COMPANY = re.compile(
    r"(?:\b(?:(?:i|we) (?:work|am|are) (?:at|for|with)|i'?m (?:at|with|from)|we'?re|we are|(?i:(?:my|our) company(?: name)? is|company(?: name)?:)|"
    r"the company is|company is called|(?:it'?s|we'?re) called|from|at|work for|works for|working for|(?:i|we) run|"
    r"(?i:founder|ceo|owner|cofounder|co-founder|md|managing director|president|cmo|cto|coo|cfo) (?:of|at))\s+|"
    r"(?<![\w.])@\s*(?=[A-Z]))"
    r"(?P<company>(?:[A-Z][\w&.'-]*|[A-Z0-9]{2,}[\w&.'-]*)(?:\s+(?:[A-Z][\w&.'-]*|&|and|of|[A-Z0-9]{2,}))*"
    r"(?:\s+(?:inc|llc|ltd|gmbh|ag|sa|s\.a\.|bv|b\.v\.|nv|plc|pty|co|corp|corporation|limited|group|labs|studio|agency|partners)\.?)?)"
)
_LEGAL = re.compile(
    r"\b(?P<company>(?:[A-Z][\w&'-]*\s+){1,3}(?:Inc|LLC|Ltd|GmbH|AG|S\.A\.|SA|BV|B\.V\.|NV|PLC|Pty(?: Ltd)?|Corp|Corporation|Limited|Co\.|SAS|SARL|SRL|S\.r\.l\.|Oy|AB|AS|ApS|KG)\b\.?)"
)
_SKIP_COMPANY = re.compile(
    r"^(?:\d+(?:[\s,.-]|$)|\d[\d.,]*k\b|\d+[a-z]?\s+(?:[a-z]+\s+){1,3}(?:st|street|rd|road|ave|avenue|lane|blvd|way|drive)\b|the|a|an|our|my|we|i|it|this|that|here|there|home|work|night|some|several|least|most|all|about|around|q[1-4]|h[12]|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|google|linkedin|facebook|instagram|twitter|the moment|moment|present|first|last|next|scratch|zero|ceo|cmo|cfo|cto|coo|vp)\b",
    re.I,
)


# Words of letters, joined inside by an apostrophe or hyphen ("O'Brien", "Anna-Lena"), an initial's dot allowed.
_PERSON_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?"
_PERSON = re.compile(rf"{_PERSON_WORD}(?: {_PERSON_WORD}){{0,3}}")

# "skip", "rather not say", "why do you need that?": no name or company given.
_REFUSAL = re.compile(
    r"^\W*(?:skip(?:ped)?|pass|n/?a|none|nothing|no|nope|nah|no thanks|no thank you|anonymous|anon|private|confidential|"
    r"secret|not telling|not applicable|-+|\.+|\?+|x+)\W*$|^\W*(?:it'?s|that'?s|it is|that is)?\s*(?:a |top )?(?:secret|private|confidential)\W*$|"
    r"\b(?:rather not|prefer not|prefer to not|'d rather|don'?t want to|do not want to|won'?t|will not|not (?:going|gonna|willing) to|"
    r"not comfortable|no comment|why do you|why would|what for|none of your|not (?:saying|telling|sharing|disclosing)|"
    r"dunno|don'?t know|do not know|not sure|no idea|why (?:does|do|is|would)|(?:that|it) matters?\b|"
    r"can'?t (?:say|share|tell|disclose)|cannot (?:say|share|tell|disclose)|decline|doesn'?t matter|does not matter|not important|"
    r"keep (?:it|that) (?:private|to myself)|under nda|stealth)\b"
)
# Answers to "your company?" that say there is none.
_NO_COMPANY = re.compile(
    r"\b(?:no company|not (?:with|at) a company|don'?t have a company|self[- ]?employed|freelanc\w*|independent (?:consultant|contractor)|"
    r"sole (?:trader|proprietor)|just (?:me|myself)|on my own|personal (?:project|use)|between jobs|unemployed|not (?:working|employed)|"
    r"(?:work|working) for myself|myself|my own boss|no (?:company )?name(?: yet)?|not named yet|(?:haven'?t|have not|didn'?t) (?:got|picked|chosen|decided on) a name|unnamed|still deciding)\b"
)
_GREETING = r"(?:(?:hi|hello|hey|hiya|yo|sure|ok|okay|yes|yeah|yep|of course)\b[\s,!.:-]*)*"
_NAME_INTRO = re.compile(
    rf"^\s*{_GREETING}(?:(?:my name is|my name's|my names|the name is|the name's|name is|name's|names|name\s*:|i'?m called|i am called|"
    r"they call me|you can call me|call me|i'?m|i am|it'?s|its|this is)\s*[:-]?\s+)?",
    re.I,
)
_COMPANY_INTRO = re.compile(
    rf"^\s*{_GREETING}(?:(?:(?:i|we)\s+(?:work|am|are)\s+(?:at|for|with)|(?:i\s+)?work(?:ing)?\s+(?:at|for)|(?:a|an|the|our|my)\s+(?:[\w-]+\s+){{0,4}}?(?:called|named)|i'?m\s+(?:at|with|from)|we'?re\s+called|we are called|"
    r"it'?s called|it is called|(?:my|our|the) company(?: name)?(?: is|'s)(?: called)?|company(?: name)?\s*(?:is|:)|company is called|"
    r"(?:i'?m|i am|we'?re|we are)\s+(?:the\s+)?(?:owner|founder|co-?founder|ceo|md|director|president|boss|head)\s+(?:of|at)|"
    r"(?:owner|founder|co-?founder|ceo) (?:of|at)|(?:the )?name is|called|we'?re|we are|it'?s|it is|its|at|with|for|from)\s*[:-]?\s+)?",
    re.I,
)
# Where an answer stops being the name: a comma, a bracket or a new clause ("Priya, head of growth",
# "Carlos from Initech", "Cyberdyne Systems, we're in robotics"); a legal form after a comma stays.
_NAME_TAIL = re.compile(r"\s*(?:[,;(/|!?]|(?<![A-Z])(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Prof)\.\s|\s-\s|\s+(?:from|at|with|here|and i|and we|working|head of|based|in charge)\b).*$", re.I | re.S)
_COMPANY_TAIL = re.compile(
    r"\s*(?:,(?!\s*(?:inc|llc|ltd|l\.l\.c|gmbh|plc|co|corp)\b)|[;(!?|]|(?<!\bco)(?<!\binc)(?<!\bltd)(?<!\bcorp)(?<!\bbros)(?<!\bst)\.\s|\s-\s|\s+(?:we|we'?re|which|who|where|based|located|headquartered|hq'?d|and (?:we|we'?re|i|i'?m|our|it'?s))\b).*$",
    re.I | re.S,
)
_EVALUATING = re.compile(r"\b(?:looking|look|looked|considering|evaluating|comparing|glancing|switching|moving|migrating|using|use)\s*$")
_NEVER_NAMES = {"not", "no", "yes", "why", "what", "who", "how", "none", "nothing", "sure", "the", "a", "an", "i", "we", "my", "our"}


def _field_answer(original: str, intro: re.Pattern[str]) -> str | None:
    """The name in a direct answer, without "it's"/"my name is" before it or a clause after it."""
    # Emoji and symbols around an answer are not part of it ("😊 Maya").
    answer = re.sub(r"^[^\w'\"(]+|[^\w.'\")]+$", "", original.strip())
    for _ in range(3):  # "we're at Acme": one lead-in after another
        shorter = intro.sub("", answer, count=1)
        if shorter == answer:
            break
        answer = shorter
    tail = _COMPANY_TAIL if intro is _COMPANY_INTRO else _NAME_TAIL
    answer = tail.sub("", answer).strip(" ,:;-\"'")
    if answer.endswith(".") and not re.search(r"(?i)\b(?:inc|co|corp|ltd|llc|jr|sr|[a-z])\.$", answer):
        answer = answer.rstrip(".")
    return answer if re.search(r"[^\W\d_]", answer) else None


def _plausible_name(words: list[str]) -> bool:
    """Not a sentence: a lower-case function word ("just", "looking") or "not"/"sure" first is not a name."""
    if words[0].lower() in _NEVER_NAMES:
        return False
    return not any(w.islower() and w.lower().strip(".") in _NOT_NAMES for w in words)


def _clean(value: str, person: bool = False) -> str | None:
    """Plain words only: a value carrying markup, code or a link is not a name."""
    if re.search(r"[<>{}\[\]\\();=`|$]|https?:|www\.|--", value):
        return None
    value = re.sub(r"\s+", " ", value).strip(" ,.;:!?\"'")
    if not value or (person and not _PERSON.fullmatch(value)):
        return None
    return value[:100]


def name(text: Text, field: str | None) -> str | None:
    """The visitor's name: "I'm Jane Doe", "Jane here", or the answer to "your name?"."""
    original = text.original
    if field == "name":
        if _REFUSAL.search(text.lower):
            return None
        answer = _field_answer(original, _NAME_INTRO)
        if answer is not None:
            words = answer.split()
            if 0 < len(words) <= 4 and _plausible_name(words):
                return _clean(answer, person=True)
    for pattern in (_NAME_HERE, _NAME):
        for m in pattern.finditer(original):
            candidate = m.group("name")
            words = candidate.split()
            while words and words[-1].lower() in _NOT_NAMES:
                words.pop()
            if not words or words[0].lower() in _NOT_NAMES or not words[0][0].isupper():
                continue
            if pattern is _NAME and not re.match(r"(?i)(?:my name|name|i'?m called|call me|this is|names?:)", m.group(0)) and len(words) < 2:
                # "I'm Carlos from Initech": one capitalised word is a name when an introduction goes on.
                if not (len(candidate.split()) == 1 and re.match(r"\s*(?:,|-\s|\(|from\b|here\b|with\b|at\s+[A-Z])", original[m.end():])):
                    continue
            return _clean(" ".join(words), person=True)
    return None


def company(text: Text, field: str | None, taken: set[str] = frozenset()) -> str | None:
    """The visitor's company: "I work at Acme", "Acme GmbH", or the answer to "company?"."""
    original = text.original
    if field == "company":
        if _REFUSAL.search(text.lower) or _NO_COMPANY.search(text.lower):
            return None
        answer = _field_answer(original, _COMPANY_INTRO)
        if answer is not None and 0 < len(answer.split()) <= 6:
            return _clean(answer)
    m = _LEGAL.search(original)
    if m and not _SKIP_COMPANY.match(m.group("company")):
        return _clean(m.group("company"))
    for m in _COMPANY.finditer(original):
        candidate = m.group("company")
        if _SKIP_COMPANY.match(candidate) or candidate.lower() in taken:
            continue
        if _EVALUATING.search(text.lower, 0, m.start()):
            continue  # "looking at HubSpot": a product being weighed, not the visitor's company
        return _clean(candidate)
    return None
