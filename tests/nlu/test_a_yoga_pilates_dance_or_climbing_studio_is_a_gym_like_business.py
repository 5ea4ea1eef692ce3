"""A yoga, pilates, dance or climbing studio is the kind of business a gym or fitness studio is (hospitality: the
contract names no closer label): "wir sind ein kleines Yogastudio in Leipzig" was "other" and the industry question
was asked of a visitor who had said it (the lead's visitor plays, issue 14), in the seven languages. Near misses: a
business that sells to such studios or sells their gear is what it is; a dance school teaches (education)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("wir sind ein kleines Yogastudio in Leipzig", "de"),
    ("eine Kletterhalle in Köln", "de"),
    ("we are a yoga studio in Bath", "en"),
    ("we run two pilates studios", "en"),
    ("a bouldering gym in Sheffield", "en"),
    ("un studio de yoga à Lyon", "fr"),
    ("tenemos un estudio de pilates en Valencia", "es"),
    ("temos um estúdio de yoga em Braga", "pt"),
    ("siamo uno studio di yoga a Torino", "it"),
    ("wij zijn een yogaschool in Gent", "nl"),
])
def test_a_studio_of_this_kind_is_hospitality_as_a_gym_is(text: str, lang: str) -> None:
    assert extract(text, now=NOW, field="industry", lang=lang).industry == "hospitality"


@pytest.mark.parametrize(("text", "lang", "industry"), [
    ("we sell yoga mats online", "en", "retail_ecommerce"),
    ("we make booking software for yoga studios", "en", "software"),
    ("somos uma escola de dança", "pt", "education"),
])
def test_what_sells_to_them_or_teaches_is_what_it_is(text: str, lang: str, industry: str) -> None:
    assert extract(text, now=NOW, field="industry", lang=lang).industry == industry
