"""Which of the seven languages a visitor's answer is written in.

``language(text, hint=None, conversation=None)`` gives a ``Language``: the
ISO 639-1 code, how sure the text alone makes us (0..1) and where the code
came from. The detector is lingua's (``lingua-language-detector``; its models
ship in the wheel, nothing is downloaded), restricted to the languages the
product speaks and built once, on first use, in its low-accuracy mode: the
high-accuracy mode needs ~175 MB more and ~4 s to load, past the extractor's
memory goal, and short answers are ambiguous in either mode.

What lingua cannot judge is taken out first: e-mail addresses, links,
figures and product names ("Shopify y Klaviyo" reads as Italian to it).
Short answers ("ja", "30", "Q2", "Milano") say too little, so the text wins
only when it is long enough and lingua is sure; otherwise the caller's hint
(the language the bot asked in), then the conversation's language, then
English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from nlu import english, function_words, tools
from nlu.patterns import lazy_compile
from nlu.text import Text

if TYPE_CHECKING:  # lingua is imported on first use: importing nlu stays fast
    from lingua import LanguageDetector

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")
DEFAULT = "en"
# Below these the text alone does not decide (measured on the blind batches: a
# two-word English answer full of product names often scores > 0.9 as German).
SURE = 0.9
MIN_LETTERS = 8
MIN_WORDS = 2
# A hint (the language the bot asked in) gives way to the text only past this many words.
OVERRIDE_WORDS = 5
# One word of another language's phrases does not outweigh this much of lingua's English.
ENGLISH_TOO = 0.2
# This many words of one language's own phrases outweigh lingua's English in a longer text.
TOLD_WORDS = 3
# With the bot's hint, this many words of the hinted language's own phrases keep it against lingua's English.
HINT_KEPT_WORDS = 2
# A message of at most this many words is told by its closed-class words (``nlu.function_words``) when they are
# worth this much to one language and lead every other one by this much.
CLOSED_CLASS_UP_TO = 6
CLOSED_CLASS_WORDS = 1.0
CLOSED_CLASS_LEAD = 0.5
# Between languages whose own phrases a short text uses as much, lingua decides when it leads by this much ("en dos
# semanas": Spanish 0.67, Portuguese 0.32); closer, the closed-class words and the spelling do ("3k por mes en CAD").
LINGUA_CLEAR = 0.25

_NOISE = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\S*\d\S*")
_WORD = re.compile(r"[^\W\d_]{2,}")
_MIL = lazy_compile(r"\d\s?mil\b")
# Words beside a figure that only Spanish and Portuguese write (articles of approximation, their currencies' names).
_IBERIAN = lazy_compile(r"\b(?:uns|umas|unos|unas|reais|pesos|d(?:ó|o)lares|libras|euros)\b|r\$")
# Numbers written as one word, the way only one of the languages builds them ("cinquemila", "zwanzigtausend", "vijfhonderd").
_NUMBER_WORDS = {
    "it": lazy_compile(r"\b\w+mila\b|\b(?:due|tre|quattro|cinque|sei|sette|otto|nove)cento\b|\b(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)(?:uno|due|tre|quattro|cinque|sei|sette|otto|nove)\b"),
    "de": lazy_compile(r"\b\w+tausend\b|\b\w+hundert\b|\b(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und\w+zig\b"),
    "nl": lazy_compile(r"\b\w+duizend\b|\b\w+honderd\b|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en\w+tig\b"),
    "es": lazy_compile(r"\b(?:dos|tres|cuatro|seis|ocho)cientos\b|\bveinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)\b"),
}
# Only Spanish opens a question or an exclamation upside down: worth two words of its own phrases.
_SPANISH_MARKS = lazy_compile(r"[¿¡]")
# A question: its mark at the end, or the Spanish one at the start.
_QUESTION = lazy_compile(r"\?\s*$|^\W*¿")
MARKS_WEIGHT = 2
# A message that opens with a greeting is greeting in the writer's own language; these are each one language's
# alone ("hallo" is German and Dutch, "salve" Italian and Portuguese: both count for both, the detector breaks the tie).
# Worth two words of a language's own phrases, so a first "Bonjour" is answered in French, not in English.
GREETINGS = {
    "en": ("hi", "hello", "good morning", "good afternoon", "good evening"),
    "de": ("hallo", "guten morgen", "guten tag", "guten abend", "moin", "servus", "grüß gott", "grüezi"),
    "fr": ("bonjour", "bonsoir", "salut", "coucou"),
    "es": ("hola", "buenas", "buenos días", "buenos dias", "buenas tardes", "buenas noches"),
    "pt": ("olá", "oi", "bom dia", "boa tarde", "boa noite", "salve"),
    "it": ("ciao", "buongiorno", "buonasera", "buon pomeriggio", "salve"),
    "nl": ("hallo", "hoi", "goedemorgen", "goedemiddag", "goedenavond", "goedendag", "dag allemaal"),
}
GREETING_WEIGHT = 2
_GREETING = lazy_compile(r"^\W*(" + "|".join(sorted({re.escape(g) for gs in GREETINGS.values() for g in gs},
                                                    key=len, reverse=True)) + r")(?![\w-])")


@dataclass(frozen=True)
class Language:
    """The language of one answer: ``code`` (ISO 639-1), ``confidence`` the text's own
    evidence for it (0 when it gave none), ``source`` one of text, hint, conversation, default."""

    code: str
    confidence: float
    source: str


def code_of(value: object) -> str | None:
    """One of ``LANGUAGES`` from a code or locale such as "de", "DE", "pt-BR", "fr_CH"; else None."""
    if not isinstance(value, str):
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else None


@lru_cache(maxsize=1)
def _detector() -> "LanguageDetector":
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def _words(text: str) -> list[str]:
    """The words lingua can judge: no addresses, figures or product names."""
    names = tools.one_word_names()
    return [word for word in _WORD.findall(_NOISE.sub(" ", text.lower())) if word not in names]


def _enough(words: list[str]) -> bool:
    return bool(words) and (len(words) >= MIN_WORDS or sum(map(len, words)) >= MIN_LETTERS)


@lru_cache(maxsize=4096)
def scores(text: str) -> tuple[tuple[str, float], ...]:
    """Each language's confidence for ``text`` (best first), or () when it has too few words to judge."""
    words = _words(text[:400])
    if not _enough(words):
        return ()
    values = _detector().compute_language_confidence_values(" ".join(words))
    return tuple((value.language.iso_code_639_1.name.lower(), value.value) for value in values)


