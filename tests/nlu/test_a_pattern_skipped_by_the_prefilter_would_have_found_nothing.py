"""nlu.prefilter skips a big alternation only where it certainly finds nothing.

``nlu.industries`` and ``nlu.needs`` search a message with each trade's or category's pattern only when the text holds
one of the pattern's needles (strings every match contains). The skip must never change a result: over every labelled
message of the corpora (seven languages), and over texts made of each needle with its neighbours cut, a pattern that
matches is always among the ones ``maybe`` keeps.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nlu import industries, needs
from nlu.prefilter import Prefilter, needles
from nlu.text import Text

ROOT = Path(__file__).resolve().parent
# Held-out batches are never read by anything but the accuracy bench: they are left out here.
_HELD_OUT = {f"batch_{n}.jsonl" for n in (54, 56, 58, 60, 62, 64)}
_FILES = [ROOT / "corpus.jsonl", *(p for p in sorted((ROOT / "blind").glob("*.jsonl")) if p.name not in _HELD_OUT)]
_TEXTS = [
    json.loads(line)["text"]
    for path in _FILES
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
_PATTERNS = {"industries": industries._REST_RES, "needs": needs._CATEGORY_RES}


def _views(text: str) -> list[str]:
    parsed = Text.of(text)
    # as the readers search it: the words, the lower case, and with a span blanked as needs blanks a firm or a tool
    half = len(parsed.lower) // 2
    return [
        parsed.words,
        parsed.lower,
        parsed.lower[:half] + " " * (len(parsed.lower) - half),
        " " * half + parsed.lower[half:],
    ]


@pytest.mark.parametrize("reader", sorted(_PATTERNS))
def test_every_pattern_that_matches_a_corpus_message_is_kept(reader):
    patterns = _PATTERNS[reader]
    prefilter = Prefilter(p.pattern for _, p in patterns)
    missed, skipped, searched = [], 0, 0
    for text in _TEXTS:
        for view in _views(text):
            maybe = prefilter.maybe(view)
            for index, (label, pattern) in enumerate(patterns):
                searched += 1
                if index not in maybe:
                    skipped += 1
                    if pattern.search(view):
                        missed.append((label, view))
    assert not missed
    assert skipped > searched * 0.8  # and it does skip: most patterns find nothing in most messages


@pytest.mark.parametrize("reader", sorted(_PATTERNS))
def test_a_text_made_of_a_needle_and_its_neighbours_keeps_the_pattern_it_matches(reader):
    patterns = _PATTERNS[reader]
    prefilter = Prefilter(p.pattern for _, p in patterns)
    missed = []
    for _, pattern in patterns:
        for needle in needles(pattern.pattern) or ():
            for text in (
                needle,
                f"we are a {needle}",
                f"{needle}s and more",
                f"x{needle}",
                f"{needle[:-1]} {needle[-1:]}",
                needle[1:],
            ):
                maybe = prefilter.maybe(text)
                missed += [
                    (label, text) for index, (label, p) in enumerate(patterns) if index not in maybe and p.search(text)
                ]
    assert not missed


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bbank(?:s)?\b", {"bank", "banks"}),
        (r"(?:é|e)tudes", {"études", "etudes"}),  # a small alternation: each of its strings
        (r"\w*steuerberat\w*", {"steuerberat"}),  # the literal every match holds, whatever is around it
        (r"(?<!food )bank", {"bank"}),  # a lookbehind matches no character
        (r"\b(?:insurance|\w+ing firm)", {"insurance", "ing firm"}),
        (r"ab?c", {"ac", "abc"}),
    ],
)
def test_needles_are_strings_every_match_holds(source, expected):
    assert needles(source) == expected
    assert all(re.search(source, f"... {needle} ...") for needle in expected if not needle.startswith("ing"))


@pytest.mark.parametrize("source", [r"\w+", r"bank|\w+", r"(?i)bank", r"(?i:bank)", r"[^x]+", r".", r"(\w)\1"])
def test_a_pattern_with_no_known_needle_is_always_searched(source):
    assert needles(source) is None
    assert Prefilter([source]).maybe("nothing of it here") == {0}
