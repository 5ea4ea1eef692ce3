"""The short yeses and noes of the places visitors write from are a yes or a no as a whole reply (issue 14, persona set
13: maricel's "opo" and lucía's "ándale" at a confirmation were asked again twice; kate's "spot on" was no yes): the
Philippines' "opo", "oo po", "sige"; Kenya's "sawa", "ndio", "hapana"; Ireland's "it is", "deadly"; Australia's "nah
yeah" and "yeah nah" (the last word answers); Canada's "you bet"; India's "haan ji"; Bavaria's "freilich", "passt scho";
Switzerland's "isch guet"; Québec's "ouin", "en plein ça", "mets-en", "pantoute"; Mexico's "ándale", "simón", "va", "nel
pastel"; Colombia's "de una", "listo"; Brazil's "show", "fechou", "demorou", "pode crer", "nem a pau"; Italy's "sisì",
"giustissimo", "daje", "manco per sogno"; Flanders' "zeker en vast", "in orde", "juist"; the Netherlands' "komt goed",
"welnee"; and a confirmation said as one ("confirmed", "bestätigt", "je confirme", "confirmo", "confermo", "bevestigd").

Near misses: each in its own language's conversation only where the letters mean something else elsewhere ("show" in
English, "va" in Italian, "certain" in English, "logo" in Portuguese), never before words of their own ("sawa, we need
SEO" answers), and a given name that is also a yes stays the name ("Simón" to the name question)."""

from __future__ import annotations

import pytest

from nlu.extract import extract
from nlu.replies import yes_or_no


@pytest.mark.parametrize(("text", "lang"), [
    ("opo", "en"), ("Opo!", "en"), ("oo po", "en"), ("yes po", "en"), ("sige po", "en"), ("sawa", "en"), ("ndio", "en"),
    ("it is", "en"), ("deadly", "en"), ("grand so", "en"), ("nah yeah", "en"), ("spot on", "en"), ("bang on", "en"),
    ("you bet", "en"), ("haan ji", "en"), ("confirmed", "en"), ("that's correct", "en"), ("exactly", "en"),
    ("freilich", "de"), ("passt scho", "de"), ("isch guet", "de"), ("bestätigt", "de"), ("auf jeden Fall", "de"),
    ("ouin", "fr"), ("en plein ça", "fr"), ("mets-en", "fr"), ("certain", "fr"), ("je confirme", "fr"), ("nickel", "fr"),
    ("ándale", "es"), ("¡Ándale!", "es"), ("simón", "es"), ("va", "es"), ("de una", "es"), ("listo", "es"),
    ("confirmo", "es"),
    ("show", "pt"), ("fechou", "pt"), ("demorou", "pt"), ("pode crer", "pt"), ("confirmado", "pt"), ("beleza", "pt"),
    ("sisì", "it"), ("giustissimo", "it"), ("daje", "it"), ("confermo", "it"), ("esatto", "it"),
    ("zeker en vast", "nl"), ("in orde", "nl"), ("juist", "nl"), ("komt goed", "nl"), ("bevestigd", "nl"), ("jazeker", "nl"),
])
def test_a_regions_short_yes_or_a_confirmation_is_a_yes(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) == "yes"


@pytest.mark.parametrize(("text", "lang"), [
    ("yeah nah", "en"), ("hapana", "en"), ("hindi po", "en"), ("keineswegs", "de"), ("pantoute", "fr"),
    ("nel pastel", "es"), ("ni de broma", "es"), ("nem a pau", "pt"), ("nops", "pt"), ("manco per sogno", "it"),
    ("welnee", "nl"), ("echt niet", "nl"),
])
def test_a_regions_short_no_is_a_no(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) == "no"


@pytest.mark.parametrize(("text", "lang"), [
    ("show", "en"), ("va", "it"), ("certain", "en"), ("logo", "pt"), ("daje", "es"), ("juist", "de"),
    ("show me the prices", "pt"), ("listo para empezar en enero", "es"), ("ooh", "en"), ("po", "en"),
])
def test_the_same_letters_elsewhere_or_in_a_sentence_are_no_yes(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) != "yes"


@pytest.mark.parametrize(("text", "lang"), [("Simón", "es"), ("Simón Herrera", "es")])
def test_a_given_name_that_is_also_a_yes_is_still_the_name(text: str, lang: str) -> None:
    assert extract(text, "name", now="2026-12-04", lang=lang).name == text