def language(text: str, hint: str | None = None, conversation: str | None = None) -> Language:
    """The answer's language: the text's when it is clear, else the hint's, the conversation's or English."""
    if not isinstance(text, str):
        text = ""
    expected = code_of(hint) or code_of(conversation)
    source = "hint" if code_of(hint) else "conversation"
    # With a language expected, a text too short to overrule it is not worth detecting.
    if expected and len(_words(text[:400])) < OVERRIDE_WORDS:
        return Language(expected, 0.0, source)
    if not expected and _english_figure(text[:400]):
        return Language(DEFAULT, dict(scores(text)).get(DEFAULT, 0.0), "text")
    found = dict(scores(text))
    # A question long enough to overrule the expected language is read by its closed-class words too ("ma tu sei un
    # bot?", "mas tu és um bot?"): lingua's low-accuracy mode hears German in five Italian words, and the
    # conversation's language would answer an Italian question in English. A shorter one keeps the expected language.
    if (not expected or _QUESTION.search(text[:400])) and (asked := _short_question(text[:400])) is not None:
        return asked
    best = max(found, key=found.__getitem__) if found else DEFAULT
    told = _told(text, found) if not expected and (found.get(best, 0.0) < SURE or best == DEFAULT
                                                   or _SPANISH_MARKS.search(text)) else None
    if told is not None:
        return told
    if found.get(best, 0.0) >= SURE:
        # An expected language keeps its place unless the text reads as it hardly at all.
        if expected and expected != best and found.get(expected, 0.0) >= 1 - SURE:
            return Language(expected, found[expected], source)
        if expected and expected != best and _number_words_say(text, expected, best):
            # "entre quarenta e cinquenta mil por ano" with Portuguese expected: lingua's low-accuracy mode is sure of
            # Italian ("quaranta", "cinquanta" are a letter away), but its number words are Portuguese ones only
            return Language(expected, found.get(expected, 0.0), source)
        if expected and expected != best and best == DEFAULT and _own_words(text, expected) >= HINT_KEPT_WORDS:
            # "Notre CA est de 3 M€, budget marketing environ 60 000 € par an": lingua's low-accuracy mode hears
            # the English loanwords; the expected language's own phrases keep it.
            return Language(expected, found.get(expected, 0.0), source)
        return Language(best, found[best], "text")
    if expected:
        return Language(expected, found.get(expected, 0.0), source)
    return Language(DEFAULT, found.get(DEFAULT, 0.0), "default")


