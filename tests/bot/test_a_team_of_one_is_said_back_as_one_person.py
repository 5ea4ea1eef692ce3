"""A visitor who works alone is said back as a team of one, never "about 1 people" (issue 14).

"just me" was said back as "Noted: about 1 people." In the seven languages a size of exactly one is "a team of
one" ("ein Team aus einer Person", "une équipe d'une personne", ...); two or more are still "about 2 people", and a
range from one is a range.
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from bot.actions.phrasing import heard_back
from harness.stack import Stack, Visitor
from nlu.attributes import Attributes, Range

LANGS = ("en", "de", "fr", "es", "pt", "it", "nl")


@pytest.mark.parametrize("lang", LANGS)
def test_a_size_of_one_is_a_team_of_one(lang: str) -> None:
    with speaking(lang):
        said = heard_back(["company_size"], Attributes(company_size=Range(min=1, max=1)))
    assert said == translate("Noted: {what}.", lang, what=translate("a team of one", lang)), said
    assert " 1 " not in (said or ""), said


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("size", "count"), [(Range(min=2, max=2), "2"), (Range(min=1, max=3), "3")])
def test_two_people_or_a_range_from_one_is_still_counted(lang: str, size: Range, count: str) -> None:
    # Near misses: the plural is right from two on, and "1–3 people" is a range.
    with speaking(lang):
        said = heard_back(["company_size"], Attributes(company_size=size)) or ""
    assert count in said and translate("a team of one", lang) not in said, said


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "hello", "opening"), [
    ("en", "hi", "we need more leads, it's just me, a freelance designer in Leeds"),
    ("fr", "Bonjour", "je veux plus de clients, je suis seul, graphiste freelance à Lyon"),
])
def test_a_visitor_working_alone_through_the_bot_is_a_team_of_one(stack: Stack, lang: str, hello: str,
                                                                  opening: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(hello)
    reply = v.say(opening)
    assert translate("a team of one", lang) in reply, v.history()
    assert translate("about {count} people", lang, count="1") not in reply, v.history()
