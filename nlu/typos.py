"""One typo in a long word the readers know, or its accents left out, is read as the word (issue 14, brittleness).

Visitors type fast: "employes", "mangaer", "Geschäftsfüherr", "thosuand". The readers' phrases are exact, so one
swapped, doubled, dropped or wrong letter used to hide a title, a head count or a sum. ``corrected(text)`` gives
the text with each such word spelt as the readers know it, before they read it.

A word is corrected only when all of these hold, so a typo that makes another word is never "corrected":

- it has five letters or more, is lower case or capitalised (not "SEO", not "HubSpot"), and stands apart from
  figures, addresses and links;
- it is none of the readers' own words (``data/keywords.txt``: every word of six letters or more in the readers'
  phrases and tables) and no real word of the seven languages one edit from one of them (``data/near_words.txt``,
  from the spelling word lists: "manger" is French, "casual" is English, "zahlen" is German);
- exactly one of the readers' words is one typo from it: a letter swapped with its neighbour, or one letter added
  or dropped before the word's last letter; two or more, and it stays as written, unless they are spellings of one
  word one typo apart themselves. A letter changed is no typo read
  back ("Cáster" is a name, not "máster"; "Marketingleiter" is German, not Dutch "marketingleider"), nor is a letter
  more or less at the end: that is another form of the word ("appli" is no "applis", "employe" no "employee").

A word of four letters or more the readers know with accents, typed without them or with German's umlauts spelt out
("Halfte", "Geschaeftsfuehrer", "proximo", "deuxieme"), gets them back (``data/accents.tsv``), unless what was typed
is a word itself ("schon" is no "schön", "debut" is English) or two of the readers' words are typed the same.

The tables are made by ``data/build_typos.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA

# Endings that make another form of a word in the seven languages: a readers' word with one is no typo.
_ENDINGS = ("s", "e", "n", "en", "es", "er", "em", "ern", "ed", "ing")
_DATA = Path(__file__).resolve().parent / "data"
MIN_LETTERS = 5
# The readers' words a typo is read back to are at least this long: a shorter one is too near too many others.
MIN_KNOWN = 6
# (after a hyphen too: "a 40-pesron team"; a word of a web address or an e-mail is followed by its "." or "@")
_WORD = re.compile(r"(?<![\w@./:#])[^\W\d_]{4,}(?![\w@/]|[.:-]\w)")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """The readers' words, the real words one edit from one, and each readers' word and each way of dropping one of
    its letters -> the readers' words it comes from (one string, space-separated where several: a dict of lists
    took 25 MB more)."""
    known = frozenset((_DATA / "keywords.txt").read_text(encoding="utf-8").split())
    near = frozenset((_DATA / "near_words.txt").read_text(encoding="utf-8").split())
    index: dict[str, str] = {}
    for word in sorted(known):
        if len(word) < MIN_KNOWN:
            continue
        for key in {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}:
            index[key] = f"{index[key]} {word}" if key in index else word
    return known, near, index


@lru_cache(maxsize=1)
def _accents() -> dict[str, str]:
    with open(_DATA / "accents.tsv", encoding="utf-8") as rows:
        return dict(line.rstrip("\n").split("\t") for line in rows if line.strip())


def known_word(word: str) -> str | None:
    """The readers' word one typo from ``word`` (lower case), or None when there is none, or more than one, or the
    word is a known or real word itself."""
    known, near, index = _tables()
    if len(word) < MIN_LETTERS or word in known or word in near:
        return None
    if any(word.endswith(ending) and word[: -len(ending)] in known for ending in _ENDINGS):
        return None  # a readers' word with an ending ("vijftigen", "z'n vijftigen" is fifty of us): another form
    found: set[str] = set()
    for key in {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}:
        for candidate in index.get(key, "").split():
            if candidate not in found and _one_typo(word, candidate):
                found.add(candidate)
    if len(found) > 1:
        # Spellings of one word the readers all know ("employees" and the typo "emplyees" they read too; "director"
        # and Portuguese "diretor") are one word; two words one changed letter apart ("employer", "employee") are not.
        spellings = sorted(found)
        if not all(_one_typo(a, b) for i, a in enumerate(spellings) for b in spellings[i + 1 :]):
            return None
        return spellings[0]
    return next(iter(found)) if found else None


def _one_typo(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with two neighbouring letters swapped, or one letter added or dropped before
    its last letter."""
    if len(word) == len(known):
        return word[0] == known[0] and OSA.distance(word, known) == 1 and sorted(word) == sorted(known)
    longer, shorter = (word, known) if len(word) > len(known) else (known, word)
    if longer[:-1] == shorter or longer[-1] != shorter[-1]:
        return False  # a letter more or less at the end: another form of the word
    return OSA.distance(word, known) == 1


def corrected(text: str) -> str:
    """The text with each long word one typo from exactly one of the readers' words spelt as that word."""

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        lower = word.lower()
        if word != lower and not (word[0].isupper() and word[1:] == lower[1:]):
            return word  # capitals or mixed case: an acronym or a product ("HubSpot"), written on purpose
        right = _accents().get(lower) or known_word(lower)
        if right is None:
            return word
        return right if word == lower else right[0].upper() + right[1:]

    return _WORD.sub(one, text)
