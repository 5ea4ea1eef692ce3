"""An industry none of ours is said back in the visitor's words, never as "the other industry" (issue 14, addendum 5).

Found playing in French (Québec): "déneigement commercial et résidentiel" to the industry question was said back as
"C'est noté : le secteur autre." The catch-all's label is no value a visitor gave: said back, confirmed or noted, an
industry "other" is the visitor's own words when they are a few, else a line of work outside the industries we list.
Near miss: a listed industry is still said back by its name.
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from bot.actions.phrasing import INDUSTRY_WORDS, describe, heard_back, noted
from nlu.attributes import Attributes

SAID = {"en": "commercial and residential snow removal", "de": "Winterdienst für Gewerbe und Privat",
        "fr": "déneigement commercial et résidentiel", "es": "retirada de nieve comercial y residencial",
        "pt": "remoção de neve comercial e residencial", "it": "sgombero neve commerciale e residenziale",
        "nl": "sneeuwruimen voor bedrijven en particulieren"}
OTHER = Attributes(industry="other")


@pytest.mark.parametrize("lang", list(SAID))
def test_an_industry_other_is_said_back_in_the_visitors_words(lang: str) -> None:
    label = translate("the {industry} industry", lang, industry=translate(INDUSTRY_WORDS["other"], lang))
    with speaking(lang):
        back, confirm = heard_back(["industry"], OTHER, {"industry": SAID[lang]}), noted(
            ["industry"], OTHER, {"industry": SAID[lang]})
    for line in (back, confirm):
        assert line and SAID[lang] in line and label not in line, line


@pytest.mark.parametrize("lang", list(SAID))
def test_an_industry_other_heard_in_a_long_message_is_said_as_outside_our_list(lang: str) -> None:
    long = " ".join([SAID[lang]] * 3)
    with speaking(lang):
        said = describe("industry", OTHER, long)
    assert said == translate("a line of work outside the industries we list", lang), said


def test_a_listed_industry_is_still_said_back_by_its_name() -> None:
    assert describe("industry", Attributes(industry="logistics"), "we move freight") == "the logistics industry"