# What a figure's English phrase is made of, taken out before a short message is told by its closed-class words: "per"
# and "in" are Italian, Dutch and German words too, but "3k per month in CAD" and "2.5 L a year" are English; "3k per
# mese", "3k per maand" keep their own words and are still told by them.
_FIGURE_PHRASE = lazy_compile(
    r"(?i)\b(?:per|a|an|each|every|in|by the|for the)\s+(?:month|year|week|quarter|day|hour|annum|mo|yr|mth|qtr)s?\b|"
    r"\b(?:in\s+)?(?-i:[A-Z]{3})\b|(?<=\d)\s?(?-i:L)\b"
)


# The English period a figure is said by ("per month", "a year"): a word only English has.
_ENGLISH_PERIOD = lazy_compile(r"(?i)\b(?:month|year|week|quarter|annum|mo|yr|mth|qtr)s?\b")


def _english_figure(text: str) -> bool:
    """Whether a short message is a figure said in English and little else ("20k per quarter in CHF", "3k a month in
    CAD", "about 4k per month"), which lingua, short of words, reads as German or Italian: an English period beside a
    figure, at most ``CLOSED_CLASS_UP_TO`` words, and no phrase of another language's own."""
    if not any(ch.isdigit() for ch in text) or not _ENGLISH_PERIOD.search(_NOISE.sub(" ", text)):
        return False
    if len(_words(text)) > CLOSED_CLASS_UP_TO or english.evidence(_NOISE.sub(" ", Text.of(text).lower)):
        return False
    said = function_words.evidence(_FIGURE_PHRASE.sub(" ", _NOISE.sub(" ", text)))
    return not any(value >= CLOSED_CLASS_WORDS for code, value in said.items() if code != DEFAULT)


@lru_cache(maxsize=4096)
def _short_question(text: str) -> Language | None:
    """A short message told by its closed-class words ("sei un bot?", "ben je een bot?", "sind Sie ein Mensch?"),
    which lingua reads as another language or not at all: another language than English when at least two of
    its words, worth ``CLOSED_CLASS_WORDS`` together, say so by ``CLOSED_CLASS_LEAD`` over every other one."""
    words = _words(text)
    if not words or len(words) > CLOSED_CLASS_UP_TO:
        return None
    found = dict(scores(text))
    plain = _FIGURE_PHRASE.sub(" ", _NOISE.sub(" ", text))
    lower = Text.of(plain).lower
    said = function_words.evidence(plain)
    if not said:
        return None
    ranked = sorted(said.items(), key=lambda item: -item[1])
    code, most = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if code == DEFAULT or most < CLOSED_CLASS_WORDS or most - runner_up < CLOSED_CLASS_LEAD:
        return None
    sure = max(found, key=found.__getitem__) if found and max(found.values()) >= SURE else None
    if sure is not None and sure != code and said.get(sure, 0.0) >= CLOSED_CLASS_WORDS:
        return None  # lingua is sure of a language these words also speak for
    phrases = english.evidence(lower)
    if any(count >= TOLD_WORDS - 1 and other != code for other, count in phrases.items()) and phrases.get(code, 0) < TOLD_WORDS - 1:
        return None  # another language's own phrases say more ("entre 3.000 y 5.000 euros al mes": "al mes" is Spanish)
    if function_words.count(plain, code) < 2:
        return None  # one word ("hat", "die") is as likely a loanword or an English word
    return Language(code, found.get(code, 0.0), "text")


def _number_words(text: str, code: str) -> int:
    """How many words of ``text`` are number words of ``code`` above one (text2num's lexicon of the language, through
    ``english``: "quarenta", "cinquenta" and "mil" in Portuguese; not its articles, which it also reads as one)."""
    count = 0
    for word in set(_words(text[:400])):
        value = english.number_word_value(word, code)
        if value is not None and value > 1:
            count += 1
    return count


def _number_words_say(text: str, expected: str, best: str) -> bool:
    """Whether the text's number words are the expected language's and not the detected one's, and its own phrases
    say no more for the detected one: the weak evidence lingua is sure on gives way to the bot's hint."""
    if not any(word for word in _words(text[:400]) if english.number_word_value(word, expected) is not None):
        return False
    ours = _number_words(text, expected)
    if any(_number_words(text, other) >= ours for other in LANGUAGES if other != expected):
        return False  # ("entre quarenta e cinquenta mil" with Spanish expected: "mil" is Spanish, the rest is not)
    return _own_words(text, best) <= _own_words(text, expected)


