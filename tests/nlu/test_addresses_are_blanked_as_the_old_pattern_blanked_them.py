"""``Text.words`` blanks emails and web addresses. Its email pattern ``\\S+@\\S+`` was retried from every character of a
long run without spaces and took quadratic time; the pattern that replaced it must blank exactly what the old one did
(the old one is kept here as the reference), on emails, near misses and a seeded spread of random short texts."""

from __future__ import annotations

import random
import re

import pytest

from nlu.text import Text

# The pattern as it was, the reference the new one must agree with.
_OLD = re.compile(r"\S+@\S+|https?://\S+|\bwww\.\S+")


def _old_words(text: Text) -> str:
    return _OLD.sub(lambda m: " " * len(m.group(0)), text.lower)


@pytest.mark.parametrize("raw", [
    "write to jo@growth-seo.com please",
    "jo.smith+leads@kestrel-labs.io, or www.kestrel-labs.io",
    "mail: <anna@firma.de>",
    "(anna@firma.de)",
    "a@b",
    "a@@b",
    "a@b@c and @@x",
    "@handle on twitter",
    "ends with at@",
    "@",
    "@@",
    "x@",
    "see https://example.com/a@b and http://x",
    "user@ domain.com",
    "user @domain.com",
    "we are 12 @ the office",
    "-" * 300 + "@x",
    "-" * 300,
    "e-mail: info@bäckerei-müller.de",
    "İstanbul ofis: ali@firma.com.tr",
])
def test_emails_and_near_misses_are_blanked_as_before(raw: str) -> None:
    text = Text.of(raw)
    assert text.words == _old_words(text)
    assert len(text.words) == len(text.lower)


def test_random_texts_are_blanked_as_before() -> None:
    # A seeded spread of short texts over the characters that matter (spaces of several kinds, "@", the pieces of a
    # web address): any text where the two patterns disagree fails here.
    rnd = random.Random(20261204)
    alphabet = "a@ .-/:wh\t\né"
    for _ in range(20000):
        text = Text.of("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))))
        assert text.words == _old_words(text), repr(text.original)
