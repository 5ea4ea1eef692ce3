"""The visitor's text as the extractor reads it.

Visitors paste anything: control characters, lone surrogates that arrive
through JSON escapes, fancy dashes and the thin or non-breaking spaces that
European number formats use ("120 000 EUR"), and two spaces or a tab where one space was meant. ``Text`` keeps what was written
(for fields that quote the visitor) next to a lower-case copy of the same length
so a match found in one gives the span in the other.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from nlu.fillers import trimmed
from nlu.typos import corrected

# Visitors answer a question in a sentence or two; a pasted essay is read up to
# here so one message cannot make the extractor slow.
MAX_CHARS = 4000

_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Two spaces where one was meant, or a tab ("Managing  Director", "about 3  thousand"): the phrases are read with one.
_SPACE_RUNS = re.compile(r"[ \t]{2,}|\t")
_DASHES = re.compile("[\u2010-\u2015\u2212]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})
# A clause ends at ; ! ? or a newline, or at a comma or full stop that
# a space follows (so "10,000" and "9.500" stay whole), or before "but".
# An email or a web address: its words ("jo@growth-seo.com", "www.kestrel-labs.io") say nothing of the visitor's
# business or need.
# The email part reads as ``\S+@\S+`` did (a whole run of non-spaces with an "@" neither first nor last), tried only
# where such a run starts: ``\S+@\S+`` retried from every character of a long run with no "@" ("-" * 4000), each
# time to its end, and took quadratic time.
_ADDRESS = re.compile(r"(?<!\S)\S[^\s@]*@\S+|https?://\S+|\bwww\.\S+")
_CLAUSE_END = re.compile(r"[;!?\n\r]+|[.,](?=\s)|\s(?=but\s)|\s+-\s+|\s\(|\)")


def clean(text: str) -> str:
    """What the visitor wrote, made safe to match and to store as plain text."""
    text = text[:MAX_CHARS]
    text = _SURROGATES.sub("\ufffd", text)
    text = _CONTROLS.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_RUNS.sub(" ", text)
    text = _DASHES.sub("-", text)
    return text.translate(_QUOTES)


def plain(text: str) -> str:
    """Lower case, no accents, one space between words, punctuation and emoji as spaces (apostrophes kept): a whole
    short message as the readers of its phrases compare it ("Est-ce que je peux réserver un appel ?" is "est-ce" ...
    "reserver un appel"; "ik wil niet doorgaan!" is "ik wil niet doorgaan")."""
    return " ".join(re.sub(r"[^\w']+", " ", folded(text)).replace("_", " ").split())


def folded(text: str) -> str:
    """Lower case, no accents, one space between words, punctuation kept: "Peut-être   plus tard ?" is
    "peut-etre plus tard ?" (for phrases whose hyphens and apostrophes count)."""
    lower = unicodedata.normalize("NFKD", text.casefold().replace("\u2019", "'"))
    return " ".join("".join(c for c in lower if not unicodedata.combining(c)).split())


def _lower(text: str) -> str:
    lowered = text.lower()
    if text.isascii() or len(lowered) == len(text):
        return lowered
    # A character that lower-cases to two ("İ" -> "i̇") stays as written, so spans in one copy fit the other.
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


@dataclass(frozen=True)
class Text:
    original: str
    lower: str

    @classmethod
    def of(cls, text: str) -> "Text":
        # Fillers around the answer say nothing ("tbh Acme", "Jane Doe thx": nlu.fillers); one typo in a long word the
        # readers know is read as the word ("employes", "Mitarbieter": nlu.typos)
        cleaned = corrected(trimmed(clean(text)))
        return cls(cleaned, _lower(cleaned))

    @cached_property
    def words(self) -> str:
        """``lower`` with email and web addresses blanked out, the same length (a span found fits both)."""
        return _ADDRESS.sub(lambda m: " " * len(m.group(0)), self.lower)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """Spans of the parts of a sentence that each state one fact."""
        spans = []
        start = 0
        for match in _CLAUSE_END.finditer(self.lower):
            if match.start() > start:
                spans.append((start, match.start()))
            start = match.end()
        if start < len(self.lower):
            spans.append((start, len(self.lower)))
        return spans

    def clause_at(self, index: int) -> tuple[int, int]:
        for start, end in self.clauses:
            if start <= index < end:
                return start, end
        return 0, len(self.lower)
