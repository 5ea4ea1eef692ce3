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
_NAME_HERE = re.compile(rf"^\s*(?P<name>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}))?)\s+here\b")
_NOT_NAMES = {
    "a", "an", "the", "not", "just", "looking", "interested", "head", "from", "at", "with", "in", "on", "based", "ceo", "cmo",
    "cto", "cfo", "coo", "vp", "director", "manager", "founder", "owner", "the", "also", "currently", "still", "really", "here",
    "good", "fine", "great", "new", "hoping", "trying", "sure", "happy", "reaching", "curious", "running", "working", "responsible",
    "in", "doing", "planning", "the", "ready", "about", "around", "going", "so", "very", "too", "all", "one", "part", "only",
    "hi", "hello", "hey", "thanks", "ok", "okay", "yes", "no", "marketing", "sales", "senior", "junior", "chief", "president",
    "student", "freelance", "freelancer", "self", "we", "our", "my", "your", "it", "that", "this", "there", "what", "when",
    "who", "why", "how", "sorry", "afraid", "glad", "pretty", "quite", "kind", "sort", "actually", "basically", "mostly",
    "usually", "definitely", "probably", "maybe", "perhaps", "unsure", "open", "busy", "free", "available", "able", "after",
    "before", "over", "under", "between", "into", "out", "up", "down", "off", "as", "if", "or", "and", "but", "by", "for", "of",
    "to", "is", "are", "was", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "could",
    "should", "may", "might", "must", "can", "need", "want", "like", "love", "hate", "think", "know", "see", "get", "make",
}
_COMPANY = re.compile(
    r"(?:\b(?:(?:i|we) (?:work|am|are) (?:at|for|with)|i'?m (?:at|with|from)|we'?re|we are|(?:my|our) company(?: name)? is|company(?: name)?:|"
    r"the company is|company is called|(?:it'?s|we'?re) called|from|at|work for|works for|working for|(?:i|we) run|founder of|ceo of|owner of|cofounder of|co-founder of)\s+)"
    r"(?P<company>(?:[A-Z][\w&.'-]*|[A-Z0-9]{2,}[\w&.'-]*)(?:\s+(?:[A-Z][\w&.'-]*|&|and|of|[A-Z0-9]{2,}))*"
    r"(?:\s+(?:inc|llc|ltd|gmbh|ag|sa|s\.a\.|bv|b\.v\.|nv|plc|pty|co|corp|corporation|limited|group|labs|studio|agency|partners)\.?)?)"
)
_LEGAL = re.compile(
    r"\b(?P<company>(?:[A-Z][\w&'-]*\s+){1,3}(?:Inc|LLC|Ltd|GmbH|AG|S\.A\.|SA|BV|B\.V\.|NV|PLC|Pty(?: Ltd)?|Corp|Corporation|Limited|Co\.|SAS|SARL|SRL|S\.r\.l\.|Oy|AB|AS|ApS|KG)\b\.?)"
)
_SKIP_COMPANY = re.compile(
    r"^(?:the|a|an|our|my|we|i|it|this|that|here|there|home|work|night|some|several|least|most|all|about|around|q[1-4]|h[12]|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|google|linkedin|facebook|instagram|twitter|the moment|moment|present|first|last|next|scratch|zero|ceo|cmo|cfo|cto|coo|vp)\b",
    re.I,
)


_PERSON = re.compile(r"[^\W\d_][^\W\d_.'’-]*\.?(?: [^\W\d_][^\W\d_.'’-]*\.?){0,3}")


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
        answer = re.sub(r"^(?:(?:hi|hello|hey)[,!]?\s+)?(?:my name is|my name's|name is|i'?m|i am|it'?s|this is|call me)\s+", "", original.strip(), flags=re.I)
        if 0 < len(answer.split()) <= 4 and re.search(r"[^\W\d_]", answer):
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
                continue
            return _clean(" ".join(words), person=True)
    return None


def company(text: Text, field: str | None, taken: set[str] = frozenset()) -> str | None:
    """The visitor's company: "I work at Acme", "Acme GmbH", or the answer to "company?"."""
    original = text.original
    if field == "company":
        answer = re.sub(r"^(?:(?:i|we) (?:work|am|are) (?:at|for|with)|it'?s|we'?re|we are|i'?m (?:at|with|from)|company(?: name)? is|our company is)\s+", "", original.strip(), flags=re.I)
        if 0 < len(answer.split()) <= 6:
            return _clean(answer)
    m = _LEGAL.search(original)
    if m and not _SKIP_COMPANY.match(m.group("company")):
        return _clean(m.group("company"))
    for m in _COMPANY.finditer(original):
        candidate = m.group("company")
        if _SKIP_COMPANY.match(candidate) or candidate.lower() in taken:
            continue
        return _clean(candidate)
    return None
