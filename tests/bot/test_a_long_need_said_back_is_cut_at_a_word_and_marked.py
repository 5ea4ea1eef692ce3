"""A need said back in the visitor's own words is cut at a word and marked as cut, in every language (issue 14).

Found playing: "Noted: what you need: "We're a nonprofit, food bank in Detroit. we need volunteers ", …": the
summary was cut at its 60th character, mid-phrase, a space before the closing quote. A summary that fits is said
whole; a longer one is cut at the last word that fits, without the punctuation it ended on, and marked "…".
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from bot.actions.phrasing import SUMMARY_CHARS, describe
from nlu.attributes import Attributes, Need

LONG = {
    "en": "We're a nonprofit, food bank in Detroit. we need volunteers and donors before the winter",
    "de": "Wir sind ein gemeinnütziger Verein, eine Tafel in Leipzig, und suchen Ehrenamtliche für den Winter",
    "fr": "Nous sommes une association, une banque alimentaire à Lille, et cherchons des bénévoles pour l'hiver",
    "es": "Somos una asociación, un banco de alimentos en Sevilla, y buscamos voluntarios para el invierno",
    "pt": "Somos uma associação, um banco alimentar no Porto, e procuramos voluntários para o inverno",
    "it": "Siamo un'associazione, un banco alimentare a Bologna, e cerchiamo volontari per l'inverno prossimo",
    "nl": "We zijn een vereniging, een voedselbank in Gent, en we zoeken vrijwilligers voor de winter",
}


def said_back(summary: str, lang: str) -> str:
    with speaking(lang):
        line = describe("need", Attributes(need=Need(summary=summary, categories=())))
    assert line is not None
    return line


@pytest.mark.parametrize("lang", list(LONG))
def test_a_long_need_is_cut_after_a_whole_word_and_marked(lang: str) -> None:
    summary = LONG[lang]
    line = said_back(summary, lang)
    start = line.index(summary[:12])
    assert "…" in line[start:], line
    kept = line[start:line.index("…", start)]
    assert not kept.endswith((",", " ", ".")), line
    assert summary.startswith(kept) and summary[len(kept)] in " ,.", f"cut mid-word: {line!r}"
    assert len(kept) <= SUMMARY_CHARS


@pytest.mark.parametrize(("lang", "summary"), [("en", "more volunteers"), ("de", "mehr Ehrenamtliche"),
                                               ("nl", "meer vrijwilligers voor de winter")])
def test_a_need_that_fits_is_said_whole_and_not_marked(lang: str, summary: str) -> None:
    line = said_back(summary, lang)
    assert summary in line, line
    assert "…" not in line
