"""Which of the playbook's FAQ entries a visitor's question asks: retrieval over the entries' phrasings.

Pure: ``(entry id, phrasings)`` pairs in, the best entry (or none) out; the
playbook's FAQ section feeds it at run time, so a marketer widens an entry by
adding a phrasing, with no retraining. Each phrasing and the visitor's text
become TF-IDF vectors (scikit-learn) of words and of character n-grams (the
latter forgive typos and word forms: "pricey" near "price"); the entry whose
closest phrasing is most similar wins.

Precision comes first: a wrong answer derails a conversation more than
"I'm not sure" does. So a text must read as a question or a request ("?",
a question word, "send me ..."), must share a content word with the winning
phrasing, and must clear ``THRESHOLD``; a statement such as "we're based in
Berlin" (an answer, not a question) matches nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
import snowballstemmer
from sklearn.feature_extraction.text import TfidfVectorizer

from nlu.text import clean

# Cosine similarity the best phrasing must reach (measured in tests/nlu/test_faq.py).
THRESHOLD = 0.3
# A question made only of function words ("how much is it?"), or one most of whose words no phrasing
# knows ("can you fix my laptop?"), must be this close: the words it shares say little about its topic.
STRONG = 0.45
# The best entry must lead the next by this much; closer calls are no match.
MARGIN = 0.03
MAX_CHARS = 300

_SHORTHAND = {
    "u": "you", "ya": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "whats": "what is",
    "wats": "what is", "hows": "how is", "wheres": "where is", "whos": "who is", "hq": "headquarters office",
    "guys": "", "gonna": "going to", "wanna": "want to", "gotta": "have to", "thx": "thanks", "info": "information",
}
_QUESTION_START = frozenset(
    "what whats how hows where wheres who whos which when why whom whose do does did is are am was were can could "
    "will would should shall may might have has any got tell send show share give walk explain describe".split()
)
_REQUEST = re.compile(r"\b(i'?d like|i would like|i want|i need|looking for|interested in|send me|show me|"
                      r"tell me|give me|share|point me|link|download|let me see|wondering)\b")
# Words that carry no topic: they never make two texts "about the same thing".
_FUNCTION_WORDS = frozenset(
    "a an the and or but of to in on at for with from by about as into over after before than then so if is are am "
    "was were be been being do does did done have has had i me my mine we us our ours you your yours they them "
    "their it its this that these those there here what how where who which when why whom whose can could will "
    "would should shall may might must any some anything something please there's it's i'm we're you're what's "
    "get got give tell send show let see like want need just really also still much many more very lot bit "
    "first sort kind type one ones thing things able go going".split()
)
_STEMMED_FUNCTION_WORDS = frozenset(snowballstemmer.stemmer("english").stemWords(sorted(_FUNCTION_WORDS)))
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def normalise(text: str) -> str:
    """Lower case, the chat shorthand written out ("r u" -> "are you"), punctuation to spaces."""
    words = _WORD.findall(clean(text[:MAX_CHARS]).lower())
    return " ".join(filter(None, (_SHORTHAND.get(w, w) for w in words)))


_STEMMER = snowballstemmer.stemmer("english")


def stemmed(text: str) -> str:
    """``normalise``, then each word to its Snowball stem ("deleted", "delete" -> "delet")."""
    return " ".join(_STEMMER.stemWords(normalise(text).split()))


def content_words(text: str) -> frozenset[str]:
    words = [w for w in normalise(text).split() if w not in _FUNCTION_WORDS and len(w) > 1]
    return frozenset(_STEMMER.stemWords(words))


def reads_as_question(text: str) -> bool:
    """A question or a request to us, not a statement that answers one of ours."""
    if "?" in text:
        return True
    words = normalise(text).split()
    return bool(words) and (words[0] in _QUESTION_START or bool(_REQUEST.search(" ".join(words))))


@dataclass(frozen=True)
class FaqMatch:
    entry: str
    score: float


class FaqMatcher:
    """The entries' phrasings, vectorised once; ``match`` answers in well under a millisecond per entry."""

    def __init__(self, entries: Iterable[tuple[str, Sequence[str]]], threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._ids: list[str] = []
        phrasings: list[str] = []
        for entry, questions in entries:
            for question in questions:
                self._ids.append(entry)
                phrasings.append(stemmed(question))
        self._content = [frozenset(w for w in p.split() if w not in _STEMMED_FUNCTION_WORDS and len(w) > 1)
                         for p in phrasings]
        self._vocabulary = frozenset().union(*self._content) if self._content else frozenset()
        self._words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                      token_pattern=r"[a-z0-9']+")
        self._chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        self._matrix: np.ndarray | None = None
        if phrasings:
            self._matrix = self._stack(self._words.fit_transform(phrasings), self._chars.fit_transform(phrasings))

    @staticmethod
    def _stack(words: object, chars: object) -> np.ndarray:
        # Each half is L2-normalised by TF-IDF; halving both keeps the sum a cosine in [0, 1].
        return np.hstack([words.toarray(), chars.toarray()]) / np.sqrt(2)  # type: ignore[attr-defined]

    def _similarity(self, text: str) -> np.ndarray:
        assert self._matrix is not None
        query = stemmed(text)
        return self._matrix @ self._stack(self._words.transform([query]), self._chars.transform([query]))[0]

    def scores(self, text: str) -> list[FaqMatch]:
        """Every entry's best similarity to ``text``, best first (no gate, no threshold: for measuring)."""
        if self._matrix is None:
            return []
        similarity = self._similarity(text)
        best: dict[str, float] = {}
        for entry, score in zip(self._ids, similarity):
            best[entry] = max(best.get(entry, 0.0), float(score))
        return sorted((FaqMatch(e, s) for e, s in best.items()), key=lambda m: -m.score)

    def match(self, text: str) -> FaqMatch | None:
        """The entry ``text`` asks about, or None when it is no question or no entry is close enough."""
        if self._matrix is None or not reads_as_question(text):
            return None
        ranked = self.scores(text)
        best = ranked[0]
        if best.score < self.threshold or (len(ranked) > 1 and best.score - ranked[1].score < MARGIN):
            return None
        words = content_words(text)
        unknown = words - self._vocabulary
        if not words or len(unknown) > len(words) / 2:
            return best if best.score >= STRONG else None
        if not any(words & phrasing for i, phrasing in enumerate(self._content) if self._ids[i] == best.entry):
            return None
        return best