def _own_words(text: str, code: str) -> int:
    """How many words of ``text`` are phrases only ``code``'s tables hold (``english.evidence``)."""
    return english.evidence(_NOISE.sub(" ", Text.of(text[:400]).lower)).get(code, 0)


# What only one of Spanish and Portuguese writes, when their phrases read a text alike: the letters and the short words
# ("10.000 € por ano" is Portuguese, "4k al año" Spanish; "por mes" is typed in both).
_PORTUGUESE_SPELLING = lazy_compile(r"[ãõêôâç]|\b(?:ano|anos|em|ao|aos|uns|umas|um|uma|nao)\b")
_SPANISH_SPELLING = lazy_compile(r"ñ|\b(?:en|al|unos|unas|el|los|del)\b")


def _closed_class_tie(text: str, tied: list[str]) -> list[str]:
    """Of languages whose own phrases a short text uses as much, those its closed-class words speak for most ("en" is
    Spanish, "em" Portuguese: "3k por mes en CAD"); between Spanish and Portuguese still tied, the one whose own
    spelling the text has. Lingua, short of words, breaks what is left."""
    said = function_words.evidence(_FIGURE_PHRASE.sub(" ", _NOISE.sub(" ", text)))
    best = max(said.get(c, 0.0) for c in tied)
    if best > 0:
        tied = [c for c in tied if said.get(c, 0.0) == best]
    if {"es", "pt"} <= set(tied):
        lower = text.lower()
        portuguese, spanish = bool(_PORTUGUESE_SPELLING.search(lower)), bool(_SPANISH_SPELLING.search(lower))
        if portuguese != spanish:
            tied = [c for c in tied if c != ("es" if portuguese else "pt")]
    return tied


def _told(text: str, found: dict[str, float]) -> Language | None:
    """The language whose own phrases a short answer uses, when lingua cannot tell ("5 mil al mes",
    "en enero", "somos 8"), or reads it as English against two or more words only another language has
    ("pas encore de budget"); a longer text only when lingua finds it hardly English. Ties go to lingua's better
    guess when clear (``LINGUA_CLEAR``), else to the closed-class words and the spelling (``_closed_class_tie``), then to
    lingua's guess, then to the order of ``LANGUAGES``."""
    words = _words(text[:400])
    if len(words) >= OVERRIDE_WORDS and found and max(found.values()) >= SURE:
        return None  # long enough for lingua, and lingua is sure
    lower = Text.of(text[:400]).lower
    evidence = english.evidence(_NOISE.sub(" ", lower))
    if _SPANISH_MARKS.search(lower):
        evidence["es"] = evidence.get("es", 0) + MARKS_WEIGHT
    if greeting := _GREETING.match(lower):
        for code, said in GREETINGS.items():
            if greeting[1] in said:
                evidence[code] = evidence.get(code, 0) + GREETING_WEIGHT
    for code, pattern in _NUMBER_WORDS.items():
        # "cinquemila euro": a number written as one word of the language is a word only it has
        count = len(pattern.findall(lower))
        if count:
            evidence[code] = evidence.get(code, 0) + count
    if _MIL.search(lower) and (evidence.keys() & {"es", "pt"} or _IBERIAN.search(lower)):
        # "uns 3 mil euros", "orçamento de 8 mil": "mil" after a figure is a thousand in Spanish and
        # Portuguese and a million in English chat ("about 2 mil"); beside their words it is theirs.
        for code in ("es", "pt"):
            evidence[code] = evidence.get(code, 0) + 1
    if not evidence:
        return None
    most = max(evidence.values())
    if most < 2 and found.get(DEFAULT, 0.0) >= ENGLISH_TOO:
        return None  # one word against lingua's English: a loanword more likely than a language
    tied = [c for c in LANGUAGES if evidence.get(c) == most]
    lead = sorted((found.get(c, 0.0) for c in tied), reverse=True)
    if len(tied) > 1 and lead[0] - lead[1] < LINGUA_CLEAR:
        tied = _closed_class_tie(text[:400], tied)
    code = max(tied, key=lambda c: found.get(c, 0.0))
    if len(words) >= OVERRIDE_WORDS and found.get(DEFAULT, 0.0) >= ENGLISH_TOO and most < TOLD_WORDS:
        # A longer text that lingua finds English enough: its phrases are loanwords ("fast", "total"),
        # unless they are many ("au-delà de 5 000 €, c'est le DG qui signe": lingua's low-accuracy
        # mode reads the English "DG", "budget", "CFO" louder than three French phrases).
        return None
    return Language(code, found.get(code, 0.0), "text")
